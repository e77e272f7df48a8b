/**
 * The comparison pipeline: tokenize, align, cut into hunks, pair moves,
 * classify, and turn the result into suggestions.
 */

import { alignTokens } from './align';
import { bySpan } from './apply';
import { classify } from './classify';
import { findHunks, type Hunk } from './hunks';
import { internTokens } from './keys';
import { pairMoves } from './moves';
import { buildReferenceContext } from './reference-context';
import { splitAtSlips } from './refine';
import { slideGaps } from './slide';
import { tokenize } from './tokenize';
import { foldTypography } from './typography';
import type { CompareOptions, Suggestion } from './types';

/**
 * Every place where `draft` departs from `reference`, as suggestions sorted
 * by `from` (an insertion before a replacement at the same offset), never
 * overlapping, never starting or ending inside a word. Accepting all of them
 * turns the draft into the reference exactly (unless `options` leaves some
 * differences out). Pure and deterministic: same inputs, same output.
 */
export function compare(draft: string, reference: string, options: CompareOptions = {}): Suggestion[] {
  const fold = options.typographyAsEqual ?? false;
  const draftTokens = tokenize(draft);
  const refTokens = tokenize(reference);
  const ids = internTokens(draftTokens, refTokens, fold);
  const alignment = slideGaps(alignTokens(ids.draft, ids.reference, ids.size), ids.draft, ids.reference, draftTokens, refTokens);
  const ctx = buildReferenceContext(refTokens);
  let hunks = findHunks(draftTokens, refTokens, alignment).flatMap((h) => splitAtSlips(draftTokens, refTokens, h, ctx));
  if (fold) hunks = hunks.filter((h) => foldTypography(draft.slice(h.from, h.to)) !== foldTypography(reference.slice(h.refFrom, h.refTo)));

  const suggestions: Suggestion[] = [];
  const moved = new Set<number>();
  for (const [del, ins] of pairMoves(draft, reference, hunks, fold)) {
    moved.add(del).add(ins);
    const moveId = `m${hunks[del].from}-${hunks[ins].refFrom}`;
    suggestions.push(suggestion(reference, hunks[del], 'moved', moveId), suggestion(reference, hunks[ins], 'moved', moveId));
  }
  let previous: Suggestion | undefined;
  hunks.forEach((h, k) => {
    if (moved.has(k)) {
      previous = undefined;
      return;
    }
    const { kind, severity } = classify(draft, reference, h, ctx);
    if (previous && kind === 'name' && previous.kind === 'name' && /^\s+$/.test(draft.slice(previous.to, h.from))) {
      // One mangled name of several words ("Kir Stmper") is one error.
      suggestions.pop();
      h = { from: previous.from, to: h.to, refFrom: previous.referenceFrom, refTo: h.refTo };
    }
    previous = { ...suggestion(reference, h, kind), severity };
    suggestions.push(previous);
  });

  const ignore = new Set(options.ignore ?? []);
  return suggestions.filter((s) => !ignore.has(s.kind)).sort(bySpan);
}

function suggestion(reference: string, h: Hunk, kind: Suggestion['kind'], moveId?: string): Suggestion {
  const s: Suggestion = {
    id: `${kind}:${h.from}-${h.to}:${h.refFrom}-${h.refTo}`,
    from: h.from,
    to: h.to,
    replacement: reference.slice(h.refFrom, h.refTo),
    kind,
    severity: 'medium',
    referenceFrom: h.refFrom,
    referenceTo: h.refTo,
  };
  return moveId ? { ...s, moveId } : s;
}
