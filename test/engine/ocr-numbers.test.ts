/**
 * Numbers on a page read by machine (classify.ts rule 4): a number whose
 * digits are all still there, its unit or a separator misread, is a
 * misreading (spelling); a number whose digits changed stays a high-severity
 * `number`, on a scanned page as in a typed draft.
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';

/** A page of a ship's particulars, and its OCR: "tbe", "aud", "wero", "tho", "bo" and "oity" show a machine read it. */
const PAGE = 'The engines of the ship were new, and the cylinders were 28in. and 46in. diameter, with a pressure of 160lbs. The crew of the city would be paid 40s. a week in the winter.';
const READ = 'Tbe engines of tbe ship wero new, aud tho cylinders were 28in. and 46in. diameter, with a pressure of 160lbs. Tho crew of the oity would bo paid 40s. a week in the winter.';

/** The kind and severity of the suggestion over `text` when the page is read with `from` read as `to`. */
function kindOnPage(from: string, to: string, reference = PAGE): string {
  const draft = READ.replace(from, to);
  expect(draft).not.toBe(READ);
  const at = draft.indexOf(to);
  const found = compare(draft, reference).filter((s) => s.from < at + to.length && at < s.to);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return `${found[0].kind} ${found[0].severity}`;
}

describe('numbers on a page read by machine', () => {
  it('same digits, unit misread: spelling', () => {
    expect(kindOnPage('46in', '46tn')).toBe('spelling medium');
    expect(kindOnPage('160lbs', '16011')).toBe('spelling medium');
    expect(kindOnPage('40s', '40a')).toBe('spelling medium');
  });

  it('digits changed: a high-severity number', () => {
    expect(kindOnPage('46in', '48in')).toBe('number high');
    expect(kindOnPage('160lbs', '100lbs')).toBe('number high');
    expect(kindOnPage('28in', '2in')).toBe('number high');
  });

  it('typed, a unit changed is still a number', () => {
    const typed = PAGE.replace('46in', '46tn');
    const found = compare(typed, PAGE);
    expect(found.map((s) => `${typed.slice(s.from, s.to)}|${s.replacement} ${s.kind} ${s.severity}`)).toEqual(['46tn|46in number high']);
  });
});
