/**
 * The Electron glue, and the only module that imports 'electron': one app
 * instance per data folder, a window per review (each with its own session,
 * recovery copies and IPC routing), the app page served from galley://app,
 * native dialogs, the menu, and the window security policy. Everything with
 * logic lives in modules the tests run without Electron; this file is run by
 * test/main/glue*.test.ts with a recording stand-in for Electron.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session as electronSession } from 'electron';
import { CHANNELS, EVENTS } from '../preload/api';
import { watchFile } from './files/watch';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { type DataStores, storesIn } from './session/data-folder';
import type { Dialogs, RecoveryEntry, RecoveryPort, SaveKind } from './session/ports';
import { ReviewSession, type SessionOptions } from './session/review-session';
import { parseStartupArgs, seedPair } from './session/startup-args';
import { APP_PAGE_URL, APP_SCHEME, appFileFor, contentTypeOf } from './window/app-protocol';
import { menuTemplate } from './window/menu-template';
import { RENDERER_JS_FLAGS } from './window/renderer-flags';
import {
  isNavigationAllowed,
  isPermissionGranted,
  windowOpenDecision,
} from './window/security-policy';

/** What a window opens with: files the user named, or the demo pair. */
type Startup = SessionOptions['startup'];

/** The built renderer: the only folder galley:// answers from. */
const RENDERER_ROOT = resolve(__dirname, '../renderer');
/** The page every window shows; in `npm run dev`, electron-vite's dev server instead. */
const APP_URL = process.env.ELECTRON_RENDERER_URL ?? APP_PAGE_URL;

const TEXT_EXTENSIONS = ['txt', 'text', 'rst', 'adoc', 'tex', 'csv'];
const DRAFT_EXTENSIONS = ['docx', 'md', 'markdown', ...TEXT_EXTENSIONS];
/** What each role can be (main/formats): a draft is written back, so it cannot be a PDF or a web page. */
const OPEN_FILTERS = {
  draft: [
    { name: 'Drafts (text, Word, Markdown)', extensions: DRAFT_EXTENSIONS },
    { name: 'Word document', extensions: ['docx'] },
    { name: 'Markdown', extensions: ['md', 'markdown'] },
    { name: 'Galley review', extensions: ['galley'] },
    { name: 'All files', extensions: ['*'] },
  ],
  reference: [
    { name: 'References (text, Word, Markdown, PDF, HTML)', extensions: [...DRAFT_EXTENSIONS, 'pdf', 'html', 'htm'] },
    { name: 'PDF', extensions: ['pdf'] },
    { name: 'Word document', extensions: ['docx'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** What each kind of save is called in its dialog, and the files it offers to save as. */
const SAVE_DIALOGS: Record<SaveKind, { title: string; filters?: Electron.FileFilter[] }> = {
  cleaned: { title: 'Save Cleaned Copy' },
  report: { title: 'Export Report', filters: [{ name: 'HTML report', extensions: ['html'] }] },
  review: { title: 'Save Review As', filters: [{ name: 'Galley review', extensions: ['galley'] }] },
};

function nativeDialogs(window: BrowserWindow): Dialogs {
  return {
    async chooseFile(role) {
      const result = await dialog.showOpenDialog(window, {
        title: role === 'draft' ? 'Open Draft' : 'Open Reference',
        properties: ['openFile'],
        filters: OPEN_FILTERS[role],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedPath, what = 'cleaned') {
      const { title, ...filters } = SAVE_DIALOGS[what];
      const result = await dialog.showSaveDialog(window, { title, defaultPath: suggestedPath, ...filters });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async askUnsaved(name) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: `Save the cleaned copy of ${name} before closing?`,
        detail: 'Your accepted suggestions and edits are lost if you don’t save them.',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return (['save', 'discard', 'cancel'] as const)[response];
    },
    async askChangedOnDisk(name) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: `${name} changed on disk since Galley last saved it.`,
        detail: 'Overwrite it with your cleaned copy, or save somewhere else?',
        buttons: ['Overwrite', 'Save Elsewhere…', 'Cancel'],
        defaultId: 1,
        cancelId: 2,
      });
      return (['overwrite', 'save-as', 'cancel'] as const)[response];
    },
    async askSaveAsUtf8(name, reason) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: `The cleaned copy cannot be saved in ${name}’s encoding: ${reason}.`,
        detail: 'Save it as UTF-8, which holds every character? (File › Save with Encoding chooses another.)',
        buttons: ['Save as UTF-8', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
      });
      return response === 0 ? 'utf-8' : 'cancel';
    },
  };
}

/**
 * The recovery store as one window's session sees it. The store never
 * offers a copy an open window has claimed (its own or another's); this
 * wrapper remembers which copies this window keeps (for the crash dialog).
 */
class WindowRecovery implements RecoveryPort {
  /** Ids of the copies this window's session keeps. */
  readonly kept = new Set<string>();

  constructor(private readonly store: RecoveryPort) {}

  pending(): Promise<Array<{ id: string; entry: RecoveryEntry }>> {
    return this.store.pending();
  }

  keep(id: string, entry: RecoveryEntry): Promise<void> {
    this.kept.add(id);
    return this.store.keep(id, entry);
  }

  load(id: string): Promise<RecoveryEntry | null> {
    return this.store.load(id);
  }

  claim(id: string): boolean {
    return this.store.claim(id);
  }

  release(id: string): void {
    this.store.release(id);
  }

  discard(id: string): Promise<void> {
    this.kept.delete(id);
    return this.store.discard(id);
  }
}

/** One open review window and what belongs to it. */
interface ReviewWindow {
  window: BrowserWindow;
  session: ReviewSession;
  /** Its IPC door: checks each call's sender and arguments, then runs the session's handler. */
  dispatch: Dispatch;
  recovery: WindowRecovery;
  /** What it opened with, for reopening it after a crash. */
  startup: Startup;
  /** Its page's process is gone: it can neither save nor answer a prompt. */
  crashed: boolean;
}

const reviewWindows = new Set<ReviewWindow>();
let stores: DataStores | null = null;
/** The user asked to quit: once every window has closed (after its prompt), the app quits. */
let quitting = false;

function reviewWindowOf(contents: unknown): ReviewWindow | null {
  for (const entry of reviewWindows) if (entry.window.webContents === contents) return entry;
  return null;
}

/** The arguments the user typed, after the executable (and, unpackaged, the app path). */
function userArgs(argv: readonly string[]): string[] {
  return argv.slice(app.isPackaged ? 1 : 2);
}

/** Where relative paths on the command line start: `npm run app -- FILE` runs in the project folder; INIT_CWD is where the user typed it. */
function launchDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

function startupFrom(args: readonly string[], cwd: string): Startup {
  const named = parseStartupArgs(args, cwd);
  if (named.draft || named.reference) return { ...named, demo: false };
  return { ...seedPair(app.getAppPath()), demo: true };
}

/** What a second launch sends the running instance (requestSingleInstanceLock's additionalData). */
interface Launch {
  cwd: string;
  args: string[];
}

function launchOf(data: unknown): Launch | null {
  if (typeof data !== 'object' || data === null) return null;
  const { cwd, args } = data as Record<string, unknown>;
  if (typeof cwd !== 'string' || !Array.isArray(args) || !args.every((arg) => typeof arg === 'string')) return null;
  return { cwd, args };
}

/** Opens a review window on `startup`, restoring the recovery copy `restore` into it (a crashed window's Reopen). */
function createWindow(startup: Startup, restore: string | null = null): ReviewWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    title: 'Galley',
    show: false,
    // Spelled out here, not spread from a constant, so the security scanner
    // (npm run audit:security) reads exactly what Electron gets.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  const { recovery: recoveryStore, settings, reviews, rejections } = stores!;
  const recovery = new WindowRecovery(recoveryStore);
  const session = new ReviewSession({
    dialogs: nativeDialogs(window),
    window: {
      setTitle: (title) => !window.isDestroyed() && window.setTitle(title),
      send: (channel, value) => !window.isDestroyed() && window.webContents.send(channel, value),
      close: () => !window.isDestroyed() && window.close(),
    },
    recovery,
    settings,
    reviews,
    rejections,
    watch: watchFile,
    startup,
    restore,
  });
  const dispatch = createDispatcher(createHandlers(session), APP_URL);
  const entry: ReviewWindow = { window, session, dispatch, recovery, startup, crashed: false };
  reviewWindows.add(entry);

  let mayClose = false;
  window.on('close', (event) => {
    // A crashed page can neither save nor answer: the window goes, its recovery copy stays.
    if (mayClose || entry.crashed) return;
    event.preventDefault();
    void session.requestClose().then((ok) => {
      if (!ok) {
        quitting = false;
        return;
      }
      mayClose = true;
      window.close();
    });
  });
  window.on('closed', () => {
    reviewWindows.delete(entry);
    void session.dispose();
    if (quitting && reviewWindows.size === 0) app.quit();
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || entry.crashed) return;
    entry.crashed = true;
    void offerReopen(entry, details.reason);
  });

  // The title is main's (file name and unsaved marker), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, APP_URL)) event.preventDefault();
  });
  void window.loadURL(APP_URL);
  return entry;
}

/**
 * The page of `entry` crashed or was killed: say so, keep its recovery copy,
 * and offer a new window with that work restored (VS Code's "Reopen").
 */
async function offerReopen(entry: ReviewWindow, reason: string): Promise<void> {
  const copy = [...entry.recovery.kept][0] ?? null;
  const { response } = await dialog.showMessageBox(entry.window, {
    type: 'error',
    message: 'This Galley window stopped working.',
    detail: `${copy ? 'Your unsaved work is kept in a recovery copy: Reopen opens the window again with it restored.' : 'Galley had no unsaved work of this window to keep.'} (Its page ended: ${reason}.)`,
    buttons: ['Reopen', 'Close'],
    defaultId: 0,
    cancelId: 1,
  });
  // Out of the open windows first, and its copy released, so the replacement can take the copy.
  reviewWindows.delete(entry);
  entry.session.abandon();
  if (response === 0) createWindow(entry.startup, copy);
  if (!entry.window.isDestroyed()) entry.window.destroy();
}

/** A later launch with no file named: bring a window forward (or open the demo if none is left). */
function showSomeWindow(): void {
  const entry = [...reviewWindows].at(-1);
  if (!entry) {
    createWindow(startupFrom([], launchDirectory()));
    return;
  }
  if (entry.window.isMinimized()) entry.window.restore();
  entry.window.focus();
}

/** Every IPC call goes to the session of the window it came from, and only from that window's app page. */
function registerIpc(): void {
  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, (event, ...args) => {
      const entry = reviewWindowOf(event.sender);
      if (!entry) throw new Error('Refused: unknown sender');
      const frame = event.senderFrame;
      return entry.dispatch(frame && { url: frame.url, isMainFrame: frame === entry.window.webContents.mainFrame }, channel, args);
    });
  }
}

/** One menu bar for the app; a command goes to the focused review window. */
function setMenu(): void {
  const isDev = Boolean(process.env.ELECTRON_RENDERER_URL);
  const menu = Menu.buildFromTemplate(
    menuTemplate({ isMac: process.platform === 'darwin', isDev }).map((top) => ({
      label: top.label,
      submenu: top.submenu.map((item) =>
        item.command
          ? {
              label: item.label,
              accelerator: item.accelerator,
              // The renderer's keymap owns the keys; registering them here too would run commands twice.
              registerAccelerator: false,
              click: (_item: unknown, focused: { id: number } | undefined) => {
                const entry = [...reviewWindows].find(({ window }) => window.id === focused?.id);
                if (entry && !entry.crashed) entry.window.webContents.send(EVENTS.command, item.command);
              },
            }
          : item,
      ),
    })),
  );
  Menu.setApplicationMenu(menu);
}

/** Answers galley://app/… from the built renderer folder, and nothing else. */
function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, RENDERER_ROOT);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(new Uint8Array(await readFile(file)), { headers: { 'content-type': contentTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

// Standard (relative URLs, an origin of its own) and secure (like https: no mixed-content downgrade);
// Electron accepts this only before ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Read by every renderer Chromium starts from now on, so set before the first window.
app.commandLine.appendSwitch('js-flags', RENDERER_JS_FLAGS);

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(windowOpenDecision);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
});

// One instance per data folder: a second launch hands its files to this one and exits.
if (!app.requestSingleInstanceLock({ cwd: launchDirectory(), args: userArgs(process.argv) } satisfies Launch)) {
  app.quit();
} else {
  let ready = false;
  /** Files macOS asked to open (Finder, the Dock) before the app was ready. */
  const filesBeforeReady: string[] = [];

  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (ready) createWindow({ draft: path, reference: null, demo: false });
    else filesBeforeReady.push(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const launch = launchOf(additionalData) ?? { cwd: workingDirectory, args: userArgs(argv) };
    const named = parseStartupArgs(launch.args, launch.cwd);
    if (named.draft || named.reference) createWindow({ ...named, demo: false });
    else showSomeWindow();
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  void app.whenReady().then(() => {
    ready = true;
    electronSession.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    electronSession.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
    serveApp();
    stores = storesIn(app.getPath('userData'));
    registerIpc();
    setMenu();
    const startup = startupFrom(userArgs(process.argv), launchDirectory());
    if (startup.demo && filesBeforeReady.length > 0) {
      for (const path of filesBeforeReady) createWindow({ draft: path, reference: null, demo: false });
    } else {
      createWindow(startup);
    }
    app.on('activate', () => {
      if (reviewWindows.size === 0) createWindow(startupFrom([], launchDirectory()));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
