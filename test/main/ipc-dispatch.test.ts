/** The guarded dispatcher: the checks every IPC call passes, in Electron and in the browser harness alike. */
import { expect, it } from 'vitest';
import { CHANNELS } from '../../preload/api';
import { createDispatcher } from '../../main/ipc/dispatch';
import type { HandlerTable } from '../../main/ipc/handlers';
import { APP_PAGE_URL as APP } from '../../main/window/app-protocol';

const calls: unknown[] = [];
const table = Object.fromEntries(
  Object.values(CHANNELS).map((channel) => [channel, async (args: readonly unknown[]) => calls.push([channel, ...args])]),
) as unknown as HandlerTable;
const dispatch = createDispatcher(table, APP);
const page = { url: APP, isMainFrame: true };

it('refuses a call from another window, a frame, another page, an unknown channel or without an argument list', async () => {
  calls.length = 0;
  await expect(dispatch(null, CHANNELS.setEdited, [true])).rejects.toThrow('Refused: unknown sender');
  await expect(dispatch({ url: APP, isMainFrame: false }, CHANNELS.setEdited, [true])).rejects.toThrow('Refused: untrusted sender');
  await expect(dispatch({ url: 'galley://evil.test/index.html', isMainFrame: true }, CHANNELS.setEdited, [true])).rejects.toThrow(
    'Refused: untrusted sender',
  );
  await expect(dispatch(page, 'toString', [])).rejects.toThrow('Refused: unknown channel');
  await expect(dispatch(page, CHANNELS.setEdited, true)).rejects.toThrow('Refused: malformed call');
  expect(calls).toEqual([]);
});

it('hands a call from the app page to its channel handler', async () => {
  calls.length = 0;
  await dispatch(page, CHANNELS.setEdited, [true]);
  expect(calls).toEqual([[CHANNELS.setEdited, true]]);
});
