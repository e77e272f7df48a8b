/**
 * File ▸ Export Report…: the review as the client's report sees it, sent to
 * main as plain JSON (preload/api's ReportRequest). Every suggestion of the
 * draft as opened — found again by comparing it, so decided ones are
 * included — with its decision (by the same content key the editor records,
 * ../editor/place) and when it was made; and the editor's own edits: what
 * differs between the draft with its accepted suggestions applied and the
 * text now in the editor.
 */
import type { Node } from 'prosemirror-model';
import { applySuggestions, withMovePartners, type Suggestion } from '@galley/engine';
import type { GalleyApi, ReportRequest, ReportRequestItem } from '../../../preload/api';
import type { CompareText } from '../editor/comparison';
import { placeSuggestions, undecided } from '../editor/place';
import { textFromDoc } from '../editor/text-doc';
import { commonHead, commonTail } from '../worker/text-patches';
import type { DecisionTimes } from './decision-times';
import type { Layout } from './layout';

export interface ReportSources {
  /** The draft as opened and the reference. */
  readonly draftText: string;
  readonly reference: string;
  /** The editor's document now: its text and its decisions. */
  readonly doc: Node;
  readonly times: DecisionTimes;
  /** The review's comparison (with the window's ignore settings). */
  readonly compare: CompareText;
  /** A plain comparison, for finding the editor's own edits. */
  readonly diff: CompareText;
}

export async function reportRequest(sources: ReportSources): Promise<ReportRequest> {
  const { draftText, reference, doc, times } = sources;
  const { suggestions, keys, expected } = await acceptedDraft(draftText, reference, doc, sources.compare);
  const accepted = new Set<string>(doc.attrs.accepted);
  const rejected = new Set<string>(doc.attrs.rejected);
  const items = suggestions.map((suggestion, i): ReportRequestItem => {
    const key = keys[i];
    const decision = accepted.has(key) ? 'accepted' : rejected.has(key) ? 'rejected' : 'open';
    const decidedAt = decision === 'open' ? undefined : times.get(key);
    return { suggestion, decision, ...(decidedAt ? { decidedAt } : {}) };
  });
  const edits = (await ownEdits(expected, textFromDoc(doc), sources.diff)).map((change) => ({
    line: expected.slice(0, change.from).split('\n').length,
    before: expected.slice(change.from, change.to),
    after: change.replacement,
  }));
  return { draftText, items, edits };
}

/** The draft as opened, compared: its suggestions and the decision key of each (keys[i] is suggestions[i]'s). */
export interface DraftSuggestions {
  readonly suggestions: Suggestion[];
  readonly keys: string[];
}

/** Compares the draft as opened with the reference and keys each suggestion. */
export async function draftSuggestions(draftText: string, reference: string, compare: CompareText): Promise<DraftSuggestions> {
  return keyed(draftText, reference, await compare(draftText, reference));
}

/** `suggestions` of the draft as opened, each with its key. */
function keyed(draftText: string, reference: string, suggestions: Suggestion[]): DraftSuggestions {
  // Nothing counts as decided here, so placed[i] is suggestions[i] with its key.
  const keys = placeSuggestions(draftText, reference, suggestions, undecided).map((placed) => placed.item.key);
  return { suggestions, keys };
}

/** draftSuggestions remembering its last answer, which it can also be told (`know`). */
export interface RememberedDraftSuggestions {
  (draftText: string, reference: string, compare: CompareText): Promise<DraftSuggestions>;
  /**
   * What `compare` answers for `draftText` and `reference`, found already
   * (the review's own whole comparison of the draft as opened, under no
   * settings): remembered, and keyed when first asked for.
   */
  know(draftText: string, reference: string, compare: CompareText, suggestions: readonly Suggestion[]): void;
}

/**
 * draftSuggestions remembering its last answer: the draft as opened and the
 * reference stay the same for a window's whole review, and keeping the
 * review after every pause in typing compared the whole of both again (at
 * 100,000 words, 0.7 s of the worker and 3,000 keys made on the main thread).
 */
export function rememberedDraftSuggestions(): RememberedDraftSuggestions {
  let last: { draftText: string; reference: string; compare: CompareText; suggestions: Promise<Suggestion[]>; found: Promise<DraftSuggestions> | null } | null = null;
  const remember = (draftText: string, reference: string, compare: CompareText, suggestions: Promise<Suggestion[]>): void => {
    const entry = { draftText, reference, compare, suggestions, found: null };
    // A failed comparison is not remembered: the next keep asks again.
    suggestions.catch(() => {
      if (last === entry) last = null;
    });
    last = entry;
  };
  const find = (draftText: string, reference: string, compare: CompareText): Promise<DraftSuggestions> => {
    if (last?.draftText !== draftText || last.reference !== reference || last.compare !== compare) remember(draftText, reference, compare, compare(draftText, reference));
    const entry = last!;
    return (entry.found ??= entry.suggestions.then((suggestions) => keyed(draftText, reference, suggestions)));
  };
  return Object.assign(find, {
    know: (draftText: string, reference: string, compare: CompareText, suggestions: readonly Suggestion[]) => remember(draftText, reference, compare, Promise.resolve([...suggestions])),
  });
}

/**
 * The draft as opened with the accepted suggestions of `doc` applied: the
 * text as it would be without the editor's own edits. With the draft's
 * suggestions and the decision key of each.
 */
export async function acceptedDraft(
  draftText: string,
  reference: string,
  doc: Node,
  compare: CompareText,
  find: typeof draftSuggestions = draftSuggestions,
): Promise<{ suggestions: Suggestion[]; keys: string[]; expected: string }> {
  const { suggestions, keys } = await find(draftText, reference, compare);
  const accepted = new Set<string>(doc.attrs.accepted);
  const taken = suggestions.filter((_s, i) => accepted.has(keys[i]));
  return { suggestions, keys, expected: applySuggestions(draftText, withMovePartners(suggestions, taken)) };
}

/**
 * The editor's own changes: where `now` differs from `expected`, as changes
 * to `expected`. Only the lines from the first that differs to the last
 * (and one line around them) are compared: the edits of a long draft are a few lines, and comparing the
 * whole of both texts cost as much as the first comparison.
 */
export async function ownEdits(expected: string, now: string, diff: CompareText): Promise<Suggestion[]> {
  if (expected === now) return [];
  const { start, expectedEnd, nowEnd } = differingLines(expected, now);
  const changes = await diff(expected.slice(start, expectedEnd), now.slice(start, nowEnd));
  return changes.map((change) => shifted(change, start));
}

/**
 * Unchanged text kept on either side of the difference within a longer
 * line: a few hundred words for the engine to match around it. Text pasted
 * out of a PDF is often one line, and a whole line was compared: on a
 * 200,000-word draft on one line, the whole draft once more in the worker
 * after every pause in typing (a second worker heap beside the re-check's).
 */
export const LONG_LINE_CONTEXT = 2000;

/**
 * The stretch of whole lines holding every difference between `a` and `b`,
 * with one unchanged line more on each side: [start, aEnd) in `a`, [start,
 * bEnd) in `b`. (The engine needs words around a change: text typed before
 * a line with nothing of its own to compare against came out garbled.)
 * Where that reaches more than LONG_LINE_CONTEXT characters from the
 * difference, the stretch ends instead at the space about that far from it.
 */
export function differingLines(a: string, b: string): { start: number; expectedEnd: number; nowEnd: number } {
  const head = commonHead(a, b);
  const tail = commonTail(a, b, head);
  const lineStart = a.lastIndexOf('\n', head - 1);
  let start = lineStart <= 0 ? 0 : a.lastIndexOf('\n', lineStart - 1) + 1;
  if (head - start > LONG_LINE_CONTEXT) start = Math.max(start, a.lastIndexOf(' ', head - LONG_LINE_CONTEXT) + 1);
  // The common tail is left out from the second line break in it on.
  const firstBreak = a.indexOf('\n', a.length - tail);
  const secondBreak = firstBreak < 0 ? -1 : a.indexOf('\n', firstBreak + 1);
  let end = secondBreak < 0 ? a.length : secondBreak;
  const space = a.indexOf(' ', a.length - tail + LONG_LINE_CONTEXT);
  if (space >= 0 && space < end) end = space;
  const cut = a.length - end;
  return { start, expectedEnd: end, nowEnd: b.length - cut };
}

/** `change`, found in texts that start `by` characters into both, in the whole texts' offsets. */
function shifted(change: Suggestion, by: number): Suggestion {
  if (by === 0) return change;
  const parts = change.parts?.map((part) => ({ ...part, from: part.from + by, to: part.to + by, refFrom: part.refFrom + by, refTo: part.refTo + by }));
  return { ...change, from: change.from + by, to: change.to + by, refFrom: change.refFrom + by, refTo: change.refTo + by, ...(parts ? { parts } : {}) };
}

/** Asks main to save the report of the review, saying how it went. */
export async function exportReport(galley: GalleyApi, layout: Layout, sources: ReportSources | null): Promise<void> {
  const { banners, status } = layout;
  if (!sources) {
    banners.show('report', 'error', 'Open a draft and its reference first: there is no review to report.');
    return;
  }
  status.setActivity('Making the report…');
  try {
    const result = await galley.exportReport(await reportRequest(sources));
    status.setActivity(result.ok ? `Exported ${result.name}` : '');
    if (result.ok) banners.dismiss('report');
    else if (!result.cancelled) banners.show('report', 'error', `Could not export the report: ${result.error}`);
  } catch (error) {
    status.setActivity('');
    banners.show('report', 'error', `Could not export the report: ${error instanceof Error ? error.message : String(error)}`);
  }
}
