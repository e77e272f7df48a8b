import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Bundles the evaluation and benchmark scripts for plain Node (Node 20 cannot
// run .ts), the editor benchmark (test/bench/editor) among them. Packages stay
// external and load from node_modules; the engine is bundled in from its
// source, exactly as the renderer and the CLI use it. The output sits two
// folders below the root, like test/e2e/, so the end-to-end harness's
// `resolve(__dirname, '../..')` (the editor benchmark drives the app through
// it) and the corpus's `new URL('../../', …)` both find the repository root;
// the banner gives the ES bundles the `__dirname` the harness (written for
// vitest) expects.
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  // `@galley/engine` comes from tsconfig.json's `paths`, as in the app's build.
  resolve: { tsconfigPaths: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(root, 'out/eval'),
    // Not emptied: an eval started while a bench runs must not delete the
    // contender script under it. Chunk names are fixed, so nothing goes stale.
    emptyOutDir: false,
    minify: false,
    rollupOptions: {
      input: {
        eval: resolve(root, 'test/eval/eval.ts'),
        real: resolve(root, 'test/eval/real/real.ts'),
        bench: resolve(root, 'test/bench/bench.ts'),
        contender: resolve(root, 'test/bench/contender.ts'),
        editor: resolve(root, 'test/bench/editor/editor-bench.ts'),
      },
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
