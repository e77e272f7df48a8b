/**
 * Crash recovery end to end: a window with unsaved review work dies without
 * a clean close; the next start offers the recovery copy, and restoring it
 * brings back the edited text and every decision with the time it was made.
 * The draft on disk is never touched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { draftText, galleyCheck, seedPairCopy, selectInPanel, settled, statusText } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('crash recovery', (windows) => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('offers the unsaved review after a crash and restores text and decisions', async () => {
    const pair = seedPairCopy();
    const draftBytes = readFileSync(pair.draft);
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-data-'));
    folders.push(dataDir);
    const suggestions = galleyCheck(pair.draft, pair.reference);
    const name = suggestions.find((s) => s.kind === 'name')!;
    const typo = suggestions.find((s) => s.kind !== 'name' && s.kind !== 'moved' && s.from > name.to)!;

    const first = await windows.openWith({ ...pair, dataDir });
    const card = first.page.getByRole('region', { name: 'Selected suggestion' });
    await selectInPanel(first.page, name.id);
    await card.getByRole('button', { name: 'Accept', exact: true }).click();
    await selectInPanel(first.page, typo.id);
    await card.getByRole('button', { name: 'Reject', exact: true }).click();
    await settled(first.page);
    const edited = await draftText(first.page);
    expect(edited).toContain('Keir Starmer');
    const status = await statusText(first.page);
    expect(status).toMatch(/1 accepted/);
    expect(status).toMatch(/1 rejected/);
    // One copy, and it holds the last decision (the copy refreshed after the accept may already be there).
    const copies = () => readdirSync(join(dataDir, 'recovery')).filter((name) => name.endsWith('.json'));
    const rejectedInCopy = () => copies().map((name) => JSON.parse(readFileSync(join(dataDir, 'recovery', name), 'utf8')).snapshot.review.rejected.length);
    await expect.poll(rejectedInCopy, { timeout: 15_000 }).toEqual([1]);
    const [copy] = copies().map((name) => JSON.parse(readFileSync(join(dataDir, 'recovery', name), 'utf8')).snapshot.review.records);
    const times = (records: { decision: string; at: string }[]) => records.map(({ decision, at }) => `${decision} ${at}`).sort();
    expect(copy, 'the copy dates both decisions').toHaveLength(2);
    // Typing changes no decision: its copy sends no review, and main keeps the one it holds.
    await first.page.locator('.ProseMirror p').first().click();
    await first.page.keyboard.press('Control+Home');
    await first.page.keyboard.type('Q');
    await settled(first.page);
    const typed = await draftText(first.page);
    expect(typed).toBe(`Q${edited}`);
    const copied = () => copies().map((name) => JSON.parse(readFileSync(join(dataDir, 'recovery', name), 'utf8')).snapshot as { text: string; review: { records: unknown[] } });
    await expect.poll(() => copied().map((c) => c.text.startsWith('Q')), { timeout: 15_000 }).toEqual([true]);
    expect(copied()[0]!.review.records).toEqual(copy);
    await first.main.crash();

    const second = await windows.openWith({ dataDir });
    const offer = second.page.getByRole('button', { name: 'Restore', exact: true });
    await offer.click();
    await expect.poll(() => draftText(second.page), { timeout: 20_000 }).toBe(typed);
    await settled(second.page);
    // The same open, accepted and rejected counts: the rejected suggestion stays judged.
    expect(await statusText(second.page)).toBe(status);
    expect(second.main.title()).toMatch(/^● draft\.txt/);
    expect(readFileSync(pair.draft)).toEqual(draftBytes);
    // The decisions keep the times they were made at, not the time of the restore.
    second.main.dialogs.saveAs = join(pair.dir, 'restored.galley');
    await second.main.command('save-review');
    await expect.poll(() => existsSync(join(pair.dir, 'restored.galley')), { timeout: 15_000 }).toBe(true);
    expect(times(JSON.parse(readFileSync(join(pair.dir, 'restored.galley'), 'utf8')).decisions)).toEqual(times(copy));
  });
});
