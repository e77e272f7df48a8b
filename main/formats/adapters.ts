/**
 * The Word, Markdown and HTML adapters, each loaded the first time a file of
 * its container is read. Their libraries (xmldom and fflate for Word, mdast
 * for Markdown, parse5 for HTML) took ~130 ms to load at every start of the
 * `galley` CLI, even to compare two .txt files, which need none of them.
 * (PDF's pdf.js is already loaded by readPdf itself.)
 *
 * A draft is written only after it was read, so its container's adapter is
 * loaded by the time renderDraft, which is synchronous, asks for it.
 */

const LOADERS = {
  docx: async () => {
    const [pkg, read, lines, inline, write] = await Promise.all([
      import('./docx/package'), import('./docx/read'), import('./docx/line-styles'), import('./docx/inline-styles'), import('./docx/write'),
    ]);
    return {
      openDocx: pkg.openDocx,
      readDocxText: read.readDocxText,
      docxLineStyles: lines.docxLineStyles,
      docxInlineStyles: inline.docxInlineStyles,
      writeDocx: write.writeDocx,
    };
  },
  markdown: () => import('./markdown'),
  html: () => import('./html'),
};

type Adapters = { readonly [C in keyof typeof LOADERS]: Awaited<ReturnType<(typeof LOADERS)[C]>> };
export type AdapterContainer = keyof Adapters;

const loaded: { -readonly [C in AdapterContainer]?: Adapters[C] } = {};

/** The adapter of container `c`, loading it on first use. */
export async function loadAdapter<C extends AdapterContainer>(c: C): Promise<Adapters[C]> {
  return (loaded[c] ??= (await LOADERS[c]()) as Adapters[C]);
}

/** The adapter of container `c`, which a document of that container read earlier has loaded. */
export function loadedAdapter<C extends AdapterContainer>(c: C): Adapters[C] {
  const adapter = loaded[c];
  if (!adapter) throw new Error(`the ${c} adapter is used before any ${c} file was read`);
  return adapter;
}
