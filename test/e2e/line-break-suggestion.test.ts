/**
 * A suggestion whose draft side is line breaks alone (the reference joins
 * two paragraphs, or has no blank line there) is drawn in the draft like any
 * other: a mark carrying its id at the break, shown when chosen in the panel
 * far down the draft, and accepting it joins the paragraphs.
 */
import { expect, it } from 'vitest';
import { draftText, galleyCheck, inDraftView, selectInPanel, settled, writePair } from './review-helpers';
import { describeInChromium } from './suite';

const SLOW = { timeout: 20_000 };

const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1} of the report says nothing in particular.`);
const DRAFT = `${filler.join('\n\n')}\n\nThe committee met in March.\n\nIt agreed on the budget.\n`;
const REFERENCE = `${filler.join('\n\n')}\n\nThe committee met in March. It agreed on the budget.\n`;

describeInChromium('a suggestion of line breaks alone', (windows) => {
  it('is marked at the break, shown when chosen, and accepted like any other', { timeout: 120_000 }, async () => {
    const pair = writePair(DRAFT, REFERENCE);
    const [join] = galleyCheck(pair.draft, pair.reference);
    expect(join).toMatchObject({ replacement: ' ' });
    expect(DRAFT.slice(join!.from, join!.to)).toBe('\n\n');
    const app = await windows.open(pair);
    const { page } = app;
    await settled(page);

    await selectInPanel(page, join!.id);
    const mark = `.ProseMirror [data-suggestion-id="${join!.id}"]`;
    await expect.poll(() => page.locator(mark).count(), SLOW).toBeGreaterThan(0);
    await expect.poll(() => inDraftView(page, mark), SLOW).toBe(true);
    expect(await page.locator(mark).first().textContent()).toContain('¶');

    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => draftText(page), SLOW).toBe(REFERENCE);
  });
});
