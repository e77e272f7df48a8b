/**
 * The review's editor state, without a browser: decisions as document
 * steps (undoable), suggestions following their text through edits, and
 * re-comparing edited paragraphs. A random session of accepts, rejects,
 * typing, deleting, undo and redo must keep every open mark on the words it
 * names, and, with every decision undone and the edits compared again,
 * accepting everything must still give the reference exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { redo, undo, undoDepth } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { accept, acceptAll, everyItem, goToSuggestion, reject } from '../../renderer/src/editor/review-commands';
import { findPlaced, orderedPlaced } from '../../renderer/src/editor/review-queries';
import { decidedKeys, reviewKey, reviewState, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { attempt, openReview } from './open-review';
import { textFromDoc } from '../../renderer/src/editor/text-doc';

const ROOT = join(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
const REFERENCE = readFileSync(join(ROOT, 'seeds/001_6904e82db721665d.txt'), 'utf8');

const open = openReview;

/** What the comparison does after a pause in typing, done at once. */
function recheck(state: EditorState): EditorState {
  const review = reviewState(state);
  if (review.dirty.length === 0) return state;
  const text = textFromDoc(state.doc);
  const started = state.apply(state.tr.setMeta(reviewKey, { type: 'check-start', token: 1, text } satisfies ReviewMeta));
  const suggestions = compare(text, review.reference!);
  return started.apply(started.tr.setMeta(reviewKey, { type: 'check-finish', token: 1, suggestions } satisfies ReviewMeta));
}

/** Types at a position; "\n" is Enter, which splits the paragraph (the draft's text never holds a line break). */
function typeAt(state: EditorState, pos: number, text: string): EditorState {
  const { from } = TextSelection.near(state.doc.resolve(Math.min(pos, state.doc.content.size)));
  return state.apply(text === '\n' ? state.tr.split(from) : state.tr.insertText(text, from));
}

function deleteAt(state: EditorState, pos: number, length: number): EditorState {
  const from = TextSelection.near(state.doc.resolve(Math.min(pos, state.doc.content.size))).from;
  const to = Math.min(from + length, state.doc.content.size - 1);
  return to > from ? state.apply(state.tr.delete(from, to)) : state;
}

/** Every open mark sits on the words it names; no decided key is open; ids are unique. */
function checkInvariants(state: EditorState): void {
  const review = reviewState(state);
  const placed = orderedPlaced(review);
  expect(placed.length).toBe(review.items.size);
  const decided = decidedKeys(state.doc);
  for (const p of placed) {
    expect(state.doc.textBetween(p.from, p.to, '\n')).toBe(p.item.draftText);
    expect(decided.accepted.has(p.item.key) || decided.rejected.has(p.item.key)).toBe(false);
  }
}

describe('re-checks agree with a whole compare', () => {
  /** The open suggestions as plain data, in document order. */
  const shown = (state: EditorState, withIds = true) =>
    orderedPlaced(reviewState(state)).map(({ item, from, to }) => ({
      ...(withIds ? { id: item.id } : {}),
      from,
      to,
      kind: item.kind,
      severity: item.severity,
      replacement: item.replacement,
      moveId: item.moveId,
    }));
  /** What opening the text as it is now would show. */
  const whole = (state: EditorState) => shown(open(textFromDoc(state.doc), REFERENCE), false);

  it('an edit and its undo, or typing x and deleting it, leave exactly the suggestions the review started with (issue 10)', () => {
    const start = open(DRAFT, REFERENCE);
    const before = shown(start);
    const size = start.doc.content.size;
    for (let pos = 1; pos < size; pos += Math.floor(size / 12)) {
      const { from } = TextSelection.near(start.doc.resolve(pos));
      let state = recheck(start.apply(start.tr.split(from)));
      expect(shown(state, false), `after Enter at ${from}`).toEqual(whole(state));
      state = recheck(attempt(state, undo).state);
      expect(textFromDoc(state.doc)).toBe(DRAFT);
      expect(shown(state), `after Enter at ${from} and undo`).toEqual(before);

      state = recheck(start.apply(start.tr.insertText('x', from)));
      expect(shown(state, false), `after x at ${from}`).toEqual(whole(state));
      state = recheck(state.apply(state.tr.delete(from, from + 1)));
      expect(shown(state), `after x at ${from} and deleting it`).toEqual(before);
    }
  });
});

describe('review state', () => {
  it('accepting puts the reference wording in; undo takes it out and the suggestion back', () => {
    let state = open(DRAFT, REFERENCE);
    const name = orderedPlaced(reviewState(state)).find((p) => p.item.kind === 'name')!;
    state = attempt(state, accept({ id: name.item.id })).state;
    expect(textFromDoc(state.doc)).toContain('Keir Starmer');
    expect(reviewState(state).items.has(name.item.id)).toBe(false);
    expect(state.doc.attrs.accepted).toEqual([name.item.key]);
    state = attempt(state, undo).state;
    expect(textFromDoc(state.doc)).toBe(DRAFT);
    expect(findPlaced(reviewState(state), name.item.id)).toEqual(name);
    state = attempt(state, redo).state;
    expect(textFromDoc(state.doc)).toContain('Keir Starmer');
    checkInvariants(state);
  });

  it('a reject is one undo step that brings the suggestion back', () => {
    let state = open(DRAFT, REFERENCE);
    const first = orderedPlaced(reviewState(state))[0];
    state = attempt(state, reject({ id: first.item.id })).state;
    expect(reviewState(state).items.has(first.item.id)).toBe(false);
    expect(textFromDoc(state.doc)).toBe(DRAFT);
    expect(undoDepth(state)).toBe(1);
    state = attempt(state, undo).state;
    expect(findPlaced(reviewState(state), first.item.id)).toEqual(first);
  });

  it('accept all is one transaction and gives the reference; one undo gives the draft back', () => {
    let state = open(DRAFT, REFERENCE);
    const count = reviewState(state).items.size;
    state = attempt(state, acceptAll(everyItem)).state;
    expect(textFromDoc(state.doc)).toBe(REFERENCE);
    expect(reviewState(state).items.size).toBe(0);
    expect(undoDepth(state)).toBe(1);
    state = attempt(state, undo).state;
    expect(textFromDoc(state.doc)).toBe(DRAFT);
    expect(reviewState(state).items.size).toBe(count);
    checkInvariants(state);
  });

  it('an edit right after a decision is an undo step of its own, and undoing both restores a review that accepts to the reference', () => {
    // Found by the property test below: the delete used to join the accept's
    // undo step, and undoing them together put missing text a character off.
    let state = open(DRAFT, REFERENCE);
    state = attempt(state, acceptAll((item) => item.kind === 'typography')).state;
    state = deleteAt(state, 0, 3);
    const depth = undoDepth(state);
    state = attempt(state, acceptAll((item) => item.kind === 'missing')).state;
    state = deleteAt(state, 79, 1);
    expect(undoDepth(state)).toBe(depth + 2);
    while (undoDepth(state) > 0) state = attempt(state, undo).state;
    checkInvariants(state);
    expect(textFromDoc(state.doc)).toBe(DRAFT);
    state = recheck(state);
    state = attempt(state, acceptAll(() => true)).state;
    expect(textFromDoc(state.doc)).toBe(REFERENCE);
  });

  it('accepting one half of a move applies both', () => {
    const draft = 'One two three four five six. Alpha beta gamma delta epsilon zeta eta theta. The end is near now.';
    const reference = 'Alpha beta gamma delta epsilon zeta eta theta. The end is near now. One two three four five six.';
    let state = open(draft, reference);
    const moved = orderedPlaced(reviewState(state)).filter((p) => p.item.moveId);
    expect(moved).toHaveLength(2);
    state = attempt(state, accept({ id: moved[1].item.id })).state;
    expect(textFromDoc(state.doc)).toBe(reference);
    expect(reviewState(state).items.size).toBe(0);
  });

  it('typing inside a suggestion drops it; the re-check finds what is left and keeps rejected ones out', () => {
    let state = open(DRAFT, REFERENCE);
    const placed = orderedPlaced(reviewState(state));
    const name = placed.find((p) => p.item.kind === 'name')!;
    const sameParagraph = placed.find((p) => p.item.draftText === 'conversation')!;
    state = attempt(state, reject({ id: sameParagraph.item.id })).state;
    state = typeAt(state, name.from + 1, 'e');
    expect(reviewState(state).items.has(name.item.id)).toBe(false);
    expect(reviewState(state).dirty.length).toBe(1);
    state = recheck(state);
    const words = orderedPlaced(reviewState(state)).map((p) => p.item.draftText);
    expect(words.some((w) => w.includes('Stmper'))).toBe(true);
    expect(words).not.toContain('conversation');
    checkInvariants(state);
  });

  it('next and previous walk the suggestions in document order, wrapping around', () => {
    let state = open(DRAFT, REFERENCE);
    const placed = orderedPlaced(reviewState(state));
    state = attempt(state, goToSuggestion(1)).state;
    expect(reviewState(state).selected).toBe(placed[0].item.id);
    state = attempt(state, goToSuggestion(1)).state;
    expect(reviewState(state).selected).toBe(placed[1].item.id);
    state = attempt(state, goToSuggestion(-1)).state;
    state = attempt(state, goToSuggestion(-1)).state;
    expect(reviewState(state).selected).toBe(placed[placed.length - 1].item.id);
  });

  it('keeps every mark on its words through any session, and undoing it all gives a review that still accepts to the reference', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('accept' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('reject' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('accept-kind' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('type' as const), pos: fc.nat(), text: fc.constantFrom('x', ' ', 'word ', '\n', 'é') }),
      fc.record({ kind: fc.constant('delete' as const), pos: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('redo' as const) }),
      fc.record({ kind: fc.constant('recheck' as const) }),
    );
    const initial = open(DRAFT, REFERENCE);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 14 }), (ops) => replaySession(initial, ops)),
      { numRuns: 60 },
    );
  });

  it.each(FOUND_SESSIONS)('keeps every invariant through a session the property test once broke (%#)', (...ops) => {
    replaySession(open(DRAFT, REFERENCE), ops);
  });
});

type Op =
  | { kind: 'accept' | 'reject' | 'accept-kind'; pick: number }
  | { kind: 'type'; pos: number; text: string }
  | { kind: 'delete'; pos: number; length: number }
  | { kind: 'undo' | 'redo' | 'recheck' };

/**
 * Sessions the property test once broke, kept as fixed cases so they stay
 * fixed whichever seeds later runs draw.
 */
const FOUND_SESSIONS: Op[][] = [
  // Undoing an accept left a mark a re-check had found on the accepted words.
  [{ kind: 'type', pos: 457866615, text: 'x' }, { kind: 'accept-kind', pick: 533767777 }, { kind: 'recheck' }, { kind: 'undo' }],
];

/**
 * Plays a session of review actions, checking the invariants after each;
 * then undoes everything, compares again and accepts all, which must give
 * the reference.
 */
function replaySession(initial: EditorState, ops: readonly Op[]): void {
  let state = initial;
  for (const o of ops) {
    const placed = orderedPlaced(reviewState(state));
    const target = placed.length > 0 && 'pick' in o ? placed[o.pick % placed.length] : null;
    if (o.kind === 'accept' && target) state = attempt(state, accept({ id: target.item.id })).state;
    else if (o.kind === 'reject' && target) state = attempt(state, reject({ id: target.item.id })).state;
    else if (o.kind === 'accept-kind' && target) state = attempt(state, acceptAll((item) => item.kind === target.item.kind)).state;
    else if (o.kind === 'type') state = typeAt(state, o.pos % state.doc.content.size, o.text);
    else if (o.kind === 'delete') state = deleteAt(state, o.pos % state.doc.content.size, o.length);
    else if (o.kind === 'undo') state = attempt(state, undo).state;
    else if (o.kind === 'redo') state = attempt(state, redo).state;
    else if (o.kind === 'recheck') state = recheck(state);
    checkInvariants(state);
  }
  while (undoDepth(state) > 0) state = attempt(state, undo).state;
  expect(textFromDoc(state.doc)).toBe(DRAFT);
  expect(state.doc.attrs.rejected).toEqual([]);
  state = recheck(state);
  checkInvariants(state);
  state = attempt(state, acceptAll(everyItem)).state;
  expect(textFromDoc(state.doc)).toBe(REFERENCE);
}
