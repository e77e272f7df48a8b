/**
 * Zip packages (.docx), read with a bound on what they unpack to and written
 * back with every entry in its original order.
 *
 * fflate does the (de)compression: small, dependency-free and synchronous.
 * The entries are found here from the central directory and each is
 * inflated as a stream, a slice at a time, counting what comes out: an
 * entry that claims to be small but inflates past its claim, or a package
 * that would unpack past MAX_UNPACKED_BYTES, is refused as soon as it shows
 * itself — neither memory nor time goes into a zip bomb.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
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
      if (method === 0) entries.push({ name, data: raw.slice() });
      else if (method === 8) entries.push({ name, data: inflateBounded(raw, size, bomb) });
      else throw new FileError('undecodable', path, `its entry ${name} uses a compression Galley does not read`);
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

/**
 * A package from `entries`, in order. Every entry is deflated anew (fflate
 * cannot copy compressed bytes through), so parts are identical in content,
 * not in their compressed form.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const zippable: Zippable = {};
  for (const entry of entries) zippable[entry.name] = [entry.data, { level: 6 }];
  return zipSync(zippable);
}
