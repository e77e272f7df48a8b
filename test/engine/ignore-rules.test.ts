import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addRule, applySuggestions, changeKey, compare, formatRuleFile, parseRuleFile, removeRule, RuleFileError, withoutIgnored } from '@galley/engine';

describe('ignore rules', () => {
  const draft = 'The offense was “minor”, said the defense.';
  const reference = 'The offence was "minor", said the defence.';

  test('a rule hides every suggestion making exactly its change, and nothing else', () => {
    const all = compare(draft, reference);
    const kept = withoutIgnored(draft, all, [{ draft: 'offense', reference: 'offence' }]);
    const words = (list: typeof all) => list.map((s) => draft.slice(s.from, s.to));
    expect(words(all)).toContain('offense');
    expect(words(kept)).not.toContain('offense');
    expect(words(kept)).toContain('defense');
    expect(kept.length).toBe(all.length - 1);
  });

  test('a rule naming a part of a longer suggestion leaves that part as the draft has it and suggests the rest', () => {
    const root = new URL('../../seeds/', import.meta.url);
    const d = readFileSync(new URL('000_6302bc43854f0c3c.txt', root), 'utf8');
    const r = readFileSync(new URL('001_6904e82db721665d.txt', root), 'utf8');
    // A reworded sentence: one suggestion whose parts are its changed words ("Killed" → "struck").
    const phrase = compare(d, r).find((s) => (s.parts?.length ?? 0) >= 2)!;
    const [named, ...rest] = phrase.parts!;
    const [kept] = withoutIgnored(d, [phrase], [{ draft: d.slice(named!.from, named!.to), reference: named!.replacement }]);
    expect([kept!.from, kept!.to, kept!.parts]).toEqual([phrase.from, phrase.to, rest]);
    // Accepting it makes every change but the named one.
    const accepted = applySuggestions(d, [kept!]);
    expect(accepted).toBe(applySuggestions(d, rest.map((p, i) => ({ ...phrase, id: `part${i}`, ...p, parts: undefined }))));
    expect(accepted.slice(named!.from, named!.to)).toBe(d.slice(named!.from, named!.to));
    // Every part named: nothing is left to suggest.
    const rules = phrase.parts!.map((p) => ({ draft: d.slice(p.from, p.to), reference: p.replacement }));
    expect(withoutIgnored(d, [phrase], rules)).toEqual([]);
  });

  test('the halves of a move are never hidden (half a move would drop or double text)', () => {
    const d = 'The council met on Monday. Rain fell across the northern valleys all night. Nobody expected the vote to pass.';
    const r = 'Rain fell across the northern valleys all night. The council met on Monday. Nobody expected the vote to pass.';
    const all = compare(d, r);
    const moved = all.filter((s) => s.moveId !== undefined);
    expect(moved.length).toBe(2);
    const rules = moved.map((s) => ({ draft: d.slice(s.from, s.to), reference: s.replacement }));
    expect(withoutIgnored(d, all, rules).filter((s) => s.moveId !== undefined)).toEqual(moved);
  });

  test('adding twice keeps one rule; removing takes it away', () => {
    const rule = { draft: '“', reference: '"' };
    const once = addRule(addRule([], rule), { ...rule });
    expect(once).toEqual([rule]);
    expect(removeRule(once, rule)).toEqual([]);
  });

  test('change keys cannot collide through a separator', () => {
    expect(changeKey('a|', 'b')).not.toBe(changeKey('a', '|b'));
  });

  test('a rules file round-trips, and a bad one is refused with the place of the mistake', () => {
    const rules = [{ draft: 'offense', reference: 'offence' }];
    expect(parseRuleFile(JSON.parse(formatRuleFile(rules))).rules).toEqual(rules);
    expect(() => parseRuleFile([])).toThrow(RuleFileError);
    expect(() => parseRuleFile({ version: 2, rules: [] })).toThrow(/version 2/);
    expect(() => parseRuleFile({ version: 1, rules: [{ draft: 'a' }] })).toThrow(/rule 1 needs "draft" and "reference"/);
    expect(() => parseRuleFile({ version: 1, rules: [{ draft: 'a', reference: 'a' }] })).toThrow(/rule 1 names no change/);
  });
});
