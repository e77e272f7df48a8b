/**
 * Zip packages (.docx), read with a bound on what they unpack to and written
 * back with every entry in its original order, an unchanged entry as its
 * original compressed bytes.
 *
 * fflate does the (de)compression: small, dependency-free and synchronous;
 * Node's zlib.crc32 the checksum of a rewritten entry. The container itself
 * (local headers, central directory) is written here, since fflate cannot
 * copy compressed bytes through.
 * The entries are found here from the central directory and each is
 * inflated as a stream, a slice at a time, counting what comes out: an
 * entry that claims to be small but inflates past its claim, or a package
 * that would unpack past MAX_UNPACKED_BYTES, is refused as soon as it shows
 * itself — neither memory nor time goes into a zip bomb.
 */
import { crc32 } from 'node:zlib';
import { deflateSync, Inflate } from 'fflate';
import { FileError } from '../files/errors';

/**
 * What a package may unpack to in all. The largest real manuscripts with
 * images run to tens of megabytes; a package that claims more is refused
 * rather than inflated.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Entries a package may hold; Word writes a few dozen, plus one per image. */
export const MAX_ENTRIES = 10_000;
/** Compressed bytes fed to the inflater at a time: at most ~64 MB can come out of one slice (DEFLATE's ratio is 1032:1). */
const SLICE = 64 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** How the entry was stored in the package it was read from: writeZip copies these bytes when `data` is unchanged. */
  readonly stored?: StoredEntry;
}

export interface StoredEntry {
  readonly method: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  /** The compressed bytes, as in the file. */
  readonly raw: Uint8Array;
  /** The `data` they decompress to, to tell whether the entry was changed. */
  readonly data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The package's entries in their stored order. Throws FileError naming `path`. */
export function readZip(bytes: Uint8Array, path: string, maxUnpacked = MAX_UNPACKED_BYTES): ZipEntry[] {
  const damaged = (cause?: unknown) =>
    new FileError('undecodable', path, 'it is not a valid Word document (the zip package is damaged)', 'open', { cause });
  const bomb = () => new FileError('too-large', path, `it would unpack to over ${maxUnpacked / (1024 * 1024)} MB (a zip bomb?)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  let eocd = bytes.length - 22;
  while (eocd >= 0 && !(u32(eocd) === EOCD)) {
    if (bytes.length - eocd > 22 + 0xffff) throw damaged();
    eocd--;
  }
  if (eocd < 0) throw damaged();
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new FileError('too-large', path, 'it is a Zip64 package, which no Word document needs');
  if (count > MAX_ENTRIES) throw new FileError('too-large', path, `it holds over ${MAX_ENTRIES} entries, which no Word document does`);

  const entries: ZipEntry[] = [];
  let total = 0;
  try {
    for (let i = 0; i < count; i++) {
      if (u32(at) !== CENTRAL) throw damaged();
      const at0 = at;
      const method = u16(at + 10);
      const compressedSize = u32(at + 20);
      const size = u32(at + 24);
      const nameLength = u16(at + 28);
      const local = u32(at + 42);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + u16(at + 30) + u16(at + 32);

      total += size;
      if (total > maxUnpacked) throw bomb();
      if (u32(local) !== LOCAL) throw damaged();
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      const raw = bytes.subarray(start, start + compressedSize);
      if (raw.length !== compressedSize) throw damaged();
      let data: Uint8Array;
      if (method === 0) data = raw.slice();
      else if (method === 8) data = inflateBounded(raw, size, bomb);
      else throw new FileError('undecodable', path, `its entry ${name} uses a compression Galley does not read`);
      const stored = { method, flags: u16(at0 + 8), time: u16(at0 + 12), date: u16(at0 + 14), crc: u32(at0 + 16), size, raw, data };
      entries.push({ name, data, stored });
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw damaged(error);
  }
  return entries;
}

/** Inflate `raw`, which claims to hold `size` bytes; more than that is a lie, and a bomb. */
function inflateBounded(raw: Uint8Array, size: number, bomb: () => FileError): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > size) throw bomb();
    out.set(chunk, length);
    length += chunk.length;
    done = final;
  });
  for (let i = 0; i < raw.length && !done; i += SLICE) inflater.push(raw.subarray(i, i + SLICE), i + SLICE >= raw.length);
  if (length !== size) throw new Error(`entry inflated to ${length} bytes, not the ${size} it claims`);
  return out;
}

/** General-purpose flags: bit 3 says sizes follow the data, which this writer never does; bit 11, UTF-8 names. */
const DATA_DESCRIPTOR_FLAG = 0x0008;
const UTF8_FLAG = 0x0800;
/** Version 2.0: deflate, no Zip64. */
const VERSION = 20;

/**
 * A package from `entries`, in order. An entry whose data is still what was
 * read is copied as its original compressed bytes (with its CRC and date);
 * any other is deflated anew. Names are written as UTF-8.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const kept = entry.stored && entry.stored.data === entry.data ? entry.stored : null;
    const raw = kept ? kept.raw : deflateSync(entry.data, { level: 6 });
    const fields = {
      flags: ((kept?.flags ?? 0) & ~DATA_DESCRIPTOR_FLAG) | UTF8_FLAG,
      method: kept ? kept.method : 8,
      time: entry.stored?.time ?? 0,
      date: entry.stored?.date ?? 0x21, // 1980-01-01, the earliest DOS date
      crc: kept ? kept.crc : crc32(entry.data),
      compressed: raw.length,
      size: entry.data.length,
    };
    const local = header(30 + name.length, (h) => {
      h.u32(0x04034b50).u16(VERSION).u16(fields.flags).u16(fields.method).u16(fields.time).u16(fields.date);
      h.u32(fields.crc).u32(fields.compressed).u32(fields.size).u16(name.length).u16(0).bytes(name);
    });
    central.push(
      header(46 + name.length, (h) => {
        h.u32(CENTRAL).u16(VERSION).u16(VERSION).u16(fields.flags).u16(fields.method).u16(fields.time).u16(fields.date);
        h.u32(fields.crc).u32(fields.compressed).u32(fields.size).u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
      }),
    );
    chunks.push(local, raw);
    offset += local.length + raw.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, (h) => h.u32(EOCD).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(centralSize).u32(offset).u16(0));
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A little-endian header of `length` bytes, filled in order by `fill`. */
function header(length: number, fill: (h: HeaderWriter) => void): Uint8Array {
  const writer = new HeaderWriter(new Uint8Array(length));
  fill(writer);
  return writer.buffer;
}

class HeaderWriter {
  private readonly view: DataView;
  private at = 0;
  constructor(readonly buffer: Uint8Array) {
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }
  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }
  bytes(value: Uint8Array): this {
    this.buffer.set(value, this.at);
    this.at += value.length;
    return this;
  }
}
