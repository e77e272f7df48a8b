/**
 * What kind of error a hunk is, and how much it matters: the kind says what
 * changed, character by character, so the same change always gets the same
 * kind, and only a change an editor must not miss is `high`.
 *
 * The rules, tried in this order:
 *
 * 1. `typography`: the same text once quote style, dashes, ellipses,
 *    ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ), long s (ſ), small capitals and spacing are folded
 *    (typography.ts) — however many times it occurs; and one number spelt
 *    out in words for the same value in digits ("Forty-six" for "46",
 *    number-words.ts): house style, not a changed value, so low severity.
 * 2. `punctuation`: no words on either side, only marks (a speck read as
 *    "¦" included); `missing` / `extra`: one side empty, but a missing
 *    clause of a few words that brings a new number (rule 4) is `number`.
 * 3. `case`, then `punctuation` again: the same letters, differently
 *    capitalised, or cut into words differently ("dont" for "don't").
 * 4. `number`: the reference writes a number (digits, with a unit glued on:
 *    "1500", "1s", "46in") that the draft does not write here nor elsewhere
 *    in the sentence (a number moved within its sentence is no new value) —
 *    its value changed — however much wording surrounds it; but on a page read by
 *    machine (rule 6) a number whose digits are all still there, its unit
 *    or a separator misread ("46tn" for "46in", "16011" for "160lbs"), is a
 *    misreading like any other (rules 5 and 6). Digits only the draft has
 *    are a number change too, unless they are letters misread by shape
 *    ("wa3" for "was", "8ee" for "See", "3Iy" for "My", "11" for "Il"): a
 *    letter/digit confusion inside a word is `spelling`, never `number`.
 * 5. Word by word, `spelling` when every changed word is a slip: a typist's
 *    (similarity.ts: a letter or two dropped, doubled, swapped or mistyped,
 *    into a word the reference never uses) or a machine's misreading by
 *    shape (ocr.ts: rn/m, li/h, U/ll, cl/d, 1/l/I, 0/O, 3/s, 5/S, 8/S, tc/to,
 *    stray ~ ^ ' marks, dropped or doubled letters; "aU" for "all", "Deatli"
 *    for "Death", "be" for "he"). A capitalised word misread by shape is
 *    spelling too ("Sonator" for "Senator"): OCR does not know names.
 *    On a page typed rather than read by machine, another form of the word
 *    ("played" for "plays", "started" for "start", "gigawatts" for
 *    "gigawatt", a proper noun inflected: "Seas" for "Sea") is a change of
 *    grammar, `wording`, not a name nor a slip; so is a name written in
 *    another form of the same word ("Russian" for "Russia's", "Naval" for
 *    "Navy"), the name unchanged.
 *    A typist's slip into another real word that the reference never uses
 *    ("off" for "of") is `spelling` too: with no dictionary it cannot be
 *    told from a misspelling, and it is corrected the same way; a slip into
 *    a word the reference does use is `wording`, and so is a lower-case
 *    word the draft writes elsewhere too ("this" for "think"): a word of
 *    its writer's, chosen, not slipped into (unless only accents differ).
 *    `name` is a proper noun of the reference changed otherwise: mangled
 *    ("Stmper" for "Starmer") or replaced by another word ("orthodox" for
 *    "Conservative"), but not a name the draft writes elsewhere in the
 *    sentence: moved within it, like a number. In scripts without spaces (unspaced.ts) a character
 *    or two changed in a passage of two or more is a slip (文名 for 闻名, a
 *    dropped Thai tone mark), and `name` where the reference uses the
 *    passage as a name (大坂 for 大阪 beside 大阪府; a temple, a king).
 *    A number's value there is its digits alone ("約1300万人" for
 *    "約1400万人" is a number), and full-width digits and commas are
 *    typography (rule 1), "、" for "，" punctuation (rule 2).
 * 6. A draft read by machine (ocr.ts `isMachineRead`: look-alike
 *    misreadings all over it) is garbled, not reworded, so there:
 *    a mangled capitalised word is spelling too ("Chriatmas"); short words
 *    may take a plain edit ("ns" for "as") and long ones a third of their
 *    letters; tokens merged or split ("fuU ofgreace." for "full of
 *    greace,") are spelling when their letters are the reference's misread;
 *    a stretch mostly of no-words is spelling however garbled; extra specks
 *    ("j", "*tii«") are spelling and a mark read as a letter (" y" for ",")
 *    punctuation; digits only the draft has are misread letters.
 * 7. Anything else is `wording`.
 *
 * Severity (README): `name`, `number`, and missing or extra text of a
 * sentence or more are high; so is any changed word inside a quotation.
 */

import type { Severity, SuggestionKind } from './types';
import type { Hunk } from './hunks';
import { ocrBudget, ocrCost, isShapeMisreading } from './ocr';
import { isName, isProperNoun, isQuoted, isSlipOf, type ReferenceContext } from './reference-context';
import { baseLetters, isMangledName } from './similarity';
import { countWordChars, NO_SPACE_SCRIPT, wordCharsOf, words, type Word } from './tokenize';
import { foldTypography } from './typography';
import { isUnspacedName, isUnspacedSlip } from './unspaced';
import { sameNumberSpelled } from './number-words';

export interface Classification {
  readonly kind: SuggestionKind;
  readonly severity: Severity;
}

/** Missing or extra text of at least this many words reads as a sentence, not a word slip. */
export const SENTENCE_WORDS = 5;

/**
 * Most words on either side of a change of digits only the draft has (or of
 * a short missing or extra number): an amount with its unit and a word
 * beside it ("£ 700 meters for" for "£700m to"). A longer stretch that
 * merely contains digits is a change of wording.
 */
const NUMBER_WORDS = 4;

/**
 * Most words of a missing passage that brings a number the draft's sentence
 * never writes and is still a `number` ("No. 412, Friday the 9th." lost
 * from a masthead, " (7.4 percent)." dropped after a name): a value
 * the editor must check. A longer passage is missing text that happens to
 * hold a number.
 */
const NUMBER_PASSAGE_WORDS = 8;

/**
 * Most words on either side of a proper noun replaced by another word: a
 * name swapped for a word or two. A longer stretch is reworded around it.
 */
const NAME_WORDS = 3;

const DIGIT = /\p{N}/u;
const APOSTROPHE = /\p{L}['\u2019]\p{L}/u;
/** A mark no writer puts between two letters of a word: a speck OCR read as one. */
const STRAY_MARK = /[\p{L}\p{N}][\^~|¦*«»•■_\\]+[\p{L}\p{N}]/u;
/**
 * A number as a reader quotes it: digits with their separators and a unit
 * glued on ("1,500", "1s", "700m", "4:30"). In scripts without spaces the
 * characters after a number are the next words (1300万人, 326年建), not a unit.
 */
const NUMBER = new RegExp(String.raw`\p{Nd}+(?:[.,:]\p{Nd}+)*(?:(?!${NO_SPACE_SCRIPT.source})\p{L})*`, 'gu');
/**
 * Digits that end a capitalised name after a hyphen ("COVID-19", "F-16",
 * "MH-17"): part of what the thing is called, not a value the text states.
 */
const NAMED_NUMBER = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*-\p{Nd}+(?![\p{L}\p{N}])/gu;
/**
 * Symbols that carry meaning as a word does (currency, emoji, mathematical
 * signs), unlike punctuation. The bars and tilde OCR makes of specks do not.
 */
const SYMBOL = /[\p{Sc}\p{Extended_Pictographic}]|(?![|~¬])\p{Sm}/u;
const CURRENCY = /\p{Sc}/u;

export function classify(
  draft: string, reference: string, hunk: Hunk, ctx: ReferenceContext, machineRead = false,
): Classification {
  const d = draft.slice(hunk.from, hunk.to);
  const r = reference.slice(hunk.refFrom, hunk.refTo);
  const nearDigit = touchesDigit(draft, hunk.from, hunk.to) || touchesDigit(reference, hunk.refFrom, hunk.refTo);
  // Read once, and only if a rule asks: most hunks need no sentence, and some rules ask twice.
  let sentence: string | undefined;
  const draftSentence = (): string => (sentence ??= sentenceAround(draft, hunk.from, hunk.to));
  const kind = kindOf(d, r, { reference, refFrom: hunk.refFrom, ctx, machineRead, nearDigit, draftSentence });
  return { kind, severity: severityOf(kind, d, r, hunk, ctx) };
}

/** Where a hunk stands: what the rules need besides its two texts. */
interface Place {
  readonly reference: string;
  readonly refFrom: number;
  readonly ctx: ReferenceContext;
  /** The draft reads as OCR output (ocr.ts `isMachineRead`): its garbled words are misreadings. */
  readonly machineRead: boolean;
  /** The hunk is glued to a digit: a currency sign or unit of a number. */
  readonly nearDigit: boolean;
  /** The draft's sentence around the hunk (asked only when needed): a number written there was moved within it, not changed. */
  readonly draftSentence: () => string;
}

/** How far, at most, a sentence around a hunk is looked for on each side. */
const SENTENCE_REACH = 300;
/**
 * A sentence's end: a full stop, question or exclamation mark before a
 * space; a Chinese or Japanese one anywhere; a space between two Thai
 * characters (Thai ends sentences and clauses with a space); a line break.
 * Layout aside, the same text has the same sentences on one line or many.
 */
const SENTENCE_BREAK = /[.!?](?=\s)|[\u3002\uFF01\uFF1F]|(?<=\p{Script=Thai})\s(?=\p{Script=Thai})|\n/gu;

/** The text of the sentence(s) of `text` holding [from, to), at most SENTENCE_REACH beyond it on each side. */
function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(0, from - SENTENCE_REACH);
  let begin = start;
  const before = text.slice(start, from);
  for (const m of before.matchAll(SENTENCE_BREAK)) begin = start + m.index + 1;
  const after = text.slice(to, to + SENTENCE_REACH);
  // `search`, not `exec`: exec would leave SENTENCE_BREAK's lastIndex set,
  // and matchAll above starts its copy from there on the next call.
  const end = after.search(SENTENCE_BREAK);
  return text.slice(begin, end >= 0 ? to + end : to + after.length);
}

/** Whether text[from, to) is glued to a digit: a currency sign or unit of a number ("$|700m"). */
function touchesDigit(text: string, from: number, to: number): boolean {
  return DIGIT.test(text[from - 1] ?? '') || DIGIT.test(text[to] ?? '');
}

function kindOf(d: string, r: string, at: Place): SuggestionKind {
  const foldedD = foldTypography(d);
  const foldedR = foldTypography(r);
  if (foldedD === foldedR || sameNumberSpelled(d, r)) return 'typography';
  const wd = words(d);
  const wr = words(r);
  const most = Math.max(wd.length, wr.length);
  // OCR makes signs of specks (">", "+"); only a currency sign still means something there.
  const meaning = at.machineRead ? CURRENCY : SYMBOL;
  const symbolic = meaning.test(d) || meaning.test(r);
  if (at.nearDigit && symbolic) return 'number';
  if (wd.length === 0 && wr.length === 0 && !symbolic) return 'punctuation';
  // A number the draft writes elsewhere in the sentence was moved within it, not changed ("by 2030" at its end).
  const newNumber = writesNewNumber(r, d) && writesNewNumber(r, at.draftSentence());
  // A side of only whitespace is empty: a passage dropped or added at a line break keeps its kind.
  if (d.trim() === '') return newNumber && most <= NUMBER_PASSAGE_WORDS ? 'number' : 'missing';
  if (r.trim() === '') return at.machineRead && isSpeck(wd, d, at.ctx) ? 'spelling' : 'extra';
  if (foldedD.toLowerCase() === foldedR.toLowerCase()) return 'case';
  // Same letters once marks are gone: "dont" for "don't", "end, and" for "end and";
  // but a speck read as a mark inside a word ("r^ain") misspells it.
  if (wordCharsOf(d) === wordCharsOf(r) && !symbolic) return STRAY_MARK.test(d) && !STRAY_MARK.test(r) ? 'spelling' : 'punctuation';
  // On a page read by machine a number whose digits are still there, its unit misread ("46tn", "16011" for "160lbs"), is a misreading.
  if (newNumber && !(at.machineRead && digitsStillRead(r, d))) return 'number';
  // A mark read as a letter or digit (" y" for ",", "1" for "!"), or a letter as a mark ("'" for "J").
  if (at.machineRead && wr.length === 0 && !symbolic && countWordChars(d) <= SPECK_LETTERS) return 'punctuation';
  if (at.machineRead && wd.length === 0 && !symbolic && countWordChars(r) <= SPECK_LETTERS) return 'spelling';
  if (sameWords(wd, wr, true) && !symbolic) return 'case';
  if (isUnspacedSlip(d, r)) return !at.machineRead && isUnspacedName(at.ctx, at.reference, at.refFrom, at.refFrom + r.length) ? 'name' : 'spelling';
  const slips = wordSlips(wd, wr, at) ?? (at.machineRead && garbledRun(wd, d, r, at.ctx) ? 'spelling' : null);
  if (slips) return slips;
  if (at.machineRead) return misreadStretch(wd, at.ctx) ? 'spelling' : 'wording';
  // Digits the draft writes in a short hunk are a number changed, unless both sides write the same values ("14," for "14th"),
  // or the digits are part of a name the reference words otherwise ("COVID-19" for "the coronavirus").
  if (DIGIT.test(d) && most <= NUMBER_WORDS && (writesNewNumber(d.replace(NAMED_NUMBER, ''), r) || writesNewNumber(r, d))) return 'number';
  if (replacesName(wd, wr, at)) return 'name';
  return 'wording';
}

/**
 * Whether `added` (the reference's wording) changes a number's value from
 * `removed` (the draft's), by rule 4 with no sentence around: it writes a
 * number `removed` does not (on a page read by machine, not one whose digits
 * are all still there), or, on a draft not read by machine, `removed` writes
 * one it does not. For a passage of any length, as a moved one (number-moves.ts).
 */
export function changesNumber(removed: string, added: string, machineRead: boolean): boolean {
  if (writesNewNumber(added, removed) && !(machineRead && digitsStillRead(added, removed))) return true;
  return !machineRead && writesNewNumber(removed, added);
}

/** Whether `text` writes a number that `other` does not. */
function writesNewNumber(text: string, other: string): boolean {
  const numbers = text.match(NUMBER);
  // Most hunks write no number: then `other`, often a whole sentence, need not be read.
  if (!numbers) return false;
  const written = new Set((other.match(NUMBER) ?? []).map(cardinal));
  return numbers.some((n) => !written.has(cardinal(n)));
}

/** An English ordinal ending: "14th" is the number 14 written as an ordinal, the same value. */
const ORDINAL = /(?<=\p{Nd})(?:st|nd|rd|th)$/iu;

/** A number without its ordinal ending: "14th" and "14" are one value ("June 14" for "June 14th" changes no number). */
function cardinal(n: string): string {
  return n.replace(ORDINAL, '');
}

/** The digits of a number, without its unit: "160" of "160lbs". */
const DIGITS = /^\p{Nd}+(?:[.,:]\p{Nd}+)*/u;

/**
 * Whether every number `text` writes that `other` does not keeps its digits
 * in `other`, where a number may start (not after a digit): "46in" read as
 * "46tn", "160lbs" as "16011". The value can still be read there; only its
 * unit or a separator was misread.
 */
function digitsStillRead(text: string, other: string): boolean {
  const written = new Set(other.match(NUMBER) ?? []);
  return (text.match(NUMBER) ?? []).every((n) => {
    if (written.has(n)) return true;
    const digits = n.match(DIGITS)![0];
    for (let at = other.indexOf(digits); at >= 0; at = other.indexOf(digits, at + 1)) {
      if (!DIGIT.test(other[at - 1] ?? '')) return true;
    }
    return false;
  });
}

/**
 * Rule 5: `spelling` or `name` when the hunk's words pair up one to one and
 * every changed pair is a slip or misreading; null otherwise. In a draft
 * read by machine a mangled proper noun is a misreading like any other.
 */
function wordSlips(wd: readonly Word[], wr: readonly Word[], at: Place): SuggestionKind | null {
  if (wd.length !== wr.length || wd.length === 0) return null;
  let name = false;
  for (let k = 0; k < wd.length; k++) {
    const x = wd[k].text;
    const y = wr[k].text;
    if (x === y || isShapeMisreading(x, y)) continue;
    // Another form of the word, or another word of the draft's own: grammar and wording, not a slip (rule 5).
    if (!at.machineRead && (isWordForm(x, y) || isOwnWord(at.ctx, x, y))) return null;
    // A name in another form of the same word ("Naval" for "Navy") is reworded, not misspelt: rule 5's wording.
    if (isOtherForm(at.ctx, x, y) && namedOtherwise(at, x, y, wr[k].index)) return null;
    if (isSlipOf(at.ctx, x, y) || isGarbled(x, y, at)) {
      if (namedOtherwise(at, x, y, wr[k].index)) name = true;
      continue;
    }
    if (isProperNoun(at.ctx, at.reference, at.refFrom + wr[k].index, y) && isMangledName(x, y)) {
      name ||= !at.machineRead && !isInflection(x, y);
      continue;
    }
    return null;
  }
  return name ? 'name' : 'spelling';
}

/**
 * English endings that make another form of one word: the plural and the
 * possessive, a verb's person, tense and participle, comparison, the
 * adverb. "y" stands for the "i" of "ies", "ied", "ier", "iest", "ily".
 */
const WORD_ENDING = /^(?:|s|es|'s|\u2019s|s'|s\u2019|d|ed|ing|e|er|est|ly|y|ies|ied|ier|iest|ily)$/u;

/** Fewest letters two forms of one word share before their endings: "play" of "played" and "plays". */
const WORD_STEM = 3;

/**
 * Whether draft word `x` is another form of reference word `y` ("played"
 * for "plays", "started" for "start", "gigawatts" for "gigawatt", "Seas"
 * for "Sea"): a change of grammar, which the editor reads as wording, not
 * a misspelling. The endings must make real forms: "d" follows an "e"
 * ("lined", not "opend"), "e" gives way to a vowel ("making" for "make",
 * not "hop" for "hope"), "y" to an "i" ("studied" for "study", not "the"
 * for "they"), so that a letter dropped or added stays a slip.
 */
function isWordForm(x: string, y: string): boolean {
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  const stem = stemLength(a, b);
  if (stem < WORD_STEM) return false;
  const [p, q] = [a.slice(stem), b.slice(stem)].sort((u, v) => u.length - v.length);
  if (p === q || !WORD_ENDING.test(p) || !WORD_ENDING.test(q)) return false;
  const ending = (e: string, other: string): boolean =>
    (e !== 'd' || a[stem - 1] === 'e') && (e !== 'e' || /^[aeiou]/u.test(other)) && (e !== 'y' || other.startsWith('i'));
  return ending(p, q) && ending(q, p);
}

/** How many leading characters two (lower-cased) words share: the stem their endings hang on. */
function stemLength(a: string, b: string): number {
  let stem = 0;
  while (stem < a.length && stem < b.length && a[stem] === b[stem]) stem++;
  return stem;
}

/** Times the draft must write a word for it to be a word of its writer's, not a slip: here and once more. */
const OWN_WORD_WRITES = 2;

/**
 * Whether draft word `x` is a word the draft itself writes elsewhere, in
 * lower case ("this" for "think"): a common word of its writer's, so
 * another word chosen, not a slip of the pen, however close in spelling.
 * A word that differs only in its accents stays a slip (a keyboard without
 * them drops every one).
 */
function isOwnWord(ctx: ReferenceContext, x: string, y: string): boolean {
  return x === x.toLowerCase() && ctx.draftWrites(x) >= OWN_WORD_WRITES && baseLetters(x) !== baseLetters(y.toLowerCase());
}

/** An ending that inflects a word without making it another ("Seas" for "Sea", "Britain's" for "Britain"). */
const INFLECTION = /^(?:s|es|'s|\u2019s|s'|s\u2019)$/u;

/**
 * Whether `x` and `y` differ only by an inflection ending: a capitalised
 * common noun in the plural ("the North and Baltic Seas") is no name changed.
 */
function isInflection(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x.toLowerCase(), y.toLowerCase()] : [y.toLowerCase(), x.toLowerCase()];
  return long.startsWith(short) && INFLECTION.test(long.slice(short.length));
}

/**
 * Whether reference word `y` (at `index` in the hunk's reference text) is a
 * proper noun that draft word `x` writes otherwise than inflected, on a page
 * typed rather than read by machine (where OCR does not know names).
 */
function namedOtherwise(at: Place, x: string, y: string, index: number): boolean {
  return !at.machineRead && !isInflection(x, y) && isProperNoun(at.ctx, at.reference, at.refFrom + index, y);
}

/**
 * Endings that make another form of one name: the people or the adjective
 * ("Russia" → "Russian", "Japan" → "Japanese", "Navy" → "Naval"), the
 * possessive and the plural.
 */
const NAME_FORM = /^(?:|s|'s|\u2019s|n|an|ian|al|y|ese|ish)$/u;

/** Fewest letters two forms of one name share before their endings: "Nav" of "Naval" and "Navy". */
const NAME_STEM = 3;

/**
 * Whether draft word `x` is another form of the reference's name `y`: a
 * stem of at least NAME_STEM letters, no shorter than half the longer word,
 * endings that only make another form of it ("Russian" and "Russia's"),
 * and a word the reference writes too. A name mangled keeps no such ending
 * ("Kulakov" and "Kulikov") or is no word of the reference ("Nola" for
 * "Nolan", its last letter dropped).
 */
function isOtherForm(ctx: ReferenceContext, x: string, y: string): boolean {
  const a = x.toLowerCase();
  if (!ctx.words.has(a)) return false;
  const b = y.toLowerCase();
  const stem = stemLength(a, b);
  return stem >= NAME_STEM && 2 * stem >= Math.max(a.length, b.length) && NAME_FORM.test(a.slice(stem)) && NAME_FORM.test(b.slice(stem));
}

/**
 * Whether draft word `x` is `y` garbled by OCR: `y` misread by shape with
 * at most its budget of plain edits, into no word of the reference (nor one
 * holding a digit) unless the whole draft was read by machine.
 */
function isGarbled(x: string, y: string, at: Place): boolean {
  // A typist's slip into a real word is another word; a machine misreads into real words as readily as not.
  if (!at.machineRead && at.ctx.words.has(x.toLowerCase()) && !DIGIT.test(x)) return false;
  return ocrCost(x, y, ocrBudget(countWordChars(y), at.machineRead)) !== Infinity;
}

/**
 * Rule 6: the hunk's letters, whatever their spacing, are the reference's
 * garbled, and some draft word is no word. A contraction written out or
 * taken in ("did not" for "didn't") is a change of wording, not a misreading.
 */
function garbledRun(wd: readonly Word[], d: string, r: string, ctx: ReferenceContext): boolean {
  if (APOSTROPHE.test(d) !== APOSTROPHE.test(r)) return false;
  if (!wd.some((w) => !ctx.words.has(w.text.toLowerCase()))) return false;
  const x = wordCharsOf(d);
  const y = wordCharsOf(r);
  return y !== '' && ocrCost(x, y, ocrBudget(countWordChars(y), true)) !== Infinity;
}

/** Most letters in a speck of dirt read as text: " j", "*tii«". */
const SPECK_LETTERS = 4;

/** Letters a speck may show however like a word they look (" I", " s"). */
const SPECK_ANY = 2;

/** Extra text in a draft read by machine that is specks, not words: few letters, and no word of the reference unless very few. */
function isSpeck(wd: readonly Word[], d: string, ctx: ReferenceContext): boolean {
  const letters = countWordChars(d);
  return letters <= SPECK_ANY || (letters <= SPECK_LETTERS && wd.every((w) => !ctx.words.has(w.text.toLowerCase())));
}

/** In a draft read by machine, a stretch most of whose words are no words of the reference: a misreading, not a rewording. */
function misreadStretch(wd: readonly Word[], ctx: ReferenceContext): boolean {
  const garbled = wd.filter((w) => DIGIT.test(w.text) || !ctx.words.has(w.text.toLowerCase())).length;
  return garbled > 0 && 2 * garbled >= wd.length;
}

/**
 * Rule 5's other `name`: a proper noun of the reference that a short draft
 * hunk does not write at all, nor the rest of its sentence.
 */
function replacesName(wd: readonly Word[], wr: readonly Word[], at: Place): boolean {
  if (Math.max(wd.length, wr.length) > NAME_WORDS) return false;
  const written = new Set(wd.map((w) => w.text.toLowerCase()));
  // A name the draft writes inflected ("Canadian" for "Canadians", "Iceland" for "Iceland's"), or in another
  // form of the same word ("Russian" for "Russia's", "Naval" for "Navy"), is the same name reworded.
  const inflected = (y: string): boolean => wd.some((w) => isInflection(w.text, y) || isOtherForm(at.ctx, w.text, y));
  const names = wr.filter((w) => !written.has(w.text.toLowerCase()) && !inflected(w.text) && isName(at.ctx, at.reference, at.refFrom + w.index, w.text));
  if (names.length === 0) return false;
  // A name the draft writes elsewhere in its sentence, as it is or inflected, was moved within it, not replaced
  // ("the" → "Karatsu" beside "of Karatsu Station"; "state visit" → "visit to Macron" after "Macron's").
  const nearby = words(at.draftSentence()).map((w) => w.text);
  return names.some((w) => !nearby.some((x) => x.toLowerCase() === w.text.toLowerCase() || isInflection(x, w.text)));
}

function sameWords(x: readonly Word[], y: readonly Word[], ignoreCase: boolean): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const a = ignoreCase ? x[k].text.toLowerCase() : x[k].text;
    const b = ignoreCase ? y[k].text.toLowerCase() : y[k].text;
    if (a !== b) return false;
  }
  return true;
}

function severityOf(kind: SuggestionKind, d: string, r: string, hunk: Hunk, ctx: ReferenceContext): Severity {
  switch (kind) {
    case 'name':
    case 'number':
      return 'high';
    case 'missing':
    case 'extra': {
      const text = kind === 'missing' ? r : d;
      if (words(text).length >= SENTENCE_WORDS) return 'high';
      return isQuoted(ctx, hunk.refFrom, hunk.refTo) ? 'high' : 'medium';
    }
    case 'spelling':
    case 'wording':
      return isQuoted(ctx, hunk.refFrom, hunk.refTo) ? 'high' : 'medium';
    case 'moved':
      return 'medium';
    default:
      return 'low';
  }
}
