/**
 * The engine alone, whole-process: `galley check` on a generated pair
 * against a Node process that only reads both files and splits them on
 * whitespace (the floor the issue measures against: "within 3× of reading
 * and splitting the files"). Each is spawned fresh and timed from spawn to
 * exit; the median of `runs` is reported.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchPair } from './pairs';

/** Reads and splits both files: what any word comparison must at least do. */
const READ_AND_SPLIT = "const fs = require('fs'); let n = 0; for (const f of process.argv.slice(1)) n += fs.readFileSync(f, 'utf8').split(/\\s+/).length; console.log(n);";

function wallSeconds(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // `galley check` exits 1 when the texts differ: that is its answer, not a failure.
      // But Node exits 1 too on an uncaught exception, with a stack trace on
      // stderr, and galley says nothing there on success: anything on stderr is a crash.
      if ((code !== 0 && code !== 1) || stderr.trim() !== '') return reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
      resolve((performance.now() - started) / 1000);
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export interface EngineFigures {
  words: number;
  checkSeconds: number;
  readSplitSeconds: number;
}

export async function timeEngine(root: string, words: number, runs: number): Promise<EngineFigures> {
  const pair = writeBenchPair(words, false);
  try {
    const cli = join(root, 'out/main/galley.js');
    const check: number[] = [];
    const readSplit: number[] = [];
    for (let i = 0; i < runs; i++) {
      check.push(await wallSeconds([cli, 'check', pair.draft, pair.reference, '--format', 'json']));
      readSplit.push(await wallSeconds(['-e', READ_AND_SPLIT, pair.draft, pair.reference]));
      process.stderr.write(`  engine run ${i + 1}: check ${check[i]!.toFixed(2)} s, read+split ${readSplit[i]!.toFixed(2)} s\n`);
    }
    return { words, checkSeconds: median(check), readSplitSeconds: median(readSplit) };
  } finally {
    rmSync(pair.dir, { recursive: true, force: true });
  }
}
