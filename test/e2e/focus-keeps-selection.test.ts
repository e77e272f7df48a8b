/**
 * Coming back to the draft by the keyboard (focus without a click) keeps
 * the selection the review put there: a suggestion chosen in the panel,
 * then typing, edits at that suggestion. ProseMirror restores its own
 * selection after the browser puts the caret at the document's start on
 * focus only when that caret is seen within 200 ms of the focus and sits at
 * the very first text position; on a busy window, or with the first
 * paragraph not drawn (near-chunks), neither holds, and the caret went
 * to the browser's place.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SEED_DRAFT, SEED_REFERENCE, draftText, galleyCheck, selectInPanel, settled } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('focus coming back to the draft', (windows) => {
  it('keeps the selection a panel choice made, even when the window is busy as it gets focus', async () => {
    const seed = readFileSync(SEED_DRAFT, 'utf8');
    const { page } = await windows.open();
    await expect.poll(() => draftText(page)).toBe(seed);
    await settled(page);
    const ranged = galleyCheck(SEED_DRAFT, SEED_REFERENCE).filter((s) => s.to > s.from && !s.moveId);
    const far = ranged[Math.floor(ranged.length * 0.8)]!;
    await selectInPanel(page, far.id);

    // Focus as Tab would, then keep the page busy past ProseMirror's 200 ms window before the caret is read.
    await page.locator('.ProseMirror').evaluate((draft: HTMLElement) => {
      draft.focus();
      const start = performance.now();
      while (performance.now() - start < 400);
    });
    await page.keyboard.type('Q');
    await expect.poll(() => draftText(page)).toBe(`${seed.slice(0, far.from)}Q${seed.slice(far.from)}`);
  });
});
