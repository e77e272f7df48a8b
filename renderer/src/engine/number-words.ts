/**
 * Numbers written in English words ("Forty-six", "two hundred and five").
 * A draft that spells out the value the reference writes in digits, or the
 * other way round, states the same number in another style: no changed
 * value (classify.ts rule 1).
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
].map((w, k): [string, number] => [w, k]));

const TENS: ReadonlyMap<string, number> = new Map([
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
].map((w, k): [string, number] => [w, 20 + 10 * k]));

/** Words that multiply what came before them; "hundred" multiplies only the group it ends. */
const SCALES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9]]);

/**
 * The value of `text` when it is one number written in English words and
 * nothing else ("Forty-six" → 46, "a hundred and one" → 101); null
 * otherwise ("six ships", "forty forty", "").
 */
function spelledValue(text: string): number | null {
  const words = text.trim().toLowerCase().split(/[\s\u2010\u2011-]+/u);
  if (words.length === 1 && words[0] === '') return null;
  let total = 0;
  let group = 0;
  /** What the group may take next: a unit after a ten ("forty-six"), a ten or unit after "hundred". */
  let last: 'none' | 'unit' | 'ten' | 'hundred' | 'scale' = 'none';
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === 'and' && (last === 'hundred' || last === 'scale')) continue;
    if (w === 'a' && k === 0 && words.length > 1) {
      group = 1;
      last = 'unit';
      continue;
    }
    const unit = UNITS.get(w);
    const ten = TENS.get(w);
    const scale = SCALES.get(w);
    if (unit !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'ten' && unit > 0 && unit < 10))) {
      group += unit;
      last = 'unit';
    } else if (ten !== undefined && (last === 'none' || last === 'hundred' || last === 'scale')) {
      group += ten;
      last = 'ten';
    } else if (w === 'hundred' && last === 'unit' && group > 0 && group < 10) {
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined && group > 0 && (last === 'unit' || last === 'ten' || last === 'hundred')) {
      total += group * scale;
      group = 0;
      last = 'scale';
    } else return null;
  }
  return last === 'none' ? null : total + group;
}

/** A number in digits alone, thousands separated by commas or not: "46", "4,000". */
const DIGITS_ONLY = /^(?:\p{Nd}{1,3}(?:,\p{Nd}{3})+|\p{Nd}+)$/u;

/** Whether one of `a` and `b` spells out in words the number the other writes in digits ("Forty-six" and "46"). */
export function sameNumberSpelled(a: string, b: string): boolean {
  const [digits, words] = DIGITS_ONLY.test(a.trim()) ? [a.trim(), b] : [b.trim(), a];
  if (!DIGITS_ONLY.test(digits)) return false;
  const value = spelledValue(words);
  return value !== null && value === Number(digits.replaceAll(',', ''));
}
