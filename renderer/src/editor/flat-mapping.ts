/**
 * A transaction's mapping as one step map when its steps touch disjoint
 * stretches in document order or in reverse order. Accept all replaces
 * thousands of suggestions from the end backwards, and its undo puts them
 * back from the start forwards; mapping a position through a Mapping costs
 * one call per step, so mapping every decoration and range through such a
 * transaction grows with the square of the suggestions. One StepMap holding
 * the same changes maps each position in one pass over its ranges.
 */
import type { Node } from 'prosemirror-model';
import { type MapResult, Mapping, StepMap } from 'prosemirror-transform';
import { chunkStarts } from './chunks';
import { lastAtOrBefore } from './text-doc';

/** `mapping` (of a transaction on `doc`) as one step map when its steps are disjoint and ordered (see above); otherwise `mapping` itself. */
export function flatMapping(mapping: Mapping, doc: Node): Mapping {
  const maps = mapping.maps;
  if (maps.length < 2) return mapping;
  const ranges = backwards(maps) ?? forwards(maps);
  return ranges ? new SortedMapping(ranges, doc) : mapping;
}

/**
 * Sorted ranges (as StepMap takes them) on the document `doc` as a
 * Mapping. Positions map through one SortedStepMap (a binary search each).
 * Its `maps` hold the same ranges cut where `doc`'s chunks (./chunks)
 * start, one step map per chunk, for prosemirror-view's DecorationSet.map:
 * descending into a chunk's set, that walks every range of a step map and
 * counts the size change of each one before the range it is at, including
 * those before the chunk, which do not move anything inside it. With every
 * range in one step map, the marks inside a chunk after the first change
 * were moved by the changes before the chunk once more (accept all of one
 * kind left the other marks on the wrong words).
 */
export class SortedMapping extends Mapping {
  readonly sorted: SortedStepMap;

  constructor(ranges: readonly number[], doc: Node) {
    super(byChunk(ranges, chunkStarts(doc)));
    this.sorted = new SortedStepMap(ranges);
  }

  override map(pos: number, assoc = 1): number {
    return this.sorted.map(pos, assoc);
  }

  override mapResult(pos: number, assoc = 1): MapResult {
    return this.sorted.mapResult(pos, assoc);
  }
}

/** `ranges` cut where `starts` are, each part a step map in the positions the parts before it leave. */
function byChunk(ranges: readonly number[], starts: readonly number[]): StepMap[] {
  const maps: StepMap[] = [];
  let part: number[] = [];
  let chunk = -1;
  let shift = 0;
  let partShift = 0;
  for (let i = 0; i < ranges.length; i += 3) {
    const at = lastAtOrBefore(starts, ranges[i]!);
    if (at !== chunk && part.length > 0) {
      maps.push(new StepMap(part));
      part = [];
      partShift = shift;
    }
    chunk = at;
    part.push(ranges[i]! + partShift, ranges[i + 1]!, ranges[i + 2]!);
    shift += ranges[i + 2]! - ranges[i + 1]!;
  }
  if (part.length > 0) maps.push(new StepMap(part));
  return maps;
}

/**
 * A StepMap of many ranges that finds a position's range by binary search.
 * StepMap walks its ranges from the first for every position, which for
 * thousands of ranges (accept all) and thousands of marks is quadratic
 * again. Each lookup maps through a one-range StepMap, shifted by the size
 * changes before it, so every result (deleted flags included) is
 * StepMap's own.
 */
export class SortedStepMap extends StepMap {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The size change of all ranges before each one; the last entry is the total. */
  private readonly shifts: number[] = [0];

  /** `ranges` as StepMap takes them: [start, oldSize, newSize]…, ascending and not overlapping. */
  constructor(readonly sorted: readonly number[]) {
    super(sorted);
    for (let i = 0; i < sorted.length; i += 3) {
      this.starts.push(sorted[i]!);
      this.ends.push(sorted[i]! + sorted[i + 1]!);
      this.shifts.push(this.shifts[this.shifts.length - 1]! + sorted[i + 2]! - sorted[i + 1]!);
    }
  }

  override mapResult(pos: number, assoc = 1): MapResult {
    return this.local(pos).mapResult(pos + this.shifts[this.index(pos)]!, assoc);
  }

  override map(pos: number, assoc = 1): number {
    return this.local(pos).map(pos + this.shifts[this.index(pos)]!, assoc);
  }

  /** The first range ending at or after `pos` (ends ascend); the count of ranges when none does. */
  private index(pos: number): number {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid]! < pos) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The range holding `pos` as a one-range map in shifted positions, or the empty map. */
  private local(pos: number): StepMap {
    const i = this.index(pos);
    if (i === this.starts.length || this.starts[i]! > pos) return StepMap.empty;
    return new StepMap([this.starts[i]! + this.shifts[i]!, this.sorted[i * 3 + 1]!, this.sorted[i * 3 + 2]!]);
  }
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
