/** How a file is stored, in the words an editor would use in a status bar. */
import type { TextFormat } from '../files/text-format';

const LINE_ENDING_LABELS: Record<TextFormat['lineEnding'], string> = { lf: 'LF', crlf: 'CRLF', cr: 'CR' };

export function describeFormat(format: TextFormat): string {
  const encoding = format.encoding.toUpperCase();
  const stray = format.strayBytes ? `, ${format.strayBytes} byte${format.strayBytes === 1 ? '' : 's'} not UTF-8 (kept as is)` : '';
  return `${encoding}${format.bom ? ' with BOM' : ''}${stray}, ${LINE_ENDING_LABELS[format.lineEnding]}`;
}
