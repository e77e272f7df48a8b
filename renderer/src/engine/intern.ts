/**
 * Token identity: each distinct token text (folded when typographic
 * variants count as equal) gets a small integer, shared by both texts, so
 * alignment compares integers instead of strings.
 */

import { tokenText, type Tokens } from './tokenize';
import { foldMarks } from './typography';

export interface TokenIds {
  readonly draft: Int32Array;
  readonly ref: Int32Array;
  /** One more than the largest id. */
  readonly size: number;
}

export function internTokens(draft: Tokens, ref: Tokens, foldTypography: boolean): TokenIds {
  const ids = new Map<string, number>();
  const idsOf = (tokens: Tokens): Int32Array => {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokenText(tokens, i);
      const key = foldTypography ? foldMarks(raw) : raw;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  return { draft: idsOf(draft), ref: idsOf(ref), size: ids.size };
}
