import { describe, expect, test } from 'vitest';
import { addRule, changeKey, compare, formatRuleFile, parseRuleFile, removeRule, RuleFileError, withoutIgnored } from '@galley/engine';

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
