/**
 * The menu bar as plain data, built from the renderer's command table so a
 * menu item and its keyboard shortcut can never disagree. main/index.ts adds
 * the click handlers and hands it to Electron's Menu.
 */
import type { AppCommand } from '../../preload/api';
import { COMMANDS, toAccelerator, type MenuName } from '../../preload/commands';

export interface MenuItemData {
  label?: string;
  /** Shown in the menu; the renderer's keymap handles the key itself. */
  accelerator?: string;
  command?: AppCommand;
  /** Electron's built-in behaviour for clipboard and window items. */
  role?: 'cut' | 'copy' | 'paste' | 'selectAll' | 'close' | 'quit' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'about';
  type?: 'separator';
}

export interface MenuData {
  label: MenuName;
  submenu: MenuItemData[];
}

const SEPARATOR: MenuItemData = { type: 'separator' };

function commandItems(menu: MenuName): MenuItemData[] {
  return COMMANDS.filter((info) => info.menu === menu).map((info) => ({
    label: info.label,
    command: info.command,
    ...(info.keys.length > 0 ? { accelerator: toAccelerator(info.keys[0]) } : {}),
  }));
}

export function menuTemplate(options: { isMac: boolean; isDev: boolean }): MenuData[] {
  return [
    { label: 'File', submenu: [...commandItems('File'), SEPARATOR, { role: options.isMac ? 'close' : 'quit' }] },
    {
      label: 'Edit',
      submenu: [...commandItems('Edit'), SEPARATOR, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    { label: 'Review', submenu: commandItems('Review') },
    {
      label: 'View',
      submenu: [
        ...commandItems('View'),
        SEPARATOR,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(options.isDev ? [{ role: 'toggleDevTools' } as MenuItemData] : []),
      ],
    },
  ];
}
