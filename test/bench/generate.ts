/**
 * A long reference for the benchmark, built deterministically from the
 * corpus texts: each sentence takes the shape of a real one (its punctuation,
 * its capitals, where its numbers go) with about half its words swapped for
 * other corpus words of the same shape, so sentences are not repeats of each
 * other, as in real long documents, while the vocabulary stays natural.
 * Paragraph lengths (in sentences) are drawn from the corpus's own paragraphs.
 */
import { createRandom } from '../eval/prng';
import { layout, type Token } from '../eval/text';

/** Share of a sentence's words replaced by another word of the same shape. */
const SWAP_SHARE = 0.5;

type Shape = 'lower' | 'capital' | 'digits' | 'other';

function shapeOf(core: string): Shape {
  if (/\d/.test(core)) return 'digits';
  if (/^\p{Ll}+$/u.test(core)) return 'lower';
  if (/^\p{Lu}\p{Ll}+$/u.test(core)) return 'capital';
  return 'other';
}

/** Returns a text of at least `words` words, paragraphs on their own lines. */
export function generateReference(texts: readonly string[], words: number, seed: number): string {
  const rnd = createRandom(seed);
  const sentences: Token[][] = [];
  const paragraphLengths: number[] = [];
  const pools: Record<Shape, string[]> = { lower: [], capital: [], digits: [], other: [] };
  for (const text of texts) {
    const { tokens, sentences: ranges, paragraphs } = layout(text);
    for (const s of ranges) sentences.push(tokens.slice(s.first, s.last + 1));
    paragraphs.forEach((_, p) => paragraphLengths.push(ranges.filter((s) => s.paragraph === p).length));
    for (const t of tokens) if (t.core) pools[shapeOf(t.core)].push(t.core);
  }

  const swap = (t: Token, initial: boolean): string => {
    const shape = shapeOf(t.core);
    if (initial || shape === 'other' || !rnd.chance(SWAP_SHARE)) return t.text;
    const core = shape === 'digits' ? t.core.replace(/\d/g, () => String(rnd.int(10))).replace(/^0(?=\d)/, '1') : rnd.pick(pools[shape]);
    return t.lead + core + t.trail;
  };

  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let n = rnd.pick(paragraphLengths); n > 0; n--) {
      const sentence = rnd.pick(sentences);
      paragraph.push(sentence.map((t, k) => swap(t, k === 0)).join(' '));
      count += sentence.length;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n') + '\n';
}
