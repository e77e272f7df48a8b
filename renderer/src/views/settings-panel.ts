/**
 * The ignore settings panel (View ▸ Ignore Settings…): a checkbox per kind
 * ("Ignore typography"), "Typographic variants are equal", and the learned
 * ignore rules with a Remove button each; and the author Word shows for
 * Galley's tracked changes. Every change is handed out at once as a whole
 * new settings value; the panel shows what it is given.
 */
import { SUGGESTION_KINDS } from '@galley/engine';
import type { IgnoreSettings } from '../../../preload/api';
import { button, el, replaceChildren } from './dom';
import { quote } from './labels';

/** Longest quotation of a rule's wording in the list. */
const RULE_QUOTE_CHARS = 40;

export class SettingsPanel {
  readonly element: HTMLElement;
  private readonly kinds = new Map<string, HTMLInputElement>();
  private readonly typography: HTMLInputElement;
  private readonly rules: HTMLUListElement;
  private readonly hidden: HTMLElement;
  private readonly author: HTMLInputElement;
  private settings: IgnoreSettings = { ignore: [], typographyEqual: false, rules: [] };

  constructor(private readonly changed: (settings: IgnoreSettings) => void) {
    const checkbox = (label: string, onChange: (checked: boolean) => void): [HTMLElement, HTMLInputElement] => {
      const input = el('input', { type: 'checkbox' });
      input.addEventListener('change', () => onChange(input.checked));
      return [el('label', { class: 'setting' }, input, label), input];
    };
    const kindRows = SUGGESTION_KINDS.map((kind) => {
      const [row, input] = checkbox(`Ignore ${kind}`, (checked) => {
        const others = this.settings.ignore.filter((k) => k !== kind);
        this.update({ ...this.settings, ignore: checked ? [...others, kind] : others });
      });
      this.kinds.set(kind, input);
      return row;
    });
    const [typographyRow, typography] = checkbox('Typographic variants are equal', (checked) => this.update({ ...this.settings, typographyEqual: checked }));
    this.typography = typography;
    this.rules = el('ul', { class: 'settings-rules', 'aria-label': 'Ignore rules' });
    this.hidden = el('p', { class: 'settings-hidden' });
    this.author = el('input', { type: 'text', placeholder: 'Galley', maxlength: '100', spellcheck: 'false' });
    // On change, not on every keystroke: each new settings value is saved and compared with.
    this.author.addEventListener('change', () => {
      const { trackChangesAuthor: _old, ...rest } = this.settings;
      const name = this.author.value.trim();
      this.update(name === '' ? rest : { ...rest, trackChangesAuthor: name });
    });
    this.element = el(
      'section',
      { class: 'settings-panel', 'aria-label': 'Ignore settings', hidden: true },
      el('header', { class: 'settings-head' }, el('h2', {}, 'Ignore settings'), button('Close', () => this.close(), { class: 'settings-close' })),
      el('fieldset', {}, el('legend', {}, 'Kinds'), ...kindRows),
      el('fieldset', {}, el('legend', {}, 'Typography'), typographyRow),
      el('fieldset', {}, el('legend', {}, 'Rules'), this.rules),
      el('fieldset', {}, el('legend', {}, 'Word documents'), el('label', { class: 'setting' }, 'Author for tracked changes ', this.author)),
      this.hidden,
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  toggle(): void {
    this.element.hidden = !this.element.hidden;
    if (this.isOpen) this.element.querySelector('input')?.focus();
  }

  close(): void {
    this.element.hidden = true;
  }

  /** Shows `settings` (as loaded, or after a change made elsewhere, e.g. a rule from the card). */
  show(settings: IgnoreSettings): void {
    this.settings = settings;
    for (const [kind, input] of this.kinds) input.checked = settings.ignore.includes(kind);
    this.typography.checked = settings.typographyEqual;
    this.author.value = settings.trackChangesAuthor ?? '';
    if (settings.rules.length === 0) {
      replaceChildren(this.rules, el('li', { class: 'settings-none' }, 'None yet: “Always ignore this change” on a suggestion’s card adds one.'));
      return;
    }
    replaceChildren(
      this.rules,
      ...settings.rules.map((rule) => {
        const words = `“${quote(rule.draft, RULE_QUOTE_CHARS)}” → “${quote(rule.reference, RULE_QUOTE_CHARS)}”`;
        const remove = button('Remove', () => this.update({ ...this.settings, rules: this.settings.rules.filter((r) => r !== rule) }), {
          'aria-label': `Remove rule ${words}`,
        });
        return el('li', {}, el('span', { class: 'settings-rule' }, words), remove);
      }),
    );
  }

  /** Says how many suggestions the settings hide in the open review. */
  setHidden(count: number): void {
    this.hidden.textContent = count === 0 ? '' : `${count} suggestion${count === 1 ? '' : 's'} hidden by these settings.`;
  }

  private update(settings: IgnoreSettings): void {
    this.show(settings);
    this.changed(settings);
  }
}
