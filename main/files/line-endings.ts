/**
 * Line endings as a document property. The editor and the engine see text
 * with LF only; the file keeps whatever it had: LF, CRLF, old-Mac CR, or a mix
 * of them, which is restored break by break.
 */

export type LineEnding = 'lf' | 'crlf' | 'cr';

/** `count` consecutive line breaks written as `ending`. */
export interface LineBreakRun {
  readonly ending: LineEnding;
  readonly count: number;
}

export interface LineBreakStyle {
  /** The most common ending; used for every line break the file did not have. */
  readonly lineEnding: LineEnding;
  /**
   * Present only when the file mixes endings: the ending of every line break
   * in order, run-length encoded (plain JSON, so it can cross IPC).
   */
  readonly lineBreaks?: readonly LineBreakRun[];
}

const SEQUENCE: Record<LineEnding, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** Which ending a file with no line breaks at all gets for new ones. */
const DEFAULT_ENDING: LineEnding = 'lf';

/** Split raw text into LF-only text and the style needed to restore it. */
export function normalizeLineBreaks(raw: string): { text: string; style: LineBreakStyle } {
  if (!raw.includes('\r')) return { text: raw, style: { lineEnding: DEFAULT_ENDING } };
  // Uniform files, the common case, need no per-break bookkeeping.
  if (!raw.includes('\n')) return { text: raw.replaceAll('\r', '\n'), style: { lineEnding: 'cr' } };
  if (!/\r(?!\n)|(?<!\r)\n/.test(raw)) return { text: raw.replaceAll('\r\n', '\n'), style: { lineEnding: 'crlf' } };
  const runs: LineBreakRun[] = [];
  const totals: Record<LineEnding, number> = { lf: 0, crlf: 0, cr: 0 };
  const breaks = /\r\n|\r|\n/g;
  for (let match = breaks.exec(raw); match; match = breaks.exec(raw)) {
    const ending: LineEnding = match[0] === '\n' ? 'lf' : match[0] === '\r' ? 'cr' : 'crlf';
    totals[ending]++;
    const last = runs[runs.length - 1];
    if (last && last.ending === ending) runs[runs.length - 1] = { ending, count: last.count + 1 };
    else runs.push({ ending, count: 1 });
  }
  // Ties go to the order below: CRLF before LF before CR.
  const lineEnding = (['crlf', 'lf', 'cr'] as const).reduce((best, e) => (totals[e] > totals[best] ? e : best));
  const text = raw.replace(/\r\n?/g, '\n');
  return { text, style: runs.length > 1 ? { lineEnding, lineBreaks: runs } : { lineEnding } };
}

/**
 * The inverse of normalizeLineBreaks: the n-th LF of `text` gets the n-th
 * recorded ending; breaks beyond the record get the dominant ending. Any CR
 * in `text` is first read as a line break, so callers cannot smuggle a stray
 * CR into a CRLF file.
 */
export function restoreLineBreaks(text: string, style: LineBreakStyle): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const runs = style.lineBreaks;
  if (!runs) return style.lineEnding === 'lf' ? lf : lf.replaceAll('\n', SEQUENCE[style.lineEnding]);
  const out: string[] = [];
  let start = 0;
  let run = 0;
  let usedInRun = 0;
  for (let at = lf.indexOf('\n'); at !== -1; at = lf.indexOf('\n', at + 1)) {
    while (run < runs.length && usedInRun === runs[run].count) {
      run++;
      usedInRun = 0;
    }
    const ending = run < runs.length ? runs[run].ending : style.lineEnding;
    usedInRun++;
    out.push(lf.slice(start, at), SEQUENCE[ending]);
    start = at + 1;
  }
  out.push(lf.slice(start));
  return out.join('');
}

/** One replacement in LF-normalized text: `text.slice(from, to)` becomes `insert`. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/**
 * The line break style of `text` after `edits` (sorted, non-overlapping,
 * offsets into `text`): breaks outside the edits keep their recorded
 * endings, breaks the edits remove disappear, breaks they add get the
 * dominant ending. Only mixed files need this; for the others the style is
 * the same before and after.
 */
export function styleAfterEdits(text: string, style: LineBreakStyle, edits: readonly TextEdit[]): LineBreakStyle {
  if (!style.lineBreaks) return style;
  const source = new RunReader(style.lineBreaks);
  const out = new RunWriter();
  let pos = 0;
  for (const edit of edits) {
    out.copy(source, countBreaks(text, pos, edit.from));
    source.skip(countBreaks(text, edit.from, edit.to));
    out.add(style.lineEnding, countBreaks(edit.insert, 0, edit.insert.length));
    pos = edit.to;
  }
  out.copy(source, countBreaks(text, pos, text.length));
  const runs = out.runs;
  return runs.length > 1 ? { lineEnding: style.lineEnding, lineBreaks: runs } : { lineEnding: runs[0]?.ending ?? style.lineEnding };
}

/**
 * The style for `newText`, an edited `oldText`, without knowing the edits:
 * everything outside the common prefix and suffix counts as one edit, which
 * is exact for a single edited region and keeps endings in order otherwise.
 */
export function styleForEditedText(oldText: string, newText: string, style: LineBreakStyle): LineBreakStyle {
  if (!style.lineBreaks) return style;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  )
    suffix++;
  const edit = { from: prefix, to: oldText.length - suffix, insert: newText.slice(prefix, newText.length - suffix) };
  return styleAfterEdits(oldText, style, [edit]);
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Reads recorded line endings in order, a number at a time. */
class RunReader {
  private run = 0;
  private used = 0;
  constructor(private readonly runs: readonly LineBreakRun[]) {}

  /** Take up to `n` endings as runs. */
  *take(n: number): Generator<LineBreakRun> {
    while (n > 0 && this.run < this.runs.length) {
      const { ending, count } = this.runs[this.run];
      const k = Math.min(n, count - this.used);
      yield { ending, count: k };
      n -= k;
      this.used += k;
      if (this.used === count) {
        this.run++;
        this.used = 0;
      }
    }
  }

  skip(n: number): void {
    for (const _ of this.take(n));
  }
}

/** Builds a run-length list, merging neighbours with the same ending. */
class RunWriter {
  readonly runs: LineBreakRun[] = [];

  add(ending: LineEnding, count: number): void {
    if (count === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.ending === ending) this.runs[this.runs.length - 1] = { ending, count: last.count + count };
    else this.runs.push({ ending, count });
  }

  copy(reader: RunReader, n: number): void {
    for (const run of reader.take(n)) this.add(run.ending, run.count);
  }
}
