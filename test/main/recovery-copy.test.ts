import { describe, expect, it } from 'vitest';
import { InvalidArgument, keptReview, recoveryCopy } from '../../main/ipc/validate';

describe('recoveryCopy (a recovery copy as the page sends it)', () => {
  const sent = { seq: 3, base: 2, from: 1, to: 4, decided: false };

  it('splits the joined lines again, and reads null as no lines (a patch that only removes lines)', () => {
    expect(recoveryCopy({ ...sent, lines: 'one\n\nthree' })).toEqual({ ...sent, lines: ['one', '', 'three'] });
    expect(recoveryCopy({ ...sent, lines: '' })).toEqual({ ...sent, lines: [''] });
    expect(recoveryCopy({ ...sent, lines: null })).toEqual({ ...sent, lines: [] });
  });

  it('reads the review from its JSON text, and leaves it out when the page sent none (unchanged)', () => {
    expect(recoveryCopy({ ...sent, lines: 'x', review: '{"accepted":["k"],"rejected":[]}' })).toEqual({ ...sent, lines: ['x'], review: { accepted: ['k'], rejected: [] } });
    expect(recoveryCopy({ ...sent, lines: 'x' })).not.toHaveProperty('review');
  });

  it('reads line edits from their JSON text, in place of lines', () => {
    expect(recoveryCopy({ ...sent, lines: null, edits: '[[0,2,5,"x"]]' })).toEqual({ ...sent, lines: [], edits: [[0, 2, 5, 'x']] });
    expect(() => recoveryCopy({ ...sent, lines: 'x', edits: '[]' })).toThrow(/not both/);
    expect(() => recoveryCopy({ ...sent, lines: null, edits: '[[0,5,2,"x"]]' })).toThrow(/line edits/);
    expect(() => recoveryCopy({ ...sent, lines: null, edits: '[[0,1,2]]' })).toThrow(/line edits/);
  });

  it('refuses lines or a review of the wrong kind', () => {
    expect(() => recoveryCopy({ ...sent, lines: ['x'] })).toThrow(InvalidArgument);
    expect(() => recoveryCopy({ ...sent, lines: 'x', review: '{not json' })).toThrow(/review as JSON text/);
    expect(() => recoveryCopy({ ...sent, lines: 'x', review: { accepted: [] } })).toThrow(/review as JSON text/);
  });

  it('takes a whole snapshot as it is', () => {
    expect(recoveryCopy({ text: 'all of it', review: null })).toEqual({ text: 'all of it', review: null });
  });
});

describe('keptReview (a review as keepReview sends it)', () => {
  const review = { decisions: [], edits: [], rules: [], progress: { decided: 0, total: 2 } };

  it('takes a whole review, or one naming its text as a recovery copy', () => {
    expect(keptReview({ ...review, text: 'all of it' })).toEqual({ ...review, text: 'all of it' });
    expect(keptReview({ ...review, textOfRecovery: 7 })).toEqual({ ...review, textOfRecovery: 7 });
  });

  it('refuses a copy number that is not one, both a text and a copy, and a review of the wrong shape', () => {
    for (const textOfRecovery of [0, 1.5, '3', null]) expect(() => keptReview({ ...review, textOfRecovery })).toThrow(/number of a recovery copy/);
    expect(() => keptReview({ ...review, text: 'x', textOfRecovery: 1 })).toThrow(/not both/);
    expect(() => keptReview({ ...review, textOfRecovery: 1, progress: { decided: 3, total: 2 } })).toThrow(InvalidArgument);
  });
});
