/**
 * The text of a document, exactly as ./text-doc's textFromDoc gives it, for
 * the callers that ask after every pause in typing (the re-check, the kept
 * review): derived from the last answer. Only the paragraphs that are not
 * the very same objects as in the last document asked about are read
 * (./text-doc's changedParagraphs, as ../app/recovery-patch finds a
 * keystroke's line); the rest of the text is the last answer's. At 300,000
 * words textFromDoc reads 8,700 paragraphs and joins 1.7 MB (3–38 ms on a
 * loaded machine);
 * after a typed character this takes 0.3–0.8 ms. The answer is the last
 * one's two ends around the new middle, which V8 copies into one string
 * only when it is first read through (the worker's patch, a slice).
 */
import type { Node } from 'prosemirror-model';
import { paragraphList } from './chunks';
import { changedParagraphs, paragraphText, textFromDoc } from './text-doc';

/** The last document asked about and its text (documents are immutable, so this never goes stale). */
let last: { readonly doc: Node; readonly text: string } | null = null;

export function docText(doc: Node): string {
  if (last?.doc === doc) return last.text;
  const text = last ? derivedText(last.doc, last.text, doc) : textFromDoc(doc);
  last = { doc, text };
  return text;
}

/**
 * Tells docText that `doc` was just made from `text` (./text-doc's
 * docFromText, exact), so the first ask after opening a draft reads
 * nothing: at 300,000 words that read was on the main thread while the
 * window opens. Ignored if the lengths disagree.
 */
export function knownText(doc: Node, text: string): void {
  const paragraphs = paragraphList(doc);
  let length = 0;
  for (let i = 0; i < paragraphs.length; i++) length += segmentLength(paragraphs, i);
  if (length === text.length) last = { doc, text };
}

/**
 * `after`'s text from `before`'s: paragraph i contributes its text, after a
 * line break unless it is the first or `joined` (its segment); the
 * paragraphs ./text-doc's changedParagraphs finds unchanged keep theirs.
 */
export function derivedText(before: Node, beforeText: string, after: Node): string {
  const { start, endBefore, endAfter } = changedParagraphs(before, after);
  if (start === endBefore && start === endAfter) return beforeText;
  const [was, is] = [paragraphList(before), paragraphList(after)];
  let from = 0;
  for (let i = 0; i < start; i++) from += segmentLength(was, i);
  let to = beforeText.length;
  for (let i = was.length - 1; i >= endBefore; i--) to -= segmentLength(was, i);
  const middle: string[] = [];
  for (let i = start; i < endAfter; i++) middle.push(separator(is, i), paragraphText(is[i]!));
  return beforeText.slice(0, from) + middle.join('') + beforeText.slice(to);
}

function separator(paragraphs: readonly Node[], index: number): string {
  return index > 0 && !paragraphs[index]!.attrs.joined ? '\n' : '';
}

/** A paragraph holds only text, so its content size is its text's length. */
function segmentLength(paragraphs: readonly Node[], index: number): number {
  return separator(paragraphs, index).length + paragraphs[index]!.content.size;
}
