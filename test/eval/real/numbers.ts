/**
 * Number coverage: a number the reference writes and the draft never does
 * (`1500` where the draft says `1.5`) is a changed value, so it must lie
 * inside a `number` suggestion's reference span, never pass silently inside
 * a reworded one.
 */
import type { Change } from './changes';
import type { Span } from './words';

/** A digit run with its decimal or thousands separators and a unit glued on: `1500`, `1.5`, `1,500`, `700m`. */
const NUMBER = /\p{Nd}+(?:[.,:]\p{Nd}+)*\p{L}*/gu;

export interface NumberCoverage {
  total: number;
  covered: number;
  /** Reference spans of the numbers no `number` suggestion covers. */
  missed: Span[];
}

export function numberCoverage(draft: string, reference: string, suggestions: readonly Change[]): NumberCoverage {
  const inDraft = new Set(draft.match(NUMBER) ?? []);
  const spans = suggestions.filter((s) => s.kind === 'number');
  const result: NumberCoverage = { total: 0, covered: 0, missed: [] };
  for (const m of reference.matchAll(NUMBER)) {
    if (inDraft.has(m[0])) continue;
    const from = m.index;
    const to = from + m[0].length;
    result.total++;
    if (spans.some((s) => s.refFrom <= from && to <= s.refTo)) result.covered++;
    else result.missed.push({ from, to });
  }
  return result;
}
