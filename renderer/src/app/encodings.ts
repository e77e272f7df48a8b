/**
 * File ▸ Reopen with Encoding… and Save with Encoding… (VS Code's): read an
 * open file again as the encoding the user names, for one whose encoding
 * was guessed wrong, and save the cleaned copy in a chosen one, so a
 * document is never stuck in an encoding that cannot hold it.
 */
import type { GalleyApi } from '../../../preload/api';
import type { EncodingDialog } from '../views/encoding-dialog';
import type { Documents } from './documents';
import type { Layout } from './layout';

export interface EncodingContext {
  readonly galley: GalleyApi;
  readonly documents: Documents;
  readonly layout: Layout;
  readonly dialog: EncodingDialog;
}

export async function reopenWithEncoding({ galley, documents, layout, dialog }: EncodingContext): Promise<void> {
  const open = [documents.draft, documents.reference].filter((file) => file !== null);
  if (open.length === 0) {
    layout.banners.show('open', 'error', 'Open a draft or a reference first: there is no file to reopen.');
    return;
  }
  const answer = await dialog.ask('reopen', open);
  const file = open.find(({ role }) => role === answer?.role);
  if (!answer || !file) return;
  // Reading the draft again replaces the editor's text: unsaved work is asked about first.
  if (file.role === 'draft' && !(await documents.mayReplaceDraft())) return;
  await documents.openWith(() => galley.reopenWithEncoding(file.handle, answer.encoding));
}

export async function saveWithEncoding({ galley, documents, dialog }: EncodingContext): Promise<void> {
  if (!documents.draft) return void (await documents.save(false));
  const answer = await dialog.ask('save', [documents.draft]);
  if (!answer) return;
  await galley.setSaveEncoding(answer.encoding);
  await documents.save(false);
}
