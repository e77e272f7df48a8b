/**
 * The edits made to the draft since it was opened, exactly as the editor
 * made them, for the save (see SaveRequest.edits): every transaction's step
 * maps are kept, and when a save asks, prosemirror-changeset folds them
 * into the changed ranges between the opened document and the current one.
 * Keeping the maps costs a push per transaction; the folding is paid only
 * on save.
 */
import { ChangeSet } from 'prosemirror-changeset';
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { StepMap } from 'prosemirror-transform';
import type { DraftEdit } from '../../../preload/api';
import { OffsetMap, textFromDoc } from '../editor/text-doc';

export class DraftEdits {
  private readonly maps: StepMap[] = [];

  /**
   * `opened`: the draft as opened, which the edits' offsets index. `shown`:
   * whether the editor starts from it; restored work starts elsewhere, by
   * changes no map records, so its edits are unknown.
   */
  constructor(
    private readonly opened: Node,
    private readonly shown: boolean,
  ) {}

  note(tr: Transaction): void {
    if (tr.docChanged) for (const map of tr.mapping.maps) this.maps.push(map as StepMap);
  }

  /**
   * The edits from the opened text to `doc`'s (sorted, apart, offsets into
   * the opened text); null when they are unknown. `text` is `doc`'s. Main checks that they
   * give the saved text, and diffs the two texts when they do not.
   */
  editsTo(doc: Node, text: string = textFromDoc(doc)): DraftEdit[] | null {
    if (!this.shown) return null;
    try {
      const { changes } = ChangeSet.create(this.opened).addSteps(doc, this.maps, null);
      const from = OffsetMap.ofDoc(this.opened);
      const to = OffsetMap.ofDoc(doc);
      return changes.map((change) => ({
        from: from.toOffset(change.fromA),
        to: from.toOffset(change.toA),
        insert: text.slice(to.toOffset(change.fromB), to.toOffset(change.toB)),
      }));
    } catch {
      // Maps that do not fit the documents (a bug, not the user's doing): let main diff instead.
      return null;
    }
  }
}
