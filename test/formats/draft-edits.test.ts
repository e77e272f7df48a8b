/**
 * The window's save sends the editor's own edits (renderer/src/app/draft-edits):
 * whatever the editor did — typing, splitting and joining paragraphs,
 * replacing across lines, undo — the edits turn the opened text into the
 * saved one exactly, and stay where the typing was.
 */
import fc from 'fast-check';
import { history, undo } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { DraftEdit } from '../../preload/api';
import { DraftEdits } from '../../renderer/src/app/draft-edits';
import { docFromText, OffsetMap, sliceFromText, textFromDoc } from '../../renderer/src/editor/text-doc';

function applied(text: string, edits: readonly DraftEdit[]): string {
  return [...edits].reverse().reduce((t, e) => t.slice(0, e.from) + e.insert + t.slice(e.to), text);
}

/** An editor on `text`, and a function replacing a text range as the editor would (one transaction). */
function editing(text: string) {
  const opened = docFromText(text);
  let state = EditorState.create({ doc: opened, plugins: [history()] });
  const edits = new DraftEdits(opened, true);
  const run = (tr: ReturnType<EditorState['tr']['replace']>) => {
    edits.note(tr);
    state = state.apply(tr);
  };
  return {
    replace(from: number, to: number, insert: string) {
      const map = OffsetMap.ofDoc(state.doc);
      run(state.tr.replace(map.toPos(from), map.toPos(to), sliceFromText(insert)).setMeta('addToHistory', true));
    },
    undo() {
      undo(state, (tr) => run(tr));
    },
    get text() {
      return textFromDoc(state.doc);
    },
    edits: () => edits.editsTo(state.doc),
  };
}

describe('the editor’s edits since the draft was opened', () => {
  it('are the two places typed in, not everything between them', () => {
    const e = editing('one\ntwo\nthree\nfour\nfive\n');
    e.replace(3, 3, '\nhalf');
    const at = e.text.indexOf('\nfive');
    e.replace(at, at + 1, ' ');
    expect(e.edits()).toEqual([
      { from: 3, to: 3, insert: '\nhalf' },
      { from: 18, to: 19, insert: ' ' },
    ]);
  });

  it('are none after an edit is undone', () => {
    const e = editing('Londn today.');
    e.replace(4, 4, 'o');
    e.undo();
    expect(e.text).toBe('Londn today.');
    expect(applied('Londn today.', e.edits()!)).toBe('Londn today.');
  });

  it('restored work (not started from the opened text) has none to send', () => {
    const doc = docFromText('a');
    expect(new DraftEdits(doc, false).editsTo(docFromText('b'))).toBeNull();
  });

  it('always give exactly the edited text, whatever was typed, joined or split (property)', () => {
    const line = fc.stringMatching(/^[ab\n ]{0,12}$/);
    const step = fc.record({ a: fc.nat(), b: fc.nat(), insert: line, undo: fc.boolean() });
    fc.assert(
      fc.property(line, fc.array(step, { maxLength: 8 }), (start, steps) => {
        const e = editing(start);
        for (const { a, b, insert, undo: back } of steps) {
          if (back) {
            e.undo();
            continue;
          }
          const n = e.text.length + 1;
          const [from, to] = [a % n, b % n].sort((x, y) => x - y);
          e.replace(from, to, insert);
        }
        const edits = e.edits();
        expect(edits).not.toBeNull();
        expect(applied(start, edits!)).toBe(e.text);
        for (let i = 1; i < edits!.length; i++) expect(edits![i].from).toBeGreaterThanOrEqual(edits![i - 1].to);
      }),
    );
  });
});
