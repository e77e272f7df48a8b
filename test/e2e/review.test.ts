/**
 * The review workflow on the seed pair, in Chromium through the harness:
 * the same suggestions as `galley check`, accept, reject, undo, accept and
 * move on, accept a whole kind, edit inside a suggestion, and the
 * screenshots of each state for the README.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { applySuggestions, withMovePartners } from '@galley/engine';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';
import { byKind, draftText, galleyCheck, highlightedIds, markedIds, seedPairCopy, selectInPanel, settled, statusText } from './review-helpers';

describeInChromium('reviewing the seed pair', (windows) => {

  it('marks exactly the suggestions galley check reports, lists them all and counts them', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const app = await windows.open(pair);
    const { page } = app;
    expect((await markedIds(page)).sort()).toEqual(expected.map((s) => s.id).sort());
    await expect.poll(() => page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').count()).toBe(expected.length);
    expect(await statusText(page)).toContain(`${expected.length} open`);
    for (const kind of new Set(expected.map((s) => s.kind))) {
      const marks = await page.locator(`.ProseMirror [data-kind="${kind}"]`).evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-suggestion-id'))).size);
      expect(marks, kind).toBe(byKind(expected, kind).length);
    }
    // The reference pane shows the reference, read-only.
    await expect.poll(() => page.locator('.reference-text').textContent()).toContain('Keir Starmer');
    expect(await page.locator('.reference-text [contenteditable]').count()).toBe(0);
    // Comparing runs in a Web Worker, off the thread that handles typing (started for a comparison and ended once idle, so watched for as the window opens again).
    const started = page.waitForEvent('worker', { predicate: (worker) => worker.url().includes('compare.worker') });
    await page.reload();
    await started;
    await page.waitForSelector('body[data-ready="true"]');
  });

  it('accepts one suggestion (the draft shows the reference wording) and undo puts it back', async () => {
    const pair = seedPairCopy();
    const name = galleyCheck(pair.draft, pair.reference).find((s) => s.kind === 'name')!;
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    await selectInPanel(page, name.id);
    const card = page.getByRole('region', { name: 'Selected suggestion' });
    await expect.poll(() => card.textContent()).toContain(name.replacement);
    await expect.poll(async () => (await highlightedIds(page)).selected).toEqual([name.id]);
    await saveScreenshot(page, 'suggestion-selected');

    await card.getByRole('button', { name: 'Accept', exact: true }).click();
    const accepted = await draftText(page);
    expect(accepted).toBe(applySuggestions(before, [name]));
    expect(await markedIds(page)).not.toContain(name.id);
    expect(await statusText(page)).toContain('1 accepted');
    expect(app.main.title()).toMatch(/^● /);
    await saveScreenshot(page, 'accepted');

    await page.keyboard.press('Control+z');
    expect(await draftText(page)).toBe(before);
    expect(await markedIds(page)).toContain(name.id);
    expect(await statusText(page)).toContain('0 accepted');
    await expect.poll(() => app.main.title()).not.toMatch(/^● /);

    await page.keyboard.press('Control+Shift+z');
    expect(await draftText(page)).toBe(accepted);
  });

  it('rejects one suggestion: the text stays, the mark goes, and undo brings it back', async () => {
    const pair = seedPairCopy();
    const [target] = byKind(galleyCheck(pair.draft, pair.reference), 'wording');
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    const open = (await markedIds(page)).length;
    await selectInPanel(page, target.id);
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await draftText(page)).toBe(before);
    expect(await markedIds(page)).not.toContain(target.id);
    expect(await statusText(page)).toContain(`${open - 1} open · 0 accepted · 1 rejected`);
    expect(await page.locator(`ul[aria-label="Suggestions"] li[data-id="${target.id}"]`).count()).toBe(0);

    await page.keyboard.press('Control+z');
    expect(await markedIds(page)).toContain(target.id);
    expect(await statusText(page)).toContain(`${open} open · 0 accepted · 0 rejected`);
  });

  it('accepts and moves on from the keyboard alone', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    // The cursor starts at the top: the next suggestion is the first one.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await highlightedIds(page)).selected).toEqual([expected[0].id]);
    // Selecting another one moves the highlight (renderer/src/editor/select) and leaves the draft's text and marks as they are.
    await page.evaluate(() => {
      const seen = { mutations: 0 };
      (window as unknown as { __draftMutations: typeof seen }).__draftMutations = seen;
      const root = document.querySelector('.ProseMirror')!;
      // (The root's own attributes say whether it has focus.)
      const observer = new MutationObserver((records) => (seen.mutations += records.filter((r) => r.target !== root || r.type !== 'attributes').length));
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await highlightedIds(page)).selected).toEqual([expected[1].id]);
    expect(await page.evaluate(() => (window as unknown as { __draftMutations: { mutations: number } }).__draftMutations.mutations)).toBe(0);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await highlightedIds(page)).selected).toEqual([expected[0].id]);
    const steps = 6;
    for (let i = 0; i < steps; i++) await page.keyboard.press('Control+Enter');
    // Moves are accepted with their other half, so take each step's group.
    const taken = expected.slice(0, steps);
    const withPartners = withMovePartners(expected, taken);
    expect(await draftText(page)).toBe(applySuggestions(before, withPartners));
    expect(await statusText(page)).toContain(`${withPartners.length} accepted`);
    // The next one is selected, ready for the next key.
    const next = expected.find((s) => !withPartners.includes(s))!;
    await expect.poll(async () => (await highlightedIds(page)).selected).toEqual([next.id]);

    await page.keyboard.press('Control+Shift+Enter');
    expect(await statusText(page)).toContain('1 rejected');
    expect(await draftText(page)).toBe(applySuggestions(before, withPartners));
  });

  it('accepts every suggestion of one kind at once, as one undo step', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const kind = 'typography';
    const ofKind = byKind(expected, kind);
    expect(ofKind.length).toBeGreaterThan(1);
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    await page.getByLabel('Kind').selectOption(kind);
    const rows = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(ofKind.length);
    await saveScreenshot(page, 'kind-filter');

    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    expect(await draftText(page)).toBe(applySuggestions(before, ofKind));
    expect(await page.locator(`.ProseMirror [data-kind="${kind}"]`).count()).toBe(0);
    expect((await markedIds(page)).length).toBe(expected.length - ofKind.length);
    await expect.poll(() => rows.count()).toBe(0);

    await page.keyboard.press('Control+z');
    expect(await draftText(page)).toBe(before);
    expect((await markedIds(page)).length).toBe(expected.length);
  });

  it('a suggestion whose words the user rewrites disappears, the paragraph is checked again, and rejected ones stay gone', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const name = expected.find((s) => s.kind === 'name')!;
    const app = await windows.open(pair);
    const { page } = app;
    const mark = page.locator(`.ProseMirror [data-suggestion-id="${name.id}"]`);
    // Put the cursor inside the misspelt name and fix it by hand.
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.press('End');
    const draft = readFileSync(pair.draft, 'utf8');
    const lineEnd = draft.indexOf('\n', name.from);
    const paragraph = draft.slice(draft.lastIndexOf('\n', name.from) + 1, lineEnd);
    expect(paragraph).toContain('Kir Stmper');
    await mark.click();
    await page.keyboard.type('x');
    await expect.poll(() => markedIds(page)).not.toContain(name.id);

    // Reject a suggestion in the same paragraph, then edit that paragraph:
    // after the pause the paragraph is compared again, and the rejected
    // suggestion does not come back.
    const other = expected.find((s) => s.id !== name.id && s.from > paragraph.length && s.kind === 'wording' && draft.slice(s.from, s.to) === 'conversation')!;
    expect(other).toBeTruthy();
    await selectInPanel(page, other.id);
    await page.getByRole('button', { name: 'Reject', exact: true }).click();
    await settled(page);
    await page.keyboard.press('End');
    await page.keyboard.type(' More.');
    await expect.poll(() => page.locator('.status-activity').textContent()).toMatch(/Checking/);
    await settled(page);
    const words = await page.locator('.ProseMirror [data-suggestion-id]').allTextContents();
    expect(words).not.toContain('conversation');
    // The rewritten name is flagged again, as what it now is.
    expect(words.some((w) => w.includes('Stmperx') || w.includes('Kir'))).toBe(true);
    expect(await draftText(page)).toContain('More.');
  });
});
