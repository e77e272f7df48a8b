/**
 * The Electron glue, and the only module that imports 'electron': it opens
 * the window with secure defaults, wires native dialogs, the menu and IPC to
 * the plain-Node review session, and enforces the window security policy.
 * Everything with logic lives in modules the tests run without Electron.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession } from 'electron';
import { CHANNELS, EVENTS } from '../preload/api';
import { watchFile } from './files/watch';
import { createHandlers, isChannel } from './ipc/handlers';
import { FileRecoveryStore } from './recovery';
import type { Dialogs } from './session/ports';
import { ReviewSession } from './session/review-session';
import { parseStartupArgs, seedPair } from './session/startup-args';
import { menuTemplate } from './window/menu-template';
import {
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  windowOpenDecision,
} from './window/security-policy';

const TEXT_FILTERS = [
  { name: 'Text', extensions: ['txt', 'text', 'md', 'markdown', 'rst', 'adoc', 'tex', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

function nativeDialogs(window: BrowserWindow): Dialogs {
  return {
    async chooseFile(role) {
      const result = await dialog.showOpenDialog(window, {
        title: role === 'draft' ? 'Open Draft' : 'Open Reference',
        properties: ['openFile'],
        filters: TEXT_FILTERS,
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedPath) {
      const result = await dialog.showSaveDialog(window, { title: 'Save Cleaned Copy', defaultPath: suggestedPath });
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
  };
}

function commandLineFiles() {
  // Unpackaged, argv is [electron, app path, ...]; packaged, [galley, ...].
  const args = process.argv.slice(app.isPackaged ? 1 : 2);
  // `npm run app -- FILE` runs in the project folder; INIT_CWD is where the user typed it.
  const named = parseStartupArgs(args, process.env.INIT_CWD ?? process.cwd());
  if (named.draft || named.reference) return { ...named, demo: false };
  return { ...seedPair(app.getAppPath()), demo: true };
}

function createWindow(): void {
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
  const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(resolve(__dirname, '../renderer/index.html')).href;

  const session = new ReviewSession({
    dialogs: nativeDialogs(window),
    window: {
      setTitle: (title) => !window.isDestroyed() && window.setTitle(title),
      send: (channel, value) => !window.isDestroyed() && window.webContents.send(channel, value),
      close: () => !window.isDestroyed() && window.close(),
    },
    recovery: new FileRecoveryStore(join(app.getPath('userData'), 'recovery')),
    watch: watchFile,
    startup: commandLineFiles(),
  });
  const handlers = createHandlers(session);

  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, (event, ...args) => {
      if (event.sender !== window.webContents || !event.senderFrame) throw new Error('Refused: unknown sender');
      const isMainFrame = event.senderFrame === window.webContents.mainFrame;
      if (!isTrustedSender(event.senderFrame.url, appUrl, isMainFrame)) throw new Error('Refused: untrusted sender');
      if (!isChannel(handlers, channel)) throw new Error('Refused: unknown channel');
      return handlers[channel](args);
    });
  }

  let mayClose = false;
  window.on('close', (event) => {
    if (mayClose) return;
    event.preventDefault();
    void session.requestClose().then((ok) => {
      if (!ok) return;
      mayClose = true;
      window.close();
    });
  });
  window.on('closed', () => {
    for (const channel of Object.values(CHANNELS)) ipcMain.removeHandler(channel);
    void session.dispose();
  });

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
              click: () => window.webContents.send(EVENTS.command, item.command),
            }
          : item,
      ),
    })),
  );
  Menu.setApplicationMenu(menu);

  // The title is main's (file name and unsaved marker), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(appUrl);
  else void window.loadFile(resolve(__dirname, '../renderer/index.html'));

  window.webContents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, appUrl)) event.preventDefault();
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(windowOpenDecision);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
});

app.whenReady().then(() => {
  electronSession.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  electronSession.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
