/**
 * The window's open suggestions must be what a whole compare (and `galley
 * check`) gives for the text as it is, less the decided ones: after any
 * session of typing, deleting, accepting, rejecting, undo and redo, with
 * re-checks started and answered in any order (a stale answer is one the
 * document changed under), once the edits are compared again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { redo, undo } from 'prosemirror-history';
import { type EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { placeSuggestions } from '../../renderer/src/editor/place';
import { accept, acceptAll, reject } from '../../renderer/src/editor/review-commands';
import type { Placed } from '../../renderer/src/editor/review-item';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { decidedKeys, reviewKey, reviewState, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { OffsetMap, textFromDoc } from '../../renderer/src/editor/text-doc';
import { attempt, openReview } from './open-review';

const ROOT = join(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
const REFERENCE = readFileSync(join(ROOT, 'seeds/001_6904e82db721665d.txt'), 'utf8');

type Op =
  | { kind: 'accept' | 'reject' | 'accept-kind'; pick: number }
  | { kind: 'type'; pos: number; text: string }
  | { kind: 'delete'; pos: number; length: number }
  | { kind: 'undo' | 'redo' }
  /** A re-check is sent (when something is dirty), answered (the oldest, or the newest, in flight), or sent and answered at once. */
  | { kind: 'send' | 'answer-oldest' | 'answer-newest' | 'recheck' };

/** An editor state and the re-checks in flight, as ./comparison drives them. */
class Session {
  private token = 0;
  private readonly sent: { token: number; text: string }[] = [];

  constructor(
    public state: EditorState,
    private readonly reference = REFERENCE,
  ) {}

  send(): void {
    if (reviewState(this.state).dirty.length === 0) return;
    const text = textFromDoc(this.state.doc);
    const token = ++this.token;
    this.meta({ type: 'check-start', token, text });
    this.sent.push({ token, text });
  }

  answer(index: number): void {
    const [sent] = this.sent.splice(index, 1);
    if (sent) this.meta({ type: 'check-finish', token: sent.token, suggestions: compare(sent.text, this.reference) });
  }

  /** Every answer in, then re-checks until nothing is dirty: what the window shows once the user pauses. */
  settle(): void {
    while (this.sent.length > 0) this.answer(0);
    for (let guard = 0; reviewState(this.state).dirty.length > 0; guard++) {
      expect(guard).toBeLessThan(3);
      this.send();
      this.answer(0);
    }
  }

  play(o: Op): void {
    const placed = orderedPlaced(reviewState(this.state));
    const target = placed.length > 0 && 'pick' in o ? placed[o.pick % placed.length]! : null;
    const size = this.state.doc.content.size;
    if (o.kind === 'accept' && target) this.run(accept({ id: target.item.id }));
    else if (o.kind === 'reject' && target) this.run(reject({ id: target.item.id }));
    else if (o.kind === 'accept-kind' && target) this.run(acceptAll((item) => item.kind === target.item.kind));
    else if (o.kind === 'type') {
      const { from } = TextSelection.near(this.state.doc.resolve(o.pos % size));
      this.state = this.state.apply(o.text === '\n' ? this.state.tr.split(from) : this.state.tr.insertText(o.text, from));
    } else if (o.kind === 'delete') {
      const { from } = TextSelection.near(this.state.doc.resolve(o.pos % size));
      const to = Math.min(from + o.length, size - 1);
      if (to > from) this.state = this.state.apply(this.state.tr.delete(from, to));
    } else if (o.kind === 'undo') this.run(undo);
    else if (o.kind === 'redo') this.run(redo);
    else if (o.kind === 'send') this.send();
    else if (o.kind === 'answer-oldest') this.answer(0);
    else if (o.kind === 'answer-newest') this.answer(this.sent.length - 1);
    else if (o.kind === 'recheck') this.settle();
  }

  private run(command: Parameters<typeof attempt>[1]): void {
    this.state = attempt(this.state, command).state;
  }

  private meta(meta: ReviewMeta): void {
    this.state = this.state.apply(this.state.tr.setMeta(reviewKey, meta));
  }
}

const described = (placed: readonly Placed[]) =>
  placed.map(({ item, from, to }) => `${from}-${to} ${item.kind} ${JSON.stringify(item.draftText)} → ${JSON.stringify(item.replacement)} ${item.moveId ?? ''}`);

/** The open suggestions, and what one whole compare of the text as it is gives less the rejected keys. */
function shownAndWhole(state: EditorState, reference = REFERENCE): { shown: string[]; whole: string[] } {
  const text = textFromDoc(state.doc);
  const decided = { accepted: new Set<string>(), rejected: decidedKeys(state.doc).rejected };
  const whole = placeSuggestions(text, reference, compare(text, reference), decided, OffsetMap.ofDoc(state.doc));
  return { shown: described(orderedPlaced(reviewState(state))), whole: described(whole) };
}

function replay(ops: readonly Op[]): void {
  const session = new Session(openReview(DRAFT, REFERENCE));
  for (const o of ops) session.play(o);
  session.settle();
  const { shown, whole } = shownAndWhole(session.state);
  expect(shown).toEqual(whole);
}

describe('the open suggestions agree with a whole compare of the text as it is', () => {
  // An accept that makes the engine find a phrase slid elsewhere (" a spokesperson for" comes out as "spokesperson for a ").
  const changing: Op = { kind: 'accept', pick: 189035155 };

  it('after an accept: the accepted text is compared again', () => {
    replay([changing]);
  });

  it('after an accept, its re-check and its undo: what that re-check found goes again', () => {
    replay([changing, { kind: 'recheck' }, { kind: 'undo' }]);
    replay([changing, { kind: 'recheck' }, { kind: 'undo' }, { kind: 'recheck' }, { kind: 'redo' }]);
  });

  it('after an accepted change is typed back by hand: it is open again, and accepting it again is a decision of its own', () => {
    const reference = 'The cat sat on the mat today. A dog barked at the cat.\n';
    const session = new Session(openReview('The cat sat on the mat, today. A dog barked at teh cat.\n', reference), reference);
    const comma = () => orderedPlaced(reviewState(session.state)).find((p) => p.item.draftText === ',');
    session.state = attempt(session.state, accept({ id: comma()!.item.id })).state;
    session.settle();
    expect(comma()).toBeUndefined();
    session.play({ kind: 'type', pos: OffsetMap.ofDoc(session.state.doc).toPos(textFromDoc(session.state.doc).indexOf(' today')), text: ',' });
    session.settle();
    expect(comma()).toBeDefined();
    expect(shownAndWhole(session.state, reference).shown).toEqual(shownAndWhole(session.state, reference).whole);

    session.state = attempt(session.state, accept({ id: comma()!.item.id })).state;
    expect(session.state.doc.attrs.accepted).toHaveLength(2);
    session.settle();
    expect(comma()).toBeUndefined();
    session.state = attempt(session.state, acceptAll(() => true)).state;
    expect(textFromDoc(session.state.doc)).toBe(reference);
  });

  it('after any session, with re-checks answered late and out of order', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constantFrom('accept' as const, 'reject' as const, 'accept-kind' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('type' as const), pos: fc.nat(), text: fc.constantFrom('x', ' ', 'word ', '\n', ',') }),
      fc.record({ kind: fc.constant('delete' as const), pos: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
      fc.record({ kind: fc.constantFrom('send' as const, 'answer-oldest' as const, 'answer-newest' as const, 'recheck' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => replay(ops)),
      { numRuns: 30 },
    );
  });
});
