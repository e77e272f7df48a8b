import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// The project keeps its processes in top-level folders (main/, preload/,
// renderer/) instead of electron-vite's default src/, so every entry is named.
// Every process resolves `@galley/engine` from tsconfig.json's `paths`, the
// one place the alias is defined.
const resolveOptions = { tsconfigPaths: true };

// package.json's `bin` points at the CLI bundle. npm makes a bin executable
// only when it installs, and a fresh clone has no build then, so the bundle
// is made executable as it is written: `npx galley` works after a build.
const executableCli: Plugin = {
  name: 'galley-executable-cli',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.isEntry && file.name === 'galley' && options.dir) chmodSync(resolve(options.dir, file.fileName), 0o755);
    }
  },
};

export default defineConfig({
  main: {
    resolve: resolveOptions,
    plugins: [executableCli],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // index: the Electron main process; galley: the headless CLI, which
        // runs under plain Node and must never load 'electron'.
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          galley: resolve(__dirname, 'main/cli/galley.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'galley' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    resolve: resolveOptions,
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require 'electron': nothing else may be
      // left external, and it must stay CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: resolveOptions,
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
    // Classic workers load from file:// in Electron, where module workers may not.
    worker: { format: 'iife' },
  },
});
