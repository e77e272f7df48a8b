import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it('takes the default folder and every tool when given nothing', () => {
    expect(parseArgs([], '/d')).toMatchObject({ dir: '/d', dirGiven: false, only: ['galley', 'jsdiff', 'dmp', 'git'], show: false, json: false });
  });

  it('reads the options', () => {
    const o = parseArgs(['/x', '--pair', 'p1', '--kind', 'ocr', '--only', 'git,galley', '--show', '--examples', '3', '--by-pair', '--json', '--baseline', 'b.json'], '/d');
    expect(o).toEqual({ dir: '/x', dirGiven: true, pair: 'p1', kind: 'ocr', only: ['galley', 'git'], show: true, examples: 3, byPair: true, json: true, baseline: 'b.json' });
  });

  it('names what is wrong', () => {
    expect(() => parseArgs(['--kind', 'poetry'], '/d')).toThrow(/--kind takes ocr, mt, paraphrase, got "poetry"/);
    expect(() => parseArgs(['--only', 'galley,meld'], '/d')).toThrow(/got "meld"/);
    expect(() => parseArgs(['--examples', '0'], '/d')).toThrow(UsageError);
    expect(() => parseArgs(['--pair'], '/d')).toThrow(/--pair needs a value/);
    expect(() => parseArgs(['/a', '/b'], '/d')).toThrow(/unknown argument "\/b"/);
  });
});
