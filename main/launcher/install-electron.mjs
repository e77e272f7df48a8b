#!/usr/bin/env node
/**
 * Fetches the Electron runtime before `npm start` / `npm run app`, as
 * electron's own installer does, but says in one line what went wrong instead
 * of a stack trace: most often there is no internet connection, and the
 * `galley` command works without Electron.
 *
 * Exit status: 0 when the runtime is installed, 1 when it could not be.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const RETRY = 'run `npm start` again when you are online';
const WITHOUT_IT = 'the galley command works without it: `npm run build && npx galley check DRAFT REFERENCE`';

/** Errors that mean the download never reached the server (node's fetch, DNS, sockets, TLS). */
const NETWORK =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|certificate|UND_ERR_/;

/**
 * The one line to print for the installer's error output `output`.
 * `nodeVersion` is process.versions.node.
 */
export function explainFailure(output, nodeVersion) {
  const [major, minor] = nodeVersion.split('.').map(Number);
  if (/ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE/.test(output) || major < 20 || (major === 20 && minor < 19)) {
    return `galley: the Electron runtime could not be installed: Electron 45's installer needs Node 22.12 or newer (this is Node ${nodeVersion}); ${WITHOUT_IT}.`;
  }
  if (NETWORK.test(output)) {
    return `galley: the Electron runtime could not be downloaded (no connection to its download server); ${RETRY}, or set ELECTRON_MIRROR to a mirror you can reach; ${WITHOUT_IT}.`;
  }
  const first = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
  return `galley: the Electron runtime could not be installed (${first ?? 'no error message'}); run \`node node_modules/electron/install.js\` for the details; ${WITHOUT_IT}.`;
}

/**
 * Runs electron's installer (`installer`, by default node_modules/electron/install.js)
 * and returns its exit status, writing one explaining line through `report` on failure.
 */
export function installElectron({ installer, report = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const script = installer ?? createRequire(import.meta.url).resolve('electron/install.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'inherit', 'pipe'] });
    let output = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => {
      report(explainFailure(String(error), process.versions.node));
      resolve(1);
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(0);
      report(explainFailure(output, process.versions.node));
      resolve(1);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await installElectron();
}
