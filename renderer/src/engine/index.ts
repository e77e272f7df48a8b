/**
 * The comparison engine's public entry. Pure TypeScript over strings: safe
 * in a Web Worker, in Node and in tests.
 */

export { compare } from './compare';
export { applySuggestions, withMovePartners } from './apply';
export type { CompareOptions, Severity, Suggestion, SuggestionKind, SuggestionPart } from './types';
export { SUGGESTION_KINDS } from './types';
export { sameNumberSpelled } from './number-words';
export { markWording, partsWithin, type MarkedWording, type WordingPart, type WordingSegment } from './wording';
export {
  addRule,
  changeKey,
  changeOf,
  formatRuleFile,
  parseRuleFile,
  removeRule,
  RuleFileError,
  withoutIgnored,
  type IgnoreRule,
  type RuleFile,
} from './ignore-rules';
