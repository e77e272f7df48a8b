import { describe, expect, test } from 'vitest';
import { markWording, type Suggestion } from '@galley/engine';

const draft = 'Killed under previous orthodox government.';
const reference = 'Struck under the previous Conservative government.';

function suggestion(parts?: Suggestion['parts']): Suggestion {
  return { id: 's', from: 0, to: draft.length, refFrom: 0, refTo: reference.length, replacement: reference, kind: 'wording', severity: 'medium', ...(parts ? { parts } : {}) };
}

const part = (d: string, r: string, dAt = draft.indexOf(d), rAt = reference.indexOf(r)) => ({
  from: dAt, to: dAt + d.length, refFrom: rAt, refTo: rAt + r.length, replacement: r,
});

describe('markWording', () => {
  test('without parts, the whole span is removed and the whole replacement added', () => {
    expect(markWording(draft, suggestion())).toEqual({
      draft: [{ text: draft, changed: true }],
      reference: [{ text: reference, changed: true }],
    });
  });

  test('with parts, only the changed words are marked and the rest stays plain', () => {
    const marked = markWording(draft, suggestion([part('Killed', 'Struck'), part('', 'the ', draft.indexOf('previous'), reference.indexOf('the ')), part('orthodox', 'Conservative')]));
    expect(marked.draft.filter((s) => s.changed).map((s) => s.text)).toEqual(['Killed', 'orthodox']);
    expect(marked.reference.filter((s) => s.changed).map((s) => s.text)).toEqual(['Struck', 'the ', 'Conservative']);
    expect(marked.draft.map((s) => s.text).join('')).toBe(draft);
    expect(marked.reference.map((s) => s.text).join('')).toBe(reference);
  });

  test('parts that do not fit the suggestion are ignored rather than shown wrong', () => {
    const marked = markWording(draft, suggestion([part('orthodox', 'Conservative'), part('Killed', 'Struck')]));
    expect(marked.draft).toEqual([{ text: draft, changed: true }]);
  });
});
