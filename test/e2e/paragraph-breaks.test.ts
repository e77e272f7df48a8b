/**
 * A retyped .txt draft against the publisher's Word file, and a Markdown
 * draft opened against a .txt reference already open, in the window: the
 * blank lines between paragraphs and the final newline are the containers'
 * conventions, so only the real differences (a name, a paragraph joined)
 * are marked, as `galley check` reports them, and the cleaned copies keep
 * their own paragraph breaks.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeDocx, p, r } from '../formats/docx-fixtures';
import { galleyCheck, markedIds, settled } from './review-helpers';
import { describeInChromium } from './suite';

const PARAGRAPHS = ['Budget day', 'Sir Keir Starmer spoke in London.', 'The House then rose.', 'It sat again on Monday.'];
const dir = mkdtempSync(join(tmpdir(), 'galley-e2e-breaks-'));
const at = (name: string) => join(dir, name);

describeInChromium('paragraph breaks between containers', (windows) => {
  it('a retyped .txt against a .docx shows only the name and the joined paragraph, and saves with its blank lines', async () => {
    writeFileSync(at('publisher.docx'), makeDocx({ body: p(r(PARAGRAPHS[0]), 'Heading1') + PARAGRAPHS.slice(1).map((t) => p(r(t))).join('') }));
    writeFileSync(at('retyped.txt'), `${PARAGRAPHS[0]}\n\nSir Kir Stmper spoke in London. ${PARAGRAPHS[2]}\n\n${PARAGRAPHS[3]}\n`);
    const expected = galleyCheck(at('retyped.txt'), at('publisher.docx'));
    expect(expected.map((s) => s.replacement)).toEqual(['Keir Starmer', '\n\n']);
    const app = await windows.open({ draft: at('retyped.txt'), reference: at('publisher.docx'), saveAs: at('retyped.cleaned.txt') });
    const { page } = app;
    await settled(page);
    await expect.poll(async () => (await markedIds(page)).sort()).toEqual(expected.map((s) => s.id).sort());
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(at('retyped.cleaned.txt'))).toBe(true);
    expect(readFileSync(at('retyped.cleaned.txt'), 'utf8')).toBe(`${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('a Markdown draft opened after a .txt reference is compared with it restated: nothing to write that Markdown cannot', async () => {
    writeFileSync(at('publisher.txt'), `${PARAGRAPHS.join('\n\n')}\n`);
    writeFileSync(at('draft.md'), `# ${PARAGRAPHS[0]}\n\n**Sir Kir Stmper** spoke in London.\n\n${PARAGRAPHS.slice(2).join('\n\n')}\n`);
    const app = await windows.open({ reference: at('publisher.txt'), saveAs: at('draft.cleaned.md') });
    const { page } = app;
    await expect.poll(() => page.locator('.reference-pane .pane-file').textContent()).toContain('publisher.txt');
    app.main.dialogs.draft = at('draft.md');
    await app.main.command('open-draft');
    await expect.poll(() => page.locator('.draft-pane .pane-file').textContent()).toContain('draft.md');
    await settled(page);
    const expected = galleyCheck(at('draft.md'), at('publisher.txt'));
    expect(expected.map((s) => s.replacement)).toEqual(['Keir Starmer']);
    await expect.poll(async () => (await markedIds(page)).sort()).toEqual(expected.map((s) => s.id));
    // The reference pane shows the reference a paragraph a line, as the Markdown draft is.
    expect(await page.locator('.reference-text').textContent()).not.toContain('\n\n');
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(at('draft.cleaned.md'))).toBe(true);
    expect(readFileSync(at('draft.cleaned.md'), 'utf8')).toBe(`# ${PARAGRAPHS[0]}\n\n**Sir Keir Starmer** spoke in London.\n\n${PARAGRAPHS.slice(2).join('\n\n')}\n`);
    await expect.poll(() => page.locator('.banners').textContent()).not.toContain('cannot hold');
  });
});
