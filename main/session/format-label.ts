/** How a file is stored, in the words an editor would use in a status bar. */
import type { TextFormat } from '../files/text-format';

const LINE_ENDING_LABELS: Record<TextFormat['lineEnding'], string> = { lf: 'LF', crlf: 'CRLF', cr: 'CR' };

export function describeFormat(format: TextFormat): string {
  const encoding = format.encoding.toUpperCase();
  return `${encoding}${format.bom ? ' with BOM' : ''}, ${LINE_ENDING_LABELS[format.lineEnding]}`;
}
