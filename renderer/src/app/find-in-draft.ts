/**
 * Edit ▸ Find: the find bar driving the editor. A query is looked for in the
 * draft's text as it is now (after every edit and accept), from the caret;
 * the match found is selected and scrolled to, so Escape leaves the editor
 * on it and typing replaces it, as in any editor.
 */
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { matchesIn, matchFrom, showFound, type TextMatch } from '../editor/find';
import { OffsetMap, textFromDoc } from '../editor/text-doc';
import { FindBar } from '../views/find-bar';
import { revealInDraft } from '../views/reveal';

export class FindInDraft {
  readonly bar: FindBar;
  /** The matches of the bar's query in a document, kept while neither changes. */
  private found: { doc: Node; query: string; matches: TextMatch[]; offsets: OffsetMap } | null = null;
  private index = -1;

  constructor(private readonly view: EditorView) {
    this.bar = new FindBar({
      query: () => this.go(0),
      step: (direction) => this.go(direction),
      close: () => this.close(),
    });
  }

  /** Opens the bar; a selection within one paragraph becomes the query. */
  open(): void {
    const { selection, doc } = this.view.state;
    const picked = selection.empty ? '' : doc.textBetween(selection.from, selection.to, '\n');
    this.bar.open(picked !== '' && !picked.includes('\n') ? picked : undefined);
    if (this.bar.query !== '') this.go(0);
  }

  /**
   * Find Next (1) or Find Previous (-1) with the last query, showing the bar
   * again (its count, and Escape to clear the highlight) when it was closed;
   * the focus stays where it is, so typing goes on in the draft.
   */
  step(direction: 1 | -1): void {
    if (this.bar.query === '') return this.open();
    this.bar.show();
    this.go(direction);
  }

  private close(): void {
    this.bar.hide();
    this.view.dispatch(showFound(this.view.state.tr, null));
    this.view.focus();
  }

  /**
   * Selects a match: with 0 (the query changed) the first at or after the
   * selection's start, so the match under the caret grows with the query;
   * with 1 or -1 the one after or before the match shown, or, when the
   * caret has moved off it, the first after or last before the caret.
   */
  private go(direction: -1 | 0 | 1): void {
    const { state } = this.view;
    const { matches, offsets } = this.matches();
    const { selection } = state;
    const shown = matches[this.index];
    const onShown = shown !== undefined && offsets.toPos(shown.from) === selection.from && offsets.toPos(shown.to, -1) === selection.to;
    if (onShown && direction !== 0) this.index = (this.index + direction + matches.length) % matches.length;
    else this.index = matchFrom(matches, offsets.toOffset(direction === 1 ? selection.to : selection.from), direction === -1 ? -1 : 1);
    this.bar.showCount(this.index, matches.length);
    const match = matches[this.index];
    if (!match) {
      this.view.dispatch(showFound(state.tr, null));
      return;
    }
    const range = { from: offsets.toPos(match.from), to: offsets.toPos(match.to, -1) };
    this.view.dispatch(showFound(state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView(), range));
    revealInDraft(this.view, () => {
      const start = this.view.coordsAtPos(range.from);
      return new DOMRect(start.left, start.top, 1, start.bottom - start.top);
    });
  }

  private matches(): NonNullable<FindInDraft['found']> {
    const { doc } = this.view.state;
    const query = this.bar.query;
    if (this.found?.doc !== doc || this.found.query !== query) {
      this.found = { doc, query, matches: matchesIn(textFromDoc(doc), query), offsets: OffsetMap.ofDoc(doc) };
      this.index = -1;
    }
    return this.found;
  }
}
