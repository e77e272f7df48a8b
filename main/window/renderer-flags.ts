/**
 * V8 flags for the window's renderer process: the page and its compare
 * worker. main/index.ts gives them to Chromium before the app is ready
 * (the js-flags switch reaches every renderer it starts), and the
 * end-to-end harness starts its Chromium with the same, so the tests and
 * `npm run bench:editor` run the page as users get it.
 *
 * `--optimize-for-size` keeps V8's heaps close to what they hold: a young
 * generation of 1 MB instead of up to 16 MB per heap, and an old
 * generation collected sooner as it grows (with the unified heap, Blink's
 * DOM and layout objects are collected along with it). The renderer's
 * peak was mostly heap kept between collections, not live data: at
 * 300,000 words the page held 28 MB live (a heap snapshot after opening)
 * in a 72 MB heap, and scrolling the panel's list to its middle left
 * 80 MB of Blink's layout garbage before a collection came. With the flag
 * (the benchmark's opening, that scroll and 20 keys at 300,000 words,
 * sampled as bench:editor --memory-trace does; load 13–17) the renderer's
 * resident set after opening went 375 → 281 MB, and after the keys
 * 506 → 314 MB; `--max-semi-space-size=1` alone gave
 * 350 and 422. The price is more frequent collections: `galley check` on
 * the same pair under the flag used 1.9 s of CPU instead of 1.7 s
 * (`node --single-threaded`).
 */
export const RENDERER_JS_FLAGS = '--optimize-for-size';
