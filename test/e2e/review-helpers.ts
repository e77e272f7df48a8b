/**
 * Shared steps for the review end-to-end tests: temp copies of a pair, the
 * CLI's view of the same pair (the oracle for counts and saved bytes), and
 * reading the editor the way a user sees it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { revealRow } from './panel-rows';

export const ROOT = resolve(__dirname, '../..');
export const SEED_DRAFT = join(ROOT, 'seeds/000_6302bc43854f0c3c.txt');
export const SEED_REFERENCE = join(ROOT, 'seeds/001_6904e82db721665d.txt');
const CLI = join(ROOT, 'out/main/galley.js');

export interface Pair {
  dir: string;
  draft: string;
  reference: string;
  /** Where the tests let "Save cleaned copy" write. */
  saveAs: string;
}

/** Writes a draft and reference into a fresh temp folder (as strings or raw bytes). */
export function writePair(draft: string | Buffer, reference: string | Buffer, names = { draft: 'draft.txt', reference: 'source.txt' }): Pair {
  const dir = mkdtempSync(join(tmpdir(), 'galley-review-'));
  const pair = { dir, draft: join(dir, names.draft), reference: join(dir, names.reference), saveAs: join(dir, 'draft.cleaned.txt') };
  writeFileSync(pair.draft, draft);
  writeFileSync(pair.reference, reference);
  return pair;
}

export function seedPairCopy(): Pair {
  return writePair(readFileSync(SEED_DRAFT), readFileSync(SEED_REFERENCE));
}

/** What `galley check --format json` reports for a pair. */
export function galleyCheck(draft: string, reference: string): Suggestion[] {
  const out = runCli(['check', draft, reference, '--format', 'json']);
  return (JSON.parse(out) as { suggestions: Suggestion[] }).suggestions;
}

/** The bytes `galley apply --accept WHICH` writes for a pair. */
export function galleyApply(draft: string, reference: string, accept: string, out: string): Buffer {
  runCli(['apply', draft, reference, '--accept', accept, '--out', out]);
  return readFileSync(out);
}

/** Runs the CLI; exit status 1 only says the texts differ, so it is not a failure here. */
function runCli(args: readonly string[]): string {
  try {
    return execFileSync('node', [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string };
    if (failed.status !== 1 || failed.stdout === undefined) throw error;
    return failed.stdout;
  }
}

/** Distinct suggestion ids marked in the draft editor. */
export async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll('.ProseMirror [data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id')!)),
  ]);
}

/**
 * The draft's paragraphs, in order: whether each is in a far chunk
 * (renderer/src/editor/near-chunks: one empty element standing for its
 * paragraphs, which are not in the page) and its text without the widgets
 * that show missing words (none for a far one).
 */
export async function draftParagraphs(page: Page): Promise<{ far: boolean; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ProseMirror > div')].flatMap((chunk): { far: boolean; text: string }[] => {
      if (chunk.classList.contains('far-chunk')) return Array.from({ length: Number(chunk.dataset.paragraphs) }, () => ({ far: true, text: '' }));
      return [...chunk.querySelectorAll(':scope > p')].map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        for (const widget of copy.querySelectorAll('.sg-widget')) widget.remove();
        return { far: false, text: copy.textContent ?? '' };
      });
    }),
  );
}

/** The draft's text as it would be saved: paragraphs joined by "\n", without the widgets that show missing words. */
export async function draftText(page: Page): Promise<string> {
  return (await draftParagraphs(page)).map((p) => p.text).join('\n');
}

/**
 * The suggestion the draft shows selected, and the ones it shows linked
 * (the other half of its move): the marks the CSS highlights
 * (renderer/src/editor/select) cover, by id.
 */
export async function highlightedIds(page: Page): Promise<{ selected: string[]; linked: string[] }> {
  return page.evaluate(() => {
    const ids = (name: string): string[] => [
      ...new Set(
        [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])].map((range) => {
          const node = range.startContainer;
          const element = node instanceof Element ? node : node.parentElement;
          return element?.closest('[data-suggestion-id]')?.getAttribute('data-suggestion-id') ?? '';
        }),
      ),
    ];
    return { selected: ids('galley-selected'), linked: ids('galley-linked') };
  });
}

/** Whether the element `selector` names has a box inside the draft pane's viewport. */
export async function inDraftView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    const scroller = document.querySelector('.draft-scroll');
    if (!element || !scroller) return false;
    const box = element.getBoundingClientRect();
    const port = scroller.getBoundingClientRect();
    return box.height > 0 && box.top >= port.top && box.bottom <= port.bottom;
  }, selector);
}

export async function statusText(page: Page): Promise<string> {
  return (await page.getByRole('status').textContent()) ?? '';
}

/** Waits until no comparison or re-check is under way. */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.status-activity').textContent(), { timeout: 20_000 }).not.toMatch(/Comparing|Checking/);
  // Edits waiting for (or in) their re-check mark the draft busy until their suggestions are in.
  await expect.poll(() => page.locator('.ProseMirror[aria-busy="true"]').count(), { timeout: 30_000 }).toBe(0);
}

/**
 * How long after a click a test waits before its next key. A key sent at
 * once (a script's; a person's comes hundreds of milliseconds later) was, in
 * one run of the caret tests in three on this machine, applied with the
 * caret the click had not yet moved; with this wait, none in nine.
 */
const CLICK_SETTLES_MS = 150;

/** Clicks `target` in the draft and waits for the caret to be taken in, before the test's next key. */
export async function clickToPlaceCaret(target: Locator): Promise<void> {
  await target.click();
  await target.page().waitForTimeout(CLICK_SETTLES_MS);
}

/** Selects a suggestion through its row in the panel. */
export async function selectInPanel(page: Page, id: string): Promise<void> {
  await revealRow(page, id);
  await page.locator(`ul[aria-label="Suggestions"] li[data-id="${id}"]`).click();
  await expect.poll(() => page.locator('.card').isVisible()).toBe(true);
}

export function byKind(suggestions: readonly Suggestion[], kind: Suggestion['kind']): Suggestion[] {
  return suggestions.filter((s) => s.kind === kind);
}
