import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../preload/api';
import { createHandlers, isChannel } from '../../main/ipc/handlers';
import * as check from '../../main/ipc/validate';
import type { ReviewSession } from '../../main/session/review-session';
import {
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  windowOpenDecision,
} from '../../main/window/security-policy';
import { APP_PAGE_URL } from '../../main/window/app-protocol';
import { menuTemplate } from '../../main/window/menu-template';

const APP = APP_PAGE_URL;

describe('window security policy', () => {
  it('allows only a reload of the app page', () => {
    expect(isNavigationAllowed(APP, APP)).toBe(true);
    expect(isNavigationAllowed(`${APP}#top`, APP)).toBe(true);
    expect(isNavigationAllowed('galley://app/other.html', APP)).toBe(false);
    expect(isNavigationAllowed('galley://evil.example/index.html', APP)).toBe(false);
    expect(isNavigationAllowed('galley://user@app/index.html', APP)).toBe(false);
    expect(isNavigationAllowed('https://app/index.html', APP)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', APP)).toBe(false);
    expect(isNavigationAllowed('https://example.com/', APP)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', APP)).toBe(false);
    expect(isNavigationAllowed('not a url', APP)).toBe(false);
  });

  it('never trusts a file: page, whose origin is every local file’s (issue 11 item 11)', () => {
    const FILE_APP = 'file:///opt/galley/out/renderer/index.html';
    expect(isNavigationAllowed('file://evil.example/opt/galley/out/renderer/index.html', FILE_APP)).toBe(false);
    expect(isTrustedSender('file://evil.example/opt/galley/out/renderer/index.html', FILE_APP, true)).toBe(false);
    expect(isNavigationAllowed(FILE_APP, FILE_APP)).toBe(false);
  });

  it('keeps the browser harness’s http origin working', () => {
    expect(isTrustedSender('http://app.test/index.html', 'http://app.test/index.html', true)).toBe(true);
    expect(isTrustedSender('http://app.test:8080/index.html', 'http://app.test/index.html', true)).toBe(false);
    expect(isTrustedSender('http://evil.test/index.html', 'http://app.test/index.html', true)).toBe(false);
  });

  it('denies new windows and every permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('answers IPC only from the app page in the main frame', () => {
    expect(isTrustedSender(APP, APP, true)).toBe(true);
    expect(isTrustedSender(APP, APP, false)).toBe(false);
    expect(isTrustedSender('https://evil.test/index.html', APP, true)).toBe(false);
  });
});

describe('IPC handler table', () => {
  const calls: string[] = [];
  const session = new Proxy({}, { get: (_t, name) => async () => calls.push(String(name)) }) as unknown as ReviewSession;
  const table = createHandlers(session);

  it('has exactly one handler per channel of the contract', () => {
    expect(Object.keys(table).sort()).toEqual(Object.values(CHANNELS).sort());
    expect(isChannel(table, 'toString')).toBe(false);
    expect(isChannel(table, '__proto__')).toBe(false);
  });

  it('rejects malformed arguments before they reach the session', async () => {
    calls.length = 0;
    await expect(table[CHANNELS.save]([{ draft: '../../etc/passwd', text: 'x', saveAs: false }])).rejects.toThrow(check.InvalidArgument);
    await expect(table[CHANNELS.save](['not an object'])).rejects.toThrow(check.InvalidArgument);
    await expect(table[CHANNELS.setEdited](['yes'])).rejects.toThrow(check.InvalidArgument);
    await expect(table[CHANNELS.openPaths]([['a', 'b', 'c']])).rejects.toThrow(check.InvalidArgument);
    await expect(table[CHANNELS.openPaths]([['a\0b']])).rejects.toThrow(check.InvalidArgument);
    await expect(table[CHANNELS.restoreRecovery](['../x'])).rejects.toThrow(check.InvalidArgument);
    expect(calls).toEqual([]);
    await table[CHANNELS.setEdited]([true]);
    expect(calls).toEqual(['setEdited']);
  });
});

describe('menu', () => {
  it('offers every review command with the shortcut the renderer binds', () => {
    const review = menuTemplate({ isMac: false, isDev: false }).find((menu) => menu.label === 'Review')!;
    const accept = review.submenu.find((item) => item.command === 'accept-next');
    expect(accept?.accelerator).toBe('CmdOrCtrl+Return');
    expect(review.submenu.some((item) => item.command === 'accept-all')).toBe(true);
  });
});
