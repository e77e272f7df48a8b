/**
 * Finding a Chromium for the end-to-end tests, and refusing to pass quietly
 * without one when GALLEY_REQUIRE_BROWSER=1 says a browser run is required.
 */
import { existsSync } from 'node:fs';
import { RENDERER_JS_FLAGS } from '../../main/window/renderer-flags';

/** Where Chromium is looked for, after $GALLEY_CHROMIUM. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point GALLEY_CHROMIUM at a Chromium or Chrome binary.';

export function findChromium(): string | null {
  const fromEnv = process.env.GALLEY_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * The Chromium to use, or null when browser tests should be skipped.
 * Throws when GALLEY_REQUIRE_BROWSER=1 and none is found, so a CI run can
 * never pass by skipping them.
 */
export function chromiumOrSkip(): string | null {
  const path = findChromium();
  if (path) return path;
  if (process.env.GALLEY_REQUIRE_BROWSER === '1') throw new Error(INSTALL_HINT);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${INSTALL_HINT}\n`);
  return null;
}

/**
 * Flags that keep Chromium quiet and self-contained on a closed network,
 * and the V8 flags the app's own window gets from main (so the page runs
 * as users get it).
 */
export const CHROMIUM_ARGS = [
  `--js-flags=${RENDERER_JS_FLAGS}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
