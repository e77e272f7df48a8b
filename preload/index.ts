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

const api: GalleyApi = {
  startup: () => ipcRenderer.invoke(CHANNELS.startup),
  openDraft: () => ipcRenderer.invoke(CHANNELS.openDraft),
  openReference: () => ipcRenderer.invoke(CHANNELS.openReference),
  // Only the preload can turn a dropped File into its path; page script gets
  // no way to hand main a path of its own choosing.
  openDropped: (files, target = 'auto') =>
    ipcRenderer.invoke(
      CHANNELS.openPaths,
      files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== ''),
      target,
    ),
  reload: (handle) => ipcRenderer.invoke(CHANNELS.reload, handle),
  save: (request) => ipcRenderer.invoke(CHANNELS.save, request),
  exportReport: (request) => ipcRenderer.invoke(CHANNELS.exportReport, request),
  settings: () => ipcRenderer.invoke(CHANNELS.settings),
  saveSettings: (settings) => ipcRenderer.invoke(CHANNELS.saveSettings, settings),
  setEdited: (edited) => ipcRenderer.invoke(CHANNELS.setEdited, edited),
  keepRecovery: (copy) => ipcRenderer.invoke(CHANNELS.keepRecovery, copy),
  restoreRecovery: (id) => ipcRenderer.invoke(CHANNELS.restoreRecovery, id),
  discardRecovery: (id) => ipcRenderer.invoke(CHANNELS.discardRecovery, id),
  closeWindow: () => ipcRenderer.invoke(CHANNELS.closeWindow),
  onCommand: (listener) => subscribe<AppCommand>(EVENTS.command, listener),
  onFileChanged: (listener) => subscribe<FileChange>(EVENTS.fileChanged, listener),
};

contextBridge.exposeInMainWorld('galley', api);
