/**
 * The glue checks fail when the glue is broken. Each mutation below breaks
 * the built main process the way a slip in main/index.ts (or a module it
 * wires) would, and the check named for it must then fail. A mutation whose
 * text no longer occurs in the bundle fails too, so this list is kept in step
 * with the code rather than silently testing nothing.
 */
import { describe, expect, it } from 'vitest';
import { GLUE_CHECKS } from './glue-checks';
import { mainBundle } from './glue-load';

interface Mutation {
  /** What a careless edit would do. */
  breaks: string;
  /** Text of the built main process, and what it becomes. */
  from: string;
  to: string;
  /** The check (a prefix of its name) that must catch it. */
  caughtBy: string;
}

const WINDOW = 'the window is secure';
const IPC = 'every channel has exactly one handler';
const STARTUP = 'the command-line files';
const MENU = 'every menu item';
const POLICY = 'navigation, new windows';
const CLOSE = 'closing with unsaved work asks';
const QUIT = 'quitting with unsaved work';
const PLATFORMS = 'on macOS the app outlives';
const TITLE = 'main sets its own title';
const INSTANCE = 'one instance';
const OPEN_FILE = 'macOS open-file';
const CRASH = 'a crashed page';
const SAVE = 'saving asks for the path natively';
const FLAGS = 'the renderer gets its V8 flags';

const MUTATIONS: Mutation[] = [
  { breaks: 'misspelled will-navigate', from: '"will-navigate"', to: '"will-navigation"', caughtBy: POLICY },
  { breaks: 'contextIsolation off', from: 'contextIsolation: true', to: 'contextIsolation: false', caughtBy: WINDOW },
  { breaks: 'sandbox off', from: 'sandbox: true', to: 'sandbox: false', caughtBy: WINDOW },
  { breaks: 'webview tag on', from: 'webviewTag: false', to: 'webviewTag: true', caughtBy: WINDOW },
  { breaks: 'web security off', from: 'webSecurity: true', to: 'webSecurity: false', caughtBy: WINDOW },
  { breaks: 'preload path wrong', from: '"../preload/index.js"', to: '"../preload/index.mjs"', caughtBy: WINDOW },
  { breaks: 'window shown before its page is ready', from: 'show: false', to: 'show: true', caughtBy: WINDOW },
  { breaks: 'misspelled ready-to-show', from: '"ready-to-show"', to: '"ready-to-shown"', caughtBy: WINDOW },
  {
    breaks: 'subframes trusted',
    from: 'isTrustedSender(caller.url, appUrl, caller.isMainFrame)',
    to: 'isTrustedSender(caller.url, appUrl, true)',
    caughtBy: IPC,
  },
  {
    breaks: 'a handler removed from the table',
    from: '[CHANNELS.discardRecovery]: async',
    to: '["galley:discard-recovery-old"]: async',
    caughtBy: IPC,
  },
  { breaks: 'a channel not registered', from: 'for (const channel of Object.values(CHANNELS)) electron.ipcMain.handle(', to: 'for (const channel of Object.values(CHANNELS).slice(1)) electron.ipcMain.handle(', caughtBy: IPC },
  { breaks: 'recovery copies in another folder', from: '(dataDir, "recovery")', to: '(dataDir, "recovery-copies")', caughtBy: STARTUP },
  { breaks: 'argv read from the wrong offset', from: 'isPackaged ? 1 : 2', to: 'isPackaged ? 1 : 1', caughtBy: STARTUP },
  { breaks: 'menu sends the label, not the command', from: 'send(EVENTS.command, item.command)', to: 'send(EVENTS.command, item.label)', caughtBy: MENU },
  { breaks: 'menu accelerators dropped', from: 'accelerator: item.accelerator,', to: 'accelerator: void 0,', caughtBy: MENU },
  { breaks: 'menu registers its accelerators too', from: 'registerAccelerator: false', to: 'registerAccelerator: true', caughtBy: MENU },
  { breaks: 'no application menu', from: 'electron.Menu.setApplicationMenu(menu);', to: '', caughtBy: MENU },
  { breaks: 'new windows allowed', from: 'contents.setWindowOpenHandler(windowOpenDecision);', to: '', caughtBy: POLICY },
  {
    breaks: 'webviews allowed',
    from: 'contents.on("will-attach-webview", (event) => event.preventDefault());',
    to: '',
    caughtBy: POLICY,
  },
  { breaks: 'permissions granted', from: 'callback(isPermissionGranted(permission))', to: 'callback(true)', caughtBy: POLICY },
  { breaks: 'navigation allowed', from: 'if (!isNavigationAllowed(url, APP_URL)) event.preventDefault();', to: '', caughtBy: POLICY },
  { breaks: 'closing does not ask', from: 'if (mayClose || entry.crashed) return;\n\t\tevent.preventDefault();', to: 'if (mayClose || entry.crashed) return;', caughtBy: CLOSE },
  { breaks: 'a closed window still answered', from: 'reviewWindows.delete(entry);\n\t\tsession.dispose();', to: 'session.dispose();', caughtBy: CLOSE },
  { breaks: 'the page served from file:// again', from: 'window.loadURL(APP_URL)', to: 'window.loadFile((0, node_path.resolve)(__dirname, "../renderer/index.html"))', caughtBy: WINDOW },
  { breaks: 'galley:// not secure', from: 'standard: true,\n\t\tsecure: true', to: 'standard: true,\n\t\tsecure: false', caughtBy: WINDOW },
  { breaks: 'galley:// served from the whole app folder', from: 'RENDERER_ROOT = (0, node_path.resolve)(__dirname, "../renderer")', to: 'RENDERER_ROOT = (0, node_path.resolve)(__dirname, "..")', caughtBy: WINDOW },
  { breaks: 'no single-instance lock', from: 'electron.app.requestSingleInstanceLock(', to: '(() => true)(', caughtBy: INSTANCE },
  { breaks: 'misspelled second-instance', from: '"second-instance"', to: '"second-instances"', caughtBy: INSTANCE },
  { breaks: 'the second launch’s folder and arguments ignored', from: 'launchOf(additionalData) ??', to: 'null ??', caughtBy: INSTANCE },
  { breaks: 'a live window’s recovery copy offered to another', from: 'isRecoveryId(id) && !live.has(id)', to: 'isRecoveryId(id)', caughtBy: INSTANCE },
  { breaks: 'no native UTF-8 offer', from: "return response === 0 ? \"utf-8\" : \"cancel\";", to: 'return "cancel";', caughtBy: SAVE },
  { breaks: 'misspelled open-file', from: '"open-file"', to: '"opened-file"', caughtBy: OPEN_FILE },
  { breaks: 'misspelled render-process-gone', from: '"render-process-gone"', to: '"render-process-crashed"', caughtBy: CRASH },
  { breaks: 'a crashed window asks to save into its dead page', from: 'if (mayClose || entry.crashed) return;', to: 'if (mayClose) return;', caughtBy: CRASH },
  { breaks: 'Reopen does not restore the crashed copy', from: 'createWindow(entry.startup, copy)', to: 'createWindow(entry.startup, null)', caughtBy: CRASH },
  { breaks: 'quitting on macOS stops after the prompt', from: 'if (quitting && reviewWindows.size === 0) electron.app.quit();', to: '', caughtBy: QUIT },
  { breaks: 'misspelled window-all-closed', from: '"window-all-closed"', to: '"windows-all-closed"', caughtBy: PLATFORMS },
  { breaks: 'misspelled activate', from: 'electron.app.on("activate"', to: 'electron.app.on("activated"', caughtBy: PLATFORMS },
  { breaks: 'quits on macOS too', from: 'process.platform !== "darwin"', to: 'process.platform !== "darwin-x"', caughtBy: PLATFORMS },
  { breaks: 'the page sets the title', from: 'window.on("page-title-updated", (event) => event.preventDefault());', to: '', caughtBy: TITLE },
  { breaks: 'the renderer started without its V8 flags', from: 'electron.app.commandLine.appendSwitch("js-flags", RENDERER_JS_FLAGS);', to: '', caughtBy: FLAGS },
  { breaks: 'a clean close keeps the recovery copy', from: 'if (!this.edited) await this.options.recovery.discard(this.recoveryId);', to: '', caughtBy: QUIT },
];

describe('the glue checks catch a broken glue', () => {
  const source = mainBundle();
  for (const mutation of MUTATIONS) {
    it(mutation.breaks, async () => {
      const occurrences = source.split(mutation.from).length - 1;
      expect(occurrences, `"${mutation.from}" occurs once in out/main/index.js`).toBe(1);
      const check = GLUE_CHECKS.find((candidate) => candidate.name.startsWith(mutation.caughtBy));
      expect(check, mutation.caughtBy).toBeDefined();
      // The check passes on the real bundle (glue.test.ts) and must fail on the broken one.
      await expect(check!.run(source.replace(mutation.from, mutation.to))).rejects.toThrow();
    });
  }
});
