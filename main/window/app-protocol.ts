/**
 * Where the app page comes from in Electron: `galley://app/…`, a scheme main
 * registers as standard and secure and answers from the built renderer folder
 * only. A custom origin instead of file:// means the page's origin is its own
 * (file:// pages share the opaque origin of every local file, so the CSP's
 * 'self' would admit any local script), and the security policy can compare
 * origins exactly. Plain functions, so they are unit tested.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'galley';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
/** The app page's URL: what the window loads and the only page it may show. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The file under `root` that a request for `url` is answered with, or null
 * when the URL is not the app's origin or would leave `root` (`..`, encoded
 * or not, backslashes, NUL bytes).
 */
export function appFileFor(url: string, root: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN || parsed.username || parsed.password) return null;
  if (path.includes('\0') || path.includes('\\')) return null;
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

/** The Content-Type a built file is served with; unknown kinds are plain bytes. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
