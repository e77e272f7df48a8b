/** The client's report: HTML and CSV from plain review data, in process. */
import { describe, expect, test } from 'vitest';
import { compare } from '@galley/engine';
import { csvReport } from '../../main/report/csv-report';
import { htmlReport } from '../../main/report/html-report';
import { countItems, uncheckedReport, type ReviewReport } from '../../main/report/review-report';

const meta = { generatedAt: '2026-11-29T12:00:00.000Z', generator: 'Galley test' };

function reviewed(draftText: string, referenceText: string): ReviewReport {
  const suggestions = compare(draftText, referenceText);
  const base = uncheckedReport({ name: 'draft.txt', text: draftText }, { name: 'ref.txt', text: referenceText }, suggestions, meta);
  return {
    ...base,
    items: base.items.map((item, i) => (i === 0 ? { ...item, decision: 'accepted', decidedAt: '2026-11-29T11:00:00.000Z' } : i === 1 ? { ...item, decision: 'rejected' } : item)),
    edits: [{ line: 2, before: 'teh', after: 'the' }, { line: 3, before: '', after: 'new words' }],
  };
}

describe('html report', () => {
  const report = reviewed('Sir Kir Stmper said 700 people came.\nSee you.', 'Sir Keir Starmer said 800 people came.\nSee you!');
  const html = htmlReport(report);

  test('is one self-contained document: no script, no external resource, a CSP forbidding both', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  test('summarises by kind, severity and decision, and lists every suggestion with del/ins', () => {
    const counts = countItems(report.items);
    expect(html).toContain(`${counts.total} suggestions: 1 accepted, 1 rejected, ${counts.total - 2} open.`);
    expect(html).toContain('<del>Kir Stmper</del>');
    expect(html).toContain('<ins>Keir Starmer</ins>');
    expect((html.match(/<tr class="(accepted|rejected|open)">/g) ?? []).length).toBe(counts.total);
    expect(html).toContain('<td>2</td><td class="wording"><del>teh</del></td>');
    // Text the editor only added has nothing struck out, not an empty <del>.
    expect(html).toContain('<td>3</td><td class="wording"><span class="none">(nothing)</span></td><td class="wording"><ins>new words</ins></td>');
    expect(html).not.toContain('<del></del>');
  });

  test('document text stays text: hostile markup is escaped everywhere', () => {
    const hostile = reviewed('<script>alert(1)</script> <img src=x onerror=alert(2)> "q" & more', 'Plain & "safe" text here');
    const out = htmlReport({ ...hostile, title: '<b>t</b>', draft: { ...hostile.draft, name: '<i>draft</i>.txt' } });
    expect(out).not.toMatch(/<script>|<img|<b>t|<i>draft/);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  test('an empty review says there is nothing to report', () => {
    const empty = htmlReport(uncheckedReport({ name: 'a', text: 'Same.' }, { name: 'b', text: 'Same.' }, [], meta));
    expect(empty).toContain('0 suggestions: 0 accepted, 0 rejected, 0 open.');
    expect(empty).toContain('No differences from the reference.');
  });
});

describe('csv report', () => {
  test('RFC 4180 rows in document order, quoted where needed, formulas defused', () => {
    const csv = csvReport(reviewed('He said, "=SUM(A1)" at 5 pm.\nGood', 'He said, "total" at 6 pm.\nGood.'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('line,column,kind,severity,decision,decided_at,draft,reference,from,to,move_id');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(`'=SUM(A1)`);
    expect(lines[1]).toMatch(/^1,\d+,[a-z]+,(high|medium|low),accepted,2026-11-29T11:00:00.000Z,/);
    expect(lines.at(-2)).toMatch(/^2,5,punctuation,low,open,,,\.,/);
  });
});
