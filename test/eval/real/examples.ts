/**
 * `--examples N`: what Galley's figures count, one by one, N of each (taken in
 * turn from each pair, so one bad page does not fill the list), with where in
 * the draft and what text, for whoever tunes the engine.
 */
import type { Suggestion } from '@galley/engine';
import type { Change } from './changes';
import type { Findings } from './figures';
import type { RealPair } from './pairs';
import { lineColumn } from './show';
import type { Span } from './words';

export interface PairFindings {
  readonly pair: RealPair;
  readonly suggestions: readonly Suggestion[];
  readonly findings: Findings;
}

/** Characters of context either side of an excerpt. */
const CONTEXT = 25;

const excerpt = (text: string, { from, to }: Span): string =>
  JSON.stringify(`${text.slice(Math.max(0, from - CONTEXT), from)}[${text.slice(from, to)}]${text.slice(to, to + CONTEXT)}`);

const where = (pair: RealPair, offset: number): string => `${pair.id} ${lineColumn(pair.draft, offset)}`;

const change = (pair: RealPair, c: Change): string =>
  `${c.kind ?? 'change'} ${JSON.stringify(pair.draft.slice(c.from, c.to))} → ${JSON.stringify(c.replacement)}`;

/** Up to `limit` items, taken one pair at a time in turn. */
export function spread<T>(perPair: readonly (readonly T[])[], limit: number): T[] {
  const out: T[] = [];
  for (let round = 0; out.length < limit && perPair.some((items) => items.length > round); round++) {
    for (const items of perPair) if (round < items.length && out.length < limit) out.push(items[round]!);
  }
  return out;
}

function section<T>(title: string, results: readonly PairFindings[], pick: (r: PairFindings) => readonly T[], line: (r: PairFindings, item: T) => string, limit: number): string[] {
  const perPair = results.map((r) => pick(r).map((item) => line(r, item)));
  const total = perPair.reduce((n, items) => n + items.length, 0);
  if (total === 0) return [`${title}: none.`, ''];
  return [`${title} (${total}, ${Math.min(limit, total)} shown):`, ...spread(perPair, limit).map((l) => `- ${l}`), ''];
}

const tally = (kinds: readonly string[]): string => {
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};

/** Where a reference number lies, if anywhere, among the suggestions' reference spans. */
function holder(suggestions: readonly Suggestion[], n: Span): string {
  const s = suggestions.find((s) => s.refFrom <= n.from && n.to <= s.refTo && s.refFrom < s.refTo);
  return s ? `inside ${s.kind} ${JSON.stringify(s.replacement.length > 60 ? `${s.replacement.slice(0, 57)}...` : s.replacement)}` : 'in no suggestion';
}

export function examplesReport(results: readonly PairFindings[], limit: number): string {
  const notOcr = results.flatMap((r) => r.findings.notOcrKind.map((s) => s.kind));
  return [
    `### Galley's findings, ${limit} of each`,
    '',
    ...section('Abutting (one fix in two?)', results, (r) => r.findings.abutting,
      ({ pair }, [a, b]) => `${where(pair, a.from)}  ${change(pair, a)}  +  ${change(pair, b)}`, limit),
    ...section('Edges inside words', results, (r) => r.findings.cut,
      ({ pair }, c) => `${where(pair, c.from)}  ${change(pair, c)}  in ${excerpt(pair.draft, c)}`, limit),
    ...(notOcr.length > 0 ? [`Not an OCR kind, on OCR pages, by kind: ${tally(notOcr)}.`] : []),
    ...section('Not an OCR kind', results, (r) => r.findings.notOcrKind,
      ({ pair }, s) => `${where(pair, s.from)}  ${s.severity} ${change(pair, s)}`, limit),
    ...section('Partial accepts that duplicate or drop passages', results, (r) => r.findings.partial,
      ({ pair }, d) => `${pair.id} accept only ${d.subset}: ${d.duplicated.length} duplicated, ${d.dropped.length} dropped` +
        `${d.duplicated[0] ? `; e.g. twice: ${JSON.stringify(d.duplicated[0])}` : ''}${d.dropped[0] ? `; e.g. lost: ${JSON.stringify(d.dropped[0])}` : ''}`, limit),
    ...section('Numbers not in a number suggestion (reference line:column)', results, (r) => r.findings.numbersMissed,
      ({ pair, suggestions }, n) => `${pair.id} ${lineColumn(pair.reference, n.from)}  ${excerpt(pair.reference, n)} ${holder(suggestions, n)}`, limit),
    ...section('True error words not flagged', results, (r) => r.findings.wordsMissed,
      ({ pair }, w) => `${where(pair, w.from)}  ${excerpt(pair.draft, w)}`, limit),
    ...section('Flagged words that are no error', results, (r) => r.findings.wordsWrong,
      ({ pair }, w) => `${where(pair, w.from)}  ${excerpt(pair.draft, w)}`, limit),
  ].join('\n');
}
