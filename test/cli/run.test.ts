/** The CLI in process: what needs a terminal or hand-made suggestions. */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Suggestion } from '@galley/engine';
import { positionsOf } from '../../main/report/positions';
import { accepted, run, type CliIo } from '../../main/cli/run';
import { tempFolder } from '../main/files-helpers';

function io(isTTY: boolean, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const streams: CliIo = {
    stdout: { isTTY, write: (chunk) => out.push(chunk.toString()) },
    stderr: { write: (chunk) => err.push(chunk) },
    env,
    version: '9.9.9',
  };
  return { streams, out, err };
}

describe('colour', () => {
  test('on a terminal, unless NO_COLOR is set', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'd.txt'), 'The Prime Minster spoke.\n');
    writeFileSync(join(dir, 'r.txt'), 'The Prime Minister spoke.\n');
    const args = ['check', join(dir, 'd.txt'), join(dir, 'r.txt')];
    const tty = io(true);
    expect(await run(args, tty.streams)).toBe(1);
    expect(tty.out.join('')).toContain('\x1b[');
    const noColour = io(true, { NO_COLOR: '1' });
    await run(args, noColour.streams);
    expect(noColour.out.join('')).not.toContain('\x1b[');
    expect(noColour.out.join('')).toMatch(/^1:11  [a-z]+ +[a-z]+ +"Minster" → "Minister"\n$/);
  });
});

describe('apply', () => {
  test('an empty draft takes the reference’s encoding, BOM, line endings and final newline', async () => {
    const dir = tempFolder();
    const reference = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one\r\nLine two\r\n')]);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ref.txt'), reference);
    const out = join(dir, 'out.txt');
    const stdout = io(false);
    expect(await run(['apply', join(dir, 'empty.txt'), join(dir, 'ref.txt'), '--accept', 'all', '--out', out], stdout.streams)).toBe(1);
    expect(stdout.err).toEqual([]);
    expect(readFileSync(out)).toEqual(reference);
    const none = join(dir, 'none.txt');
    await run(['apply', join(dir, 'empty.txt'), join(dir, 'ref.txt'), '--accept', 'none', '--out', none], io(false).streams);
    expect(readFileSync(none)).toEqual(Buffer.alloc(0)); // the draft, byte for byte
  });
});

describe('encodings', () => {
  test('--out-encoding writes what the draft’s encoding cannot hold; trouble says so', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'd.txt'), iconv.encode('Tokyo is far, café.\n', 'windows-1252'));
    writeFileSync(join(dir, 'r.txt'), '東京 is far, café.\n');
    const args = ['apply', join(dir, 'd.txt'), join(dir, 'r.txt'), '--accept', 'all', '--out', join(dir, 'out.txt')];
    const refused = io(false);
    expect(await run(args, refused.streams)).toBe(2);
    expect(refused.err.join('')).toMatch(/cannot be written in windows-1252 \(--out-encoding utf-8 writes every character\)\n$/);
    expect(await run([...args, '--out-encoding', 'UTF-8'], io(false).streams)).toBe(1);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('東京 is far, café.\n');
  });

  test('--encoding reads the draft as named, stray bytes kept; an unknown name is a usage error', async () => {
    const dir = tempFolder();
    const draft = Buffer.concat([Buffer.from('Cafe '), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(join(dir, 'd.txt'), draft);
    writeFileSync(join(dir, 'r.txt'), 'Cafe \n');
    const out = io(false);
    await run(['check', join(dir, 'd.txt'), join(dir, 'r.txt'), '--encoding', 'utf-8', '--format', 'json'], out.streams);
    expect(JSON.parse(out.out.join('')).draft).toMatchObject({ encoding: 'utf-8' });
    await run(['apply', join(dir, 'd.txt'), join(dir, 'r.txt'), '--encoding', 'utf-8', '--accept', 'none', '--out', join(dir, 'o.txt')], io(false).streams);
    expect(readFileSync(join(dir, 'o.txt'))).toEqual(draft);
    const bad = io(false);
    expect(await run(['check', join(dir, 'd.txt'), join(dir, 'r.txt'), '--encoding', 'klingon'], bad.streams)).toBe(2);
    expect(bad.err.join('')).toBe("galley: --encoding: unknown encoding 'klingon' (e.g. utf-8, windows-1252, iso-8859-1, utf-16le)\n");
  });
});

describe('accepted', () => {
  const s = (id: string, kind: Suggestion['kind'], moveId?: string): Suggestion => ({
    id, from: 0, to: 0, replacement: '', kind, severity: 'low', refFrom: 0, refTo: 0, ...(moveId ? { moveId } : {}),
  });
  const all = [s('a', 'name'), s('b', 'moved', 'm1'), s('c', 'typography', 'm1'), s('d', 'moved', 'm2'), s('e', 'wording')];

  test('all, none, and kinds; a move is accepted whole or not at all', () => {
    expect(accepted(all, 'all').map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(accepted(all, 'none')).toEqual([]);
    expect(accepted(all, ['name']).map((x) => x.id)).toEqual(['a']);
    expect(accepted(all, ['typography']).map((x) => x.id)).toEqual(['b', 'c']);
    expect(accepted(all, ['moved']).map((x) => x.id)).toEqual(['b', 'c', 'd']);
  });
});

describe('positionsOf', () => {
  test('1-based lines and columns in characters, astral ones counting once', () => {
    const text = 'ab\n👋🏽x\n\nend';
    const offsets = [0, 2, 3, text.indexOf('x'), text.indexOf('\n\n') + 1, text.indexOf('end') + 3];
    expect(positionsOf(text, offsets)).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 2, column: 3 }, { line: 3, column: 1 }, { line: 4, column: 4 },
    ]);
  });
});

test('an internal failure is still one line, not a stack', async () => {
  const broken = io(false);
  broken.streams.stdout.write = () => {
    throw new RangeError('boom\n    at somewhere');
  };
  expect(await run(['--version'], broken.streams)).toBe(2);
  expect(broken.err.join('')).toBe('galley: internal error (RangeError: boom); please report it\n');
});
