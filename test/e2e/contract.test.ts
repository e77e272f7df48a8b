/**
 * The accessibility contract external tests and screen readers rely on
 * (issue 4): element names and roles, checked exactly as written there.
 */
import { expect, it } from 'vitest';
import { galleyCheck, seedPairCopy, selectInPanel } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('the stable contract', (windows) => {
  it('names every control, list and status exactly as promised', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const { page } = await windows.open(pair);
    const button = (name: string) => page.getByRole('button', { name, exact: true });

    for (const name of ['Accept all', 'Reject all', 'Next suggestion', 'Previous suggestion', 'Save cleaned copy']) {
      expect(await button(name).count(), name).toBe(1);
    }
    const list = page.getByRole('list', { name: 'Suggestions', exact: true });
    expect(await list.getByRole('listitem').count()).toBe(expected.length);
    expect(await page.getByLabel('Kind', { exact: true }).evaluate((e) => e.tagName)).toBe('SELECT');
    expect(await page.getByRole('status').first().textContent()).toContain(String(expected.length));

    const marks = page.locator('.ProseMirror [data-suggestion-id]');
    expect(await marks.evaluateAll((els) => els.every((e) => e.getAttribute('data-kind')))).toBe(true);

    await selectInPanel(page, expected[0].id);
    expect(await button('Accept').count()).toBe(1);
    expect(await button('Reject').count()).toBe(1);
    await button('Accept').click();
    await expect.poll(() => list.getByRole('listitem').count()).toBeLessThan(expected.length);
  });
});
