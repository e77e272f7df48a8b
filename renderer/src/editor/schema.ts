/**
 * The draft's document model: plain text as a list of paragraphs, one per
 * line of the file. Nothing richer is needed for proofreading plain text, and
 * keeping it this plain makes the text ↔ document mapping exact.
 *
 * The review's decisions live on the doc node itself (`accepted` and
 * `rejected`: decision keys, see ./decision-key), changed through
 * `tr.setDocAttribute`. That makes every decision a real document step, so
 * prosemirror-history undoes a reject exactly as it undoes typing.
 */
import { Schema } from 'prosemirror-model';

export const schema = new Schema({
  nodes: {
    doc: {
      content: 'paragraph+',
      attrs: {
        accepted: { default: [] as readonly string[] },
        rejected: { default: [] as readonly string[] },
      },
    },
    paragraph: {
      content: 'text*',
      // Whitespace is content in a draft: runs of spaces and tabs are kept as typed.
      whitespace: 'pre',
      toDOM: () => ['p', 0],
      parseDOM: [{ tag: 'p', preserveWhitespace: 'full' }],
    },
    text: {},
  },
});

/** The decisions recorded on a document. */
export interface Decisions {
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
}
