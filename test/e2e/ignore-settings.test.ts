/**
 * Ignore settings (issue 13): set in the settings panel they apply at once
 * (the review and the CLI with the same flags agree), the status bar says
 * how many suggestions they hide, and they are still in force after the
 * window is closed and opened again on the same data folder. Rules
 * learned from decisions (the card's "Always ignore this change", the offer
 * after three rejections of one change) hide that change everywhere, are
 * listed and removable, and the settings file is a rules file the CLI reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ROOT, byKind, galleyCheck, seedPairCopy, selectInPanel, settled, statusText, writePair, type Pair } from './review-helpers';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';

/** How many suggestions `galley check` gives with these flags (exit status 1 only says the texts differ). */
function cliCount(pair: Pair, flags: string[]): number {
  let out: string;
  try {
    out = execFileSync('node', [join(ROOT, 'out/main/galley.js'), 'check', pair.draft, pair.reference, '--format', 'json', ...flags], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { suggestions: unknown[] }).suggestions.length;
}

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeInChromium('ignore settings', (windows) => {
  it('hides a kind at once, says how many, and keeps it across a restart', async () => {
    const pair = seedPairCopy();
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-settings-'));
    dataDirs.push(dataDir);
    const all = galleyCheck(pair.draft, pair.reference);
    const typography = byKind(all, 'typography').length;
    expect(typography).toBeGreaterThan(0);

    const first = await windows.openWith({ ...pair, dataDir });
    await settled(first.page);
    expect(await statusText(first.page)).toContain(`${all.length} open`);
    await first.main.command('ignore-settings');
    const panel = first.page.getByRole('region', { name: 'Ignore settings' });
    await panel.getByRole('checkbox', { name: 'Ignore typography', exact: true }).check();
    await expect.poll(() => statusText(first.page)).toContain(`${all.length - typography} open`);
    await expect.poll(() => first.page.locator('.status-note').textContent()).toBe(`${typography} hidden by ignore settings`);
    await panel.getByRole('checkbox', { name: 'Ignore case', exact: true }).check();
    await panel.getByRole('checkbox', { name: 'Typographic variants are equal', exact: true }).check();
    const shown = cliCount(pair, ['--ignore', 'typography,case', '--typography-equal']);
    await expect.poll(() => statusText(first.page)).toContain(`${shown} open`);
    await settled(first.page);
    await saveScreenshot(first.page, 'settings');
    await expect
      .poll(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')))
      .toEqual({ version: 1, ignore: ['typography', 'case'], typographyEqual: true, rules: [] });
    await first.close();

    const second = await windows.openWith({ ...pair, dataDir });
    await settled(second.page);
    expect(await statusText(second.page)).toContain(`${shown} open`);
    await expect.poll(() => second.page.locator('.status-note').textContent()).toBe(`${all.length - shown} hidden by ignore settings`);
    await second.main.command('ignore-settings');
    const again = second.page.getByRole('region', { name: 'Ignore settings' });
    expect(await again.getByRole('checkbox', { name: 'Ignore typography', exact: true }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Ignore case', exact: true }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Ignore spelling', exact: true }).isChecked()).toBe(false);
    expect(await again.getByRole('checkbox', { name: 'Typographic variants are equal', exact: true }).isChecked()).toBe(true);
  });

  it('counts a hand-broken settings file as the defaults', async () => {
    const pair = seedPairCopy();
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-settings-'));
    dataDirs.push(dataDir);
    writeFileSync(join(dataDir, 'settings.json'), '{"ignore": ["nonsense"], "typographyEqual": 1}');
    const app = await windows.openWith({ ...pair, dataDir });
    await settled(app.page);
    expect(await statusText(app.page)).toContain(`${galleyCheck(pair.draft, pair.reference).length} open`);
  });

  it('learns rules from the card and from three rejections, lists them, and the CLI reads them', async () => {
    const draft = 'The offense was noted.\nHer colour was red.\nA second offense came.\nA third offense followed.\nHis colour was blue.\nA fourth offense now.\n';
    const pair = writePair(draft, draft.replaceAll('offense', 'offence').replaceAll('colour', 'color'));
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-settings-'));
    dataDirs.push(dataDir);
    const all = galleyCheck(pair.draft, pair.reference);
    const wording = (id: string) => all.find((s) => s.id === id)!;
    const colour = all.filter((s) => draft.slice(s.from, s.to) === 'colour');
    const offense = all.filter((s) => draft.slice(s.from, s.to) === 'offense');
    expect([colour.length, offense.length, all.length]).toEqual([2, 4, 6]);
    const app = await windows.openWith({ ...pair, dataDir });
    const { page } = app;
    await settled(page);

    await selectInPanel(page, colour[0].id);
    await page.getByRole('button', { name: 'Always ignore this change' }).click();
    await expect.poll(() => statusText(page)).toContain('4 open · 0 accepted · 0 rejected');
    // A click meant for Accept beside it is said, and undone in one click.
    const made = page.locator('[data-banner="learn"]', { hasText: '“colour” → “color” is now ignored everywhere' });
    await made.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statusText(page)).toContain('6 open · 0 accepted · 0 rejected');
    await selectInPanel(page, colour[0].id);
    await page.getByRole('button', { name: 'Always ignore this change' }).click();
    await expect.poll(() => statusText(page)).toContain('4 open · 0 accepted · 0 rejected');

    await selectInPanel(page, offense[0].id);
    expect(wording(offense[0].id).replacement).toBe('offence');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => statusText(page)).toContain('1 open · 0 accepted · 3 rejected');
    const offer = page.locator('.banner', { hasText: 'You rejected “offense” → “offence” 3 times. Always ignore this change?' });
    await offer.getByRole('button', { name: 'Always ignore' }).click();
    await expect.poll(() => statusText(page)).toContain('0 open · 0 accepted · 3 rejected');

    await expect
      .poll(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).rules)
      .toEqual([
        { draft: 'colour', reference: 'color' },
        { draft: 'offense', reference: 'offence' },
      ]);
    expect(cliCount(pair, ['--rules', join(dataDir, 'settings.json')])).toBe(0);

    await app.main.command('ignore-settings');
    const rules = page.getByRole('list', { name: 'Ignore rules' });
    expect(await rules.getByRole('listitem').allTextContents()).toEqual(['“colour” → “color”Remove', '“offense” → “offence”Remove']);
    await rules.getByRole('button', { name: 'Remove rule “offense” → “offence”' }).click();
    // The three rejected stay rejected; the fourth is flagged again.
    await expect.poll(() => statusText(page)).toContain('1 open · 0 accepted · 3 rejected');
    expect(await rules.getByRole('listitem').allTextContents()).toEqual(['“colour” → “color”Remove']);
  });
});
