import { defineConfig } from 'vitest/config';

// One run covers every layer: the pure engine, main-process logic on real
// temp files, the CLI as a child process, and the built app in Chromium.
export default defineConfig({
  // `@galley/engine` comes from tsconfig.json's `paths`, as in the app's build.
  resolve: { tsconfigPaths: true },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Chromium instances are heavy on a 2-core machine.
    maxWorkers: 2,
    reporters: ['default', './test/closing-line-reporter.ts'],
    setupFiles: ['./test/setup/fast-check.ts'],
  },
});
