/**
 * A recording stand-in for the 'electron' module, for running the built main
 * process (out/main/index.js) under plain Node. It answers like Electron where
 * main/index.ts relies on it (events in Electron's order, `ipcMain.handle`
 * refusing a second handler, `app.quit` closing windows before it quits) and
 * records everything: lifecycle calls, window options, listeners, IPC
 * handlers, menu templates, dialogs, permission handlers, protocols.
 *
 * Each surface is a `Pick` of the real Electron type definitions
 * (node_modules/electron/electron.d.ts, as the global `Electron` namespace), so
 * its signatures cannot drift from Electron's. glue-types.test.ts type-checks
 * main/index.ts with 'electron' resolved to ./glue-electron-module: using an
 * API this stand-in lacks fails that check.
 */
import { EventEmitter } from 'node:events';

export type AppSurface = Pick<
  Electron.App,
  'on' | 'once' | 'whenReady' | 'quit' | 'getPath' | 'getAppPath' | 'isPackaged' | 'requestSingleInstanceLock' | 'commandLine'
>;
export type WebContentsSurface = Pick<
  Electron.WebContents,
  'on' | 'once' | 'send' | 'setWindowOpenHandler' | 'mainFrame' | 'id' | 'isDestroyed'
>;
export type WindowSurface = Pick<
  Electron.BrowserWindow,
  'on' | 'once' | 'show' | 'focus' | 'close' | 'destroy' | 'isDestroyed' | 'isMinimized' | 'restore' | 'setTitle' | 'getTitle' | 'loadURL' | 'loadFile' | 'id'
> & { readonly webContents: WebContentsSurface };
export interface WindowClass {
  new (options?: Electron.BrowserWindowConstructorOptions): WindowSurface;
  getAllWindows(): WindowSurface[];
  fromWebContents(contents: WebContentsSurface): WindowSurface | null;
}
/** Electron's dialog signatures, with the parent window being the stand-in's. */
export interface DialogSurface {
  showOpenDialog(window: WindowSurface, options: Electron.OpenDialogOptions): Promise<Electron.OpenDialogReturnValue>;
  showSaveDialog(window: WindowSurface, options: Electron.SaveDialogOptions): Promise<Electron.SaveDialogReturnValue>;
  showMessageBox(window: WindowSurface, options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue>;
}
export type IpcMainSurface = Pick<Electron.IpcMain, 'handle' | 'removeHandler'>;
export type MenuSurface = Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
export interface SessionSurface {
  defaultSession: Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
}
export type ProtocolSurface = Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
export type NetSurface = Pick<Electron.Net, 'fetch'>;

/**
 * A surface as the stand-in implements it: every member with Electron's own
 * signature, except that `on`/`once` come from one EventEmitter and so return
 * the stand-in rather than Electron's class. main/index.ts still sees
 * Electron's overloads (event names, listener parameters) through the surfaces
 * above.
 */
export type Implementable<T> = {
  [K in keyof T]: K extends 'on' | 'once' ? (event: any, listener: (...args: any[]) => void) => unknown : T[K];
};

/** What main/index.ts may import from 'electron'. */
export interface ElectronSurface {
  app: AppSurface;
  BrowserWindow: WindowClass;
  dialog: DialogSurface;
  ipcMain: IpcMainSurface;
  Menu: MenuSurface;
  session: SessionSurface;
  protocol: ProtocolSurface;
  net: NetSurface;
}

/** An Electron event: preventable, with extra fields for some events. */
export interface StandInEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
  [field: string]: unknown;
}

export function standInEvent(fields: Record<string, unknown> = {}): StandInEvent {
  let prevented = false;
  return {
    ...fields,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export interface DialogCall {
  kind: 'open' | 'save' | 'message';
  window: FakeWindow;
  options: Electron.OpenDialogOptions | Electron.SaveDialogOptions | Electron.MessageBoxOptions;
}

export type DialogAnswer = Electron.OpenDialogReturnValue | Electron.SaveDialogReturnValue | Electron.MessageBoxReturnValue;

/** What the stand-in saw, for the test to assert on. */
export interface Recording {
  /** Calls in order, e.g. "app.whenReady", "window 1: show", "app.quit". */
  calls: string[];
  windows: FakeWindow[];
  /** Every BrowserWindow's constructor options, in creation order. */
  windowOptions: Electron.BrowserWindowConstructorOptions[];
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  menus: Electron.MenuItemConstructorOptions[][];
  applicationMenu: Electron.MenuItemConstructorOptions[] | null;
  dialogs: DialogCall[];
  permissionRequestHandler: ((...args: never[]) => void) | null;
  permissionCheckHandler: ((...args: never[]) => boolean) | null;
  privilegedSchemes: Electron.CustomScheme[];
  /** Switches appended to Chromium's command line (app.commandLine), by name. */
  switches: Map<string, string>;
  protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  fetched: string[];
}

export interface StandInOptions {
  /** app.getPath('userData'): the data folder. */
  userData: string;
  /** app.getAppPath(): the project root. */
  appPath: string;
  /** What requestSingleInstanceLock returns. */
  singleInstance?: boolean;
  /** How the stand-in's native dialogs answer; the default cancels. */
  answer?: (call: DialogCall) => DialogAnswer;
}

export interface StandIn {
  electron: ElectronSurface;
  recording: Recording;
  /** Electron finished initialising: `ready` is emitted and whenReady resolves. */
  ready(): Promise<void>;
  /** Emits an app event as Electron would; returns the event object. */
  emitApp(name: string, ...args: unknown[]): StandInEvent;
  /** Listeners registered on `app`, by event name. */
  appEvents(): string[];
  /** Events main listens to and events emitted so far, as "app: x", "window: y", "webContents: z". */
  events(): { listened: string[]; emitted: string[] };
  /** True once the app went through before-quit, will-quit and quit. */
  quitted(): boolean;
}

let nextId = 1;

class Emitter extends EventEmitter {
  /** Every event name emitted so far, to tell which listeners a test never drove. */
  readonly emitted = new Set<string>();

  override emit(name: string | symbol, ...args: unknown[]): boolean {
    this.emitted.add(String(name));
    return super.emit(name, ...args);
  }

  /** Emits a preventable event and returns it. */
  fire(name: string, ...args: unknown[]): StandInEvent {
    const event = standInEvent();
    this.emit(name, event, ...args);
    return event;
  }

  /** Event names with at least one listener. */
  listened(): string[] {
    return this.eventNames().map(String);
  }
}

export class FakeFrame {
  constructor(public url: string) {}
}

export class FakeWebContents extends Emitter implements Implementable<WebContentsSurface> {
  readonly id = nextId++;
  readonly mainFrame = new FakeFrame('about:blank') as unknown as Electron.WebFrameMain;
  readonly sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  destroyed = false;
  crashed = false;

  constructor(private readonly calls: string[]) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // A dead renderer receives nothing: Electron drops the message.
    if (!this.crashed) this.sent.push([channel, args[0]]);
    this.calls.push(`webContents ${this.id}: send ${channel}`);
  }

  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** The URL the main frame shows. */
  get url(): string {
    return (this.mainFrame as unknown as FakeFrame).url;
  }
}

export class FakeWindow extends Emitter implements Implementable<Omit<WindowSurface, 'webContents'>> {
  readonly id = nextId++;
  readonly webContents: FakeWebContents;
  title = '';
  shown = false;
  destroyed = false;
  minimized = false;
  focused = 0;
  loaded: string | null = null;
  private closing = false;

  constructor(
    readonly options: Electron.BrowserWindowConstructorOptions,
    private readonly host: Host,
  ) {
    super();
    this.title = options.title ?? '';
    this.webContents = new FakeWebContents(host.recording.calls);
    host.recording.windows.push(this);
    host.recording.windowOptions.push(options);
    host.recording.calls.push(`window ${this.id}: created`);
    // Electron creates the window's webContents during construction.
    host.app.fire('web-contents-created', this.webContents);
  }

  show(): void {
    this.shown = true;
    this.host.recording.calls.push(`window ${this.id}: show`);
  }

  focus(): void {
    this.focused++;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  setTitle(title: string): void {
    this.assertAlive();
    this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  async loadURL(url: string): Promise<void> {
    this.assertAlive();
    this.loaded = url;
    (this.webContents.mainFrame as unknown as FakeFrame).url = url;
    this.host.recording.calls.push(`window ${this.id}: load ${url}`);
  }

  async loadFile(path: string): Promise<void> {
    await this.loadURL(new URL(`file://${path}`).href);
  }

  /** Asks to close, as the close button does: `close` may be prevented. */
  close(): void {
    if (this.destroyed || this.closing) return;
    this.closing = true;
    const event = this.fire('close');
    this.closing = false;
    if (event.defaultPrevented) {
      this.host.recording.calls.push(`window ${this.id}: close prevented`);
      return;
    }
    this.destroy();
  }

  /** Closes at once: no `close` event, as Electron's destroy(). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.host.recording.calls.push(`window ${this.id}: closed`);
    this.emit('closed');
    this.host.windowGone();
  }

  /** The page finished loading and painted: what Electron emits after loadURL. */
  pageLoaded(): void {
    this.webContents.emit('did-finish-load', standInEvent());
    this.emit('ready-to-show', standInEvent());
  }

  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
}

interface Host {
  recording: Recording;
  app: Emitter;
  windowGone(): void;
}

/** A fresh stand-in: one per load of the main process. */
export function createStandIn(options: StandInOptions): StandIn {
  const recording: Recording = {
    calls: [],
    windows: [],
    windowOptions: [],
    ipcHandlers: new Map(),
    menus: [],
    applicationMenu: null,
    dialogs: [],
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    privilegedSchemes: [],
    switches: new Map(),
    protocolHandlers: new Map(),
    fetched: [],
  };
  const appEmitter = new Emitter();
  let isReady = false;
  let resolveReady: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  let quitting = false;
  let quitted = false;
  const alive = () => recording.windows.filter((window) => !window.destroyed);

  const host: Host = {
    recording,
    app: appEmitter,
    windowGone() {
      // During app.quit Electron closes the windows itself and does not emit window-all-closed.
      if (!quitting && alive().length === 0) appEmitter.emit('window-all-closed', standInEvent());
    },
  };

  const app: Implementable<AppSurface> & Emitter = Object.assign(appEmitter, {
    isPackaged: false,
    whenReady(): Promise<void> {
      recording.calls.push('app.whenReady');
      return readyPromise;
    },
    isReady: () => isReady,
    getPath(name: string): string {
      if (name !== 'userData') throw new Error(`the stand-in knows only app.getPath('userData'), not '${name}'`);
      return options.userData;
    },
    getAppPath: () => options.appPath,
    commandLine: {
      appendSwitch(name: string, value = ''): void {
        recording.switches.set(name, value);
        recording.calls.push(`app.commandLine.appendSwitch ${name}`);
      },
      appendArgument(): void {
        throw new Error('the stand-in records switches only');
      },
      hasSwitch: (name: string) => recording.switches.has(name),
      getSwitchValue: (name: string) => recording.switches.get(name) ?? '',
      removeSwitch(name: string): void {
        recording.switches.delete(name);
      },
    },
    requestSingleInstanceLock(): boolean {
      recording.calls.push('app.requestSingleInstanceLock');
      return options.singleInstance ?? true;
    },
    /** As Electron: before-quit, then every window is asked to close; any refusal cancels the quit. */
    quit(): void {
      recording.calls.push('app.quit');
      if (quitting) return;
      quitting = true;
      try {
        if (appEmitter.fire('before-quit').defaultPrevented) return;
        for (const window of alive()) window.close();
        if (alive().length > 0) return;
        if (appEmitter.fire('will-quit').defaultPrevented) return;
        appEmitter.fire('quit', 0);
        quitted = true;
        recording.calls.push('app quitted');
      } finally {
        quitting = false;
      }
    },
  });

  class BrowserWindow extends FakeWindow {
    constructor(windowOptions: Electron.BrowserWindowConstructorOptions = {}) {
      super(windowOptions, host);
    }

    static getAllWindows(): FakeWindow[] {
      return alive();
    }

    static fromWebContents(contents: WebContentsSurface): FakeWindow | null {
      return recording.windows.find((window) => (window.webContents as unknown) === contents) ?? null;
    }
  }

  const answer = options.answer ?? ((call: DialogCall): DialogAnswer => cancelAnswer(call));
  const showDialog = async (kind: DialogCall['kind'], window: WindowSurface, dialogOptions: DialogCall['options']) => {
    const call = { kind, window: window as unknown as FakeWindow, options: dialogOptions };
    recording.dialogs.push(call);
    recording.calls.push(`dialog.${kind}`);
    return answer(call);
  };

  const electron = {
    app,
    BrowserWindow,
    dialog: {
      showOpenDialog: (window, dialogOptions) => showDialog('open', window, dialogOptions) as Promise<Electron.OpenDialogReturnValue>,
      showSaveDialog: (window, dialogOptions) => showDialog('save', window, dialogOptions) as Promise<Electron.SaveDialogReturnValue>,
      showMessageBox: (window, dialogOptions) => showDialog('message', window, dialogOptions) as Promise<Electron.MessageBoxReturnValue>,
    },
    ipcMain: {
      handle(channel: string, listener: (event: Electron.IpcMainInvokeEvent, ...args: any[]) => unknown): void {
        // Electron's own rule: one handler per channel.
        if (recording.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        recording.ipcHandlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
        recording.calls.push(`ipcMain.handle ${channel}`);
      },
      removeHandler(channel: string): void {
        recording.ipcHandlers.delete(channel);
        recording.calls.push(`ipcMain.removeHandler ${channel}`);
      },
    },
    Menu: {
      buildFromTemplate(template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>) {
        const items = template as Electron.MenuItemConstructorOptions[];
        recording.menus.push(items);
        return { items } as unknown as Electron.Menu;
      },
      setApplicationMenu(menu: Electron.Menu | null): void {
        recording.applicationMenu = menu ? (menu as unknown as { items: Electron.MenuItemConstructorOptions[] }).items : null;
        recording.calls.push('Menu.setApplicationMenu');
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler) {
          recording.permissionRequestHandler = handler as Recording['permissionRequestHandler'];
          recording.calls.push('session.setPermissionRequestHandler');
        },
        setPermissionCheckHandler(handler) {
          recording.permissionCheckHandler = handler as Recording['permissionCheckHandler'];
          recording.calls.push('session.setPermissionCheckHandler');
        },
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
        // Electron allows this only before ready.
        if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
        recording.privilegedSchemes.push(...schemes);
        recording.calls.push('protocol.registerSchemesAsPrivileged');
      },
      handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
        if (!isReady) throw new Error('protocol.handle must be called after app is ready');
        recording.protocolHandlers.set(scheme, handler);
        recording.calls.push(`protocol.handle ${scheme}`);
      },
    },
    net: {
      // Electron's net.fetch reads file: URLs; so does this one, through Node's fs.
      async fetch(input: string | Request): Promise<Response> {
        const url = typeof input === 'string' ? input : input.url;
        recording.fetched.push(url);
        const { readFile } = await import('node:fs/promises');
        const { fileURLToPath } = await import('node:url');
        if (!url.startsWith('file:')) return new Response('not found', { status: 404 });
        try {
          return new Response(new Uint8Array(await readFile(fileURLToPath(url))), { status: 200 });
        } catch {
          return new Response('not found', { status: 404 });
        }
      },
    },
  } satisfies Implementable<Omit<ElectronSurface, 'app' | 'BrowserWindow'>> & { app: Implementable<AppSurface>; BrowserWindow: unknown };

  return {
    // The one cast: on/once return the stand-in, not Electron's classes (see Implementable).
    electron: electron as unknown as ElectronSurface,
    recording,
    async ready() {
      isReady = true;
      appEmitter.fire('ready', {});
      resolveReady();
      // Let whenReady's continuations run, as they would before Electron's next task.
      await new Promise((resolve) => setImmediate(resolve));
    },
    emitApp: (name, ...args) => appEmitter.fire(name, ...args),
    appEvents: () => appEmitter.listened(),
    events() {
      const kinds: Array<[string, Emitter[]]> = [
        ['app', [appEmitter]],
        ['window', recording.windows],
        ['webContents', recording.windows.map((window) => window.webContents)],
      ];
      const named = (pick: (emitter: Emitter) => Iterable<string>) =>
        kinds.flatMap(([kind, emitters]) => emitters.flatMap((emitter) => [...pick(emitter)].map((name) => `${kind}: ${name}`)));
      return { listened: [...new Set(named((emitter) => emitter.listened()))], emitted: [...new Set(named((emitter) => emitter.emitted))] };
    },
    quitted: () => quitted,
  };
}

/** What a dialog answers when the user cancels it. */
function cancelAnswer(call: DialogCall): DialogAnswer {
  if (call.kind === 'open') return { canceled: true, filePaths: [] };
  if (call.kind === 'save') return { canceled: true, filePath: '' };
  const options = call.options as Electron.MessageBoxOptions;
  return { response: options.cancelId ?? 0, checkboxChecked: false };
}
