/**
 * The whole path an edited draft takes, for every supported encoding, BOM,
 * line-ending style and final-newline state: open the draft, compare it with
 * the reference (the real engine), accept every suggestion, save. The saved
 * bytes must be exactly the reference's text written the way the draft was.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySuggestions, compare } from '@galley/engine';
import { readTextFile } from '../../main/files/read';
import { encodeText, formatForEditedText } from '../../main/files/text-format';
import { writeTextFile } from '../../main/files/write';
import { fileBytes, tempFolder, type Ending } from './files-helpers';

/** Reference lines, and the draft's corrupted copies of them, per repertoire. */
const PAIRS: Record<string, { reference: string[]; draft: string[] }> = {
  unicode: {
    reference: ['Sir Keir Starmer said “good progress” was made—at a cost of £700m.', '', 'Ça va, naïve café? 東京 👋🏽 שלום', 'The end.'],
    draft: ['Sir Kir Stmper said "good progress" was made—at a cost of £ 700 meters.', '', 'Ça va, naive café? 東京 👋🏽 שלום', 'The end'],
  },
  'windows-1252': {
    reference: ['Sir Keir Starmer said “good progress” was made—at a cost of £700m.', '', 'Ça va, naïve café? €5 … ‘quoted’', 'The end.'],
    draft: ['Sir Kir Stmper said "good progress" was made—at a cost of £ 700 meters.', '', 'Ça va, naive café? €5 … ‘quoted’', 'The end'],
  },
};

const FORMATS: { encoding: string; bom: boolean; repertoire: string }[] = [
  { encoding: 'utf-8', bom: false, repertoire: 'unicode' },
  { encoding: 'utf-8', bom: true, repertoire: 'unicode' },
  { encoding: 'utf-16le', bom: true, repertoire: 'unicode' },
  { encoding: 'utf-16be', bom: true, repertoire: 'unicode' },
  { encoding: 'utf-32le', bom: true, repertoire: 'unicode' },
  { encoding: 'windows-1252', bom: false, repertoire: 'windows-1252' },
];

const STYLES: { name: string; endings: Ending[] }[] = [
  { name: 'LF', endings: ['lf'] },
  { name: 'CRLF', endings: ['crlf'] },
  { name: 'CR', endings: ['cr'] },
  { name: 'mixed', endings: ['crlf', 'lf', 'cr', 'crlf'] },
];

describe('open → accept all → save', () => {
  for (const { encoding, bom, repertoire } of FORMATS) {
    for (const style of STYLES) {
      for (const finalNewline of [true, false]) {
        test(`${encoding}${bom ? ' BOM' : ''}, ${style.name}, ${finalNewline ? 'final newline' : 'none'}`, async () => {
          const dir = tempFolder();
          const { reference, draft } = PAIRS[repertoire];
          const draftPath = join(dir, 'draft.txt');
          const referencePath = join(dir, 'reference.txt');
          writeFileSync(draftPath, fileBytes(draft, { encoding, bom, endings: style.endings, finalNewline }));
          writeFileSync(referencePath, reference.join('\n') + '\n');

          const opened = await readTextFile(draftPath);
          const ref = await readTextFile(referencePath);
          const suggestions = compare(opened.text, ref.text);
          expect(suggestions.length).toBeGreaterThan(0);
          const cleaned = applySuggestions(opened.text, suggestions);
          expect(cleaned).toBe(ref.text);
          await writeTextFile(draftPath, cleaned, opened.format, { expected: opened.stamp });

          const expected = fileBytes(reference, { encoding, bom, endings: style.endings, finalNewline });
          expect(readFileSync(draftPath).equals(expected)).toBe(true);
        });
      }
    }
  }

  test('mixed endings, with a line the draft was missing: every other line keeps its ending', async () => {
    const dir = tempFolder();
    const draftPath = join(dir, 'draft.txt');
    const referencePath = join(dir, 'reference.txt');
    writeFileSync(draftPath, 'Title line here\r\nThe first paragraph is short.\nThe second paragraph ends.\r\n');
    writeFileSync(referencePath, 'Title line here\nA byline, missing from the draft\nThe first paragraph is short.\nThe second paragraph ends.\n');
    const opened = await readTextFile(draftPath);
    const ref = await readTextFile(referencePath);
    const cleaned = applySuggestions(opened.text, compare(opened.text, ref.text));
    const expected = 'Title line here\r\nA byline, missing from the draft\r\nThe first paragraph is short.\nThe second paragraph ends.\r\n';
    expect(encodeText(cleaned, formatForEditedText(opened.text, cleaned, opened.format)).toString()).toBe(expected);
    await writeTextFile(draftPath, cleaned, opened.format, { originalText: opened.text });
    expect(readFileSync(draftPath, 'utf8')).toBe(expected);
  });
});
