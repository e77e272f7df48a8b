/**
 * Kinds for scripts written without spaces (Chinese, Japanese, Thai, ...),
 * where the word tests of similarity.ts see too little: a Chinese word is one
 * to three characters, and a slip changes one of them into another character
 * of the same sound (an input method's homophone: 文名 for 闻名), a small
 * kana into a full one (にぎわつて for にぎわって), or drops a Thai tone mark
 * (เทียว for เที่ยว). Such a slip is `spelling`; in a name the reference
 * uses as one, `name`. Capitals mark no names in these scripts, so a name is
 * known by what the reference writes beside it: a place or temple suffix
 * after it (大阪府, 大阪城, 灵隐寺) or, in Thai, a title before it
 * (วัดพระสิงห์, พญามังราย).
 */

import type { ReferenceContext } from './reference-context';
import { editDistance } from './similarity';
import { NO_SPACE_SCRIPT, wordCharsOf } from './tokenize';

/** Characters, at most, a slip may change per three of the passage: one in a two- or three-character word. */
const SLIP_SHARE = 1 / 3;

/**
 * What follows a Chinese or Japanese place, temple or person's name as a
 * word of its own: prefecture, county, city, ward, town, village, province,
 * state, capital, castle, station, temple, shrine, palace, mountain, river,
 * lake, island, harbour, bridge, and the honorifics.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  '府', '県', '县', '市', '区', '區', '町', '村', '省', '州', '都', '城', '駅', '站', '寺', '院', '宮', '宫', '神社',
  '山', '川', '江', '河', '湖', '島', '岛', '港', '湾', '灣', '橋', '桥', '氏', 'さん', '様', '先生',
]);
/** A name that carries its own suffix is at least this long (城市, "city", is a common word). */
const SUFFIXED_NAME_CHARS = 3;

/**
 * What precedes a Thai name, within a few characters and no space: temple,
 * venerable, king, Mr, Mrs, Miss, province, district, road, river, mountain,
 * island, capital city, and the polite "khun".
 */
const THAI_TITLE = /(?:วัด|พระ|พญา|นาย|นางสาว|นาง|จังหวัด|อำเภอ|ถนน|แม่น้ำ|ดอย|เกาะ|กรุง|คุณ)\S{0,6}$/u;
/** How far back from a Thai name its title is looked for. */
const THAI_TITLE_REACH = 12;

const THAI = /\p{Script=Thai}/u;

/** Whether every letter and digit of `text` (there is one) belongs to a script written without spaces. */
function allUnspaced(text: string): boolean {
  const letters = wordCharsOf(text);
  if (letters === '') return false;
  for (const c of letters) if (!NO_SPACE_SCRIPT.test(c) && !/\p{M}/u.test(c)) return false;
  return true;
}

/**
 * Whether draft text `d` is reference text `r` with a character or two
 * changed, dropped or added — a slip, not another word — both written in
 * a script without spaces. A single character changed into another is
 * another word (他 for 她), unless only a mark on it differs.
 */
export function isUnspacedSlip(d: string, r: string): boolean {
  if (!allUnspaced(d) || !allUnspaced(r)) return false;
  const x = d.replace(/\s+/gu, '');
  const y = r.replace(/\s+/gu, '');
  const length = Math.max(Array.from(x).length, Array.from(y).length);
  const budget = Math.max(1, Math.floor(length * SLIP_SHARE));
  if (length < 2) return false;
  return editDistance(x, y, budget) <= budget;
}

/**
 * Whether the reference uses its text at [refFrom, refTo) as a name: in
 * Chinese or Japanese, a word of three characters or more ending in a name
 * suffix (灵隐寺), or one the reference writes somewhere directly before a
 * suffix (`unspacedNames`: 大阪 of 大阪府); in Thai, a word a title precedes.
 */
export function isUnspacedName(ctx: ReferenceContext, reference: string, refFrom: number, refTo: number): boolean {
  const word = reference.slice(refFrom, refTo).trim();
  if (THAI.test(word)) return THAI_TITLE.test(reference.slice(Math.max(0, refFrom - THAI_TITLE_REACH), refFrom));
  if (ctx.unspacedNames.has(word)) return true;
  const chars = Array.from(word);
  return chars.length >= SUFFIXED_NAME_CHARS && (NAME_SUFFIXES.has(chars[chars.length - 1]) || NAME_SUFFIXES.has(chars.slice(-2).join('')));
}
