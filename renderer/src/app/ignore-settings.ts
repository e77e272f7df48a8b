/**
 * The window's ignore settings: loaded from main at startup, changed in the
 * settings panel (or by a rule learned from the card), saved through main
 * at once. The review's comparison runs through `compare`, which asks the
 * engine to leave out the ignored kinds (and to treat typographic variants
 * as equal) and drops what a rule names, as `galley check --ignore
 * --typography-equal --rules` does.
 */
import { withoutIgnored, type CompareOptions, type Suggestion } from '@galley/engine';
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

  /**
   * The last comparison's text and counts, so the status bar's "N hidden"
   * needs no second run; only while the settings hide something (else
   * there is nothing to count, and it held a second copy of the whole
   * draft after every re-check: 3.4 MB at 300,000 words in a heap snapshot).
   */
  private last: { settings: IgnoreSettings; draft: string; reference: string; all: number; shown: number } | null = null;

  /**
   * The review's comparison, with the settings applied. Kinds are left out
   * here rather than through the engine's `ignore` option (which is the same
   * filter over the finished result), so the one run also counts what they hide.
   */
  readonly compare: CompareText = (draft, reference) => {
    const early = this.early;
    this.early = null;
    if (early?.settings === this.current && early.draft === draft && early.reference === reference) return early.answer;
    return this.run(draft, reference);
  };

  /** A comparison started before it was asked for (`prefetch`), which the first ask for the same texts under the same settings is answered with. */
  private early: { settings: IgnoreSettings; draft: string; reference: string; answer: Promise<Suggestion[]> } | null = null;

  /**
   * Starts comparing `draft` with `reference` now, before the review asks:
   * opening a draft, the worker compares while the editor builds the view
   * of it (at 300,000 words 0.1–0.2 s of the page's time), and the review's
   * comparison of the same texts is this one.
   */
  prefetch(draft: string, reference: string): void {
    const answer = this.run(draft, reference);
    // Failures are the asker's to report; one never asked for goes unreported.
    answer.catch(() => {});
    this.early = { settings: this.current, draft, reference, answer };
  }

  private readonly run: CompareText = async (draft, reference) => {
    const settings = this.current;
    const { ignore, typographyEqual, rules } = settings;
    const all = await this.raw(draft, reference, { typographyAsEqual: typographyEqual });
    const shown = withoutIgnored(draft, all.filter((s) => !ignore.includes(s.kind)), rules);
    this.last = hidesNothing(settings) ? null : { settings, draft, reference, all: all.length, shown: shown.length };
    return shown;
  };

  /**
   * How many suggestions the settings hide in `draft` (0 without settings,
   * and never less). From the last comparison of the same texts; only
   * "typographic variants are equal" changes the comparison itself, and
   * costs one comparison without it.
   */
  async hiddenIn(draft: string, reference: string): Promise<number> {
    const { typographyEqual } = this.current;
    if (hidesNothing(this.current)) return 0;
    const last = this.last;
    if (last?.settings !== this.current || last.draft !== draft || last.reference !== reference) await this.compare(draft, reference);
    const { all, shown } = this.last!;
    const unfolded = typographyEqual ? (await this.raw(draft, reference, {})).length : all;
    return Math.max(0, unfolded - shown);
  }
}

/** Settings that leave every suggestion shown. */
export function hidesNothing({ ignore, typographyEqual, rules }: IgnoreSettings): boolean {
  return ignore.length === 0 && !typographyEqual && rules.length === 0;
}
