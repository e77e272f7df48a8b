/**
 * `--show`: one pair's suggestions (or a plain diff's changes) as an editor
 * would read them, one a line:
 *
 *   12:5  spelling  low  "wa3" → "was"  [abuts next]
 *
 * Line and column are the draft's, from 1. Flags name what the figures count
 * against a suggestion: it abuts the next one, an edge cuts a word.
 */
import { inDraftOrder, type Change } from './changes';
import { TOOL_LABELS, type Tool } from './contenders';
import type { RealPair } from './pairs';
import { cuts } from './shape';

/** 1-based line and column of a draft offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return `${before.split('\n').length}:${offset - lineStart + 1}`;
}

/** What the figures hold against one change, given the next one in draft order. */
function flags(pair: RealPair, c: Change, next: Change | undefined): string[] {
  const out: string[] = [];
  if (next && c.to === next.from && c.refTo === next.refFrom) out.push('abuts next');
  const { start, end } = cuts(pair.draft, pair.reference, c);
  if (start || end) out.push(`edge inside word (${[start && 'start', end && 'end'].filter(Boolean).join(', ')})`);
  if (c.moveId !== undefined) out.push(`move ${c.moveId}`);
  return out;
}

export function showChanges(pair: RealPair, changes: readonly Change[], tool: Tool): string {
  const sorted = inDraftOrder(changes);
  const rows = sorted.map((c, i) => {
    const where = lineColumn(pair.draft, c.from).padEnd(8);
    const kind = `${(c.kind ?? 'change').padEnd(11)} ${(c.severity ?? '').padEnd(6)}`;
    const text = `${JSON.stringify(pair.draft.slice(c.from, c.to))} → ${JSON.stringify(c.replacement)}`;
    const f = flags(pair, c, sorted[i + 1]);
    return `${where} ${kind} ${text}${f.length > 0 ? `  [${f.join('; ')}]` : ''}`;
  });
  return [`${pair.id} (${pair.kind}), ${TOOL_LABELS[tool]}: ${changes.length} suggestions`, ...rows].join('\n');
}
