/** A cleaned Word copy carries every part it did not change as the very bytes the draft stored (main/formats/zip). */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../main/formats/docx/write';
import { readZip } from '../../main/formats/zip';
import { makeDocx, p, r } from './docx-fixtures';

describe('writing a package back', () => {
  it('copies unchanged entries as their original compressed bytes, and rewrites only the changed one', () => {
    const draft = makeDocx({ body: p(r('Londn today.')) });
    const { bytes } = writeDocx(draft, 'draft.docx', [{ from: 0, to: 5, insert: 'London' }]);
    const before = readZip(draft, 'draft.docx');
    const after = readZip(bytes, 'cleaned.docx');
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const [i, entry] of before.entries()) {
      if (entry.name === 'word/document.xml') {
        expect(new TextDecoder().decode(after[i].data)).toContain('London today.');
        continue;
      }
      expect(after[i].stored!.raw, entry.name).toEqual(entry.stored!.raw);
      expect(after[i].stored!.crc, entry.name).toBe(entry.stored!.crc);
      expect(after[i].stored!.method, entry.name).toBe(entry.stored!.method);
    }
  });

  it('a package written twice over is the same package: nothing drifts', () => {
    const draft = makeDocx({ body: p(r('Londn today.')) });
    const once = writeDocx(draft, 'draft.docx', [{ from: 0, to: 5, insert: 'London' }]).bytes;
    const twice = writeDocx(once, 'once.docx', []).bytes;
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  });
});
