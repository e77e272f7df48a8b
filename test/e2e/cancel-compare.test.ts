/**
 * A long comparison shows that it is running and can be cancelled (issue 9
 * item 7): the window stays usable, Cancel ends the worker (the engine
 * cannot be interrupted inside it), and comparing again works in a fresh
 * one.
 *
 * The first comparison worker the window loads is stood in for by one that
 * never answers, so "long" does not depend on how fast the engine is.
 */
import { expect, it } from 'vitest';
import { galleyCheck, seedPairCopy, statusText } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('a long comparison', (windows) => {
  it('shows a busy state with Cancel; cancelling leaves the draft open without suggestions, and Compare again compares', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const { page } = await windows.open(pair);

    let workersLoaded = 0;
    await page.route('**/assets/compare.worker-*.js', (route) => {
      workersLoaded++;
      if (workersLoaded > 1) return route.fallback();
      return route.fulfill({ status: 200, body: 'onmessage = () => {};', contentType: 'text/javascript' });
    });
    await page.reload();

    const busy = page.getByRole('group', { name: 'Comparison in progress' });
    await expect.poll(() => busy.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await busy.getByRole('progressbar').count()).toBe(1);
    expect(await busy.textContent()).toMatch(/Comparing… \d+ s/);
    // The window is not frozen meanwhile.
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('x');

    await busy.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => busy.isVisible()).toBe(false);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('.banner').textContent()).toContain('Comparison cancelled');
    expect(await statusText(page)).toMatch(/^0 open/);

    await page.getByRole('button', { name: 'Compare again', exact: true }).click();
    // The draft has one more suggestion's worth of difference: the x typed above.
    await expect.poll(async () => Number((await statusText(page)).split(' open')[0]), { timeout: 20_000 }).toBeGreaterThanOrEqual(expected.length);
    expect(workersLoaded).toBe(2);
    expect(await busy.isVisible()).toBe(false);
  });

  it('shows a long re-check after an edit the same way, and Cancel ends it', async () => {
    const { page } = await windows.open(seedPairCopy());
    // A stand-in worker that finds nothing on opening, then never answers: the
    // first one loaded answers its first message; an idle worker is ended after
    // a second, so the re-check may load another, which answers nothing.
    let workersLoaded = 0;
    const script = (answers: boolean) => `let first = ${answers}; onmessage = (e) => { if (first) postMessage({ id: e.data.id, ok: true, suggestions: [] }); first = false; };`;
    await page.route('**/assets/compare.worker-*.js', (route) => route.fulfill({ status: 200, body: script(++workersLoaded === 1), contentType: 'text/javascript' }));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');

    await page.locator('.ProseMirror').click();
    await page.keyboard.type('x');
    const busy = page.getByRole('group', { name: 'Comparison in progress' });
    await expect.poll(() => busy.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await busy.textContent()).toMatch(/Checking your edits… \d+ s/);
    await busy.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => busy.isVisible()).toBe(false);
    await expect.poll(() => page.locator('.status-activity').textContent()).not.toMatch(/Checking/);
  });
});
