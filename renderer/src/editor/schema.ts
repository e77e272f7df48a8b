/**
 * The draft's document model: plain text as a list of paragraphs, one per
 * line of the file. Nothing richer is needed for proofreading plain text, and
 * keeping it this plain makes the text ↔ document mapping exact.
 */
import { Schema } from 'prosemirror-model';

export const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
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
