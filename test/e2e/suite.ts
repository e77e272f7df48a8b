/**
 * One way for every end-to-end file to declare its tests: skipped loudly
 * without a Chromium (failing instead under GALLEY_REQUIRE_BROWSER=1), and
 * every window a test opens closed after it, even when the test fails.
 */
import { afterEach, describe } from 'vitest';
import { chromiumOrSkip } from './chromium';
import { type App, type AppOptions, openApp, openAppWith } from './harness';

export interface Windows {
  /** `openApp`, closed after the test. */
  open(options?: AppOptions): Promise<App>;
  /** `openAppWith`, closed after the test unless the test crashed it. */
  openWith(options: AppOptions & { dataDir?: string }): Promise<App>;
}

export function describeInChromium(name: string, body: (windows: Windows) => void): void {
  describe.skipIf(!chromiumOrSkip())(`${name} (Chromium)`, () => {
    const open: App[] = [];
    afterEach(async () => {
      for (const app of open.splice(0)) await app.close().catch(() => {});
    });
    const track = (app: App): App => (open.push(app), app);
    body({
      open: async (options = {}) => track(await openApp(options)),
      openWith: async (options) => track(await openAppWith(options)),
    });
  });
}
