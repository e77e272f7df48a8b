/**
 * Number coverage: a number the reference writes and the draft never does
 * (`1500` where the draft says `1.5`) is a changed value, so it must lie
 * inside a `number` suggestion's reference span, never pass silently inside
 * a reworded one (a `number` suggestion over part of it will do: `4:` →
 * `4:30` may come as `""` → `30`). Where only the unit glued to it was misread (`46tn` for
 * `46in`, `16011` for `160lbs` on an OCR page), the value itself survived:
 * any suggestion over it whose draft wording keeps its digits covers it.
 * Nor did it change where the draft spells it out (`Forty-six` for `46`):
 * a suggestion whose draft wording is that number in words covers it.
 */
import { sameNumberSpelled } from '@galley/engine';
import type { Change } from './changes';
import type { Span } from './words';

/** A digit run with its decimal or thousands separators and a unit glued on: `1500`, `1.5`, `1,500`, `700m`. */
const NUMBER = /\p{Nd}+(?:[.,:]\p{Nd}+)*\p{L}*/gu;
/** The value of a NUMBER match: the number without its unit. */
const VALUE = /^\p{Nd}+(?:[.,:]\p{Nd}+)*/u;

export interface NumberCoverage {
  total: number;
  covered: number;
  /** Reference spans of the numbers no `number` suggestion covers. */
  missed: Span[];
}

export function numberCoverage(draft: string, reference: string, suggestions: readonly Change[]): NumberCoverage {
  const inDraft = new Set(draft.match(NUMBER) ?? []);
  const result: NumberCoverage = { total: 0, covered: 0, missed: [] };
  for (const m of reference.matchAll(NUMBER)) {
    if (inDraft.has(m[0])) continue;
    const from = m.index;
    const to = from + m[0].length;
    const value = VALUE.exec(m[0])![0];
    const covers = (s: Change): boolean =>
      s.kind === 'number'
        ? s.refFrom < to && from < s.refTo
        : s.refFrom <= from && to <= s.refTo && (draft.slice(s.from, s.to).includes(value) || sameNumberSpelled(draft.slice(s.from, s.to), m[0]));
    result.total++;
    if (suggestions.some(covers)) result.covered++;
    else result.missed.push({ from, to });
  }
  return result;
}
