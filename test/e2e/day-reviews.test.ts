/**
 * Reviews that outlive the window (issue 13), in Chromium through the
 * harness: the review kept per pair and resumed after closing and
 * reopening the window (or declined); a `.galley` file saved, opened on
 * "another machine" (a copied folder) from File ▸ Open, a drop and the
 * command line, and re-anchored when the draft changed since; bad review
 * files refused in one line; rejection counts and decision times kept
 * across restarts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { applySuggestions, withMovePartners, type Suggestion } from '@galley/engine';
import type { App } from './harness';
import { draftText, galleyCheck, seedPairCopy, settled, statusText, writePair, type Pair } from './review-helpers';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';

/** Main writes files and the worker compares at the machine's pace: a loaded machine is slow, not wrong. */
const SLOW = { timeout: 20_000 };
/** Each test opens windows and compares in them: minutes on a loaded machine, not the default minute. */
const WINDOWS = { timeout: 240_000 };

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const made = mkdtempSync(join(tmpdir(), prefix));
  folders.push(made);
  return made;
}

/** The reviews main keeps in a data folder, as JSON. */
function keptReviews(dataDir: string): Array<{ progress: { decided: number; total: number }; decisions: Array<{ key: string; at: string }>; text: string }> {
  const dir = join(dataDir, 'reviews');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

/**
 * A review on the seed pair: the first two suggestions accepted (with any
 * move partners), the third rejected, and a word typed (Ctrl+End, then typing).
 * Resolves with what the window shows and what it decided.
 */
async function review(app: App, pair: Pair): Promise<{ text: string; accepted: Suggestion[]; rejected: Suggestion }> {
  const { page } = app;
  const all = galleyCheck(pair.draft, pair.reference);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Control+Shift+Enter');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Checked.');
  await settled(page);
  return { text: await draftText(page), accepted: withMovePartners(all, all.slice(0, 2)), rejected: all[2] };
}

async function resumeBanner(page: Page) {
  const banner = page.locator('[data-banner="resume"]');
  await expect.poll(() => banner.count(), SLOW).toBe(1);
  return banner;
}

describeInChromium('reviews that outlive the window', (windows) => {
  it('keeps the review of a pair, and reopening the pair offers to resume it: text, decisions and their times come back', WINDOWS, async () => {
    const pair = seedPairCopy();
    const dataDir = folder('galley-day-data-');
    const total = galleyCheck(pair.draft, pair.reference).length;
    const first = await windows.openWith({ ...pair, dataDir });
    const done = await review(first, pair);
    await expect.poll(() => keptReviews(dataDir)[0]?.progress.decided, SLOW).toBe(done.accepted.length + 1);
    const kept = keptReviews(dataDir)[0];
    const times = kept.decisions.map((d) => d.at);
    // Every suggestion counts: the decided, those still open, and the one the typed words made.
    expect(kept.progress.total).toBeGreaterThanOrEqual(total);
    await first.close();

    const second = await windows.openWith({ ...pair, dataDir });
    const banner = await resumeBanner(second.page);
    expect(await banner.textContent()).toContain(`Resume review: ${done.accepted.length + 1} of ${kept.progress.total} decided.`);
    await saveScreenshot(second.page, 'resume-offer');
    await banner.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => draftText(second.page), SLOW).toBe(done.text);
    await settled(second.page);
    expect(await statusText(second.page)).toContain(`${done.accepted.length} accepted · 1 rejected`);
    // The times are the first session's, not the moment of resuming.
    second.main.dialogs.saveAs = join(pair.dir, 'resumed.galley');
    await second.main.command('save-review');
    await expect.poll(() => existsSync(join(pair.dir, 'resumed.galley')), SLOW).toBe(true);
    expect(JSON.parse(readFileSync(join(pair.dir, 'resumed.galley'), 'utf8')).decisions.map((d: { at: string }) => d.at)).toEqual(times);
    await second.close();

    // Declining starts afresh, and forgets the kept review.
    const third = await windows.openWith({ ...pair, dataDir });
    await (await resumeBanner(third.page)).getByRole('button', { name: 'Start fresh' }).click();
    expect(await draftText(third.page)).toBe(readFileSync(pair.draft, 'utf8'));
    expect(await statusText(third.page)).toContain('0 accepted · 0 rejected');
    await expect.poll(() => keptReviews(dataDir).length, SLOW).toBe(0);
  });

  it('saves a .galley file that opens on another machine from File ▸ Open, a drop and the command line', WINDOWS, async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const done = await review(app, pair);
    app.main.dialogs.saveAs = join(pair.dir, 'draft.galley');
    await app.main.command('save-review');
    await expect.poll(() => existsSync(join(pair.dir, 'draft.galley')), SLOW).toBe(true);
    expect(app.main.dialogs.shown).toContain(`save:${join(pair.dir, 'draft.galley')}`);
    const file = JSON.parse(readFileSync(join(pair.dir, 'draft.galley'), 'utf8'));
    expect(file).toMatchObject({ galley: 'galley-review', version: 1, draft: { path: 'draft.txt' }, reference: { path: 'source.txt' }, text: done.text });
    expect(file.decisions.map((d: { decision: string }) => d.decision).sort()).toEqual([...done.accepted.map(() => 'accepted'), 'rejected']);
    expect(file.edits).toHaveLength(1);
    expect(file.edits[0].after).toContain('Checked.');

    // Another machine: the folder copied elsewhere, a fresh data folder.
    const elsewhere = folder('galley-day-elsewhere-');
    cpSync(pair.dir, elsewhere, { recursive: true });
    const reviewPath = join(elsewhere, 'draft.galley');

    const opened = await windows.open();
    opened.main.dialogs.draft = reviewPath;
    await opened.main.command('open-draft');
    await expect.poll(() => draftText(opened.page), SLOW).toBe(done.text);
    expect(await opened.page.locator('.reference-pane .pane-file').textContent()).toContain('source.txt');
    expect(await opened.page.locator('[data-banner="resume"]').textContent()).toContain('Resumed the review draft.galley');
    await settled(opened.page);
    expect(await statusText(opened.page)).toContain(`${done.accepted.length} accepted · 1 rejected`);

    const dropped = await windows.open();
    await dropped.main.drop([reviewPath], '.draft-pane');
    await expect.poll(() => draftText(dropped.page), SLOW).toBe(done.text);

    const named = await windows.open({ draft: reviewPath });
    expect(await draftText(named.page)).toBe(done.text);
    expect(named.main.title()).toContain('draft.txt');
  });

  it('re-anchors the decisions and edits of a .galley file by content when the draft changed since, and says so', WINDOWS, async () => {
    const pair = seedPairCopy();
    const original = readFileSync(pair.draft, 'utf8');
    const app = await windows.open(pair);
    const done = await review(app, pair);
    app.main.dialogs.saveAs = join(pair.dir, 'draft.galley');
    await app.main.command('save-review');
    await expect.poll(() => existsSync(join(pair.dir, 'draft.galley')), SLOW).toBe(true);

    // The draft changed since: a line added in the middle, far from the decisions (at the top) and the edit (near the end).
    const added = 'A line the OCR found later.\n';
    const paragraphs = original.split('\n');
    const middle = paragraphs.findIndex((line, i) => i >= paragraphs.length / 2 && line.length > 40);
    const before = `\n${paragraphs[middle]}\n`;
    expect(original.split(before)).toHaveLength(2);
    const insert = (text: string) => text.replace(before, `\n${added}${paragraphs[middle]}\n`);
    writeFileSync(pair.draft, insert(original));
    const reopened = await windows.open({ draft: join(pair.dir, 'draft.galley') });
    const { page } = reopened;
    const banner = page.locator('[data-banner="resume"]');
    await expect.poll(() => banner.textContent(), SLOW).toContain('draft.txt changed since the review draft.galley was saved');
    const decided = done.accepted.length + 1;
    expect(await banner.textContent()).toContain(`${decided} of ${decided} decisions and 1 of 1 of your edits were found again by their wording`);
    await saveScreenshot(page, 'review-reanchored');
    // The accepted suggestions applied to the new draft, the edit made again, the rejection still in force.
    expect(await draftText(page)).toBe(insert(done.text));
    expect(done.text).not.toBe(applySuggestions(original, done.accepted));
    await settled(page);
    expect(await statusText(page)).toContain(`${done.accepted.length} accepted · 1 rejected`);
    expect(await page.locator(`.ProseMirror [data-suggestion-id="${done.rejected.id}"]`).count()).toBe(0);
  });

  it('refuses a bad or hostile .galley file in one line naming it, leaving the window as it was', WINDOWS, async () => {
    const pair = writePair('Teh harbour.\n', 'The harbour.\n');
    const app = await windows.open(pair);
    const { page } = app;
    const cases: Array<[string, string, RegExp]> = [
      ['garbage.galley', 'not json at all', /^Cannot open garbage\.galley: not a usable Galley review: it is not JSON\.$/],
      [
        'hostile.galley',
        JSON.stringify({ galley: 'galley-review', version: 1, savedAt: '2026-11-29T10:00:00Z', draft: { path: '/etc/passwd', sha256: '0'.repeat(64) }, reference: { path: 'x', sha256: '0'.repeat(64) } }),
        /^Cannot open hostile\.galley: not a usable Galley review: the draft's "path" must be a path relative to the review file\.$/,
      ],
      [
        'missing.galley',
        JSON.stringify({
          galley: 'galley-review', version: 1, savedAt: '2026-11-29T10:00:00Z',
          draft: { path: 'gone.txt', sha256: '0'.repeat(64) }, reference: { path: 'source.txt', sha256: '0'.repeat(64) },
          text: '', decisions: [], edits: [], rules: [], progress: { decided: 0, total: 0 },
        }),
        /^Cannot open missing\.galley: its draft gone\.txt cannot be read: .+\.$/,
      ],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(pair.dir, name), content);
      app.main.dialogs.draft = join(pair.dir, name);
      await app.main.command('open-draft');
      await expect.poll(() => page.locator('[data-banner="open"] .banner-text').textContent(), SLOW).toMatch(message);
      expect(await draftText(page)).toBe('Teh harbour.\n');
    }
  });

  it('keeps rejection counts across restarts: the third rejection of a change offers a rule even in a later session', WINDOWS, async () => {
    const draft = 'Her colour was red.\nHis colour was blue.\nTheir colour was green.\n';
    const pair = writePair(draft, draft.replaceAll('colour', 'color'));
    const dataDir = folder('galley-day-rejections-');
    const first = await windows.openWith({ ...pair, dataDir });
    await first.page.keyboard.press('Alt+ArrowDown');
    await first.page.keyboard.press('Control+Shift+Enter');
    await first.page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => existsSync(join(dataDir, 'rejections.json')), SLOW).toBe(true);
    await expect.poll(() => JSON.parse(readFileSync(join(dataDir, 'rejections.json'), 'utf8')).counts, SLOW).toEqual([{ draft: 'colour', reference: 'color', count: 2 }]);
    await expect.poll(() => keptReviews(dataDir)[0]?.progress.decided, SLOW).toBe(2);
    await first.close();

    const second = await windows.openWith({ ...pair, dataDir });
    await (await resumeBanner(second.page)).getByRole('button', { name: 'Start fresh' }).click();
    await second.page.keyboard.press('Alt+ArrowDown');
    await second.page.keyboard.press('Alt+Shift+Enter');
    const offer = second.page.locator('[data-banner="learn"]');
    await expect.poll(() => offer.textContent(), SLOW).toContain('You rejected “colour” → “color” 3 times. Always ignore this change?');
  });
});
