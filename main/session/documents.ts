/**
 * The files a window has opened, behind opaque handles. The renderer only
 * ever holds a handle; the path, the stored format and the last known disk
 * state stay here, so a compromised page cannot aim a read or a write at a
 * path of its choosing.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { DocumentHandle, DocumentRole, OpenedDocument } from '../../preload/api';
import type { FileStamp } from '../files/stamp';
import type { TextFormat } from '../files/text-format';
import type { Container, LoadedDocument } from '../formats/index';
import { describeDocument } from './format-label';

/** A file as the registry keeps it: what was read, or (restored work whose file is gone) what is known of it. */
export interface FileContents {
  readonly container: Container;
  readonly format: TextFormat;
  /** The compared text as read, so a save can keep each line's own ending in a file that mixes them. */
  readonly originalText: string;
  /**
   * The document as read, which a Word or Markdown draft is written back
   * from; for a reference, as compared (its paragraph breaks restated in
   * the draft's convention). Null when there is no file behind it.
   */
  readonly loaded: LoadedDocument | null;
  /** A reference as read, before its breaks were restated: what another draft restates it from. */
  readonly asRead?: LoadedDocument;
}

export interface OpenFile extends FileContents {
  readonly handle: DocumentHandle;
  readonly role: DocumentRole;
  readonly path: string;
  /** The version Galley last read or wrote; null for restored work whose file is gone. */
  stamp: FileStamp | null;
}

export class DocumentRegistry {
  private readonly files = new Map<DocumentHandle, OpenFile>();

  add(role: DocumentRole, path: string, contents: FileContents, stamp: FileStamp | null): OpenFile {
    const file: OpenFile = { handle: randomUUID(), role, path, ...contents, stamp };
    this.files.set(file.handle, file);
    return file;
  }

  get(handle: DocumentHandle): OpenFile | undefined {
    return this.files.get(handle);
  }

  /** Replaces what is kept of an open file, under the same handle (a reference restated for a new draft). */
  replace(handle: DocumentHandle, contents: FileContents): OpenFile | undefined {
    const file = this.files.get(handle);
    if (!file) return undefined;
    const replaced: OpenFile = { ...file, ...contents };
    this.files.set(handle, replaced);
    return replaced;
  }

  /** Forgets every file of a role (a new draft replaces the old one). */
  dropRole(role: DocumentRole): void {
    for (const [handle, file] of this.files) if (file.role === role) this.files.delete(handle);
  }

  current(role: DocumentRole): OpenFile | undefined {
    for (const file of this.files.values()) if (file.role === role) return file;
    return undefined;
  }
}

/** What the registry keeps of a document read from disk (`asRead`: a reference compared as `loaded`, restated from it). */
export function contentsOf(loaded: LoadedDocument, asRead?: LoadedDocument): FileContents {
  return { container: loaded.container, format: loaded.format, originalText: loaded.text, loaded, ...(asRead && asRead !== loaded ? { asRead } : {}) };
}

/** The renderer's view of an open file. */
export function toOpenedDocument(file: OpenFile, text: string): OpenedDocument {
  return {
    handle: file.handle,
    role: file.role,
    name: basename(file.path),
    folder: dirname(file.path),
    text,
    formatLabel: describeDocument(file.container, file.format),
    kind: file.container,
    ...(file.loaded && file.loaded.lineStyles.length > 0 ? { lineStyles: [...file.loaded.lineStyles] } : {}),
    ...(file.loaded && file.loaded.inlineStyles.length > 0 ? { inlineStyles: [...file.loaded.inlineStyles] } : {}),
  };
}
