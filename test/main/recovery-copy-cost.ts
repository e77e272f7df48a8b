/**
 * Prints what one recovery copy of a 100,000-word draft costs the page's
 * thread while the user types, the way the window takes it now (the lines
 * changed since the last copy, ./../../renderer/src/app/recovery-patch) and
 * the way it took it before (compare the whole document with the saved one,
 * join its text, send it all), plus main's side of the new way (apply the
 * patch, join, serialise). Sending is counted as a structured clone, which
 * is what Electron's IPC does to the arguments.
 *
 *   npx jiti test/main/recovery-copy-cost.ts [words=100000] [copies=50]
 */
import { EditorState } from 'prosemirror-state';
import { RecoveryLines } from '../../main/recovery-lines';
import { linePatch } from '../../renderer/src/app/recovery-patch';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';
import { loadTexts } from '../eval/corpus';
import { generateReference } from '../bench/generate';
import { seedFrom } from '../eval/prng';

const words = Number(process.argv[2] ?? 100_000);
const copies = Number(process.argv[3] ?? 50);

const text = generateReference(
  loadTexts().map((t) => t.text),
  words,
  seedFrom('recovery-copy-cost'),
);
const saved = docFromText(text);
let state = EditorState.create({ doc: docFromText(text) });
const main = new RecoveryLines();
main.apply({ seq: 0, base: null, ...linePatch(null, state.doc), review: null, decided: false });
let sent = state.doc;

const now = [] as number[];
const before = [] as number[];
const mainSide = [] as number[];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (let copy = 1; copy <= copies; copy++) {
  // A few keys typed into a paragraph near the middle, as between two copies a second apart.
  const at = Math.floor(state.doc.content.size / 2) + copy;
  state = state.apply(state.tr.insertText('word', at));
  const doc = state.doc;

  let started = performance.now();
  const payload = structuredClone({ seq: copy, base: copy - 1, ...linePatch(sent, doc), review: { accepted: [], rejected: [] }, decided: false });
  now.push(performance.now() - started);
  sent = doc;

  started = performance.now();
  const unchanged = doc.content.eq(saved.content);
  structuredClone(unchanged ? null : { text: textFromDoc(doc), review: { accepted: [], rejected: [] } });
  before.push(performance.now() - started);

  started = performance.now();
  main.apply(payload);
  JSON.stringify({ snapshot: { text: main.text, review: payload.review } });
  mainSide.push(performance.now() - started);
}
if (main.text !== textFromDoc(state.doc)) throw new Error('the patched copy is not the editor text');
console.log(
  `recovery copy of a ${words.toLocaleString('en')}-word draft (${state.doc.childCount.toLocaleString('en')} paragraphs, ` +
    `${(text.length / 1e6).toFixed(2)} M characters), median of ${copies}: ` +
    `page thread ${median(now).toFixed(3)} ms now, ${median(before).toFixed(1)} ms the old way; ` +
    `main process ${median(mainSide).toFixed(1)} ms (plus the atomic write)`,
);
