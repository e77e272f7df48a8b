/**
 * The panel never goes stale (issue 13): after every filter change and
 * every decision, its heading, both filters' counts, the list, the empty
 * message, the bulk buttons and the status bar all agree with the
 * suggestions marked in the draft. Checked over random sequences of filter
 * changes, decisions, bulk actions and undo.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { SUGGESTION_KINDS } from '@galley/engine';
import { expect, it } from 'vitest';
import { seedPairCopy } from './review-helpers';
import { describeInChromium, type Windows } from './suite';

const ROWS = 'ul[aria-label="Suggestions"] li[data-id]';

type Step =
  | { kind: 'filter-kind'; value: string }
  | { kind: 'filter-severity'; value: string }
  | { kind: 'decide'; row: number; accept: boolean }
  | { kind: 'bulk'; accept: boolean }
  | { kind: 'undo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('filter-kind' as const), value: fc.constantFrom('all', ...SUGGESTION_KINDS) }),
  fc.record({ kind: fc.constant('filter-severity' as const), value: fc.constantFrom('all', 'high', 'medium', 'low') }),
  fc.record({ kind: fc.constant('decide' as const), row: fc.nat(200), accept: fc.boolean() }),
  fc.record({ kind: fc.constant('bulk' as const), accept: fc.boolean() }),
  fc.record({ kind: fc.constant('undo' as const) }),
);

async function take(page: Page, s: Step): Promise<void> {
  if (s.kind === 'filter-kind') await page.getByLabel('Kind').selectOption(s.value);
  else if (s.kind === 'filter-severity') await page.getByLabel('Severity').selectOption(s.value);
  else if (s.kind === 'undo') await page.keyboard.press('Control+z');
  else if (s.kind === 'bulk') {
    const button = page.getByRole('button', { name: s.accept ? 'Accept all' : 'Reject all', exact: true });
    if (await button.isEnabled()) await button.click();
  } else {
    const rows = page.locator(ROWS);
    const count = await rows.count();
    if (count === 0) return;
    await rows.nth(s.row % count).click();
    await page.keyboard.press(s.accept ? 'Alt+Enter' : 'Alt+Shift+Enter');
  }
}

/** Every way the panel and status bar disagree with the marks in the draft; empty when they agree. */
function disagreements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const severities = ['high', 'medium', 'low'];
    const items = new Map<string, { kind: string; severity: string }>();
    for (const mark of document.querySelectorAll<HTMLElement>('.ProseMirror [data-suggestion-id]')) {
      items.set(mark.dataset.suggestionId!, { kind: mark.dataset.kind!, severity: severities.find((s) => mark.classList.contains(`sg-${s}`))! });
    }
    const kindSelect = document.querySelector<HTMLSelectElement>('#filter-kind')!;
    const severitySelect = document.querySelector<HTMLSelectElement>('#filter-severity')!;
    const fits = (value: string, actual: string) => value === 'all' || value === actual;
    const shown = [...items].filter(([, i]) => fits(kindSelect.value, i.kind) && fits(severitySelect.value, i.severity)).map(([id]) => id);
    const expect = (what: string, actual: unknown, wanted: unknown) => {
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
    };
    const total = items.size;
    expect('heading', document.querySelector('#panel-title')!.textContent, shown.length === total ? `Suggestions (${total})` : `Suggestions (${shown.length} of ${total})`);
    const rows = [...document.querySelectorAll('ul[aria-label="Suggestions"] li[data-id]')].map((row) => row.getAttribute('data-id'));
    expect('rows', [...rows].sort(), [...shown].sort());
    for (const option of kindSelect.options) {
      const n = [...items.values()].filter((i) => fits(option.value, i.kind) && fits(severitySelect.value, i.severity)).length;
      expect(`kind option ${option.value}`, option.textContent!.match(/\((\d+)\)$/)?.[1], String(n));
    }
    for (const option of severitySelect.options) {
      const n = [...items.values()].filter((i) => fits(kindSelect.value, i.kind) && fits(option.value, i.severity)).length;
      expect(`severity option ${option.value}`, option.textContent!.match(/\((\d+)\)$/)?.[1], String(n));
    }
    const empty = document.querySelector<HTMLElement>('.panel-empty')!;
    expect('empty message shown', !empty.hidden && empty.textContent !== '', shown.length === 0);
    for (const name of ['Accept all', 'Reject all']) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
      expect(`${name} disabled`, button.disabled, shown.length === 0);
    }
    expect('status', document.querySelector('[role="status"]')!.textContent!.split(' open')[0], String(total));
    return problems;
  });
}

async function checkSequence(windows: Windows, steps: readonly Step[]): Promise<void> {
  const app = await windows.open(seedPairCopy());
  try {
    expect(await disagreements(app.page)).toEqual([]);
    for (const [index, s] of steps.entries()) {
      await take(app.page, s);
      await expect.poll(() => disagreements(app.page), { timeout: 5_000, message: `after step ${index}: ${JSON.stringify(s)}` }).toEqual([]);
    }
  } finally {
    await app.close();
  }
}

describeInChromium('the panel counts', (windows) => {
  it('agree with the marks after the sequence from issue 13: Typography, Accept all, back to All kinds; Number; High', async () => {
    await checkSequence(windows, [
      { kind: 'filter-kind', value: 'typography' },
      { kind: 'bulk', accept: true },
      { kind: 'filter-kind', value: 'all' },
      { kind: 'filter-kind', value: 'number' },
      { kind: 'filter-kind', value: 'all' },
      { kind: 'filter-severity', value: 'high' },
    ]);
  });

  it('agree with the marks after every step of random filter, decision, bulk and undo sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 6, maxLength: 10 }), (steps) => checkSequence(windows, steps)),
      // Each case opens a window: a few cases, and no shrinking through dozens more.
      { numRuns: 2, endOnFailure: true },
    );
  });
});
