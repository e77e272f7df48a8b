/**
 * main's check of the page's report request (main/report/window-report):
 * the engine's own suggestions for the seed pair pass, word-level parts
 * included, and a part outside its suggestion is refused by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Suggestion } from '@galley/engine';
import { checkReportRequest, ReportRequestError } from '../../main/report/window-report';

const seeds = join(__dirname, '../../seeds');
const draft = readFileSync(join(seeds, '000_6302bc43854f0c3c.txt'), 'utf8');
const reference = readFileSync(join(seeds, '001_6904e82db721665d.txt'), 'utf8');
const maxText = Math.max(draft.length, reference.length);

function request(suggestions: readonly Suggestion[]) {
  return { draftText: draft, items: suggestions.map((suggestion) => ({ suggestion, decision: 'open' })), edits: [] };
}

describe('checkReportRequest', () => {
  const suggestions = compare(draft, reference);
  const withParts = suggestions.filter((s) => (s.parts?.length ?? 0) > 0);

  it('takes every suggestion the engine gives for the seed, word-level parts included', () => {
    expect(withParts.length).toBeGreaterThan(0);
    const checked = checkReportRequest(request(suggestions), maxText);
    expect(checked.items.map((i) => i.suggestion)).toEqual(suggestions.map((s) => ({ ...s })));
  });

  it('refuses a part that lies outside its suggestion, naming the field', () => {
    const s = withParts[0]!;
    const stray = { ...s, parts: [{ ...s.parts![0]!, from: s.to + 1, to: s.to + 2 }] };
    const index = suggestions.indexOf(s);
    const broken = suggestions.map((x) => (x === s ? stray : x));
    expect(() => checkReportRequest(request(broken), maxText)).toThrow(ReportRequestError);
    expect(() => checkReportRequest(request(broken), maxText)).toThrow(`items[${index}].suggestion.parts[0].from`);
  });
});
