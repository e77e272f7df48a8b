/**
 * The end-to-end harness: the built app in real Chromium, with the real
 * preload bundle and the real main-process session behind it. Only Electron
 * itself is stood in for: `contextBridge` defines a frozen window property,
 * `ipcRenderer.invoke` reaches main's guarded dispatcher through a page
 * binding, and the native dialogs answer with paths the test chose.
 *
 * `openApp`'s signature is a contract other test suites import: keep it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EVENTS, type AppCommand } from '../../preload/api';
import { watchFile } from '../../main/files/watch';
import { createDispatcher } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/ipc/handlers';
import { FileRecoveryStore } from '../../main/recovery';
import { FileSettingsStore } from '../../main/settings/settings-store';
import type { Dialogs } from '../../main/session/ports';
import { ReviewSession } from '../../main/session/review-session';
import { seedPair } from '../../main/session/startup-args';
import { isNavigationAllowed, windowOpenDecision } from '../../main/window/security-policy';
import { CHROMIUM_ARGS, INSTALL_HINT, findChromium } from './chromium';

const ROOT = resolve(__dirname, '../..');
const RENDERER = join(ROOT, 'out/renderer');
const PRELOAD = join(ROOT, 'out/preload/index.js');
const APP_ORIGIN = 'http://app.test';
const APP_URL = `${APP_ORIGIN}/index.html`;
export const SCREENSHOTS = join(ROOT, 'test/screenshots');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface AppOptions {
  draft?: string;
  reference?: string;
  saveAs?: string;
}

/** The answers the stand-in native dialogs give; tests may change them at any time. */
export interface DialogAnswers {
  draft: string | null;
  reference: string | null;
  saveAs: string | null;
  unsaved: 'save' | 'discard' | 'cancel';
  changedOnDisk: 'overwrite' | 'save-as' | 'cancel';
  /** Every dialog shown, in order, e.g. "save:/tmp/x.cleaned.txt". */
  shown: string[];
}

export interface App {
  page: Page;
  close(): Promise<void>;
  /** The main-process side, for tests that look behind the window. */
  main: {
    dialogs: DialogAnswers;
    /** The window title main last set. */
    title(): string;
    /** True once main closed the window. */
    closed(): boolean;
    /** The window's close button: resolves true when the window may close now. */
    requestClose(): Promise<boolean>;
    /** Sends a menu command, as clicking the menu item does. */
    command(command: AppCommand): Promise<void>;
    /** Drops files on the element matched by `selector`, as a drag from the file manager does. */
    drop(paths: string[], selector: string): Promise<void>;
    /** Navigations and windows the security policy refused. */
    refused: string[];
    /** The app's data folder (recovery copies, settings). */
    dataDir: string;
    /** Kills the window the way a crash would: no clean close, the data folder left as it is. */
    crash(): Promise<void>;
  };
}

export async function openApp(options: { draft?: string; reference?: string; saveAs?: string } = {}): Promise<App> {
  return openAppWith(options);
}

/**
 * `openApp` with the app's data folder chosen by the caller, so a second
 * window can find what a first one left there (recovery after a crash).
 * A caller-chosen folder is the caller's to remove.
 */
export async function openAppWith(options: AppOptions & { dataDir?: string }): Promise<App> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  let preload: string;
  try {
    preload = readFileSync(PRELOAD, 'utf8');
  } catch {
    throw new Error(`The app is not built (${PRELOAD} is missing): run \`npm run build\` first.`);
  }

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'galley-app-'));
  const dialogs: DialogAnswers = {
    draft: options.draft ?? null,
    reference: options.reference ?? null,
    saveAs: options.saveAs ?? null,
    unsaved: 'cancel',
    changedOnDisk: 'cancel',
    shown: [],
  };
  const standInDialogs: Dialogs = {
    chooseFile: async (role) => {
      dialogs.shown.push(`open-${role}`);
      return dialogs[role];
    },
    chooseSavePath: async (suggested) => {
      dialogs.shown.push(`save:${suggested}`);
      return dialogs.saveAs;
    },
    askUnsaved: async (name) => {
      dialogs.shown.push(`unsaved:${name}`);
      return dialogs.unsaved;
    },
    askChangedOnDisk: async (name) => {
      dialogs.shown.push(`changed:${name}`);
      return dialogs.changedOnDisk;
    },
  };

  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const refused: string[] = [];
  let title = '';
  let closed = false;

  /** What main's webContents.send does: an event to the preload's listeners. */
  const emit = (channel: string, value: unknown) =>
    page.evaluate(([c, v]) => (globalThis as any).__galleyIpcEmit(c, v), [channel, value] as const);

  const named = options.draft || options.reference;
  const session = new ReviewSession({
    dialogs: standInDialogs,
    window: {
      setTitle: (value) => {
        title = value;
      },
      send: (channel, value) => {
        void emit(channel, value).catch(() => {});
      },
      close: () => {
        closed = true;
      },
    },
    recovery: new FileRecoveryStore(join(dataDir, 'recovery')),
    settings: new FileSettingsStore(join(dataDir, 'settings.json')),
    watch: watchFile,
    startup: named
      ? { draft: options.draft ?? null, reference: options.reference ?? null, demo: false }
      : { ...seedPair(ROOT), demo: true },
  });
  const dispatch = createDispatcher(createHandlers(session), APP_URL);

  // The one door from page to main: main's own dispatcher, as behind ipcMain.
  await page.exposeBinding('__galleyInvoke', async (source, channel: unknown, args: unknown) => {
    const caller = source.page === page ? { url: source.frame.url(), isMainFrame: source.frame === page.mainFrame() } : null;
    return dispatch(caller, channel, args);
  });
  await page.addInitScript({ content: preloadShim(preload) });

  await page.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !isNavigationAllowed(url.href, APP_URL)) {
      refused.push(`navigate:${url.href}`);
      // A 204 answer leaves the page where it is, as will-navigate's preventDefault does in Electron.
      return route.fulfill({ status: 204, body: '' });
    }
    if (url.origin !== APP_ORIGIN) {
      refused.push(`request:${url.href}`);
      return route.abort('blockedbyclient');
    }
    const file = join(RENDERER, decodeURIComponent(url.pathname));
    if (!file.startsWith(RENDERER)) return route.abort('accessdenied');
    try {
      const body = readFileSync(file);
      return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  context.on('page', (popup) => {
    if (popup === page) return;
    if (windowOpenDecision().action === 'deny') {
      refused.push(`window:${popup.url()}`);
      void popup.close();
    }
  });

  await page.goto(APP_URL);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });

  return {
    page,
    async close() {
      await session.dispose();
      await browser.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    main: {
      dialogs,
      title: () => title,
      closed: () => closed,
      requestClose: () => session.requestClose(),
      command: async (command) => {
        await emit(EVENTS.command, command);
      },
      async drop(paths, selector) {
        // Electron's webUtils.getPathForFile is synchronous, so the paths are
        // placed in the page before the drop for the stand-in to look up.
        const byName = Object.fromEntries(paths.map((path) => [path.split(/[\\/]/).pop()!, path]));
        const names = Object.keys(byName);
        await page.evaluate((map) => ((globalThis as any).__galleyDroppedPaths = map), byName);
        await page.evaluate(
          ([names, selector]) => {
            const target = document.querySelector(selector);
            if (!target) throw new Error(`nothing matches ${selector}`);
            const transfer = new DataTransfer();
            for (const name of names) transfer.items.add(new File(['(dropped file)'], name, { type: 'text/plain' }));
            for (const type of ['dragenter', 'dragover', 'drop']) {
              target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
            }
          },
          [names, selector] as const,
        );
      },
      refused,
      dataDir,
      crash: async () => (await browser.close(), session.abandon()),
    },
  };
}

/** Saves a screenshot of the window as test/screenshots/NAME.png for the README. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * The built preload, run as Electron would run it in a sandboxed renderer:
 * a CommonJS function given `require('electron')`. The stand-in's receive
 * side (`__galleyIpcEmit`) is how main's `webContents.send` arrives.
 */
function preloadShim(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  Object.defineProperty(globalThis, '__galleyIpcEmit', {
    value: (channel, value) => { for (const fn of listeners.get(channel) ?? []) fn({}, value); },
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) => globalThis.__galleyInvoke(channel, JSON.parse(JSON.stringify(args))),
      on(channel, fn) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
      removeListener(channel, fn) { listeners.get(channel)?.delete(fn); },
    },
    webUtils: { getPathForFile: (file) => (globalThis.__galleyDroppedPaths ?? {})[file.name] ?? '' },
  };
  const require = (id) => {
    if (id === 'electron') return electron;
    throw new Error('a sandboxed preload cannot require ' + id);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
