/**
 * What 'electron' resolves to when glue-types.test.ts type-checks
 * main/index.ts against the stand-in: the stand-in's surfaces under
 * Electron's export names. Never run; it exists for its types.
 */
import { createStandIn, type WindowSurface } from './glue-electron';

const { electron } = createStandIn({ userData: '', appPath: '' });

export const { app, dialog, ipcMain, Menu, session, protocol, net } = electron;
export const BrowserWindow = electron.BrowserWindow;
export type BrowserWindow = WindowSurface;
