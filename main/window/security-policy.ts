/**
 * What a Galley window may do beyond showing its own page: nothing. These
 * decisions are plain functions so they are unit tested and so the browser
 * harness enforces the same rules the Electron glue does.
 */

/**
 * A navigation is allowed only to the very page the window was opened on (a
 * reload). Anything else (a link in a document, a dropped file, script
 * setting location) would put untrusted content in a window with the API.
 *
 * Origins are compared as scheme, host and port: URL.origin is "null" for
 * file: and custom schemes alike, and "null" === "null" would let
 * file://evil.example/… pass. A page URL without a host (file:) is never
 * trusted; the app is served from galley://app (./app-protocol).
 */
export function isNavigationAllowed(targetUrl: string, appUrl: string): boolean {
  try {
    const target = new URL(targetUrl);
    const app = new URL(appUrl);
    if (!app.host || target.username || target.password) return false;
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Galley never opens a second window from page content. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, notifications, clipboard reading, geolocation...: none is needed. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * An IPC call is answered only when it comes from the app's own page in the
 * window's main frame: not from a subframe, not after a navigation elsewhere.
 */
export function isTrustedSender(senderUrl: string, appUrl: string, isMainFrame: boolean): boolean {
  return isMainFrame && isNavigationAllowed(senderUrl, appUrl);
}
