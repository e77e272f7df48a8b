/**
 * File ▸ Export Report… (issue 13): after some decisions and an edit of the
 * editor's own, the report main writes counts every suggestion the CLI finds
 * for the pair with its decision and time, marks wording with <del>/<ins>,
 * lists the edit, and keeps a hostile draft's markup as text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { draftText, galleyCheck, settled, writePair } from './review-helpers';
import { describeInChromium } from './suite';

// The last line is reworded: its suggestion has word-level parts, whose offsets main checks.
const DRAFT = 'The <script>alert(1)</script> offense was grave.\nHe spoke to teh court on Monday.\nA third line stays.\nThe judge said quickly that the case was very closed.\n';
const REFERENCE = 'The offence was grave.\nHe spoke to the court on Tuesday.\nA third line stays.\nThe judge stated firmly that the matter was now closed.\n';

describeInChromium('exporting the client report', (windows) => {
  it('writes every suggestion with its decision, the edits, and the draft escaped', async () => {
    const pair = writePair(DRAFT, REFERENCE);
    const expected = galleyCheck(pair.draft, pair.reference);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(expected.some((s) => (s.parts?.length ?? 0) > 1)).toBe(true);
    const app = await windows.open(pair);
    const { page } = app;
    await settled(page);
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+Enter');
    await page.keyboard.press('Alt+Shift+Enter');
    // An edit of the editor's own, on the line no suggestion touches (the next suggestion's card closed first: it lies over that line).
    await page.keyboard.press('Escape');
    await page.locator('.ProseMirror p').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited.');
    await expect.poll(() => draftText(page)).toContain('stays. Edited.');
    await settled(page);

    const out = join(pair.dir, 'review.report.html');
    app.main.dialogs.saveAs = out;
    await app.main.command('export-report');
    await expect.poll(() => existsSync(out)).toBe(true);
    expect(app.main.dialogs.shown.at(-1)).toBe(`save:${join(pair.dir, 'draft.report.html')}`);
    const html = readFileSync(out, 'utf8');

    const total = expected.length;
    expect(html).toContain(`${total} suggestions: 1 accepted, 1 rejected, ${total - 2} open.`);
    expect(html.match(/<tr class="accepted">/g)).toHaveLength(1);
    expect(html.match(/<tr class="rejected">/g)).toHaveLength(1);
    expect(html.match(/<tr class="open">/g)).toHaveLength(total - 2);
    // Decided rows say when.
    expect(html).toMatch(/<tr class="accepted">.*<time datetime="\d{4}-\d\d-\d\dT[^"]+">/);
    expect(html).toContain('<del>');
    expect(html).toContain('<ins>');
    // The editor's own edit, and nothing of the draft's markup as markup.
    expect(html).toMatch(/<section aria-labelledby="edits">[\s\S]*<td>3<\/td>[\s\S]*<ins>[^<]*Edited\.[^<]*<\/ins>/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    await expect.poll(() => page.locator('.status-activity').textContent()).toBe('Exported review.report.html');
  });

  it('says so and writes nothing when the dialog is cancelled', async () => {
    const pair = writePair(DRAFT, REFERENCE);
    const app = await windows.open(pair);
    await settled(app.page);
    app.main.dialogs.saveAs = null;
    await app.main.command('export-report');
    await expect.poll(() => app.main.dialogs.shown.some((d) => d.endsWith('draft.report.html'))).toBe(true);
    expect(existsSync(join(pair.dir, 'draft.report.html'))).toBe(false);
    expect(await app.page.locator('.banner').count()).toBe(0);
  });
});
