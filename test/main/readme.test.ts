/**
 * The README's shortcut sheet is the command table, rendered: if a key
 * changes in preload/commands.ts, this fails until the sheet
 * says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COMMANDS, withoutKeys } from '../../preload/commands';

const KEY_NAMES: Record<string, string> = { Mod: 'Ctrl/Cmd', ArrowDown: '↓', ArrowUp: '↑' };

function keyLabel(key: string): string {
  return key
    .split('-')
    .map((part) => KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

it('lists every command with the keys the app binds', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const block = readme.slice(readme.indexOf('<!-- shortcuts'), readme.indexOf('<!-- /shortcuts -->'));
  const rows = block.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Command') && !line.startsWith('| ---'));
  const expected = COMMANDS.map(
    (info) => `| ${info.label} | ${info.keys.length > 0 ? info.keys.map(keyLabel).join(', ') : withoutKeys(info)} |`,
  );
  expect(rows).toEqual(expected);
});

it('names the review keys the command table binds', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
  const keys = (command: string): string => keyLabel(COMMANDS.find((info) => info.command === command)!.keys[0]);
  expect(readme).toContain(`${keys('accept')} accepts and ${keys('reject')} rejects`);
  expect(readme).toContain(`${keys('accept-next')} and ${keys('reject-next')} do the same`);
});
