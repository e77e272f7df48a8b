/**
 * Renderer entry: asks main what to open and mounts the editor.
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { docFromText } from './editor/text-doc';

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  const startup = await window.galley.startup();
  const editorHost = document.createElement('main');
  editorHost.className = 'draft';
  editorHost.setAttribute('aria-label', 'Draft');
  root.append(editorHost);
  const state = EditorState.create({
    doc: docFromText(startup.draft?.text ?? ''),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  });
  new EditorView(editorHost, { state });
  document.body.dataset.ready = 'true';
}

void boot();
