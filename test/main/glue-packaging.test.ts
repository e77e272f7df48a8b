/**
 * The installers' configuration (main/packaging/electron-builder.yml), checked here because
 * no machine this project is tested on can build them (electron-builder
 * downloads the Electron runtime for each target). electron-builder's own
 * loader and schema validation read it, so a misspelled key fails; the fuses
 * are the ones Electron's security checklist asks for; and the packages stay
 * installable without downloads at install time.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CONFIG = join(ROOT, 'main/packaging/electron-builder.yml');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** electron-builder's own configuration loader and validator (app-builder-lib is its engine). */
async function builder() {
  try {
    const [config, util] = await Promise.all([import('app-builder-lib/out/util/config/config'), import('builder-util')]);
    return { ...config, DebugLogger: util.DebugLogger };
  } catch (error) {
    throw new Error(`electron-builder is not installed here: run \`npm ci\` (it is a devDependency). ${String(error)}`);
  }
}
let cached: Promise<Configuration> | null = null;
/** main/packaging/electron-builder.yml as electron-builder reads it (loaded once, when a test first asks). */
const loaded = (): Promise<Configuration> => (cached ??= builder().then(({ getConfig }) => getConfig(ROOT, CONFIG, null)));

async function validate(config: Configuration): Promise<void> {
  const { validateConfiguration, DebugLogger } = await builder();
  return validateConfiguration(structuredClone(config), new DebugLogger(false));
}

describe('packaging (main/packaging/electron-builder.yml)', () => {
  it('is what electron-builder itself loads and accepts', async () => {
    const config = await loaded();
    expect(config.appId).toBe('app.galley.desktop');
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('fails validation on a misspelled key, so a typo cannot pass unnoticed', async () => {
    const config = await loaded();
    const { electronFuses, ...rest } = config;
    await expect(validate({ ...rest, electronFuse: electronFuses } as never)).rejects.toThrow(/electronFuse/);
    await expect(validate({ ...config, electronFuses: { ...electronFuses, runAsNod: false } as never })).rejects.toThrow(/configuration\.electronFuses/);
    await expect(validate({ ...config, electronFuses: { ...electronFuses, runAsNode: 'no' } as never })).rejects.toThrow(/configuration\.electronFuses/);
    await expect(validate({ ...config, linux: { ...config.linux, targets: ['deb'] } as never })).rejects.toThrow(/configuration\.linux/);
  });

  it('flips the fuses Electron’s security checklist recommends', async () => {
    expect((await loaded()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an AppImage and a deb, a dmg and an NSIS installer, from an asar of the built app', async () => {
    const config = await loaded();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    expect(config.asar).toBe(true);
    // Everything the packaged main process loads: its bundle, the preload, the page, the demo pair.
    const patterns = [config.files].flat(2).flatMap((set) => (typeof set === 'string' ? [set] : [set?.filter ?? []].flat()));
    expect(patterns).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'seeds/**']));
    expect(packageJson.main).toBe('./out/main/index.js');
  });

  it('npm run dist builds the app first and never publishes', () => {
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder --config main/packaging/electron-builder.yml --publish never');
    expect(packageJson.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('installs without downloads: only reviewed packages run install scripts, and none fetches anything', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path)
      .sort();
    // es5-ext: a postinstall that prints a notice; electron-winstaller: copies its bundled 7-Zip for the host arch.
    // (electron itself fetches its runtime only when first run: `npm start`'s launcher.)
    expect(withScripts).toEqual(['node_modules/electron-winstaller', 'node_modules/es5-ext']);
  });
});
