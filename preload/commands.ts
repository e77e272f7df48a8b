/**
 * Every app command with its menu, label and shortcut: the single table the
 * renderer's keymap, the main process's menu bar and the README's shortcut
 * sheet are all read from. Like ./api, it is part of the contract between
 * main and renderer, which is why it lives here and in neither of them.
 * Keys use ProseMirror's keymap syntax (`Mod` is Cmd on macOS and Ctrl
 * elsewhere).
 *
 * Review keys follow one pattern: Alt+Enter accepts, Alt+Shift+Enter
 * rejects (plain Enter stays a paragraph break), and Mod+Enter or
 * Mod+Shift+Enter also move on to the next suggestion, so a whole review can
 * be done from one hand position.
 */
import type { AppCommand } from './api';

export type MenuName = 'File' | 'Edit' | 'Review' | 'View';

export interface CommandInfo {
  readonly command: AppCommand;
  readonly menu: MenuName;
  readonly label: string;
  /** Key bindings, first one shown in menus; none for commands that should never be a stray keystroke. */
  readonly keys: readonly string[];
  /** A button in the window that runs the command too: its accessible name and where it is. */
  readonly button?: { readonly name: string; readonly in: ButtonPlace };
}

/** Where a command's button lives; each is a landmark or region a test can find by its name. */
export type ButtonPlace = 'toolbar' | 'panel' | 'card';

/** What the README's shortcut sheet says for a command without keys: the menu, and its button if it has one. */
export function withoutKeys(info: CommandInfo): string {
  if (!info.button) return 'menu only';
  return `menu, or “${info.button.name}” in the ${info.button.in}`;
}

export const COMMANDS: readonly CommandInfo[] = [
  { command: 'open-draft', menu: 'File', label: 'Open Draft…', keys: ['Mod-o'] },
  { command: 'open-reference', menu: 'File', label: 'Open Reference…', keys: ['Mod-Shift-o'] },
  { command: 'save', menu: 'File', label: 'Save Cleaned Copy', keys: ['Mod-s'] },
  { command: 'save-as', menu: 'File', label: 'Save Cleaned Copy As…', keys: ['Mod-Shift-s'] },
  { command: 'save-tracked', menu: 'File', label: 'Save with Tracked Changes…', keys: [] },
  { command: 'reopen-with-encoding', menu: 'File', label: 'Reopen with Encoding…', keys: [] },
  { command: 'save-with-encoding', menu: 'File', label: 'Save with Encoding…', keys: [] },
  { command: 'save-review', menu: 'File', label: 'Save Review As…', keys: [] },
  { command: 'export-report', menu: 'File', label: 'Export Report…', keys: [] },
  { command: 'undo', menu: 'Edit', label: 'Undo', keys: ['Mod-z'] },
  { command: 'redo', menu: 'Edit', label: 'Redo', keys: ['Mod-Shift-z', 'Mod-y'] },
  { command: 'find', menu: 'Edit', label: 'Find…', keys: ['Mod-f'] },
  { command: 'find-next', menu: 'Edit', label: 'Find Next', keys: ['Mod-g', 'F3'] },
  { command: 'find-previous', menu: 'Edit', label: 'Find Previous', keys: ['Mod-Shift-g', 'Shift-F3'] },
  { command: 'next', menu: 'Review', label: 'Next Suggestion', keys: ['Alt-ArrowDown'] },
  { command: 'previous', menu: 'Review', label: 'Previous Suggestion', keys: ['Alt-ArrowUp'] },
  { command: 'accept', menu: 'Review', label: 'Accept', keys: ['Alt-Enter'] },
  { command: 'reject', menu: 'Review', label: 'Reject', keys: ['Alt-Shift-Enter'] },
  { command: 'accept-next', menu: 'Review', label: 'Accept and Move to Next', keys: ['Mod-Enter'] },
  { command: 'reject-next', menu: 'Review', label: 'Reject and Move to Next', keys: ['Mod-Shift-Enter'] },
  { command: 'accept-all', menu: 'Review', label: 'Accept All Shown', keys: [], button: { name: 'Accept all', in: 'panel' } },
  { command: 'reject-all', menu: 'Review', label: 'Reject All Shown', keys: [], button: { name: 'Reject all', in: 'panel' } },
  { command: 'ignore-change', menu: 'Review', label: 'Always Ignore This Change', keys: [], button: { name: 'Always ignore this change', in: 'card' } },
  { command: 'toggle-panel', menu: 'View', label: 'Show or Hide Suggestions Panel', keys: ['Mod-\\'] },
  { command: 'ignore-settings', menu: 'View', label: 'Ignore Settings…', keys: [] },
];

/** A ProseMirror key name as an Electron accelerator: `Mod-Shift-o` → `CmdOrCtrl+Shift+O`. */
export function toAccelerator(key: string): string {
  return key
    .split('-')
    .map((part) => {
      if (part === 'Mod') return 'CmdOrCtrl';
      if (part === 'ArrowDown') return 'Down';
      if (part === 'ArrowUp') return 'Up';
      if (part === 'Enter') return 'Return';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}
