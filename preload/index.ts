/**
 * The preload: builds `window.galley` from the contract in ./api and nothing
 * more. The page never sees ipcRenderer, so it can only call these functions,
 * and main checks every argument again.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, EVENTS, type AppCommand, type FileChange, type GalleyApi } from './api';

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_event: unknown, value: T) => listener(value);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

/** The paths of dropped files, as only the preload can read them; '' for a File made by page script. */
function droppedPaths(files: ArrayLike<File>): string[] {
  return Array.from(files, (file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
}

// A real drop of files from the file manager registers their paths with main
// as it happens (capture phase, before the page's own handler asks to open
// them). Page script can neither make a trusted drop event nor reach
// ipcRenderer, so main opens no path it did not see dropped.
window.addEventListener(
  'drop',
  (event) => {
    const paths = event.isTrusted && event.dataTransfer ? droppedPaths(event.dataTransfer.files) : [];
    if (paths.length > 0) void ipcRenderer.invoke(CHANNELS.registerDrop, paths.slice(0, 2)).catch(() => {});
  },
  true,
);

const api: GalleyApi = {
  startup: () => ipcRenderer.invoke(CHANNELS.startup),
  openDraft: () => ipcRenderer.invoke(CHANNELS.openDraft),
  openReference: () => ipcRenderer.invoke(CHANNELS.openReference),
  // Main opens these only if the preload registered them as a real drop happened (above).
  openDropped: (files, target = 'auto') => ipcRenderer.invoke(CHANNELS.openPaths, droppedPaths(files), target),
  reload: (handle) => ipcRenderer.invoke(CHANNELS.reload, handle),
  reopenWithEncoding: (handle, encoding) => ipcRenderer.invoke(CHANNELS.reopenWithEncoding, handle, encoding),
  setSaveEncoding: (encoding) => ipcRenderer.invoke(CHANNELS.setSaveEncoding, encoding),
  save: (request) => ipcRenderer.invoke(CHANNELS.save, request),
  exportReport: (request) => ipcRenderer.invoke(CHANNELS.exportReport, request),
  settings: () => ipcRenderer.invoke(CHANNELS.settings),
  saveSettings: (settings) => ipcRenderer.invoke(CHANNELS.saveSettings, settings),
  setEdited: (edited) => ipcRenderer.invoke(CHANNELS.setEdited, edited),
  keptReview: () => ipcRenderer.invoke(CHANNELS.keptReview),
  keepReview: (snapshot) => ipcRenderer.invoke(CHANNELS.keepReview, snapshot),
  saveReviewAs: (snapshot) => ipcRenderer.invoke(CHANNELS.saveReviewAs, snapshot),
  rejections: () => ipcRenderer.invoke(CHANNELS.rejections),
  saveRejections: (counts) => ipcRenderer.invoke(CHANNELS.saveRejections, counts),
  keepRecovery: (copy) => ipcRenderer.invoke(CHANNELS.keepRecovery, copy),
  restoreRecovery: (id) => ipcRenderer.invoke(CHANNELS.restoreRecovery, id),
  discardRecovery: (id) => ipcRenderer.invoke(CHANNELS.discardRecovery, id),
  closeWindow: () => ipcRenderer.invoke(CHANNELS.closeWindow),
  onCommand: (listener) => subscribe<AppCommand>(EVENTS.command, listener),
  onFileChanged: (listener) => subscribe<FileChange>(EVENTS.fileChanged, listener),
};

contextBridge.exposeInMainWorld('galley', api);
