/**
 * Finding a review's decisions and edits again in a draft or reference that
 * changed since the review was kept. Offsets mean nothing across versions,
 * so everything is found by content: a decision by its key (its wording and
 * the reference text around it, ../editor/decision-key), or failing that by
 * its wording alone when exactly one suggestion has it; an edit by the text
 * it replaced with the text around it, when that occurs exactly once. What
 * cannot be found unambiguously is reported as lost, never guessed.
 *
 * Pure functions over plain data, tested without a window.
 */
import type { DecisionRecord, EditRecord } from '../../../preload/api';

/** Characters of surrounding text an edit is recorded with: enough to find one sentence's edit again. */
export const EDIT_CONTEXT_CHARS = 24;

/** A suggestion of the fresh comparison, by its key and wording. */
export interface Candidate {
  readonly key: string;
  readonly draft: string;
  readonly reference: string;
}

export interface Anchored<C extends Candidate> {
  readonly matched: ReadonlyArray<{ readonly record: DecisionRecord; readonly candidate: C }>;
  readonly lost: readonly DecisionRecord[];
}

/** Matches recorded decisions to `candidates`: by key, then by wording where that is unambiguous. */
export function anchorDecisions<C extends Candidate>(records: readonly DecisionRecord[], candidates: readonly C[]): Anchored<C> {
  const byKey = new Map(candidates.map((c) => [c.key, c]));
  const taken = new Set<C>();
  const matched: Array<{ record: DecisionRecord; candidate: C }> = [];
  const rest: DecisionRecord[] = [];
  for (const record of records) {
    const candidate = byKey.get(record.key);
    if (candidate && !taken.has(candidate)) {
      taken.add(candidate);
      matched.push({ record, candidate });
    } else {
      rest.push(record);
    }
  }
  const wording = (draft: string, reference: string): string => `${draft}\u0000${reference}`;
  const recordsByWording = groupBy(rest, (r) => wording(r.draft, r.reference));
  const candidatesByWording = groupBy(
    candidates.filter((c) => !taken.has(c)),
    (c) => wording(c.draft, c.reference),
  );
  const lost: DecisionRecord[] = [];
  for (const [words, group] of recordsByWording) {
    const found = candidatesByWording.get(words) ?? [];
    // A record without its wording (restored from a recovery copy) is found by its key or not at all.
    const known = group[0].draft !== '' || group[0].reference !== '';
    if (known && group.length === 1 && found.length === 1) matched.push({ record: group[0], candidate: found[0] });
    else lost.push(...group);
  }
  return { matched, lost };
}

/** An edit as recorded: `before` → `after` at `from..to` of `text`, with the text around it. */
export function editRecord(text: string, from: number, to: number, after: string): EditRecord {
  return {
    before: text.slice(from, to),
    after,
    contextBefore: text.slice(Math.max(0, from - EDIT_CONTEXT_CHARS), from),
    contextAfter: text.slice(to, to + EDIT_CONTEXT_CHARS),
  };
}

/**
 * Makes each recorded edit again in `text` where its text and context occur
 * exactly once. Every edit is looked for in `text` as given (so two edits
 * close together still find each other's old context), then all found ones
 * are made from the end backwards; overlapping ones are lost.
 */
export function reapplyEdits(text: string, edits: readonly EditRecord[]): { text: string; applied: number; lost: EditRecord[] } {
  const lost: EditRecord[] = [];
  const found: Array<{ from: number; to: number; edit: EditRecord }> = [];
  for (const edit of edits) {
    const needle = edit.contextBefore + edit.before + edit.contextAfter;
    const at = text.indexOf(needle);
    if (needle === '' || at < 0 || text.indexOf(needle, at + 1) >= 0) {
      lost.push(edit);
      continue;
    }
    const from = at + edit.contextBefore.length;
    found.push({ from, to: from + edit.before.length, edit });
  }
  found.sort((a, b) => a.from - b.from || a.to - b.to);
  const kept: typeof found = [];
  for (const place of found) {
    const previous = kept.at(-1);
    if (previous && (place.from < previous.to || (place.from === previous.from && place.to === previous.to))) lost.push(place.edit);
    else kept.push(place);
  }
  let result = text;
  for (const { from, to, edit } of [...kept].reverse()) result = result.slice(0, from) + edit.after + result.slice(to);
  return { text: result, applied: kept.length, lost };
}

function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
