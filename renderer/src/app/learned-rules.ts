/**
 * Ignore rules learned from decisions: "Always ignore this change" on the
 * card makes the selected suggestion's change a rule, and after the editor
 * rejects the same change (engine changeKey: the same draft and reference
 * wording, wherever it stands) OFFER_AFTER_REJECTIONS times, a banner offers
 * to make it one. Rules go into the ignore settings (./ignore-settings),
 * which apply and keep them; the rejection counts are kept by main across
 * restarts, so three rejections spread over a week's sessions count.
 */
import type { EditorState } from 'prosemirror-state';
import { REJECTION_LIMITS, type GalleyApi, type RejectionCount } from '../../../preload/api';
import { addRule, changeKey, removeRule, type IgnoreRule } from '@galley/engine';
import { reviewState } from '../editor/review-state';
import type { Banners } from '../views/banner';
import { quote } from '../views/labels';
import type { Ignoring } from './ignore-settings';

/** Rejections of one change after which a rule is offered: twice can be chance, three times is a habit. */
export const OFFER_AFTER_REJECTIONS = 3;

/** Longest quotation of a change's wording in the banner. */
const QUOTE_CHARS = 40;

export class LearnedRules {
  /** Rejections so far (this session and earlier ones), by change key. */
  private readonly rejections = new Map<string, RejectionCount>();
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly ignoring: Ignoring,
    private readonly banners: Banners,
    private readonly galley: GalleyApi,
  ) {}

  /** The counts kept from earlier sessions. */
  async load(): Promise<void> {
    for (const count of await this.galley.rejections()) this.rejections.set(changeKey(count.draft, count.reference), count);
  }

  /** "Always ignore this change": the selected suggestion's change becomes a rule (never a move's half). */
  ignoreSelected(state: EditorState): void {
    const review = reviewState(state);
    const item = review.selected ? review.items.get(review.selected) : undefined;
    if (!item || item.moveId !== null) return;
    this.add({ draft: item.draftText, reference: item.replacement });
  }

  /** Call after every transaction: counts the changes rejected by it, and offers a rule for one rejected often enough. */
  note(before: EditorState, after: EditorState): void {
    const was: readonly string[] = before.doc.attrs.rejected;
    const now: readonly string[] = after.doc.attrs.rejected;
    if (was === now || now.length <= was.length) return;
    const old = new Set(was);
    const fresh = new Set(now.filter((key) => !old.has(key)));
    let counted = false;
    for (const item of reviewState(before).items.values()) {
      if (!fresh.has(item.key) || item.moveId !== null) continue;
      if (Math.max(item.draftText.length, item.replacement.length) > REJECTION_LIMITS.wordingChars) continue;
      const change = changeKey(item.draftText, item.replacement);
      const count = (this.rejections.get(change)?.count ?? 0) + 1;
      // Re-inserted, so the most recent changes come last and the oldest are the ones dropped at the store's limit.
      this.rejections.delete(change);
      this.rejections.set(change, { draft: item.draftText, reference: item.replacement, count });
      counted = true;
      if (count === OFFER_AFTER_REJECTIONS) this.offer({ draft: item.draftText, reference: item.replacement }, count);
    }
    if (counted) this.save();
  }

  /** Saves the counts as they are now, after any save still under way (two writes racing could land the older last). */
  private save(): void {
    const counts = [...this.rejections.values()].slice(-REJECTION_LIMITS.changes);
    this.saving = this.saving.then(() => this.galley.saveRejections(counts)).catch(() => {});
  }

  private offer(rule: IgnoreRule, count: number): void {
    this.banners.show('learn', 'offer', `You rejected ${wordsOf(rule)} ${count} times. Always ignore this change?`, [
      { label: 'Always ignore', primary: true, run: () => this.add(rule) },
    ]);
  }

  /**
   * Makes `rule` and says so, with Undo: one click on the card hides the
   * change in every window from then on, and a click meant for Accept
   * beside it must not pass unnoticed.
   */
  private add(rule: IgnoreRule): void {
    const settings = this.ignoring.settings;
    const rules = addRule(settings.rules, rule);
    if (rules.length === settings.rules.length) return;
    this.ignoring.set({ ...settings, rules });
    this.banners.show('learn', 'info', `${wordsOf(rule)} is now ignored everywhere (View ▸ Ignore Settings lists the rules).`, [
      { label: 'Undo', primary: true, run: () => this.remove(rule) },
    ]);
  }

  private remove(rule: IgnoreRule): void {
    const settings = this.ignoring.settings;
    this.banners.dismiss('learn');
    this.ignoring.set({ ...settings, rules: removeRule(settings.rules, rule) });
  }
}

/** A change's two wordings, quoted for a banner. */
function wordsOf(rule: IgnoreRule): string {
  return `“${quote(rule.draft, QUOTE_CHARS)}” → “${quote(rule.reference, QUOTE_CHARS)}”`;
}
