/**
 * Zip packages (.docx), read with a bound on what they unpack to and written
 * back with every entry in its original order.
 *
 * fflate does the (de)compression: it is small, dependency-free, synchronous,
 * and — unlike JSZip — lets us see each entry's declared size before
 * inflating it and inflate into a buffer of exactly that size, so a zip bomb
 * is refused before it costs memory rather than after.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { FileError } from '../files/errors';

/**
 * What a package may unpack to in all. The largest real manuscripts with
 * images run to tens of megabytes; a package that claims more is refused
 * rather than inflated.
 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Entries a package may hold; Word writes a few dozen, plus one per image. */
export const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The package's entries in their stored order. Throws FileError naming `path`. */
export function readZip(bytes: Uint8Array, path: string, maxUnpacked = MAX_UNPACKED_BYTES): ZipEntry[] {
  let total = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        total += file.originalSize;
        if (count > MAX_ENTRIES) throw new FileError('too-large', path, `it holds over ${MAX_ENTRIES} entries, which no Word document does`);
        // inflateSync writes into a buffer of the declared size, so a lying
        // header cannot make an entry larger than it claims.
        if (total > maxUnpacked) {
          throw new FileError('too-large', path, `it would unpack to over ${maxUnpacked / (1024 * 1024)} MB (a zip bomb?)`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('undecodable', path, 'it is not a valid Word document (the zip package is damaged)', 'open', { cause: error });
  }
  return Object.entries(files).map(([name, data]) => ({ name, data }));
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
