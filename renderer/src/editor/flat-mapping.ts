/**
 * A transaction's mapping as one step map when its steps touch disjoint
 * stretches in document order or in reverse order. Accept all replaces
 * thousands of suggestions from the end backwards, and its undo puts them
 * back from the start forwards; mapping a position through a Mapping costs
 * one call per step, so mapping every decoration and range through such a
 * transaction grows with the square of the suggestions. One StepMap holding
 * the same changes maps each position in one pass over its ranges.
 */
import { Mapping, StepMap } from 'prosemirror-transform';

/** `mapping` as one step map when its steps are disjoint and ordered (see above); otherwise `mapping` itself. */
export function flatMapping(mapping: Mapping): Mapping {
  const maps = mapping.maps;
  if (maps.length < 2) return mapping;
  const ranges = backwards(maps) ?? forwards(maps);
  return ranges ? new Mapping([new StepMap(ranges)]) : mapping;
}

type Change = [oldStart: number, oldEnd: number, newStart: number, newEnd: number];

function changesOf(map: StepMap): Change[] {
  const changes: Change[] = [];
  map.forEach((oldStart, oldEnd, newStart, newEnd) => changes.push([oldStart, oldEnd, newStart, newEnd]));
  return changes;
}

/**
 * Each step wholly before every earlier one: nothing before a step has
 * moved yet, so its positions are the original document's. Ranges as
 * StepMap takes them ([start, oldSize, newSize]…, ascending), or null.
 */
function backwards(maps: readonly StepMap[]): number[] | null {
  const groups: number[][] = [];
  let limit = Infinity;
  for (const map of maps) {
    const changes = changesOf(map);
    if (changes.length === 0) continue;
    if (changes[changes.length - 1]![1] > limit) return null;
    groups.push(changes.flatMap(([oldStart, oldEnd, newStart, newEnd]) => [oldStart, oldEnd - oldStart, newEnd - newStart]));
    limit = changes[0]![0];
  }
  return groups.reverse().flat();
}

/**
 * Each step wholly after every earlier one: its positions are the
 * original's shifted by the size changes made so far.
 */
function forwards(maps: readonly StepMap[]): number[] | null {
  const ranges: number[] = [];
  let shift = 0;
  let end = -Infinity;
  for (const map of maps) {
    const changes = changesOf(map);
    if (changes.length === 0) continue;
    if (changes[0]![0] < end) return null;
    for (const [oldStart, oldEnd, newStart, newEnd] of changes) ranges.push(oldStart - shift, oldEnd - oldStart, newEnd - newStart);
    for (const [oldStart, oldEnd, newStart, newEnd] of changes) shift += newEnd - newStart - (oldEnd - oldStart);
    end = changes[changes.length - 1]![3];
  }
  return ranges;
}
