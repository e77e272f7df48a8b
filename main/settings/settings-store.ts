/**
 * The window's ignore settings (kinds to leave out, typographic variants as
 * equal, learned ignore rules), kept by main as one JSON file in the app's
 * data folder: written atomically, checked field by field when read. A file
 * that is missing or fails the check counts as the defaults, so a hand edit
 * gone wrong costs the settings, never the window.
 *
 * The file is also a rules file for the CLI (`galley check --rules
 * settings.json`): it has the rule file's `version` and `rules`, and the
 * CLI reads nothing else of it.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRuleFile, RuleFileError, SUGGESTION_KINDS, type SuggestionKind } from '@galley/engine';
import type { IgnoreSettings } from '../../preload/api';
import { writeFileAtomic } from '../files/atomic';

export const DEFAULT_SETTINGS: IgnoreSettings = { ignore: [], typographyEqual: false, rules: [] };

/** Thrown by `parseSettings`; the message is one line saying what is wrong. */
export class SettingsError extends Error {}

/** Settings from parsed JSON, every field checked; throws SettingsError. */
export function parseSettings(json: unknown): IgnoreSettings {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new SettingsError('expected an object');
  const { ignore, typographyEqual, rules, trackChangesAuthor } = json as Record<string, unknown>;
  if (!Array.isArray(ignore) || ignore.length > SUGGESTION_KINDS.length || !ignore.every((kind) => SUGGESTION_KINDS.includes(kind as SuggestionKind))) {
    throw new SettingsError('"ignore" must be a list of suggestion kinds');
  }
  if (typeof typographyEqual !== 'boolean') throw new SettingsError('"typographyEqual" must be true or false');
  const author = trackChangesAuthor === undefined ? {} : { trackChangesAuthor: checkAuthor(trackChangesAuthor) };
  try {
    // The rules are the CLI's rule file format, checked by the same code.
    const parsed = parseRuleFile({ version: 1, rules });
    return { ignore: [...new Set(ignore as string[])], typographyEqual, rules: parsed.rules.map(({ draft, reference }) => ({ draft, reference })), ...author };
  } catch (error) {
    if (error instanceof RuleFileError) throw new SettingsError(error.message);
    throw error;
  }
}

/** Longest author name kept for tracked changes (Word shows it in a narrow pane). */
const MAX_AUTHOR_CHARS = 100;

/** The tracked-changes author: one line of printable text, or the default when blank. */
function checkAuthor(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_AUTHOR_CHARS || /[\p{Cc}\p{Cs}]/u.test(value)) {
    throw new SettingsError(`"trackChangesAuthor" must be a name of at most ${MAX_AUTHOR_CHARS} characters on one line`);
  }
  return value.trim();
}

/** Who Galley's tracked changes are by: the setting, or "Galley". */
export function trackChangesAuthor(settings: IgnoreSettings): string {
  return settings.trackChangesAuthor || 'Galley';
}

export interface SettingsPort {
  load(): Promise<IgnoreSettings>;
  save(settings: IgnoreSettings): Promise<void>;
}

/** Settings in one JSON file, shared by every window of the app. */
export class FileSettingsStore implements SettingsPort {
  constructor(private readonly path: string) {}

  async load(): Promise<IgnoreSettings> {
    try {
      const json: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      if ((json as { version?: unknown } | null)?.version !== 1) return DEFAULT_SETTINGS;
      return parseSettings(json);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  async save(settings: IgnoreSettings): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, Buffer.from(`${JSON.stringify({ version: 1, ...parseSettings(settings) }, null, 2)}\n`, 'utf8'), { mode: 0o600 });
  }
}
