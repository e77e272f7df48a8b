/**
 * Find in the draft: where a query stands in the document's text, and the
 * match the editor is on, drawn as a highlight. The browser's own find
 * could not do it: far chunks are not in the page (./near-chunks), and the
 * page's selection is hidden while the focus is in the find field. The
 * document's text has every word; the highlight is one decoration, mapped
 * through edits like the review's marks.
 */
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** A match, as offsets into the document's text (./text-doc). */
export interface TextMatch {
  readonly from: number;
  readonly to: number;
}

/**
 * Every place `query` stands in `text`, in order, case ignored (accents
 * are not: "resume" is not "résumé"); none for an empty query. Matches do
 * not overlap: "aa" in "aaa" is found once, as an editor's find steps.
 */
export function matchesIn(text: string, query: string): TextMatch[] {
  if (query === '') return [];
  const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const matches: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) matches.push({ from: m.index, to: m.index + m[0].length });
  return matches;
}

/**
 * The index of the match to go to from `offset`: going forward, the first
 * that starts at or after it; going back, the last that starts before it;
 * past either end it wraps round. -1 when there is none.
 */
export function matchFrom(matches: readonly TextMatch[], offset: number, direction: 1 | -1): number {
  if (matches.length === 0) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < offset) lo = mid + 1;
    else hi = mid;
  }
  // lo: the first match starting at or after offset.
  if (direction === 1) return lo < matches.length ? lo : 0;
  return lo > 0 ? lo - 1 : matches.length - 1;
}

const findKey = new PluginKey<DecorationSet>('find');

/** Marks the match the editor is on (document positions), or none. */
export function showFound(tr: Transaction, range: { from: number; to: number } | null): Transaction {
  return tr.setMeta(findKey, range);
}

/** The highlight of the match found; it moves with edits and goes when the find bar closes. */
export function foundHighlight(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: findKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set, _old, state: EditorState) {
        const range = tr.getMeta(findKey) as { from: number; to: number } | null | undefined;
        if (range === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        return range ? DecorationSet.create(state.doc, [Decoration.inline(range.from, range.to, { class: 'find-match' })]) : DecorationSet.empty;
      },
    },
    props: {
      decorations: (state) => findKey.getState(state),
    },
  });
}
