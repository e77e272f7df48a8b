/**
 * Words for what the review shows: kind and severity names, and how a
 * suggestion's text is quoted in the panel and the card. Colours live in the
 * stylesheet, one custom property per kind (`--kind-<kind>`).
 */
import type { Severity, SuggestionKind } from '@galley/engine';
import type { AppCommand } from '../../../preload/api';
import { COMMANDS, toAccelerator } from '../../../preload/commands';
import type { WordingSegment as Run } from '@galley/engine';

export const KIND_LABELS: Readonly<Record<SuggestionKind, string>> = {
  name: 'Name',
  number: 'Number',
  spelling: 'Spelling',
  wording: 'Wording',
  missing: 'Missing text',
  extra: 'Extra text',
  moved: 'Moved text',
  case: 'Capitalisation',
  punctuation: 'Punctuation',
  typography: 'Typography',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** Longest quotation shown in a panel row; the card shows more. */
export const ROW_QUOTE_CHARS = 60;

/**
 * Text as quoted in the review's views: visible line breaks and spaces at
 * the edges, cut to `max` characters. Text that is only spacing is named
 * instead ("2 line breaks"), since a row of dots and pilcrows says little.
 */
export function quote(text: string, max: number): string {
  return quoteRuns([{ text, changed: false }], max)
    .map((run) => run.text)
    .join('');
}

/** Runs of wording (./wording) quoted as `quote` quotes their whole text, each run keeping its mark. */
export function quoteRuns(runs: readonly Run[], max: number): Run[] {
  const whole = runs.map((run) => run.text).join('');
  if (whole !== '' && /^\s+$/u.test(whole)) return [{ text: nameSpacing(whole), changed: runs.some((run) => run.changed) }];
  const visible = runs.map((run, index) => {
    let text = run.text.replace(/\n/g, ' ¶ ');
    if (index === 0) text = text.replace(/^ /, '·');
    if (index === runs.length - 1) text = text.replace(/ $/, '·');
    return { text, changed: run.changed };
  });
  if (visible.reduce((sum, run) => sum + run.text.length, 0) <= max) return visible;
  const cut: Run[] = [];
  let room = max - 1;
  for (const run of visible) {
    if (room <= 0) break;
    cut.push({ text: run.text.slice(0, room), changed: run.changed });
    room -= run.text.length;
  }
  return [...cut, { text: '…', changed: false }];
}

/** Names for the marks a typography or punctuation fix is about, which are hard to tell apart at text size. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '"': 'straight double quote',
  "'": 'straight single quote',
  '“': 'left double quote',
  '”': 'right double quote',
  '‘': 'left single quote',
  '’': 'right single quote (apostrophe)',
  '–': 'en dash',
  '—': 'em dash',
  '-': 'hyphen',
  '…': 'ellipsis',
  ',': 'comma',
  ';': 'semicolon',
  ':': 'colon',
  '.': 'full stop',
  '!': 'exclamation mark',
  '?': 'question mark',
  ' ': 'space',
  '\u00a0': 'no-break space',
};

/** "left double quote" for "“", when the text is one such mark (surrounding spaces aside); null otherwise. */
export function characterName(text: string): string | null {
  const mark = text.length > 1 ? text.trim() : text;
  return CHARACTER_NAMES[mark] ?? null;
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

/** The platform's name for the Mod key, for hints. */
export const MOD_KEY = IS_MAC ? '⌘' : 'Ctrl';

/** The first key of a command, as shown to people (`Ctrl+Enter`), or '' when it has none. */
export function shortcutLabel(command: AppCommand): string {
  const key = COMMANDS.find((info) => info.command === command)?.keys[0];
  return key ? toAccelerator(key).replace('CmdOrCtrl', MOD_KEY).replace('Return', 'Enter') : '';
}

/**
 * Every key of a command as `aria-keyshortcuts` spells them (`Control+S`,
 * `Meta+S` on macOS, alternatives space-separated), or undefined when it
 * has none.
 */
export function ariaKeyShortcuts(command: AppCommand): string | undefined {
  const keys = COMMANDS.find((info) => info.command === command)?.keys ?? [];
  const ariaKey = (key: string): string =>
    key
      .split('-')
      .map((part) => (part === 'Mod' ? (IS_MAC ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part))
      .join('+');
  return keys.length > 0 ? keys.map(ariaKey).join(' ') : undefined;
}

const SPACING_NAMES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\n/g, 'line break', 'line breaks'],
  [/\t/g, 'tab', 'tabs'],
  [/\u00a0/g, 'no-break space', 'no-break spaces'],
  [/[^\S\n\t\u00a0]/gu, 'space', 'spaces'],
];

/** Whitespace named by what it holds, e.g. "2 spaces" or "line break + space". */
function nameSpacing(text: string): string {
  const parts: string[] = [];
  for (const [pattern, one, many] of SPACING_NAMES) {
    const n = text.match(pattern)?.length ?? 0;
    if (n > 0) parts.push(n === 1 ? one : `${n} ${many}`);
  }
  return `[${parts.join(' + ')}]`;
}
