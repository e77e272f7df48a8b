/**
 * HTML references: the text a browser shows in the page body, one block
 * element per line, read with parse5 — the WHATWG parsing algorithm, so tag
 * soup, implied end tags and entities come out as a browser would have them.
 *
 * Whitespace collapses as CSS's `white-space: normal` does, except inside
 * <pre>, whose indentation is kept. Soft hyphens (`&shy;`) are dropped: a
 * browser shows the word whole unless it breaks it at a line end. Left out: <head>, scripts, styles, templates, <noscript> (scripting
 * is on in the browsers that would show the page), and anything marked
 * `hidden`.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'iframe', 'object', 'svg', 'math', 'select', 'option']);

export function readHtml(source: string): string {
  const lines: string[] = [];
  let line = '';
  /** Ends the line; a <pre>'s keeps the indent of its first line, which the browser shows. */
  const flush = (pre = false) => {
    const trimmed = pre
      ? line.replace(/^(?:[ \t\f]*\r?\n)+/, '').replace(/[ \t\n\r\f]+$/, '')
      : line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
    if (pre && trimmed.trim() === '') {
      line = '';
      return;
    }
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };

  const walk = (node: ParentNode, pre: boolean) => {
    for (const child of node.childNodes as ChildNode[]) {
      if (child.nodeName === '#text') {
        // A soft hyphen only shows where the browser breaks the word at a line end: the word is read whole.
        const value = (child as DefaultTreeAdapterMap['textNode']).value.replace(/\u00AD/g, '');
        line += pre ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
        if (!pre) line = line.replace(/ {2,}/g, ' ');
        continue;
      }
      if (!('tagName' in child)) continue;
      const element = child as DefaultTreeAdapterMap['element'];
      if (UNSEEN.has(element.tagName) || element.attrs.some((a) => a.name === 'hidden')) continue;
      if (element.tagName === 'br') {
        if (pre) line += '\n';
        else flushLine();
        continue;
      }
      const block = BLOCKS.has(element.tagName);
      const inPre = pre || element.tagName === 'pre';
      if (block) flush(pre);
      walk(element, inPre);
      if (block) flush(inPre);
    }
  };
  /** A <br> ends a line of the block without ending the block's whitespace rules. */
  const flushLine = () => {
    line = line.replace(/ $/, '');
    flush();
  };

  const doc = parse(source);
  const html = doc.childNodes.find((n) => n.nodeName === 'html') as ParentNode | undefined;
  const body = html?.childNodes.find((n) => n.nodeName === 'body') as ParentNode | undefined;
  if (body) walk(body, false);
  flush();
  return lines.join('\n');
}
