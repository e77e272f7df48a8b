/**
 * A decoration set kept equal to a list of wanted decorations from one
 * transaction to the next by mapping the last set and mending the
 * difference, rather than building it afresh.
 *
 * The near chunks' and the shown marks' sets were built afresh on every
 * keystroke: with DecorationSet.create, which gives every top-level node
 * every decoration to claim, that was 11 ms of each key's 20 at 300,000
 * words (3,000 paragraphs) in the profile. A build in one pass
 * (./decoration-tree) still walks every paragraph and makes every
 * paragraph's set anew, which the view then compares one by one; a mapped
 * set costs only its own decorations and keeps the sets of the paragraphs
 * an edit did not touch, and a keystroke changes few of them.
 *
 * The result holds exactly `wanted` whatever the mapping did: two
 * decorations are the same when they share their spec object and their
 * range, so each caller gives a decoration of a given look one spec object.
 */
import type { Node } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import { decorationSet, withAdded } from './decoration-tree';

/** Mending more than this share of the wanted decorations builds the set afresh instead. */
const REBUILD_SHARE = 1 / 4;

/** A set holding `wanted` on `doc`: `previous` (on the document before `mapping`, or on `doc` itself when null) mapped and mended. */
export function keptSet(previous: DecorationSet, mapping: Mapping | null, doc: Node, wanted: readonly Decoration[]): DecorationSet {
  const mapped = mapping ? previous.map(mapping, doc) : previous;
  const found = mapped.find();
  if (sameInOrder(found, wanted)) return mapped;
  // (create and add take their array apart.)
  const afresh = (): DecorationSet => decorationSet(doc, wanted);
  const extra = new Map<string, Decoration>();
  for (const decoration of found) {
    const key = keyOf(decoration);
    // The same decoration twice: remove() would take out both.
    if (extra.has(key)) return afresh();
    extra.set(key, decoration);
  }
  const missing: Decoration[] = [];
  const seen = new Set<string>();
  for (const decoration of wanted) {
    const key = keyOf(decoration);
    if (seen.has(key)) return afresh();
    seen.add(key);
    if (!extra.delete(key)) missing.push(decoration);
  }
  if (extra.size === 0 && missing.length === 0) return mapped;
  if (extra.size + missing.length > wanted.length * REBUILD_SHARE) return afresh();
  const kept = extra.size > 0 ? mapped.remove([...extra.values()]) : mapped;
  return missing.length > 0 ? withAdded(kept, doc, missing) : kept;
}

/**
 * Whether `found` holds `wanted` in the same order. After a keystroke the
 * mapped set nearly always holds just the wanted decorations, and both
 * lists come in the set's tree order (the wanted ones are read off another
 * set over the same paragraphs): then no keys are made. Keying every shown
 * mark was 30 KB of garbage a key at 300,000 words (a heap sampling of
 * typing), which the major collections that made the slowest keys sweep.
 */
function sameInOrder(found: readonly Decoration[], wanted: readonly Decoration[]): boolean {
  if (found.length !== wanted.length) return false;
  for (let i = 0; i < found.length; i++) {
    const [a, b] = [found[i]!, wanted[i]!];
    if (a.spec !== b.spec || a.from !== b.from || a.to !== b.to) return false;
  }
  return true;
}

/** Each spec object's number, so a decoration's key can name it. */
const specIds = new WeakMap<object, number>();
let nextSpecId = 0;

function keyOf(decoration: Decoration): string {
  const spec = decoration.spec as object;
  let id = specIds.get(spec);
  if (id === undefined) specIds.set(spec, (id = nextSpecId++));
  return `${id}:${decoration.from}:${decoration.to}`;
}
