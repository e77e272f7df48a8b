/**
 * Issue 14's figures: long texts in scripts written without spaces, as one
 * paragraph and as one sentence per line. For Chinese, Japanese and Thai, a
 * reference of SENTENCES generated sentences (each the shape of a sentence
 * of test/engine/unspaced-prose.ts with about half its words swapped for
 * other words of that prose, as generate.ts does for English) and a draft
 * with one character in CHANGE_EVERY changed into another character of the
 * same script (a digit into a digit); `galley check --format json` is run on
 * both layouts as a whole process, and the suggestions counted, measured and
 * accepted.
 *
 *   node out/eval/bench.mjs --unspaced
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySuggestions, type Suggestion } from '@galley/engine';
import { createRandom, seedFrom, type Random } from '../eval/prng';
import { UNSPACED_CASES, type UnspacedCase } from '../engine/unspaced-prose';

/** Sentences per text: issue 14's Chinese case (3,000 sentences, about 93,000 characters). */
const SENTENCES = 3_000;
/** One character in this many of the draft is changed: issue 14's 1,802 of 93,000. */
const CHANGE_EVERY = 52;
/** Share of a sentence's words replaced by another word of the prose. */
const SWAP_SHARE = 0.5;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const WORD = /[\p{L}\p{N}]/u;

/** The prose's sentences, each as its segments (words and the marks between them). */
function sentencesOf(c: UnspacedCase): string[][] {
  const text = c.reference.trimEnd().split('\n').join(c.language === 'th' ? ' ' : '');
  const sentences = c.language === 'th' ? text.split(' ') : text.split(/(?<=。)/u);
  return sentences.filter(Boolean).map((s) => Array.from(segmenter.segment(s), (x) => x.segment));
}

/** A generated reference: sentences of the prose's shapes with half their words swapped. */
function generate(c: UnspacedCase, rnd: Random): string[] {
  const shapes = sentencesOf(c);
  const words = shapes.flat().filter((w) => WORD.test(w) && !/\d/.test(w));
  return Array.from({ length: SENTENCES }, () => {
    const shape = rnd.pick(shapes);
    return shape
      .map((w, k) => (k > 0 && WORD.test(w) && !/\d/.test(w) && rnd.chance(SWAP_SHARE) ? rnd.pick(words) : w))
      .join('')
      .replace(/\d/g, () => String(rnd.int(10)));
  });
}

/** Each character's class, so that a change keeps the script: digit, Thai mark, other letter. */
const classOf = (ch: string): string => (/\d/.test(ch) ? 'digit' : /\p{M}/u.test(ch) ? 'mark' : /\p{L}/u.test(ch) ? 'letter' : '');

/** The draft: one character in CHANGE_EVERY replaced by another of its class from the same text. */
function misspell(sentences: readonly string[], rnd: Random): { draft: string[]; changed: number } {
  const pools = new Map<string, string[]>();
  for (const ch of new Set(Array.from(sentences.join('')))) {
    const k = classOf(ch);
    if (k) pools.set(k, [...(pools.get(k) ?? []), ch]);
  }
  let changed = 0;
  const draft = sentences.map((s) =>
    Array.from(s, (ch) => {
      const pool = pools.get(classOf(ch));
      if (!pool || !rnd.chance(1 / CHANGE_EVERY)) return ch;
      const other = pool[rnd.int(pool.length)];
      if (other !== ch) changed++;
      return other;
    }).join(''),
  );
  return { draft, changed };
}

/** Runs `galley check` as its own process; resolves with its wall time and its suggestions. */
function check(cli: string, draft: string, reference: string): Promise<{ seconds: number; suggestions: Suggestion[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'check', draft, reference, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      // `galley check` exits 1 when the texts differ: that is its answer.
      if (code !== 0 && code !== 1) return reject(new Error(`galley check exited with ${code}: ${stderr.trim()}`));
      resolve({ seconds, suggestions: (JSON.parse(Buffer.concat(out).toString()) as { suggestions: Suggestion[] }).suggestions });
    });
  });
}

interface LayoutFigures {
  readonly suggestions: number;
  readonly longest: number;
  readonly exact: boolean;
  readonly seconds: number;
}

const NAMES: Record<UnspacedCase['language'], string> = { zh: 'Chinese', ja: 'Japanese', th: 'Thai' };

/** Prints the table of issue 14's figures for each language. */
export async function benchUnspaced(root: string): Promise<string> {
  const dir = join(root, 'out/bench/unspaced');
  mkdirSync(dir, { recursive: true });
  const cli = join(root, 'out/main/galley.js');
  const rows: string[] = [];
  for (const c of UNSPACED_CASES) {
    const rnd = createRandom(seedFrom(`unspaced-${c.language}`));
    const reference = generate(c, rnd);
    const { draft, changed } = misspell(reference, rnd);
    const layouts = {
      'one line': (parts: string[]) => parts.join(c.language === 'th' ? ' ' : '') + '\n',
      lines: (parts: string[]) => parts.join('\n') + '\n',
    };
    const figures: Record<string, LayoutFigures> = {};
    for (const [name, lay] of Object.entries(layouts)) {
      const files = { draft: join(dir, `${c.language}-${name.replace(' ', '-')}.txt`), reference: join(dir, `${c.language}-${name.replace(' ', '-')}.source.txt`) };
      const texts = { draft: lay(draft), reference: lay(reference) };
      writeFileSync(files.draft, texts.draft);
      writeFileSync(files.reference, texts.reference);
      process.stderr.write(`${NAMES[c.language]}, ${name}: ${texts.reference.length} characters, ${changed} changed…\n`);
      const run = await check(cli, files.draft, files.reference);
      const longest = Math.max(0, ...run.suggestions.map((s) => Math.max(s.to - s.from, s.replacement.length)));
      figures[name] = {
        suggestions: run.suggestions.length,
        longest,
        exact: applySuggestions(readFileSync(files.draft, 'utf8'), run.suggestions) === texts.reference,
        seconds: run.seconds,
      };
    }
    const one = figures['one line']!;
    const many = figures.lines!;
    const ratio = one.suggestions / many.suggestions;
    const mark = (ok: boolean): string => (ok ? '✓' : '✗');
    rows.push(
      `| ${NAMES[c.language]} | ${reference.join('').length.toLocaleString('en-US')} | ${changed.toLocaleString('en-US')} | ` +
        `${one.suggestions.toLocaleString('en-US')} vs ${many.suggestions.toLocaleString('en-US')} (${((ratio - 1) * 100).toFixed(1)}% ${mark(Math.abs(ratio - 1) <= 0.05)}) | ` +
        `${one.longest} / ${many.longest} ${mark(Math.max(one.longest, many.longest) <= 200)} | ` +
        `${one.exact ? 'yes' : 'NO'} / ${many.exact ? 'yes' : 'NO'} | ${one.seconds.toFixed(2)} / ${many.seconds.toFixed(2)} ${mark(Math.max(one.seconds, many.seconds) < 3)} |`,
    );
  }
  return [
    `## Unspaced scripts: ${SENTENCES.toLocaleString('en-US')} generated sentences per language, one character in ${CHANGE_EVERY} changed; one paragraph vs one sentence per line (\`galley check\`, Node ${process.versions.node})`,
    '',
    '| Language | Characters | Changed | Suggestions, one line vs lines (±5%) | Longest suggestion, one line / lines (≤ 200) | Accept-all exact | Whole process (s), one line / lines (< 3 s) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
