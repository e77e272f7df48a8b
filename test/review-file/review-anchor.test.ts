/** Re-anchoring a review's decisions and edits by content in a draft or reference that changed. */
import { expect, it } from 'vitest';
import type { DecisionRecord } from '../../preload/api';
import { anchorDecisions, editRecord, reapplyEdits } from '../../renderer/src/app/review-anchor';

const record = (key: string, draft: string, reference: string, decision: 'accepted' | 'rejected' = 'accepted'): DecisionRecord => ({
  key,
  decision,
  at: '2026-11-29T10:00:00.000Z',
  draft,
  reference,
  before: '',
  after: '',
});

it('finds a decision by its key, and by its wording alone only when that is unambiguous', () => {
  const records = [record('k1', 'Teh', 'The'), record('old-key', 'colour', 'color', 'rejected'), record('gone', 'wrok', 'work'), record('k9', 'a', 'an')];
  const candidates = [
    { key: 'k1', draft: 'Teh', reference: 'The' },
    // The reference changed around "colour": a new key, the same wording, found once.
    { key: 'new-key', draft: 'colour', reference: 'color' },
    // "a" → "an" twice with other keys: which one was decided is unknown.
    { key: 'x1', draft: 'a', reference: 'an' },
    { key: 'x2', draft: 'a', reference: 'an' },
  ];
  const { matched, lost } = anchorDecisions(records, candidates);
  expect(matched.map(({ record, candidate }) => [record.key, candidate.key])).toEqual([
    ['k1', 'k1'],
    ['old-key', 'new-key'],
  ]);
  expect(lost.map((r) => r.key).sort()).toEqual(['gone', 'k9']);
});

it('never anchors two decisions to one suggestion', () => {
  const { matched, lost } = anchorDecisions([record('k', 'Teh', 'The'), record('k2', 'Teh', 'The')], [{ key: 'k', draft: 'Teh', reference: 'The' }]);
  expect(matched).toHaveLength(1);
  expect(lost).toHaveLength(1);
});

it('makes recorded edits again where their text and context occur once, and reports the rest', () => {
  const before = 'The harbour opened at dawn. Boats came in from the north. Then the long day began. The market filled.';
  const edits = [
    editRecord(before, before.indexOf('dawn'), before.indexOf('dawn') + 4, 'first light'),
    editRecord(before, before.indexOf('north'), before.indexOf('north') + 5, 'north-east'),
    editRecord(before, before.indexOf('market'), before.indexOf('market') + 6, 'square'),
  ];
  // The draft changed since: a sentence added at the start, and the last one reworded.
  const now = `It was cold. ${before.replace('The market filled.', 'The market was full.')}`;
  const result = reapplyEdits(now, edits);
  expect(result.text).toBe('It was cold. The harbour opened at first light. Boats came in from the north-east. Then the long day began. The market was full.');
  expect(result.applied).toBe(2);
  expect(result.lost.map((e) => e.after)).toEqual(['square']);
});

it('finds two edits close together, each by the other’s old context', () => {
  const text = 'one two three';
  const edits = [editRecord(text, 0, 3, 'One'), editRecord(text, 4, 7, 'Two')];
  expect(reapplyEdits(text, edits)).toMatchObject({ text: 'One Two three', applied: 2, lost: [] });
});

it('loses an edit whose text now occurs twice rather than guessing', () => {
  const text = 'a b a';
  const edit = editRecord(text, 0, 1, 'A');
  expect(reapplyEdits('a b a a b a', [edit])).toMatchObject({ text: 'a b a a b a', applied: 0 });
});
