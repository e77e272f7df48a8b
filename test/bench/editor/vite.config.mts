import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Bundles `npm run bench:editor` for plain Node (Node 20 cannot run .ts),
// as test/eval/vite.config.mts does for the engine benchmark. The output
// sits two folders below the root, like test/e2e/, so the harness's
// `resolve(__dirname, '../..')` and the corpus's `new URL('../../', …)`
// both find the repository root; the banner gives the ES bundle the
// `__dirname` the harness (written for vitest) expects.
const root = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  resolve: { tsconfigPaths: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(root, 'out/bench-editor'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { editor: resolve(root, 'test/bench/editor/editor-bench.ts') },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        chunkFileNames: '[name].mjs',
        banner:
          "import { fileURLToPath as __benchPath } from 'node:url';\n" +
          "import { dirname as __benchDir } from 'node:path';\n" +
          'const __dirname = __benchDir(__benchPath(import.meta.url));',
      },
    },
  },
});
