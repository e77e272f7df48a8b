/** Drafts laid out differently from their reference: paragraphs run together, or broken where the reference has none. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare } from '@galley/engine';
import { show } from './show';

const paragraphs = [
  'The council met on Monday to discuss the budget.',
  'Several members said the roads needed repair before winter.',
  'The vote was postponed until next week.',
];

describe('paragraph breaks', () => {
  it('a draft with no line breaks: one typography suggestion per break', () => {
    expect(show(paragraphs.join(' '), paragraphs.join('\n\n'), true)).toEqual(['" "|"\\n\\n" typography', '" "|"\\n\\n" typography']);
  });

  it('a sentence deleted or added beside a restyled break is its own suggestion, apart from the spacing', () => {
    const extra = 'Nobody expected the meeting to last long.';
    const reference = paragraphs.join('\n\n');
    expect(show([paragraphs[0], extra, paragraphs[1], paragraphs[2]].join(' '), reference, true)).toEqual([
      `" ${extra}"|"" extra`, '" "|"\\n\\n" typography', '" "|"\\n\\n" typography',
    ]);
    expect(show(paragraphs.join(' '), [paragraphs[0], `${extra}\n\n${paragraphs[1]}`, paragraphs[2]].join('\n\n'), true)).toEqual([
      `""|"\\n\\n${extra}" missing`, '" "|"\\n\\n" typography', '" "|"\\n\\n" typography',
    ]);
  });

  it('a moved sentence is a move even when the breaks around it differ', () => {
    const moved = 'The mayor thanked everyone for coming.';
    const reference = [paragraphs[0], paragraphs[1], `${paragraphs[2]} ${moved}`].join('\n\n');
    const draft = [paragraphs[0], moved, paragraphs[1], paragraphs[2]].join('\n');
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result.filter((s) => s.kind === 'moved').map((s) => draft.slice(s.from, s.to) + s.replacement).map((t) => t.trim()))
      .toEqual([moved, moved]);
    expect(result.filter((s) => s.kind !== 'moved').every((s) => s.kind === 'typography')).toBe(true);
  });
});
