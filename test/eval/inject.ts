/**
 * The seeded error injector: turns a reference into a draft with errors of
 * every kind at known places, and returns the exact truth for each.
 *
 * Each error reserves the reference tokens it changes (or, for an insertion,
 * the two tokens around the insertion point). Reserved runs never overlap and
 * are kept at least one free token apart, so between any two errors there is
 * an untouched word and the truth is unambiguous.
 */
import type { SuggestionKind } from '@galley/engine';
import { EXTRA_PHRASES, EXTRA_WORDS, PHRASES, SYNONYMS } from './lexicon';
import { changeCase, changePunctuation, garbleNumber, hasDash, mangleName, swapDash, swapEllipsis, swapQuotes, typo } from './mutate';
import { createRandom, type Random } from './prng';
import { editDistance, layout, type Sentence, type Token, type TokenRange } from './text';
import type { Edit, InjectedError } from './truth';

export interface InjectOptions {
  /** Reference words per injected error: 35 for the sparse set, 8 for the dense one. */
  readonly wordsPerError: number;
  readonly seed: number;
  /** Sentences from other texts, the source of `extra` sentences. */
  readonly extraSentences: readonly string[];
  /** Known lower-case words: a typo or a mangled name must not be one of them. */
  readonly vocabulary: ReadonlySet<string>;
}

export interface Injection {
  readonly draft: string;
  /** Sorted by draft position. */
  readonly errors: readonly InjectedError[];
}

/** Every kind is injected equally often; this order only says which are placed first. */
const PLACEMENT_ORDER: readonly SuggestionKind[] = [
  'moved', 'missing', 'extra', 'wording', 'name', 'number', 'spelling', 'typography', 'punctuation', 'case',
];

/** Random sites tried per error before giving up on its kind (it is then tried as another kind). */
const MAX_ATTEMPTS = 60;

/**
 * A moved sentence must jump over at least twice its own length (and this
 * many tokens), so that moving it is the one cheapest explanation: moving
 * the text it jumped over instead would move more words.
 */
const MOVE_MIN_JUMP_TOKENS = 12;

/**
 * Shortest sentence that is moved, in words. A moved "Please." is, to any
 * reader, one word missing here and one extra there; a passage is a move
 * when it is long enough to be recognised (git's --color-moved wants 20
 * alphanumeric characters).
 */
const MOVE_MIN_WORDS = 5;

/** Share of `missing` and `extra` errors that are a word, a phrase, a sentence. */
const UNIT_WEIGHTS = { word: 0.4, phrase: 0.3, sentence: 0.3 };

const QUOTE_OR_BRACKET = /["'“”‘’()[\]]/u;
const NAME = /^\p{Lu}\p{Ll}{3,}$/u;
const LOWER_WORD = /^\p{Ll}{4,}$/u;
const LETTERS = /^\p{L}{2,}$/u;

/** A change to the reference: replace [from, to) with `text`. */
interface RefEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** A placed error before the draft exists. `moved` has [source deletion, destination insertion]. */
interface Plan {
  readonly kind: SuggestionKind;
  readonly reserve: readonly TokenRange[];
  readonly edits: readonly RefEdit[];
}

export function inject(reference: string, options: InjectOptions): Injection {
  const { text, tokens, sentences, paragraphs } = layout(reference);
  const rnd = createRandom(options.seed);
  const reserved = new Uint8Array(tokens.length);
  const paragraphSeparator = mostCommonParagraphSeparator(reference, tokens);

  const tok = (i: number): Token => tokens[i]!;
  const sentenceOf = (i: number): Sentence => sentences[tok(i).sentence]!;
  const isMid = (i: number): boolean => sentenceOf(i).first < i && i < sentenceOf(i).last;
  const bare = (i: number): boolean => tok(i).lead === '' && tok(i).trail === '' && /\p{L}/u.test(tok(i).core);
  const sentenceText = (s: Sentence): string => text.slice(tok(s.first).from, tok(s.last).to);
  const withCore = (i: number, core: string): string => tok(i).lead + core + tok(i).trail;
  const replace = (kind: SuggestionKind, i: number, next: string | null, last = i): Plan | null =>
    next === null || next === text.slice(tok(i).from, tok(last).to)
      ? null
      : { kind, reserve: [{ first: i, last }], edits: [{ from: tok(i).from, to: tok(last).to, text: next }] };

  const sites = (test: (t: Token) => boolean): number[] => tokens.filter(test).map((t) => t.index);
  const nameSites = sites(
    (t) =>
      NAME.test(t.core) &&
      t.lead === '' &&
      sentenceOf(t.index).first < t.index &&
      // Not the first word of a sentence inside a quotation ("Come down. Please.") or after a colon.
      !/([.!?…:]["'”’)]*|["“‘'])$/u.test(tok(t.index - 1).trail),
  );
  const numberSites = sites((t) => /\d/.test(t.core));
  const lowerSites = sites((t) => LOWER_WORD.test(t.core));
  const caseSites = sites((t) => LETTERS.test(t.core));
  const punctSites = sites((t) => /[\p{L}\p{N}]/u.test(t.core) && !QUOTE_OR_BRACKET.test(t.text));
  const quoteSites = sites((t) => /["'“”‘’]/u.test(t.text));
  const dashSites = sites((t) => hasDash(t.text));
  const ellipsisSites = sites((t) => swapEllipsis(t.text) !== null);
  const gapSites = sites((t) => t.index + 1 < tokens.length && sentenceOf(t.index).last > t.index && text.slice(t.to, tok(t.index + 1).from) === ' ');
  const synonymSites = sites((t) => synonymKey(t.core, sentenceOf(t.index).first === t.index) !== null);
  const isSynonymSite = new Set(synonymSites);
  const bareMidSites = sites((t) => isMid(t.index) && bare(t.index));
  const isBareMid = new Set(bareMidSites);
  const phraseSites = findPhrases();
  const insertionSites = sites((t) => sentenceOf(t.index).last > t.index && t.trail === '' && t.core !== '');

  const vocabularyHas = (word: string): boolean => options.vocabulary.has(word.toLowerCase());

  /** Reference edit removing a whole sentence with one separator next to it. */
  const deleteSentence = (s: Sentence): RefEdit | null => {
    // "The motor coughed. The Harbour slid" without its first sentence could
    // as well have lost "motor coughed. The": where it belongs is ambiguous.
    const core = (k: number) => tokens[k]?.core.toLowerCase();
    if (core(s.first) === core(s.last + 1) || core(s.last) === core(s.first - 1)) return null;
    const p = paragraphs[s.paragraph]!;
    if (s.first === p.first && s.last === p.last) {
      if (s.paragraph + 1 < paragraphs.length) return { from: tok(p.first).from, to: tok(p.last + 1).from, text: '' };
      if (s.paragraph > 0) return { from: tok(p.first - 1).to, to: tok(p.last).to, text: '' };
      return null;
    }
    if (s.last < p.last) return { from: tok(s.first).from, to: tok(s.last + 1).from, text: '' };
    return { from: tok(s.first - 1).to, to: tok(s.last).to, text: '' };
  };

  /** Reference edit inserting a sentence after sentence `m`: inline, or as its own paragraph. */
  const insertAfter = (m: Sentence, sentence: string, ownParagraph: boolean): RefEdit => ({
    from: tok(m.last).to,
    to: tok(m.last).to,
    text: (ownParagraph ? paragraphSeparator : ' ') + sentence,
  });
  const aroundPoint = (m: Sentence): TokenRange => ({ first: m.last, last: Math.min(m.last + 1, tokens.length - 1) });
  const isWholeParagraph = (s: Sentence): boolean => {
    const p = paragraphs[s.paragraph]!;
    return p.first === s.first && p.last === s.last;
  };

  const unit = (): keyof typeof UNIT_WEIGHTS => {
    const r = rnd.next();
    return r < UNIT_WEIGHTS.word ? 'word' : r < UNIT_WEIGHTS.word + UNIT_WEIGHTS.phrase ? 'phrase' : 'sentence';
  };

  const planners: Record<SuggestionKind, () => Plan | null> = {
    name: () => {
      if (nameSites.length === 0) return null;
      const i = rnd.pick(nameSites);
      const mangled = mangleName(tok(i).core, rnd);
      if (mangled.toLowerCase() === tok(i).core.toLowerCase() || vocabularyHas(mangled)) return null;
      return replace('name', i, withCore(i, mangled));
    },
    number: () => {
      if (numberSites.length === 0) return null;
      const i = rnd.pick(numberSites);
      const garbled = garbleNumber(tok(i).lead + tok(i).core, rnd);
      return garbled === null ? null : replace('number', i, garbled + tok(i).trail);
    },
    spelling: () => {
      if (lowerSites.length === 0) return null;
      const i = rnd.pick(lowerSites);
      const misspelt = typo(tok(i).core, rnd);
      const d = editDistance(misspelt, tok(i).core);
      // Two slips only in longer words: in a short one they make a different word, not a typo.
      if (d < 1 || d > (tok(i).core.length >= 6 ? 2 : 1) || vocabularyHas(misspelt) || misspelt.toLowerCase() === tok(i).core) return null;
      return replace('spelling', i, withCore(i, misspelt));
    },
    case: () => {
      if (caseSites.length === 0) return null;
      const i = rnd.pick(caseSites);
      return replace('case', i, withCore(i, changeCase(tok(i).core, rnd) ?? tok(i).core));
    },
    punctuation: () => {
      if (punctSites.length === 0) return null;
      const i = rnd.pick(punctSites);
      const next = tokens[i + 1];
      const nextIsLower = next !== undefined && next.sentence === tok(i).sentence && /^\p{Ll}/u.test(next.text);
      const changed = changePunctuation(tok(i).text, nextIsLower, rnd);
      if (changed === null || lettersOf(changed) !== lettersOf(tok(i).text)) return null;
      return replace('punctuation', i, changed);
    },
    typography: () => {
      const choices: Array<() => Plan | null> = [];
      if (quoteSites.length > 0) choices.push(() => { const i = rnd.pick(quoteSites); return replace('typography', i, swapQuotes(tok(i).text)); });
      if (dashSites.length > 0) choices.push(() => { const i = rnd.pick(dashSites); return replace('typography', i, swapDash(tok(i).text, rnd)); });
      if (ellipsisSites.length > 0) choices.push(() => { const i = rnd.pick(ellipsisSites); return replace('typography', i, swapEllipsis(tok(i).text)); });
      if (gapSites.length > 0) {
        choices.push(() => {
          const i = rnd.pick(gapSites);
          const space = rnd.chance(0.5) ? '  ' : '\u00a0';
          return { kind: 'typography', reserve: [{ first: i, last: i + 1 }], edits: [{ from: tok(i).to, to: tok(i + 1).from, text: space }] };
        });
      }
      return choices.length === 0 ? null : rnd.pick(choices)();
    },
    wording: () => {
      const plan = planWording();
      if (!plan) return null;
      // "most of the" → "majority of of the" could as well be "most" → "majority" plus an extra "of":
      // a rewrite must not start with the word before it or end with the word after it.
      const edit = plan.edits[0]!;
      const words = edit.text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      const { first, last } = plan.reserve[0]!;
      const before = tokens[first - 1]?.core.toLowerCase();
      const after = tokens[last + 1]?.core.toLowerCase();
      return words[0] === before || words[words.length - 1] === after ? null : plan;
    },
    missing: () => {
      const u = unit();
      if (u === 'sentence') {
        const s = rnd.pick(sentences);
        const edit = deleteSentence(s);
        return edit && { kind: 'missing', reserve: [{ first: s.first, last: s.last }], edits: [edit] };
      }
      if (bareMidSites.length === 0) return null;
      const i = rnd.pick(bareMidSites);
      const length = u === 'word' ? 1 : 2 + rnd.int(3);
      const last = i + length - 1;
      for (let k = i; k <= last; k++) if (!isBareMid.has(k)) return null;
      const core = (k: number) => tokens[k]?.core.toLowerCase();
      if (core(i - 1) === core(i) || core(last + 1) === core(last)) return null;
      // The words either side close up over the gap: another error on one of
      // them would touch this one's place, so they stay untouched.
      return { kind: 'missing', reserve: [{ first: i - 1, last: Math.min(last + 1, tokens.length - 1) }], edits: [{ from: tok(i - 1).to, to: tok(last).to, text: '' }] };
    },
    extra: () => {
      const u = unit();
      if (u === 'sentence') {
        const m = rnd.pick(sentences);
        const candidate = options.extraSentences.length > 0 ? rnd.pick(options.extraSentences) : null;
        if (candidate === null || reference.includes(candidate)) return null;
        return { kind: 'extra', reserve: [aroundPoint(m)], edits: [insertAfter(m, candidate, isWholeParagraph(m))] };
      }
      if (insertionSites.length === 0) return null;
      const i = rnd.pick(insertionSites);
      const added = rnd.pick(u === 'word' ? EXTRA_WORDS : EXTRA_PHRASES);
      const words = added.split(' ');
      if (words[0] === tok(i).core.toLowerCase() || words[words.length - 1] === tok(i + 1).core.toLowerCase()) return null;
      return { kind: 'extra', reserve: [{ first: i, last: i + 1 }], edits: [{ from: tok(i).to, to: tok(i).to, text: ' ' + added }] };
    },
    moved: () => {
      const s = rnd.pick(sentences);
      const length = s.last - s.first + 1;
      const source = length >= MOVE_MIN_WORDS ? deleteSentence(s) : null;
      if (!source) return null;
      const m = rnd.pick(sentences);
      const after = m.last > s.last;
      const [si, mi] = [tok(s.first).sentence, tok(m.last).sentence];
      const jumped = after ? m.last - s.last : s.first - 1 - m.last;
      const jumpedSentences = after ? mi - si : si - mi - 1;
      if (jumped < Math.max(2 * length, MOVE_MIN_JUMP_TOKENS) || jumpedSentences < 2) return null;
      // A whole-paragraph sentence moves as a paragraph, only to the end of another paragraph;
      // next to a one-sentence paragraph (a title, a news line) a sentence goes on its own line.
      const ownParagraph = isWholeParagraph(s) || isWholeParagraph(m);
      if (ownParagraph && paragraphs[m.paragraph]!.last !== m.last) return null;
      return {
        kind: 'moved',
        reserve: [{ first: s.first, last: s.last }, aroundPoint(m)],
        edits: [source, insertAfter(m, sentenceText(s), ownParagraph)],
      };
    },
  };

  /** A synonym, two adjacent words reworded, or a phrase from the PHRASES table rewritten. */
  function planWording(): Plan | null {
    const r = rnd.next();
    if (r < 0.25 && phraseSites.length > 0) {
      const { first, last, key } = rnd.pick(phraseSites);
      const alternative = rnd.pick(PHRASES[key]!);
      // "a lot of" → "lots of" is as near as a typo: no engine could call it wording for sure.
      if (looksLikeTypo(lettersOf(key), lettersOf(alternative))) return null;
      return replace('wording', first, alternative + tok(last).trail, last);
    }
    if (synonymSites.length === 0) return null;
    const i = rnd.pick(synonymSites);
    const first = rewordToken(i);
    if (first === null) return null;
    const j = i + 1;
    if (r > 0.75 && j < tokens.length && tok(i).trail === '' && tok(j).lead === '' && isSynonymSite.has(j)) {
      const second = rewordToken(j);
      if (second !== null) return replace('wording', i, first + text.slice(tok(i).to, tok(j).from) + second, j);
    }
    return replace('wording', i, first);
  }

  function rewordToken(i: number): string | null {
    const t = tok(i);
    const initial = sentenceOf(i).first === i;
    const key = synonymKey(t.core, initial);
    if (key === null) return null;
    let alternative = rnd.pick(SYNONYMS[key]!);
    if (looksLikeTypo(key, alternative)) return null;
    if (initial && /^\p{Lu}/u.test(t.core)) alternative = alternative[0]!.toUpperCase() + alternative.slice(1);
    return withCore(i, alternative);
  }

  /** Every place a phrase from the PHRASES table occurs mid-sentence, unpunctuated inside. */
  function findPhrases(): Array<TokenRange & { key: string }> {
    const found: Array<TokenRange & { key: string }> = [];
    const keys = Object.keys(PHRASES).map((key) => ({ key, words: key.split(' ') }));
    for (const t of tokens) {
      if (t.lead !== '' || sentenceOf(t.index).first === t.index) continue;
      for (const { key, words } of keys) {
        const last = t.index + words.length - 1;
        if (last >= tokens.length) continue;
        const matches = words.every((w, k) => {
          const u = tok(t.index + k);
          return u.core.toLowerCase() === w && (k === words.length - 1 || u.trail === '') && (k === 0 || u.lead === '');
        });
        if (matches) found.push({ first: t.index, last, key });
      }
    }
    return found;
  }

  function fits(ranges: readonly TokenRange[]): boolean {
    for (const [n, r] of ranges.entries()) {
      for (let i = Math.max(0, r.first - 1); i <= Math.min(tokens.length - 1, r.last + 1); i++) if (reserved[i]) return false;
      for (const other of ranges.slice(n + 1)) if (r.first <= other.last + 1 && other.first <= r.last + 1) return false;
    }
    return true;
  }

  const placed: Plan[] = [];
  for (const kind of schedule(tokens.length, options.wordsPerError, rnd)) {
    const order = [kind, ...rnd.shuffle(PLACEMENT_ORDER.filter((k) => k !== kind))];
    let done = false;
    for (const k of order) {
      for (let attempt = 0; attempt < MAX_ATTEMPTS && !done; attempt++) {
        const plan = planners[k]();
        if (!plan || !fits(plan.reserve)) continue;
        for (const r of plan.reserve) reserved.fill(1, r.first, r.last + 1);
        placed.push(plan);
        done = true;
      }
      if (done) break;
    }
  }
  return build(reference, placed);
}

/** The kinds to inject, equally many of each (the remainder drawn at random), sentence-sized first. */
function schedule(words: number, wordsPerError: number, rnd: Random): SuggestionKind[] {
  const total = Math.max(1, Math.round(words / wordsPerError));
  const kinds = PLACEMENT_ORDER;
  const counts = new Map(kinds.map((k) => [k, Math.floor(total / kinds.length)]));
  for (const k of rnd.shuffle(kinds).slice(0, total % kinds.length)) counts.set(k, counts.get(k)! + 1);
  return kinds.flatMap((k) => new Array<SuggestionKind>(counts.get(k)!).fill(k));
}

/** Applies the planned reference edits and turns them into truth on the draft. */
function build(reference: string, plans: readonly Plan[]): Injection {
  const located = plans.flatMap((plan, p) => plan.edits.map((edit, e) => ({ edit, p, e })));
  located.sort((a, b) => a.edit.from - b.edit.from || a.edit.to - b.edit.to);
  let draft = '';
  let pos = 0;
  const draftSpans = plans.map((plan) => plan.edits.map(() => ({ from: 0, to: 0 })));
  for (const { edit, p, e } of located) {
    draft += reference.slice(pos, edit.from);
    const from = draft.length;
    draft += edit.text;
    draftSpans[p]![e] = { from, to: draft.length };
    pos = edit.to;
  }
  draft += reference.slice(pos);

  const errors: InjectedError[] = plans.map((plan, p) => {
    const spans = draftSpans[p]!;
    if (plan.kind === 'moved') {
      const [source, destination] = plan.edits as [RefEdit, RefEdit];
      const edits: Edit[] = [
        { draft: spans[1]!, reference: { from: destination.from, to: destination.from } },
        { draft: { from: spans[0]!.from, to: spans[0]!.from }, reference: { from: source.from, to: source.to } },
      ];
      return { kind: plan.kind, edits };
    }
    return { kind: plan.kind, edits: plan.edits.map((edit, e) => ({ draft: spans[e]!, reference: { from: edit.from, to: edit.to } })) };
  });
  const start = (error: InjectedError) => Math.min(...error.edits.map((e) => e.draft.from));
  errors.sort((a, b) => start(a) - start(b));
  return { draft, errors };
}

function mostCommonParagraphSeparator(text: string, tokens: readonly Token[]): string {
  const counts = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.to, tokens[i]!.from);
    if (gap.includes('\n')) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = '\n';
  let bestCount = 0;
  for (const [gap, count] of counts) if (count > bestCount) [best, bestCount] = [gap, count];
  return best;
}

/** The SYNONYMS key for a word: itself, or lower-cased when it starts a sentence. */
function synonymKey(core: string, sentenceInitial: boolean): string | null {
  if (SYNONYMS[core]) return core;
  const lower = core[0]?.toLowerCase() + core.slice(1);
  return sentenceInitial && SYNONYMS[lower] ? lower : null;
}

/**
 * Whether two different words are close enough that an engine would rightly
 * take one for a misspelling of the other (1 edit up to 5 letters, 2 above).
 */
export function looksLikeTypo(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return editDistance(x, y) <= (Math.min(x.length, y.length) <= 5 ? 1 : 2);
}

/** Letters and digits only, for checking that a change touched punctuation alone. */
function lettersOf(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}
