/**
 * The one door from a page to main. Every call is refused unless it comes
 * from the app page in the window's own top frame, names a channel of the
 * contract and carries an argument list; then the channel's handler checks
 * the arguments themselves. main/index.ts puts it behind ipcMain, and the
 * browser test harness behind its page binding, so both run these checks.
 */
import { isTrustedSender } from '../window/security-policy';
import { isChannel, type HandlerTable } from './handlers';

/** The frame a call came from, as the host (Electron, or the harness's browser) reports it. */
export interface Caller {
  readonly url: string;
  /** True for the window's top frame; false for any frame inside it. */
  readonly isMainFrame: boolean;
}

/** Answers one call; `caller` is null when the call came from outside this window. */
export type Dispatch = (caller: Caller | null, channel: unknown, args: unknown) => Promise<unknown>;

export function createDispatcher(handlers: HandlerTable, appUrl: string): Dispatch {
  return async (caller, channel, args) => {
    if (!caller) throw new Error('Refused: unknown sender');
    if (!isTrustedSender(caller.url, appUrl, caller.isMainFrame)) throw new Error('Refused: untrusted sender');
    if (!isChannel(handlers, channel)) throw new Error('Refused: unknown channel');
    if (!Array.isArray(args)) throw new Error('Refused: malformed call');
    return handlers[channel](args);
  };
}
