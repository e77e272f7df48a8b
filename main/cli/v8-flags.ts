/**
 * V8 settings for the `galley` process, set before any comparison runs.
 *
 * The CLI compares once and exits, so code V8 optimises serves one
 * comparison only; the editor's compare worker, which compares again at
 * every edit, keeps V8's defaults. On 1,000,000 words TurboFan compiling
 * the engine's functions was about 28% of the process's CPU time (`perf
 * record -e cpu-clock` over all threads), most of it on graphs grown by
 * inlining. Smaller inlining budgets compile smaller graphs, sooner, and
 * cost less CPU in all than the slower code gives back; no inlining at all
 * costs more (the figures are in the commit that set these).
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode TurboFan may inline into one function, in all (V8's default: 920). */
const INLINED_BYTECODE_PER_FUNCTION = 300;
/** Largest function TurboFan inlines (V8's default: 460). */
const INLINED_FUNCTION_BYTECODE = 150;

export function tuneV8ForOneComparison(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_PER_FUNCTION}`);
  setFlagsFromString(`--max-inlined-bytecode-size=${INLINED_FUNCTION_BYTECODE}`);
}
