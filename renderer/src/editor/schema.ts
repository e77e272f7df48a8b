/**
 * The draft's document model: plain text as a list of paragraphs, one per
 * line of the file, held in chunks. Nothing richer is needed for proofreading plain text, and
 * keeping it this plain makes the text ↔ document mapping exact. A Word or
 * Markdown draft's headings and list items are paragraphs with a `style`
 * attribute, and its bold and italic words carry marks; both only change
 * how the text looks.
 *
 * A very long line is shown as several paragraphs, each `joined` to the
 * one before it (no line break between them in the text; ./text-doc and
 * ./line-pieces): the browser lays out and ProseMirror redraws one block
 * at a time, so a keystroke in a 200,000-word line costs one piece.
 *
 * The paragraphs are held in `chunk`s of a bounded size (./chunks): a
 * chunk is a run of consecutive paragraphs and means nothing for the text.
 * The text, offsets, saved bytes, recovery copies and the review all see
 * through them (./text-doc); only the view uses them, drawing a chunk far
 * from the viewport as one opaque element (./near-chunks). Where chunks
 * start depends on how the draft was opened and edited, never on its text:
 * code addresses paragraphs through ./chunks and ./text-doc, never by
 * `doc.child(i)`. A chunk is never empty.
 *
 * The review's decisions live on the doc node itself (`accepted` and
 * `rejected`: decision keys, see ./decision-key), changed through
 * `tr.setDocAttribute`. That makes every decision a real document step, so
 * prosemirror-history undoes a reject exactly as it undoes typing.
 */
import { type Node, Schema } from 'prosemirror-model';
import type { BlockStyle } from '../../../preload/api';

export const schema = new Schema({
  nodes: {
    doc: {
      content: 'chunk+',
      attrs: {
        accepted: { default: [] as readonly string[] },
        rejected: { default: [] as readonly string[] },
      },
    },
    chunk: {
      content: 'paragraph+',
      // Never selected as a node (a click, Escape): typing would replace a whole chunk of text the editor never chose.
      selectable: false,
      // Drawn by ./near-chunks; this is how a view without that plugin (and the clipboard) draws it.
      toDOM: () => ['div', { class: 'chunk' }, 0],
    },
    paragraph: {
      content: 'text*',
      attrs: {
        // A Word or Markdown draft's line shown as a heading or list item (../../../preload/api BlockStyle); null for plain text.
        style: { default: null as BlockStyle | null },
        // Continues the line of the paragraph before it (see above).
        joined: { default: false },
      },
      // Whitespace is content in a draft: runs of spaces and tabs are kept as typed.
      whitespace: 'pre',
      toDOM: (node) => ['p', paragraphDOMAttrs(node.attrs.style as BlockStyle | null, node.attrs.joined as boolean), 0],
      parseDOM: [{ tag: 'p', preserveWhitespace: 'full', getAttrs: (dom) => ({ joined: (dom as HTMLElement).classList.contains('line-piece') }) }],
    },
    text: {},
  },
  marks: {
    // A Word or Markdown draft's bold and italic words, shown as the draft has them. Nothing parses
    // them from pasted HTML: what is typed or pasted is the draft's plain text.
    strong: { toDOM: () => ['strong', 0] },
    em: { toDOM: () => ['em', 0] },
  },
});

/** The decisions recorded on a document. */
export interface Decisions {
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
}

/** Whether `a` and `b` record the same decisions: they are replaced, never changed in place, so identity tells. */
export function sameDecisions(a: Node, b: Node): boolean {
  return a.attrs.accepted === b.attrs.accepted && a.attrs.rejected === b.attrs.rejected;
}

/**
 * A styled line stays a `p` (the text is still one paragraph per line): a
 * class for its look, and a heading's role and level for screen readers.
 */
function paragraphDOMAttrs(style: BlockStyle | null, joined: boolean): Record<string, string> {
  const attrs: Record<string, string> =
    style === null ? {} : style === 'item' ? { class: 'line-item' } : { class: `line-heading line-${style}`, role: 'heading', 'aria-level': style.slice(1) };
  // A later piece of a long line (see above).
  if (joined) attrs.class = attrs.class ? `${attrs.class} line-piece` : 'line-piece';
  return attrs;
}
