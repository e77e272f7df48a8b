/**
 * The app's keyboard shortcuts, built from the one command table
 * (preload/commands.ts) that the menu bar is built from too. Listening on
 * the window in the capture phase makes every shortcut work wherever focus
 * is (the draft, the panel, the card) and lets it win over the editor's own
 * bindings (Mod-Enter, for one).
 */
import { keydownHandler } from 'prosemirror-keymap';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AppCommand } from '../../../preload/api';
import { COMMANDS } from '../../../preload/commands';

/** Installs the shortcuts; returns a function that removes them. */
export function bindShortcuts(view: EditorView, run: (command: AppCommand) => void, isBlocked: () => boolean): () => void {
  const bindings: Record<string, Command> = {};
  for (const info of COMMANDS) {
    for (const key of info.keys) {
      bindings[key] = () => {
        run(info.command);
        return true;
      };
    }
  }
  const handle = keydownHandler(bindings);
  const listener = (event: KeyboardEvent): void => {
    // Keys that are part of an IME composition belong to the composition.
    if (event.isComposing || isBlocked()) return;
    if (handle(view, event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  window.addEventListener('keydown', listener, true);
  return () => window.removeEventListener('keydown', listener, true);
}
