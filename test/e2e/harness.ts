/**
 * The end-to-end harness: the built app in real Chromium, with the real
 * preload bundle and the real main-process session behind it. Only Electron
 * itself is stood in for, keeping its isolation: the preload runs in an
 * isolated world of its own (as under contextIsolation), where alone a CDP
 * binding reaches main's guarded dispatcher; `contextBridge` gives the page
 * a frozen `window.galley` whose functions reach the preload's by window
 * messages and nothing else; files are dropped as trusted drag events
 * carrying real files; the native dialogs answer with paths the test chose.
 * So page script can call `window.galley` and no more, as in Electron, and
 * the security tests test the app rather than the harness.
 *
 * `openApp`'s signature is a contract other test suites import: keep it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { EVENTS, type AppCommand } from '../../preload/api';
import { watchFile } from '../../main/files/watch';
import { createDispatcher, type Dispatch } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/ipc/handlers';
import { storesIn } from '../../main/session/data-folder';
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
  /** Chromium flags beyond CHROMIUM_ARGS (the editor bench's --unthrottled). */
  chromiumArgs?: readonly string[];
}

/** The answers the stand-in native dialogs give; tests may change them at any time. */
export interface DialogAnswers {
  draft: string | null;
  reference: string | null;
  saveAs: string | null;
  unsaved: 'save' | 'discard' | 'cancel';
  changedOnDisk: 'overwrite' | 'save-as' | 'cancel';
  /** The cleaned copy cannot be saved in the draft's encoding: save it as UTF-8? */
  saveAsUtf8: 'utf-8' | 'cancel';
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
    /** Drops files on the element matched by `selector`, as a drag from the file manager does (a trusted drop of real files). */
    drop(paths: string[], selector: string): Promise<void>;
    /**
     * Calls main's IPC door as the window's page, with any channel and
     * arguments: what a renderer that reaches ipcRenderer could send.
     */
    ipc(channel: string, ...args: unknown[]): Promise<unknown>;
    /** Navigations and windows the security policy refused. */
    refused: string[];
    /** The app's data folder (recovery copies, settings). */
    dataDir: string;
    /** Kills the window the way a crash would: no clean close, the data folder left as it is. */
    crash(): Promise<void>;
  };
}

export async function openApp(options: AppOptions = {}): Promise<App> {
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
    saveAsUtf8: 'cancel',
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
    askSaveAsUtf8: async (name) => {
      dialogs.shown.push(`utf-8:${name}`);
      return dialogs.saveAsUtf8;
    },
  };

  const browser: Browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const refused: string[] = [];
  let title = '';
  let closed = false;

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
    ...storesIn(dataDir),
    watch: watchFile,
    startup: named
      ? { draft: options.draft ?? null, reference: options.reference ?? null, demo: false }
      : { ...seedPair(ROOT), demo: true },
  });
  const dispatch = createDispatcher(createHandlers(session), APP_URL);

  const preloadWorld = await isolatePreload(page, preload, dispatch);
  /** What main's webContents.send does: an event to the preload's listeners. */
  const emit = (channel: string, value: unknown) => preloadWorld.evaluate(`globalThis.__galleyEmit(${JSON.stringify(channel)}, ${JSON.stringify(value)})`);

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
        // Electron's webUtils.getPathForFile reads the path off the dropped
        // File; the stand-in is told the paths by name, in the preload's
        // world, before the drop.
        const byName = Object.fromEntries(paths.map((path) => [basename(path), path]));
        await preloadWorld.evaluate(`globalThis.__galleyDropPaths(${JSON.stringify(byName)})`);
        const box = await page.locator(selector).first().boundingBox();
        if (!box) throw new Error(`nothing visible matches ${selector}`);
        const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const data = { items: [], files: paths, dragOperationsMask: 1 };
        for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await preloadWorld.cdp.send('Input.dispatchDragEvent', { type, ...at, data });
      },
      ipc: (channel, ...args) => dispatch({ url: page.mainFrame().url(), isMainFrame: true }, channel, JSON.parse(JSON.stringify(args))),
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

/** The name of the preload's isolated world, and of the CDP binding that exists only there. */
const PRELOAD_WORLD = 'galley-preload';
const IPC_BINDING = '__galleyIpc';

interface PreloadWorld {
  readonly cdp: CDPSession;
  /** Evaluates `expression` in the preload's world of the window's top frame. */
  evaluate(expression: string): Promise<void>;
}

/**
 * Runs the built preload in an isolated world of every frame, where the IPC
 * binding to main's `dispatch` exists, and gives the page's own world only
 * the API the preload exposes. A call's sender is the frame whose preload
 * made it, as `event.senderFrame` is in Electron.
 */
async function isolatePreload(page: Page, preload: string, dispatch: Dispatch): Promise<PreloadWorld> {
  const cdp = await page.context().newCDPSession(page);
  const frameOf = new Map<number, string>();
  const contextOf = new Map<string, number>();
  const frameUrls = new Map<string, string>();
  let topFrame = '';
  cdp.on('Page.frameNavigated', ({ frame }) => {
    frameUrls.set(frame.id, frame.url + (frame.urlFragment ?? ''));
    if (!frame.parentId) topFrame = frame.id;
  });
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
    if (context.name !== PRELOAD_WORLD || !frameId) return;
    frameOf.set(context.id, frameId);
    contextOf.set(frameId, context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    const frameId = frameOf.get(executionContextId);
    frameOf.delete(executionContextId);
    if (frameId && contextOf.get(frameId) === executionContextId) contextOf.delete(frameId);
  });
  const evaluateIn = async (contextId: number, expression: string): Promise<void> => {
    await cdp.send('Runtime.evaluate', { contextId, expression });
  };
  cdp.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== IPC_BINDING) return;
    const { id, channel, args } = JSON.parse(payload) as { id: number; channel: unknown; args: unknown };
    const frameId = frameOf.get(executionContextId);
    const caller = frameId ? { url: frameUrls.get(frameId) ?? '', isMainFrame: frameId === topFrame } : null;
    const answer = (reply: { value?: unknown; error?: string }) =>
      evaluateIn(executionContextId, `globalThis.__galleyAnswer(${id}, ${JSON.stringify(reply)})`).catch(() => {});
    dispatch(caller, channel, args).then(
      (value) => answer({ value }),
      (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: IPC_BINDING, executionContextName: PRELOAD_WORLD });
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: preloadShim(preload), worldName: PRELOAD_WORLD });
  await page.addInitScript({ content: pageBridge(apiNamesOf(preload)) });
  return {
    cdp,
    async evaluate(expression) {
      const contextId = contextOf.get(topFrame);
      if (contextId !== undefined) await evaluateIn(contextId, expression);
    },
  };
}

/** Functions named on… subscribe to main's events; every other function of the API is a call. */
const SUBSCRIPTION = /^on[A-Z]/;

/** The names of the functions the built preload exposes, read by running it against a recording stand-in. */
function apiNamesOf(preloadSource: string): string[] {
  let names: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (_key: string, api: object) => (names = Object.keys(api)) },
    ipcRenderer: { invoke: async () => undefined, on: () => {}, removeListener: () => {} },
    webUtils: { getPathForFile: () => '' },
  };
  const module = { exports: {} };
  const windowStandIn = { addEventListener: () => {} };
  new Function('require', 'module', 'exports', 'window', preloadSource)((id: string) => (id === 'electron' ? electron : {}), module, module.exports, windowStandIn);
  if (names.length === 0) throw new Error('the built preload exposed no API');
  return names;
}

/**
 * The built preload, run as Electron would run it in a sandboxed renderer:
 * a CommonJS function given `require('electron')`, in its own world. Main
 * answers calls through `__galleyAnswer`, and its `webContents.send` arrives
 * through `__galleyEmit`; both exist in this world only. `exposeInMainWorld`
 * answers the page's calls (window messages from ./pageBridge) with the API's
 * functions and nothing else, and forwards its subscriptions.
 */
function preloadShim(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const pending = new Map();
  let nextCall = 0;
  let pathsByName = {};
  const ipc = (payload) => globalThis.${IPC_BINDING}(payload);
  const define = (name, value) => Object.defineProperty(globalThis, name, { value });
  define('__galleyAnswer', (id, reply) => {
    const call = pending.get(id);
    pending.delete(id);
    if (call) 'error' in reply ? call.reject(new Error(reply.error)) : call.resolve(reply.value);
  });
  define('__galleyEmit', (channel, value) => { for (const fn of listeners.get(channel) ?? []) fn({}, value); });
  define('__galleyDropPaths', (byName) => { pathsByName = byName; });
  const subscription = ${SUBSCRIPTION};
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        window.addEventListener('message', (event) => {
          const call = event.data;
          if (event.source !== window || typeof call !== 'object' || call === null || call.galleyCall === undefined) return;
          const answer = (reply) => window.postMessage({ galleyAnswer: call.galleyCall, ...reply }, '*');
          const name = call.name;
          if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(api, name) || subscription.test(name) || !Array.isArray(call.args)) {
            return answer({ error: 'window.' + key + ' has no function ' + String(name) });
          }
          Promise.resolve()
            .then(() => api[name](...call.args))
            .then((value) => answer({ value }), (error) => answer({ error: String((error && error.message) || error) }));
        });
        for (const name of Object.keys(api)) {
          if (subscription.test(name)) api[name]((value) => window.postMessage({ galleyEvent: name, value }, '*'));
        }
      },
    },
    ipcRenderer: {
      invoke: (channel, ...args) =>
        new Promise((resolve, reject) => {
          const id = ++nextCall;
          pending.set(id, { resolve, reject });
          ipc(JSON.stringify({ id, channel, args }));
        }),
      on(channel, fn) { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
      removeListener(channel, fn) { listeners.get(channel)?.delete(fn); },
    },
    webUtils: { getPathForFile: (file) => pathsByName[file.name] ?? '' },
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

/**
 * The page's side of contextBridge: a frozen `window.galley` with one
 * function per name, each posting a call to the preload's world and
 * resolving with its answer. Page script can do what this can (call the
 * API) and nothing more: it never holds anything that reaches main.
 */
function pageBridge(names: readonly string[]): string {
  return `(() => {
  const pending = new Map();
  const subscribers = new Map();
  let nextCall = 0;
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== window || typeof message !== 'object' || message === null) return;
    if (message.galleyAnswer !== undefined) {
      const call = pending.get(message.galleyAnswer);
      pending.delete(message.galleyAnswer);
      if (call) 'error' in message ? call.reject(new Error(message.error)) : call.resolve(message.value);
    } else if (message.galleyEvent !== undefined) {
      for (const fn of subscribers.get(message.galleyEvent) ?? []) fn(message.value);
    }
  });
  const subscription = ${SUBSCRIPTION};
  const api = {};
  for (const name of ${JSON.stringify(names)}) {
    api[name] = subscription.test(name)
      ? (listener) => {
          if (!subscribers.has(name)) subscribers.set(name, new Set());
          subscribers.get(name).add(listener);
          return () => subscribers.get(name).delete(listener);
        }
      : (...args) =>
          new Promise((resolve, reject) => {
            const id = ++nextCall;
            pending.set(id, { resolve, reject });
            window.postMessage({ galleyCall: id, name, args }, '*');
          });
  }
  Object.defineProperty(window, 'galley', { value: Object.freeze(api), writable: false, configurable: false, enumerable: true });
})();`;
}
