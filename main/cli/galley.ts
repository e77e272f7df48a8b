/**
 * `galley`: the comparison engine for scripts and pipelines, under plain
 * Node (built to out/main/galley.js; never loads Electron). See args.ts for
 * the command line and run.ts for what it does.
 */
import packageJson from '../../package.json';
import { describeStdoutError, EXIT_TROUBLE, run } from './run';
import { tuneV8ForOneComparison } from './v8-flags';

tuneV8ForOneComparison();

// A reader that goes away (`galley check … | head`) is not an error. Any
// other failure to write the output (a full disk behind `> cleaned.txt`) is
// trouble: exit 1 would tell a pipeline the texts merely differ, and it
// would keep a truncated file.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`galley: ${describeStdoutError(error)}\n`);
  process.exit(EXIT_TROUBLE);
});

void run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  version: packageJson.version,
}).then((code) => {
  // exitCode rather than exit(): let a large stdout write drain first.
  process.exitCode = code;
});
