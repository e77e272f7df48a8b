/**
 * String-level mutations, one per error kind that changes a single token.
 * Each returns the mutated text, or null when the token does not suit it;
 * callers check the result against the kind's own rule (a typo must not be
 * another real word, a wording change must not look like a typo).
 */
import type { Random } from './prng';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to `ch` on a QWERTY keyboard (same row and the rows beside). */
function neighbours(ch: string): string[] {
  const lower = ch.toLowerCase();
  const out: string[] = [];
  KEYBOARD_ROWS.forEach((row, r) => {
    const c = row.indexOf(lower);
    if (c < 0) return;
    if (c > 0) out.push(row[c - 1]!);
    if (c + 1 < row.length) out.push(row[c + 1]!);
    for (const other of [KEYBOARD_ROWS[r - 1], KEYBOARD_ROWS[r + 1]]) {
      if (!other) continue;
      for (const k of [c - 1, c, c + 1]) if (other[k]) out.push(other[k]!);
    }
  });
  return out.length > 0 ? out : ['e'];
}

type LetterEdit = 'drop' | 'swap' | 'replace' | 'double' | 'insert';

/** One letter-level edit at a position ≥ `keep` (earlier letters stay). */
function letterEdit(word: string, op: LetterEdit, keep: number, rnd: Random): string {
  const chars = Array.from(word);
  if (chars.length - keep < 2) return word;
  const i = keep + rnd.int(chars.length - keep);
  const ch = chars[i]!;
  switch (op) {
    case 'drop':
      chars.splice(i, 1);
      break;
    case 'swap': {
      const j = i + 1 < chars.length ? i : i - 1;
      if (j < keep) return word;
      [chars[j], chars[j + 1]] = [chars[j + 1]!, chars[j]!];
      break;
    }
    case 'replace':
      chars[i] = rnd.pick(neighbours(ch));
      break;
    case 'double':
      chars.splice(i, 0, ch);
      break;
    case 'insert':
      chars.splice(i, 0, rnd.pick(neighbours(ch)));
      break;
  }
  return chars.join('');
}

/** A typo: one edit, sometimes two (keyboard slips, doubled, dropped, swapped letters). */
export function typo(word: string, rnd: Random): string {
  const ops: LetterEdit[] = ['drop', 'swap', 'replace', 'double', 'insert'];
  let out = letterEdit(word, rnd.pick(ops), 1, rnd);
  if (rnd.chance(0.25)) out = letterEdit(out, rnd.pick(ops), 1, rnd);
  return out;
}

/** A mangled proper noun: one to three dropped, swapped or replaced letters; the initial stays. */
export function mangleName(name: string, rnd: Random): string {
  const ops: LetterEdit[] = ['drop', 'swap', 'replace'];
  const edits = name.length >= 7 ? 1 + rnd.int(3) : 1 + rnd.int(2);
  let out = name;
  for (let i = 0; i < edits; i++) out = letterEdit(out, rnd.pick(ops), 1, rnd);
  return out;
}

/** Unit suffixes after a number and wrong readings of them. */
const UNIT_SWAPS: Record<string, readonly string[]> = {
  m: ['bn', ' meters', 'k'],
  bn: ['m', ' billions', 'tn'],
  k: ['m', ' kilos'],
  km: ['m', 'miles'],
  '%': [' percentage', '‰'],
  kg: ['g', 'lb'],
  st: ['th', 'nd'],
  th: ['st', 'rd'],
  nd: ['th', 'rd'],
  rd: ['th', 'nd'],
};
const CURRENCIES = ['£', '$', '€'];

/**
 * A garbled number: a dropped, doubled, changed or transposed digit, a wrong
 * unit or currency. `text` is the token without trailing punctuation.
 */
export function garbleNumber(text: string, rnd: Random): string | null {
  const m = /^(\D*?)([\d][\d,.]*\d|\d)(\D*)$/u.exec(text);
  if (!m) return null;
  const [, before, digits, after] = m as unknown as [string, string, string, string];
  const options: Array<() => string | null> = [
    () => {
      const positions = [...digits].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
      if (positions.length < 2) return null;
      const i = rnd.pick(positions.slice(1));
      return before + digits.slice(0, i) + digits.slice(i + 1) + after;
    },
    () => {
      const pairs = [...digits].flatMap((c, i) => (/\d/.test(c) && /\d/.test(digits[i + 1] ?? '') && c !== digits[i + 1] ? [i] : []));
      if (pairs.length === 0) return null;
      const i = rnd.pick(pairs);
      return before + digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2) + after;
    },
    () => {
      const positions = [...digits].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
      const i = rnd.pick(positions);
      const old = Number(digits[i]);
      let d = (old + 1 + rnd.int(8)) % 10;
      if (i === 0 && d === 0) d = old === 1 ? 2 : 1;
      return before + digits.slice(0, i) + String(d) + digits.slice(i + 1) + after;
    },
    () => {
      const positions = [...digits].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
      const i = rnd.pick(positions);
      return before + digits.slice(0, i) + digits[i] + digits.slice(i) + after;
    },
    () => {
      const swaps = UNIT_SWAPS[after];
      if (!swaps) return null;
      const unit = rnd.pick(swaps);
      return unit === after ? null : (rnd.chance(0.5) && before ? before + ' ' : before) + digits + unit;
    },
    () => {
      if (!CURRENCIES.includes(before)) return null;
      return rnd.pick(CURRENCIES.filter((c) => c !== before)) + digits + after;
    },
  ];
  for (const option of rnd.shuffle(options)) {
    const out = option();
    if (out !== null && out !== text) return out;
  }
  return null;
}

/** A capitalisation change: first letter flipped, or the whole word in capitals. */
export function changeCase(word: string, rnd: Random): string | null {
  const first = word[0];
  if (!first || first.toLowerCase() === first.toUpperCase()) return null;
  if (first === first.toUpperCase()) return first.toLowerCase() + word.slice(1);
  if (word.length <= 6 && rnd.chance(0.2)) return word.toUpperCase();
  return first.toUpperCase() + word.slice(1);
}

const STRAIGHT_TO_CURLY: Record<string, [string, string]> = { '"': ['“', '”'], "'": ['‘', '’'] };
const CURLY_TO_STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };

/**
 * Quotes and apostrophes in the other style: straight ones become curly
 * (opening at the start of a token, closing elsewhere), curly ones straight.
 */
export function swapQuotes(token: string): string | null {
  let out = '';
  const chars = Array.from(token);
  chars.forEach((ch, i) => {
    const pair = STRAIGHT_TO_CURLY[ch];
    if (pair) out += i === 0 && chars.length > 1 ? pair[0] : pair[1];
    else out += CURLY_TO_STRAIGHT[ch] ?? ch;
  });
  return out === token ? null : out;
}

const DASHES = ['-', '–', '—'];

const COMPOUND = /^(.*\p{L})-(\p{L}.*)$/u;

/** Whether `token` is a dash or a hyphenated compound (what swapDash changes). */
export function hasDash(token: string): boolean {
  return DASHES.includes(token) || COMPOUND.test(token);
}

/** A dash of another sort: a standalone dash, or the hyphen in a compound. */
export function swapDash(token: string, rnd: Random): string | null {
  if (DASHES.includes(token)) return rnd.pick(DASHES.filter((d) => d !== token));
  const m = COMPOUND.exec(token);
  if (!m) return null;
  return m[1] + rnd.pick(['–', '—']) + m[2];
}

/** An ellipsis written the other way. */
export function swapEllipsis(token: string): string | null {
  if (token.includes('...')) return token.replace('...', '…');
  if (token.includes('…')) return token.replace('…', '...');
  return null;
}

const PUNCT_MARKS = [',', ';', ':', '.'];

/**
 * A punctuation change on one token: trailing mark replaced or dropped, a
 * comma added, an apostrophe dropped or added. `nextIsLower` says whether
 * the following word starts in lower case (where a comma can be added).
 */
export function changePunctuation(token: string, nextIsLower: boolean, rnd: Random): string | null {
  const options: Array<() => string | null> = [
    () => {
      const m = /^(.*?)([,;:.!?])(["'”’)]*)$/u.exec(token);
      if (!m || !/[\p{L}\p{N}]/u.test(m[1]!)) return null;
      const mark = rnd.chance(0.3) ? '' : rnd.pick(PUNCT_MARKS.filter((p) => p !== m[2]));
      return m[1] + mark + m[3];
    },
    () => (nextIsLower && /[\p{L}\p{N}]$/u.test(token) ? token + ',' : null),
    () => (/\p{L}['’]\p{L}/u.test(token) ? token.replace(/(\p{L})['’](\p{L})/u, '$1$2') : null),
    () => (/^its$/i.test(token) ? token.slice(0, 2) + "'" + token.slice(2) : null),
  ];
  for (const option of rnd.shuffle(options)) {
    const out = option();
    if (out !== null && out !== token) return out;
  }
  return null;
}
