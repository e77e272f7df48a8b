/** How a file is stored, in the words an editor would use in a status bar. */
import type { Container } from '../formats/index';
import type { TextFormat } from '../files/text-format';

const LINE_ENDING_LABELS: Record<TextFormat['lineEnding'], string> = { lf: 'LF', crlf: 'CRLF', cr: 'CR' };

/** What a document is, as the status bar names it; text-based ones add how their text is stored. */
const DOCUMENT_LABELS: Record<Container, string | null> = {
  text: null,
  docx: 'Word document',
  markdown: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
};

export function describeFormat(format: TextFormat): string {
  const encoding = format.encoding.toUpperCase();
  const stray = format.strayBytes ? `, ${format.strayBytes} byte${format.strayBytes === 1 ? '' : 's'} not UTF-8 (kept as is)` : '';
  return `${encoding}${format.bom ? ' with BOM' : ''}${stray}, ${LINE_ENDING_LABELS[format.lineEnding]}`;
}

/**
 * A document's kind and storage: 'UTF-8, LF' for plain text, 'Markdown,
 * UTF-8, CRLF', 'Word document' and 'PDF' (whose stored text is the
 * package's own business, not the editor's).
 */
export function describeDocument(container: Container, format: TextFormat): string {
  const kind = DOCUMENT_LABELS[container];
  if (kind === null) return describeFormat(format);
  return container === 'docx' || container === 'pdf' ? kind : `${kind}, ${describeFormat(format)}`;
}
