/**
 * Opening files in the review window (Chromium, through the harness): the
 * menu command with the likely reference offered, drag and drop onto the
 * window and onto the reference pane, the unsaved-work question before
 * another draft replaces the open one, and a hostile draft that must stay
 * plain text.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';
import { SEED_DRAFT, SEED_REFERENCE, draftText, galleyCheck, markedIds, selectInPanel, statusText, writePair } from './review-helpers';

function storyPair() {
  return writePair(readFileSync(SEED_DRAFT), readFileSync(SEED_REFERENCE), { draft: 'story.txt', reference: 'story.ref.txt' });
}

describeInChromium('opening files for review', (windows) => {

  it('opens a draft from the menu and offers the likely reference beside it', async () => {
    const pair = storyPair();
    const app = await windows.open();
    const { page } = app;
    app.main.dialogs.draft = pair.draft;
    await app.main.command('open-draft');
    await expect.poll(() => page.locator('.draft-pane .pane-file').textContent()).toContain('story.txt');
    const use = page.getByRole('button', { name: 'Use', exact: true });
    await expect.poll(() => page.locator('.banners').textContent()).toContain('story.ref.txt');
    await use.click();
    await expect.poll(() => page.locator('.reference-pane .pane-file').textContent()).toContain('story.ref.txt');
    const expected = galleyCheck(pair.draft, pair.reference);
    await expect.poll(async () => (await markedIds(page)).length).toBe(expected.length);
  });

  it('Ctrl+Shift+O opens the reference; with none open nothing is marked', async () => {
    const pair = storyPair();
    const app = await windows.open({ draft: pair.draft, reference: pair.reference });
    const { page } = app;
    app.main.dialogs.reference = SEED_DRAFT;
    // Comparing the draft with itself: nothing to suggest.
    await page.keyboard.press('Control+Shift+o');
    await expect.poll(async () => (await markedIds(page)).length).toBe(0);
    expect(await statusText(page)).toContain('0 open');
    expect(app.main.dialogs.shown).toContain('open-reference');
  });

  it('a file dropped on the reference pane becomes the reference; two dropped on the window are a draft and its reference', async () => {
    const pair = storyPair();
    const lone = writePair(readFileSync(SEED_DRAFT), 'unused');
    const app = await windows.open({ draft: lone.draft });
    const { page } = app;
    expect(await statusText(page)).toContain('no reference');
    await app.main.drop([pair.reference], '.reference-pane');
    await expect.poll(() => page.locator('.reference-pane .pane-file').textContent()).toContain('story.ref.txt');
    await expect.poll(async () => (await markedIds(page)).length).toBe(galleyCheck(lone.draft, pair.reference).length);

    await app.main.drop([pair.reference, pair.draft], '.draft-pane');
    await expect.poll(() => page.locator('.draft-pane .pane-file').textContent()).toContain('story.txt');
    expect(await page.locator('.reference-pane .pane-file').textContent()).toContain('story.ref.txt');
  });

  it('asks before another draft replaces unsaved work; Cancel keeps it', async () => {
    const pair = storyPair();
    const app = await windows.open({ draft: pair.draft, reference: pair.reference });
    const { page } = app;
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+Enter');
    const edited = await draftText(page);
    app.main.dialogs.draft = SEED_DRAFT;
    await page.keyboard.press('Control+o');
    const dialog = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await draftText(page)).toBe(edited);
    expect(app.main.dialogs.shown).not.toContain('open-draft');

    await page.keyboard.press('Control+o');
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    await expect.poll(() => page.locator('.draft-pane .pane-file').textContent()).toContain('000_6302bc43854f0c3c.txt');
    expect(app.main.dialogs.shown).toContain('open-draft');
  });

  it('shows a draft full of markup as plain text and runs none of it', async () => {
    const hostile = [
      'Title <script>window.__pwned = 1</script> here.',
      'A picture <img src="x" onerror="window.__pwned = 2"> here.',
      'javascript:window.__pwned = 3',
      '<a href="javascript:window.__pwned = 4">a link</a> and <svg onload="window.__pwned = 5"></svg>',
      '<style>body { display: none }</style><iframe src="javascript:window.__pwned = 6"></iframe>',
    ];
    const reference = [...hostile.slice(0, 2), '<img src=y onerror="window.__pwned = 7"> belongs here.', ...hostile.slice(2)].join('\n');
    const draft = [...hostile, '<b onmouseover="window.__pwned = 8">extra bold</b>'].join('\n').replace('here.', 'hear.');
    const pair = writePair(draft, reference);
    const app = await windows.open({ draft: pair.draft, reference: pair.reference });
    const { page } = app;
    const expected = galleyCheck(pair.draft, pair.reference);
    expect(expected.length).toBeGreaterThan(0);
    expect((await markedIds(page)).length).toBe(expected.length);
    expect(await draftText(page)).toBe(draft);
    expect(await page.locator('.reference-text').textContent()).toContain('<img src=y onerror="window.__pwned = 7">');

    // Show every suggestion's card and hover every mark: still nothing runs.
    for (const s of expected) {
      await selectInPanel(page, s.id);
      await page.locator(`.ProseMirror [data-suggestion-id="${s.id}"]`).first().hover();
    }
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    expect(await draftText(page)).toBe(reference);
    await page.waitForTimeout(300);
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      elements: document.querySelectorAll('#app script, #app img, #app svg, #app iframe, #app a, #app style, #app b').length,
    }));
    expect(facts).toEqual({ pwned: undefined, elements: 0 });
    expect(app.main.refused).toEqual([]);
  });
});

describeInChromium('the review in the dark theme', (windows) => {
  it('follows the system colour scheme', async () => {
    const pair = storyPair();
    const app = await windows.open({ draft: pair.draft, reference: pair.reference });
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    const name = galleyCheck(pair.draft, pair.reference).find((s) => s.kind === 'name')!;
    await selectInPanel(page, name.id);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 24, 27)');
    await saveScreenshot(page, 'dark-theme');
  });
});
