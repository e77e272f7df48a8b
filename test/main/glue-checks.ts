/**
 * What users rely on from main/index.ts, as checks over one run of the built
 * main process with the recording Electron stand-in. glue.test.ts runs each on
 * the real bundle; glue-mutations.test.ts runs them on broken copies of it and
 * requires each breakage to fail the check named for it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { CHANNELS, EVENTS, type StartupState } from '../../preload/api';
import { COMMANDS } from '../../preload/commands';
import { FileRecoveryStore } from '../../main/recovery';
import { APP_PAGE_URL, APP_SCHEME } from '../../main/window/app-protocol';
import { RENDERER_JS_FLAGS } from '../../main/window/renderer-flags';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import {
  isNavigationAllowed,
  isPermissionGranted,
  windowOpenDecision,
} from '../../main/window/security-policy';
import { type DialogAnswer, type DialogCall, type FakeWindow } from './glue-electron';
import { ROOT, runMain, type MainRun, type RunOptions } from './glue-load';

export interface GlueCheck {
  name: string;
  run(source: string): Promise<void>;
}

/** Across every check run so far: the events main listened to, and those the checks emitted. */
export const coverage = { listened: new Set<string>(), emitted: new Set<string>() };

/** Runs `body` against a freshly loaded main process and always cleans up. */
async function withMain(source: string, options: RunOptions, body: (main: MainRun) => Promise<void>): Promise<void> {
  const main = runMain({ ...options, source });
  try {
    await body(main);
  } finally {
    const { listened, emitted } = main.events();
    for (const name of listened) coverage.listened.add(name);
    for (const name of emitted) coverage.emitted.add(name);
    main.stop();
  }
}

/** A draft and its reference in a fresh folder, as a user would name them on the command line. */
function filePair(): { folder: string; draft: string; reference: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'galley-glue-files-'));
  const draft = join(folder, 'chapter.txt');
  const reference = join(folder, 'original.txt');
  writeFileSync(draft, 'The quick brown fox jumpd over the lazy dog.\n');
  writeFileSync(reference, 'The quick brown fox jumped over the lazy dog.\n');
  return { folder, draft, reference, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** An IPC call from `window`'s page, as its preload makes it; `from` overrides the sender. */
export async function invoke(
  main: MainRun,
  window: FakeWindow,
  channel: string,
  args: unknown[] = [],
  from: { sender?: unknown; senderFrame?: unknown } = {},
): Promise<unknown> {
  const handler = main.recording.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame, ...from };
  return handler(event, ...args);
}

/** Starts the app as Electron does and shows the page: ready, window created, page loaded. */
async function started(main: MainRun): Promise<FakeWindow> {
  await main.ready();
  const windows = main.recording.windows.filter((window) => !window.destroyed);
  expect(windows, 'one window after ready').toHaveLength(1);
  const [window] = windows;
  expect(window.loaded, 'the window loads the app page').toBeTruthy();
  expect(window.shown, 'the window stays hidden until its page is ready').toBe(false);
  window.pageLoaded();
  expect(window.shown, 'ready-to-show shows the window').toBe(true);
  return window;
}

/** Answers message boxes by button label (the first of `message` the box has), and file dialogs with the given paths. */
function answering(labels: { message?: string | string[]; open?: string; save?: string }): (call: DialogCall) => DialogAnswer {
  return (call) => {
    if (call.kind === 'open') return labels.open ? { canceled: false, filePaths: [labels.open] } : { canceled: true, filePaths: [] };
    if (call.kind === 'save') return labels.save ? { canceled: false, filePath: labels.save } : { canceled: true, filePath: '' };
    const options = call.options as Electron.MessageBoxOptions;
    const wanted = [labels.message ?? []].flat();
    const label = wanted.find((candidate) => options.buttons?.includes(candidate));
    const response = wanted.length === 0 ? (options.cancelId ?? 0) : label ? options.buttons!.indexOf(label) : -1;
    if (response < 0) throw new Error(`no button "${labels.message}" in ${JSON.stringify(options.buttons)}`);
    return { response, checkboxChecked: false };
  };
}

/** The README's shortcut sheet as label → first listed keys, in Electron's accelerator syntax. */
function readmeAccelerators(): Map<string, string | undefined> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = readme.slice(readme.indexOf('<!-- shortcuts'), readme.indexOf('<!-- /shortcuts -->'));
  const rows = block.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Command') && !line.startsWith('| ---'));
  const names: Record<string, string> = { 'Ctrl/Cmd': 'CmdOrCtrl', '↓': 'Down', '↑': 'Up', Enter: 'Return' };
  return new Map(
    rows.map((row) => {
      const [label, keys] = row.split('|').slice(1, 3).map((cell) => cell.trim());
      if (keys.startsWith('menu')) return [label, undefined];
      const first = keys.split(', ')[0];
      return [label, first.split('+').map((part) => names[part] ?? part).join('+')];
    }),
  );
}

const SECURE_PREFERENCES: Electron.WebPreferences = {
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
};

/** Permissions a page might ask for; Galley needs none. */
const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock', 'unknown'];

export const GLUE_CHECKS: GlueCheck[] = [
  {
    name: 'the window is secure and loads the app page with the built preload',
    run: (source) =>
      withMain(source, {}, async (main) => {
        const window = await started(main);
        const [options] = main.recording.windowOptions;
        expect(options.webPreferences).toMatchObject(SECURE_PREFERENCES);
        expect(options.webPreferences?.preload).toBe(join(ROOT, 'out/preload/index.js'));
        expect(existsSync(options.webPreferences!.preload!), 'the preload bundle exists').toBe(true);
        expect(options.show, 'no flash of an empty window').toBe(false);
        expect(window.loaded, 'the app page from the app’s own origin, not file://').toBe(APP_PAGE_URL);
        // galley:// is registered before ready as standard and secure, and answers from out/renderer only.
        expect(main.recording.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(main.recording.calls.indexOf('app.whenReady') + 1);
        expect(main.recording.privilegedSchemes).toEqual([
          { scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) },
        ]);
        const serve = main.recording.protocolHandlers.get(APP_SCHEME);
        expect(serve, 'galley:// is answered').toBeDefined();
        const page = await serve!(new Request(APP_PAGE_URL));
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await page.text()).toBe(readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8'));
        for (const url of ['galley://app/..%2fmain%2findex.js', 'galley://app/..%2f..%2fpackage.json', 'galley://other/index.html']) {
          expect((await serve!(new Request(url))).status, url).toBe(404);
        }
      }),
  },
  {
    name: 'the renderer gets its V8 flags before the first window, the same the end-to-end harness runs the page with',
    run: (source) =>
      withMain(source, {}, async (main) => {
        await started(main);
        expect(main.recording.switches.get('js-flags')).toBe(RENDERER_JS_FLAGS);
        const { calls } = main.recording;
        const appended = calls.indexOf('app.commandLine.appendSwitch js-flags');
        expect(appended >= 0 && appended < calls.indexOf('app.whenReady'), 'appended before the app waits for ready').toBe(true);
        expect(CHROMIUM_ARGS).toContain(`--js-flags=${RENDERER_JS_FLAGS}`);
      }),
  },
  {
    name: 'every channel has exactly one handler, and each refuses a sender that is not the app page',
    run: (source) =>
      withMain(source, {}, async (main) => {
        const window = await started(main);
        expect([...main.recording.ipcHandlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
        const stranger = new main.electron.BrowserWindow({}) as unknown as FakeWindow;
        const appUrl = window.loaded!;
        const page = window.webContents.mainFrame as unknown as { url: string };
        const untrusted: Array<{ who: string; from: { sender?: unknown; senderFrame?: unknown }; pageUrl?: string }> = [
          { who: 'another window', from: { sender: stranger.webContents, senderFrame: stranger.webContents.mainFrame } },
          { who: 'no frame', from: { senderFrame: null } },
          { who: 'a subframe showing the app page', from: { senderFrame: { url: appUrl } } },
          { who: 'the main frame navigated elsewhere', from: {}, pageUrl: 'https://evil.example/index.html' },
        ];
        for (const channel of Object.values(CHANNELS)) {
          for (const { who, from, pageUrl } of untrusted) {
            page.url = pageUrl ?? appUrl;
            await expect(invoke(main, window, channel, [], from), `${channel} from ${who}`).rejects.toThrow(/Refused/);
          }
        }
        page.url = appUrl;
        // The app page is answered on every channel: a valid call or an argument error, never a refusal.
        // (closeWindow is the last channel: it closes the window.)
        for (const channel of Object.values(CHANNELS)) {
          const outcome = await invoke(main, window, channel).then(
            () => 'answered',
            (error: Error) => error.message,
          );
          expect(outcome, `${channel} from the app page`).not.toMatch(/Refused/);
        }
      }),
  },
  {
    name: 'the command-line files, the data folder and its recovery copy reach the review session',
    run: async (source) => {
      const files = filePair();
      const userData = mkdtempSync(join(tmpdir(), 'galley-glue-data-'));
      try {
        const store = new FileRecoveryStore(join(userData, 'recovery'));
        await store.keep('0b7c4a52-crashed-session', {
          draftPath: files.draft,
          referencePath: files.reference,
          snapshot: { text: 'unsaved work', review: null },
          savedAt: 1_700_000_000_000,
        });
        await withMain(source, { userData, args: ['chapter.txt', '--reference', 'original.txt'], cwd: files.folder }, async (main) => {
          const window = await started(main);
          const state = (await invoke(main, window, CHANNELS.startup)) as StartupState;
          expect(state.error).toBeNull();
          expect(state.demo).toBe(false);
          expect(state.draft?.text).toContain('jumpd');
          expect(state.reference?.text).toContain('jumped');
          expect(state.recovery).toEqual({ id: '0b7c4a52-crashed-session', draftName: 'chapter.txt', savedAt: 1_700_000_000_000 });
          expect(window.title).toBe('chapter.txt — Galley');
        });
        await withMain(source, { userData }, async (main) => {
          const window = await started(main);
          const state = (await invoke(main, window, CHANNELS.startup)) as StartupState;
          expect(state.demo, 'no file named: the seed demo').toBe(true);
          expect(state.draft?.name).toBe('000_6302bc43854f0c3c.txt');
          expect(state.reference?.name).toBe('001_6904e82db721665d.txt');
        });
      } finally {
        files.remove();
        rmSync(userData, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'every menu item sends a command the renderer knows, with the accelerator the README lists',
    run: (source) =>
      withMain(source, {}, async (main) => {
        const window = await started(main);
        const menu = main.recording.applicationMenu;
        expect(menu, 'an application menu is set').not.toBeNull();
        const readme = readmeAccelerators();
        const known = new Set(COMMANDS.map((info) => info.command));
        const sentCommands: string[] = [];
        for (const top of menu!) {
          for (const item of top.submenu as Electron.MenuItemConstructorOptions[]) {
            if (!item.click) {
              expect(item.role ?? item.type, `"${item.label}" has a role, a separator or a command`).toBeTruthy();
              continue;
            }
            const before = window.webContents.sent.length;
            // Electron passes the focused window; the command goes to it.
            item.click(undefined as never, window as never, undefined as never);
            const sent = window.webContents.sent.slice(before);
            expect(sent, `"${item.label}" sends one command`).toHaveLength(1);
            const [channel, command] = sent[0];
            expect(channel).toBe(EVENTS.command);
            expect(known.has(command as never), `"${item.label}" sends ${String(command)}`).toBe(true);
            const info = COMMANDS.find((entry) => entry.command === command)!;
            expect(item.label).toBe(info.label);
            expect(readme.has(item.label!), `the README lists "${item.label}"`).toBe(true);
            expect(item.accelerator, `"${item.label}"'s accelerator`).toBe(readme.get(item.label!));
            expect(item.registerAccelerator, 'the renderer keymap owns the keys').toBe(false);
            sentCommands.push(command as string);
          }
        }
        expect(sentCommands.sort(), 'every command is in the menu once').toEqual([...known].sort());
      }),
  },
  {
    name: 'navigation, new windows, webviews, redirects and permissions are refused by the security policy',
    run: (source) =>
      withMain(source, {}, async (main) => {
        const window = await started(main);
        const appUrl = window.loaded!;
        const targets = [appUrl, 'https://evil.example/', 'file:///etc/passwd', `${appUrl}#top`, 'javascript:alert(1)', 'about:blank'];
        for (const url of targets) {
          const event = window.webContents.fire('will-navigate', url);
          expect(event.defaultPrevented, `navigating to ${url}`).toBe(!isNavigationAllowed(url, appUrl));
        }
        expect(window.webContents.fire('will-navigate', appUrl).defaultPrevented, 'a reload of the app page').toBe(false);
        for (const window of main.recording.windows) {
          const contents = window.webContents;
          expect(contents.windowOpenHandler, 'every webContents has a window-open handler').not.toBeNull();
          const details = { url: 'https://evil.example/', frameName: '', features: '', disposition: 'new-window', referrer: {}, postBody: undefined };
          expect(contents.windowOpenHandler!(details as unknown as Electron.HandlerDetails)).toEqual(windowOpenDecision());
          expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented, 'webviews').toBe(true);
          expect(contents.fire('will-redirect', 'https://evil.example/').defaultPrevented, 'redirects').toBe(true);
        }
        const request = main.recording.permissionRequestHandler;
        const check = main.recording.permissionCheckHandler;
        expect(request && check, 'both permission handlers are set').toBeTruthy();
        for (const permission of PERMISSIONS) {
          const answers: boolean[] = [];
          (request as unknown as (c: unknown, p: string, cb: (granted: boolean) => void) => void)(window.webContents, permission, (granted) =>
            answers.push(granted),
          );
          expect(answers, `request for ${permission}`).toEqual([isPermissionGranted(permission)]);
          expect((check as unknown as (c: unknown, p: string) => boolean)(window.webContents, permission), `check for ${permission}`).toBe(
            isPermissionGranted(permission),
          );
        }
      }),
  },
  {
    name: 'closing with unsaved work asks; Cancel keeps the window, Save asks the renderer to save first, Don’t Save closes and removes the recovery copy',
    run: async (source) => {
      let button = 'Cancel';
      await withMain(source, { answer: (call) => answering({ message: button })(call) }, async (main) => {
        const window = await started(main);
        const recovery = join(main.userData, 'recovery');
        await invoke(main, window, CHANNELS.startup);
        await invoke(main, window, CHANNELS.setEdited, [true]);
        await invoke(main, window, CHANNELS.keepRecovery, [{ text: 'unsaved work', review: null }]);
        expect(await new FileRecoveryStore(recovery).pending(), 'a recovery copy while there is unsaved work').toHaveLength(1);
        expect(window.title.startsWith('● '), 'the title marks unsaved work').toBe(true);

        window.close();
        await settle();
        expect(main.recording.dialogs.map((call) => (call.options as Electron.MessageBoxOptions).buttons)).toEqual([['Save', 'Don’t Save', 'Cancel']]);
        expect(window.destroyed, 'Cancel keeps the window').toBe(false);

        button = 'Save';
        window.close();
        await settle();
        expect(window.destroyed, 'Save keeps the window until the renderer saved').toBe(false);
        expect(window.webContents.sent.at(-1)).toEqual([EVENTS.command, 'save-and-close']);

        button = 'Don’t Save';
        window.close();
        await until(() => window.destroyed, 'Don’t Save closes the window');
        await expect(invoke(main, window, CHANNELS.startup), 'the closed window is no longer answered').rejects.toThrow(/Refused/);
        expect(await new FileRecoveryStore(recovery).pending(), 'a clean close leaves no recovery copy').toEqual([]);
      });
    },
  },
  {
    name: 'after the renderer saved as asked, the window closes without asking again',
    run: (source) =>
      withMain(source, { answer: answering({ message: 'Save' }) }, async (main) => {
        const window = await started(main);
        await invoke(main, window, CHANNELS.startup);
        await invoke(main, window, CHANNELS.setEdited, [true]);
        window.close();
        await settle();
        expect(window.webContents.sent.at(-1)).toEqual([EVENTS.command, 'save-and-close']);
        await invoke(main, window, CHANNELS.setEdited, [false]);
        await invoke(main, window, CHANNELS.closeWindow);
        await until(() => window.destroyed, 'the window closes');
        expect(main.recording.dialogs, 'one question only').toHaveLength(1);
      }),
  },
  {
    name: 'quitting with unsaved work asks first; quitting cleanly quits (on macOS too) and removes the recovery copy',
    run: async (source) => {
      for (const platform of ['linux', 'darwin'] as const) {
        await withMain(source, { platform, answer: answering({ message: 'Don’t Save' }) }, async (main) => {
          const window = await started(main);
          await invoke(main, window, CHANNELS.startup);
          await invoke(main, window, CHANNELS.setEdited, [true]);
          await invoke(main, window, CHANNELS.keepRecovery, [{ text: 'unsaved work', review: null }]);
          main.electron.app.quit();
          expect(main.quitted(), 'the close prompt holds the quit').toBe(false);
          await until(() => window.destroyed, 'Don’t Save closes the window');
          expect(main.recording.dialogs).toHaveLength(1);
          await until(() => main.quitted(), `${platform}: the app quits once the window closed`);
          expect(await new FileRecoveryStore(join(main.userData, 'recovery')).pending()).toEqual([]);
        });
      }
    },
  },
  {
    name: 'on macOS the app outlives its last window and activate opens a new one; elsewhere closing it quits',
    run: async (source) => {
      await withMain(source, { platform: 'darwin' }, async (main) => {
        const first = await started(main);
        main.emitApp('activate', true);
        expect(main.recording.windows.filter((window) => !window.destroyed), 'activate with a window open opens no other').toHaveLength(1);
        first.close();
        await until(() => first.destroyed, 'the window closes');
        expect(main.quitted(), 'macOS: the app stays').toBe(false);
        main.emitApp('activate', false);
        const second = main.recording.windows.filter((window) => !window.destroyed);
        expect(second, 'activate without windows opens one').toHaveLength(1);
        second[0].pageLoaded();
        expect(second[0].shown).toBe(true);
        expect(((await invoke(main, second[0], CHANNELS.startup)) as StartupState).demo, 'the new window is answered').toBe(true);
      });
      await withMain(source, { platform: 'linux' }, async (main) => {
        const window = await started(main);
        window.close();
        await until(() => main.quitted(), 'Linux: closing the last window quits');
      });
    },
  },
  {
    name: 'one instance: a second launch hands its files to the running app, which opens them in a new window with its own session',
    run: async (source) => {
      await withMain(source, { singleInstance: false }, async (main) => {
        await main.ready();
        expect(main.recording.calls, 'a second instance asks for the lock').toContain('app.requestSingleInstanceLock');
        expect(main.quitted(), 'a second instance quits').toBe(true);
        expect(main.recording.windows, 'and opens no window').toEqual([]);
        expect(main.recording.ipcHandlers.size).toBe(0);
      });
      const files = filePair();
      try {
        await withMain(source, { answer: answering({ message: 'Don’t Save' }) }, async (main) => {
          const first = await started(main);
          await invoke(main, first, CHANNELS.startup);
          await invoke(main, first, CHANNELS.setEdited, [true]);
          await invoke(main, first, CHANNELS.keepRecovery, [{ text: 'work in the first window', review: null }]);

          // `galley-app chapter.txt` typed in the files' folder: Electron passes the lock's additionalData.
          main.emitApp('second-instance', ['/usr/lib/electron/electron', ROOT, '--original-process-start-time=1'], '/', {
            cwd: files.folder,
            args: ['chapter.txt', '--reference', 'original.txt'],
          });
          const windows = main.recording.windows.filter((window) => !window.destroyed);
          expect(windows, 'a new window for the named files').toHaveLength(2);
          const second = windows[1];
          expect(main.recording.windowOptions[1].webPreferences).toMatchObject(SECURE_PREFERENCES);
          second.pageLoaded();
          const state = (await invoke(main, second, CHANNELS.startup)) as StartupState;
          expect(state.draft?.name).toBe('chapter.txt');
          expect(state.reference?.name).toBe('original.txt');
          expect(state.recovery, 'a live window’s recovery copy is not offered to another').toBeNull();
          const [firstCopy] = await new FileRecoveryStore(join(main.userData, 'recovery')).pending();
          expect(await invoke(main, second, CHANNELS.restoreRecovery, [firstCopy.id]), 'nor restored by it').toBeNull();
          await invoke(main, second, CHANNELS.discardRecovery, [firstCopy.id]);
          expect(await new FileRecoveryStore(join(main.userData, 'recovery')).pending(), 'nor deleted by it').toHaveLength(1);
          expect(second.title).toBe('chapter.txt — Galley');
          expect(first.title, 'each window has its own session').toBe('● 000_6302bc43854f0c3c.txt — Galley');

          // A menu command goes to the focused window only.
          const save = main.recording.applicationMenu!.flatMap((top) => top.submenu as Electron.MenuItemConstructorOptions[]).find((item) => item.label === 'Save Cleaned Copy')!;
          save.click!(undefined as never, second as never, undefined as never);
          expect(second.webContents.sent.at(-1)).toEqual([EVENTS.command, 'save']);
          expect(first.webContents.sent.some(([, command]) => command === 'save')).toBe(false);

          // A launch naming nothing brings a window forward instead of opening another.
          second.minimized = true;
          main.emitApp('second-instance', ['/usr/lib/electron/electron', ROOT], files.folder, { cwd: files.folder, args: [] });
          expect(main.recording.windows.filter((window) => !window.destroyed)).toHaveLength(2);
          expect(second.minimized).toBe(false);
          expect(second.focused).toBeGreaterThan(0);

          // Closing the second window leaves the first one answered, with its copy.
          second.close();
          await until(() => second.destroyed, 'the second window closes');
          expect(((await invoke(main, first, CHANNELS.startup)) as StartupState).draft?.name).toBe('000_6302bc43854f0c3c.txt');
          expect(await new FileRecoveryStore(join(main.userData, 'recovery')).pending()).toHaveLength(1);
        });
      } finally {
        files.remove();
      }
    },
  },
  {
    name: 'macOS open-file: before ready it replaces the demo, afterwards it opens a new window',
    run: async (source) => {
      const files = filePair();
      try {
        await withMain(source, { platform: 'darwin' }, async (main) => {
          const opening = main.emitApp('open-file', files.draft);
          expect(opening.defaultPrevented, 'Galley handles the file itself').toBe(true);
          const window = await started(main);
          const state = (await invoke(main, window, CHANNELS.startup)) as StartupState;
          expect(state.demo).toBe(false);
          expect(state.draft?.name).toBe('chapter.txt');
          main.emitApp('open-file', files.reference);
          const windows = main.recording.windows.filter((candidate) => !candidate.destroyed);
          expect(windows).toHaveLength(2);
          windows[1].pageLoaded();
          expect(((await invoke(main, windows[1], CHANNELS.startup)) as StartupState).draft?.name).toBe('original.txt');
        });
      } finally {
        files.remove();
      }
    },
  },
  {
    name: 'a crashed page: the user is told, closing never asks or deletes the recovery copy, and Reopen opens a window with that work restored',
    run: async (source) => {
      let button = 'Close';
      await withMain(source, { answer: (call) => answering({ message: button })(call) }, async (main) => {
        const recovery = new FileRecoveryStore(join(main.userData, 'recovery'));
        const window = await started(main);
        await invoke(main, window, CHANNELS.startup);
        await invoke(main, window, CHANNELS.setEdited, [true]);
        await invoke(main, window, CHANNELS.keepRecovery, [{ text: 'the only copy', review: null }]);
        const [copy] = await recovery.pending();

        window.webContents.crashed = true;
        window.webContents.fire('render-process-gone', { reason: 'crashed', exitCode: 139 });
        await until(() => main.recording.dialogs.length === 1, 'the user is told');
        const told = main.recording.dialogs[0].options as Electron.MessageBoxOptions;
        expect(told.buttons).toEqual(['Reopen', 'Close']);
        expect(told.detail).toMatch(/unsaved work is kept/);
        await until(() => window.destroyed, 'Close closes the window');
        expect(main.recording.dialogs, 'without asking to save into a dead page').toHaveLength(1);
        expect((await recovery.pending()).map(({ id }) => id), 'the copy stays').toEqual([copy.id]);
      });

      button = 'Reopen';
      await withMain(source, { answer: (call) => answering({ message: button })(call) }, async (main) => {
        const recovery = new FileRecoveryStore(join(main.userData, 'recovery'));
        // An older crash's copy, saved later than this window's: Reopen must still restore this window's.
        await recovery.keep('0ther-crash', { draftPath: null, referencePath: null, snapshot: { text: 'other', review: null }, savedAt: Date.now() + 60_000 });
        const window = await started(main);
        await invoke(main, window, CHANNELS.startup);
        await invoke(main, window, CHANNELS.setEdited, [true]);
        await invoke(main, window, CHANNELS.keepRecovery, [{ text: 'the only copy', review: null }]);
        const own = (await recovery.pending()).find(({ id }) => id !== '0ther-crash')!;

        window.webContents.crashed = true;
        window.webContents.fire('render-process-gone', { reason: 'oom', exitCode: 0 });
        await until(() => main.recording.windows.length === 2, 'Reopen opens a new window');
        expect(window.destroyed).toBe(true);
        const reopened = main.recording.windows[1];
        reopened.pageLoaded();
        expect(reopened.shown).toBe(true);
        const state = (await invoke(main, reopened, CHANNELS.startup)) as StartupState;
        expect(state.restored, 'the crashed window’s work comes back restored').toMatchObject({ snapshot: { text: 'the only copy' } });
        expect(state.recoveries.map(({ id }) => id), 'and the older crash’s copy is still offered').toEqual(['0ther-crash']);
        expect(await invoke(main, reopened, CHANNELS.restoreRecovery, [own.id]), 'the restored copy is the new window’s own').toBeNull();
        expect(main.quitted(), 'reopening does not quit the app').toBe(false);
      });

      await withMain(source, { answer: answering({ message: ['Don’t Save', 'Close'] }) }, async (main) => {
        const window = await started(main);
        await invoke(main, window, CHANNELS.startup);
        await invoke(main, window, CHANNELS.setEdited, [true]);
        await invoke(main, window, CHANNELS.keepRecovery, [{ text: 'the only copy', review: null }]);
        window.webContents.crashed = true;
        window.webContents.fire('render-process-gone', { reason: 'killed', exitCode: 9 });
        window.close();
        await until(() => window.destroyed, 'a crashed window closes at once');
        expect(main.recording.dialogs.map((call) => (call.options as Electron.MessageBoxOptions).buttons)).toEqual([['Reopen', 'Close']]);
        expect(await new FileRecoveryStore(join(main.userData, 'recovery')).pending(), 'Don’t Save never deletes a crashed window’s copy').toHaveLength(1);
      });

      await withMain(source, {}, async (main) => {
        const window = await started(main);
        window.webContents.fire('render-process-gone', { reason: 'clean-exit', exitCode: 0 });
        await settle();
        expect(main.recording.dialogs, 'a clean exit is no crash').toEqual([]);
      });
    },
  },
  {
    name: 'saving asks for the path natively, and offers UTF-8 when the draft’s encoding cannot hold the cleaned copy',
    run: async (source) => {
      const files = filePair();
      // A Latin-1 draft; the cleaned copy gains an arrow, which no single-byte Western encoding has.
      writeFileSync(files.draft, Buffer.from('Café Noël, déjà vu à l’hôtel. '.replace('’', "'").repeat(20), 'latin1'));
      const target = join(files.folder, 'chapter.cleaned.txt');
      try {
        await withMain(
          source,
          { args: [files.draft, '--reference', files.reference], answer: answering({ save: target, message: 'Save as UTF-8' }) },
          async (main) => {
            const window = await started(main);
            const state = (await invoke(main, window, CHANNELS.startup)) as StartupState;
            expect(state.draft?.formatLabel).not.toMatch(/UTF-8/);
            const text = `→ ${state.draft!.text}`;
            const result = await invoke(main, window, CHANNELS.save, [{ draft: state.draft!.handle, text, saveAs: false }]);
            expect(result).toMatchObject({ ok: true, name: 'chapter.cleaned.txt' });
            expect(main.recording.dialogs.map((call) => call.kind)).toEqual(['save', 'message']);
            expect((main.recording.dialogs[0].options as Electron.SaveDialogOptions).defaultPath).toBe(target);
            expect((main.recording.dialogs[1].options as Electron.MessageBoxOptions).buttons).toEqual(['Save as UTF-8', 'Cancel']);
            expect(readFileSync(target, 'utf8')).toBe(text);
          },
        );
      } finally {
        files.remove();
      }
    },
  },
  {
    name: 'main sets its own title and ignores the page’s',
    run: (source) =>
      withMain(source, {}, async (main) => {
        const window = await started(main);
        await invoke(main, window, CHANNELS.startup);
        expect(window.title).toBe('000_6302bc43854f0c3c.txt — Galley');
        expect(window.fire('page-title-updated', 'A title a document set').defaultPrevented).toBe(true);
      }),
  },
];

/** Lets pending promise chains (dialogs, session calls) run; file writes are awaited with vi.waitFor. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits (up to 2 s) for the main process to reach a state, e.g. a window closed after its file work. */
export function until(condition: () => boolean, what: string): Promise<void> {
  return vi.waitFor(() => expect(condition(), what).toBe(true), { timeout: 2_000, interval: 10 });
}
