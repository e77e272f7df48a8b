/**
 * Recovery copies as patches: whatever the editor does to the draft, the
 * lines the page sends (renderer/src/app/recovery-patch) applied to main's
 * copy (main/recovery-lines) give exactly the text the editor holds, and a
 * patch made against a copy main does not hold is refused, never misapplied.
 */
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { describe, expect, test } from 'vitest';
import { RecoveryLines } from '../../main/recovery-lines';
import { linePatch, linePatchReplacing } from '../../renderer/src/app/recovery-patch';
import { paragraphList } from '../../renderer/src/editor/chunks';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';

/** One editor change: replace document positions [from, to) (as fractions of the size) with `text`. */
const edit = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(40), text: fc.stringMatching(/^[ab\n ]{0,12}$/) });

function applyEdit(state: EditorState, { from, length, text }: { from: number; length: number; text: string }): EditorState {
  const size = state.doc.content.size;
  const start = Math.min(size - 1, Math.max(1, Math.floor(from * size)));
  const end = Math.min(size - 1, start + length);
  const tr = state.tr.insertText(text.replace(/\n/g, ' '), start, end);
  // A line break splits the paragraph, as Enter does (where the edit left a position inside one).
  const at = tr.mapping.map(start);
  if (text.includes('\n') && tr.doc.resolve(at).parent.isTextblock) tr.split(at);
  return state.apply(tr);
}

describe('recovery copies as line patches', () => {
  test('patches applied in order give the editor text after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[abc \n]{0,60}$/), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let state = EditorState.create({ doc: docFromText(start) });
        const main = new RecoveryLines();
        let sent: { doc: Node; seq: number } | null = null;
        for (const [seq, change] of edits.map((change, index) => [index + 1, change] as const)) {
          state = applyEdit(state, change);
          expect(main.apply({ seq, base: sent?.seq ?? null, ...linePatch(sent?.doc ?? null, state.doc), review: null, decided: false })).toBe(true);
          sent = { doc: state.doc, seq };
          expect(main.text).toBe(textFromDoc(state.doc));
        }
      }),
    );
  });

  test('a line shown as several pieces travels whole: the copy is the text, not the pieces', () => {
    const long = 'A sentence of the draft. '.repeat(300);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('short', '', long, `${long}tail`), { minLength: 1, maxLength: 5 }), fc.array(edit, { maxLength: 8 }), (lines, edits) => {
        let state = EditorState.create({ doc: docFromText(lines.join('\n')) });
        expect(paragraphList(state.doc).length).toBeGreaterThanOrEqual(lines.length);
        const main = new RecoveryLines();
        main.opened('draft-handle', lines.join('\n'));
        let sent: { doc: Node; seq: number | string } = { doc: state.doc, seq: 'draft-handle' };
        for (const [seq, change] of edits.map((change, index) => [index + 1, change] as const)) {
          state = applyEdit(state, change);
          const { replaced, ...patch } = linePatchReplacing(sent.doc, state.doc);
          expect(patch).toEqual(linePatch(sent.doc, state.doc));
          // The lines a patch replaces are those of the text it patches.
          expect(replaced).toEqual(textFromDoc(sent.doc).split('\n').slice(patch.from, patch.to));
          expect(main.apply({ seq, base: sent.seq, ...patch, review: null, decided: false })).toBe(true);
          sent = { doc: state.doc, seq };
          expect(main.text).toBe(textFromDoc(state.doc));
        }
        expect(linePatch(null, state.doc).lines.join('\n')).toBe(textFromDoc(state.doc));
      }),
      { numRuns: 60 },
    );
  });

  test('a late patch of the draft before does not use up the opened draft', () => {
    const main = new RecoveryLines();
    expect(main.apply({ seq: 1, base: null, from: 0, to: 0, lines: ['old', 'draft'], review: null, decided: false })).toBe(true);
    // Main opened the next draft; the page's copy of the old one, made before it took the new one in, arrives after.
    main.opened('next', 'three\nfour');
    expect(main.apply({ seq: 2, base: 1, from: 1, to: 2, lines: ['DRAFT'], review: null, decided: false })).toBe(true);
    expect(main.apply({ seq: 3, base: 'next', from: 0, to: 1, lines: ['THREE'], review: null, decided: false })).toBe(true);
    expect(main.text).toBe('THREE\nfour');
  });

  test('the first copy after opening patches the text main opened, and only the draft last opened', () => {
    const main = new RecoveryLines();
    main.opened('first', 'one\ntwo');
    main.opened('second', 'three\nfour');
    expect(main.apply({ seq: 1, base: 'first', from: 0, to: 1, lines: ['ONE'], review: null, decided: false })).toBe(false);
    expect(main.text).toBeNull();
    expect(main.apply({ seq: 1, base: 'second', from: 1, to: 2, lines: ['FOUR'], review: null, decided: false })).toBe(true);
    expect(main.text).toBe('three\nFOUR');
    // Once patched, the copy goes on from that patch, not from the opened text.
    expect(main.apply({ seq: 2, base: 'second', from: 0, to: 1, lines: ['x'], review: null, decided: false })).toBe(false);
    expect(main.apply({ seq: 2, base: 1, from: 0, to: 1, lines: ['THREE'], review: null, decided: false })).toBe(true);
    expect(main.text).toBe('THREE\nFOUR');
    main.opened('third', 'five');
    main.reset('restored');
    expect(main.apply({ seq: 3, base: 'third', from: 0, to: 1, lines: ['x'], review: null, decided: false })).toBe(false);
  });

  test('one typed character sends one line, however long the draft', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `Paragraph ${i} of a long draft.`);
    const before = EditorState.create({ doc: docFromText(lines.join('\n')) });
    const after = before.apply(before.tr.insertText('x', 200));
    const patch = linePatch(before.doc, after.doc);
    expect(patch.lines).toHaveLength(1);
    expect(patch.to - patch.from).toBe(1);
  });

  test('a patch not made against the copy main holds is refused and changes nothing', () => {
    const main = new RecoveryLines();
    expect(main.apply({ seq: 1, base: null, from: 0, to: 0, lines: ['one', 'two'], review: null, decided: false })).toBe(true);
    expect(main.apply({ seq: 3, base: 2, from: 0, to: 1, lines: ['ONE'], review: null, decided: false })).toBe(false);
    expect(main.apply({ seq: 2, base: 1, from: 1, to: 5, lines: ['x'], review: null, decided: false })).toBe(false);
    expect(main.text).toBe('one\ntwo');
    main.reset('restored\ntext');
    expect(main.apply({ seq: 4, base: 1, from: 0, to: 1, lines: ['x'], review: null, decided: false })).toBe(false);
    expect(main.text).toBe('restored\ntext');
  });
});
