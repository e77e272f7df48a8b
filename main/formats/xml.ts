/**
 * XML parts of a package, parsed into a DOM that keeps what Galley does not
 * understand and serialized back.
 *
 * @xmldom/xmldom is a W3C DOM with a serializer that round-trips elements,
 * attributes, namespace declarations and processing instructions it knows
 * nothing about, which a Word part is full of (w14, mc:Ignorable, rsids).
 * It never fetches external entities; we go further and refuse any DTD at
 * all, since no Office part has one and a DTD is how entity bombs arrive.
 */
import { DOMParser, XMLSerializer, onErrorStopParsing, type Document } from '@xmldom/xmldom';
import { FileError } from '../files/errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface XmlPart {
  readonly doc: Document;
  /** The part began with a UTF-8 byte order mark; it is written back with one. */
  readonly bom: boolean;
}

/** Parse a part's bytes. Throws FileError naming `path` and the part. */
export function parseXml(bytes: Uint8Array, path: string, part: string): XmlPart {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch (error) {
    throw new FileError('undecodable', path, `its part ${part} is not UTF-8 text`, 'open', { cause: error });
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    throw new FileError('undecodable', path, `its part ${part} declares a DTD or entities, which Galley refuses to expand`);
  }
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(source, 'text/xml');
    return { doc, bom };
  } catch (error) {
    throw new FileError('undecodable', path, `its part ${part} is not well-formed XML`, 'open', { cause: error });
  }
}

export function serializeXml(part: XmlPart): Uint8Array {
  const text = new XMLSerializer().serializeToString(part.doc);
  const body = new TextEncoder().encode(text);
  if (!part.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set(UTF8_BOM);
  out.set(body, 3);
  return out;
}
