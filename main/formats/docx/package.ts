/**
 * A Word package opened: its entries, and which of them hold the text a
 * reader sees — the main document, then its footnotes and endnotes —
 * located through the package's relationships as Word itself finds them.
 */
import { posix } from 'node:path';
import { FileError } from '../../files/errors';
import { parseXml, type XmlPart } from '../xml';
import { readZip, type ZipEntry } from '../zip';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** The parts that hold text, in the order their text is read. */
export type TextPartRole = 'document' | 'footnotes' | 'endnotes';

export interface TextPart {
  readonly role: TextPartRole;
  /** Entry name, e.g. 'word/document.xml'. */
  readonly name: string;
  readonly xml: XmlPart;
}

export interface DocxPackage {
  readonly entries: readonly ZipEntry[];
  readonly textParts: readonly TextPart[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

export function openDocx(bytes: Uint8Array, path: string): DocxPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Word encrypts a password-protected .docx into an OLE compound file
    // holding a stream named EncryptedPackage; any other OLE file is a .doc.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new FileError(
      'undecodable',
      path,
      encrypted
        ? 'it is encrypted (password-protected); save an unprotected copy in Word first'
        : 'it is an old binary Word file (.doc), not .docx; save it as .docx first',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new FileError('undecodable', path, 'it is not a Word document (not a zip package)');
  const entries = readZip(bytes, path);
  const byName = new Map(entries.map((e) => [e.name, e.data]));

  const mainName = relationshipTarget(byName, path, '', 'officeDocument');
  if (mainName === null || !byName.has(mainName)) {
    const macros = entries.some((e) => /vbaProject\.bin$/i.test(e.name));
    throw new FileError(
      'undecodable',
      path,
      macros ? 'it holds macros but no document text' : 'it has no main document part (not a Word document, or damaged)',
    );
  }
  const textParts: TextPart[] = [{ role: 'document', name: mainName, xml: parseXml(byName.get(mainName)!, path, mainName) }];
  for (const role of ['footnotes', 'endnotes'] as const) {
    const name = relationshipTarget(byName, path, mainName, role);
    if (name !== null && byName.has(name)) textParts.push({ role, name, xml: parseXml(byName.get(name)!, path, name) });
  }
  return { entries, textParts };
}

/**
 * The styles part of an opened package (word/styles.xml), parsed, or null
 * when it has none; read only by the writer, when it needs a style's
 * properties.
 */
export function openStyles(pkg: DocxPackage, path: string): XmlPart | null {
  const byName = new Map(pkg.entries.map((e) => [e.name, e.data]));
  const name = relationshipTarget(byName, path, pkg.textParts[0].name, 'styles');
  return name !== null && byName.has(name) ? parseXml(byName.get(name)!, path, name) : null;
}

/**
 * The entry that `source`'s relationship of the given type points to ('' is
 * the package itself), or null. Relationships live in `_rels/NAME.rels`
 * beside the source part; targets are relative to the source's folder.
 */
function relationshipTarget(byName: Map<string, Uint8Array>, path: string, source: string, type: string): string | null {
  const folder = posix.dirname(source);
  const relsName = posix.join(folder === '.' ? '' : folder, '_rels', `${posix.basename(source)}.rels`);
  const rels = byName.get(relsName);
  if (rels === undefined) return null;
  const { doc } = parseXml(rels, path, relsName);
  const list = doc.getElementsByTagName('Relationship');
  for (let i = 0; i < list.length; i++) {
    const rel = list[i];
    const relType = rel.getAttribute('Type') ?? '';
    if (relType !== `${REL}/${type}` && relType !== `${REL_STRICT}/${type}`) continue;
    if (rel.getAttribute('TargetMode') === 'External') continue;
    const target = rel.getAttribute('Target') ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(folder === '.' ? '' : folder, target));
    return resolved;
  }
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}
