/**
 * The window's ignore settings: loaded from main at startup, changed in the
 * settings panel (or by a rule learned from the card), saved through main
 * at once. The review's comparison runs through `compare`, which asks the
 * engine to leave out the ignored kinds (and to treat typographic variants
 * as equal) and drops what a rule names, as `galley check --ignore
 * --typography-equal --rules` does.
 */
import { withoutIgnored, type CompareOptions, type Suggestion, type SuggestionKind } from '@galley/engine';
import type { GalleyApi, IgnoreSettings } from '../../../preload/api';
import type { CompareText } from '../editor/comparison';

export type RawCompare = (draft: string, reference: string, options: CompareOptions) => Promise<Suggestion[]>;

export class Ignoring {
  private current: IgnoreSettings = { ignore: [], typographyEqual: false, rules: [] };

  constructor(
    private readonly galley: GalleyApi,
    private readonly raw: RawCompare,
    /** Told after every change, once the new settings are in force. */
    private readonly changed: (settings: IgnoreSettings) => void,
  ) {}

  get settings(): IgnoreSettings {
    return this.current;
  }

  async load(): Promise<void> {
    this.current = await this.galley.settings();
  }

  /** New settings: in force at once, saved by main. */
  set(settings: IgnoreSettings): void {
    this.current = settings;
    void this.galley.saveSettings(settings);
    this.changed(settings);
  }

  /** The review's comparison, with the settings applied. */
  readonly compare: CompareText = async (draft, reference) => {
    const { ignore, typographyEqual, rules } = this.current;
    const options: CompareOptions = { ignore: ignore as SuggestionKind[], typographyAsEqual: typographyEqual };
    return withoutIgnored(draft, await this.raw(draft, reference, options), rules);
  };

  /** How many suggestions the settings hide in `draft` (0 without settings, and never less). */
  async hiddenIn(draft: string, reference: string): Promise<number> {
    const { ignore, typographyEqual, rules } = this.current;
    if (ignore.length === 0 && !typographyEqual && rules.length === 0) return 0;
    const [all, shown] = await Promise.all([this.raw(draft, reference, {}), this.compare(draft, reference)]);
    return Math.max(0, all.length - shown.length);
  }
}
