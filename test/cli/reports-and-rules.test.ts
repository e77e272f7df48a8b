/** `galley check --format html|csv` and `--rules FILE`, through the built CLI. */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../main/files-helpers';
import { ensureBuilt, galley } from './built-cli';

beforeAll(() => ensureBuilt(), 120_000);

function pair() {
  const dir = tempFolder();
  const draft = join(dir, 'draft.txt');
  const reference = join(dir, 'reference.txt');
  writeFileSync(draft, 'The offense was “minor” <b>bold</b>, said Kir Stmper.\n');
  writeFileSync(reference, 'The offence was "minor" <b>bold</b>, said Keir Starmer.\n');
  return { dir, draft, reference };
}

describe('galley check reports', () => {
  test('--format html writes the self-contained client report, document text escaped', () => {
    const { draft, reference } = pair();
    const run = galley(['check', draft, reference, '--format', 'html']);
    expect(run.status).toBe(1);
    const html = run.stdout.toString();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<del>Kir Stmper</del>');
    expect(html).toContain('<ins>Keir Starmer</ins>');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toMatch(/<script/i);
  });

  test('--format csv writes one row per suggestion', () => {
    const { draft, reference } = pair();
    const csv = galley(['check', draft, reference, '--format', 'csv']).stdout.toString();
    const json = JSON.parse(galley(['check', draft, reference, '--format', 'json']).stdout.toString());
    expect(csv.split('\r\n').filter(Boolean).length).toBe(json.suggestions.length + 1);
  });

  test('--format with an unknown value is a usage error', () => {
    const { draft, reference } = pair();
    const run = galley(['check', draft, reference, '--format', 'pdf']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("galley: --format must be text, json, html or csv, not 'pdf'\n");
  });
});

describe('galley --rules', () => {
  test('check and apply leave out the changes a rules file names', () => {
    const { dir, draft, reference } = pair();
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ version: 1, rules: [{ draft: 'offense', reference: 'offence' }, { draft: '“', reference: '"' }, { draft: '”', reference: '"' }] }));
    const out = galley(['check', draft, reference, '--rules', rules]).stdout.toString();
    expect(out).not.toMatch(/offense|“/);
    expect(out).toMatch(/Kir Stmper/);
    const applied = galley(['apply', draft, reference, '--accept', 'all', '--rules', rules]).stdout.toString();
    expect(applied).toBe('The offense was “minor” <b>bold</b>, said Keir Starmer.\n');
  });

  test('a missing or malformed rules file is one line naming it', () => {
    const { dir, draft, reference } = pair();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":1,"rules":[{"draft":"a"}]}');
    const run = galley(['check', draft, reference, '--rules', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`galley: ${bad}: rule 1 needs "draft" and "reference" strings\n`);
    const notJson = join(dir, 'notjson.json');
    writeFileSync(notJson, 'rules: yes');
    expect(galley(['check', draft, reference, '--rules', notJson]).stderr).toMatch(/^galley: .*notjson\.json: not a rules file: it is not valid JSON/);
    expect(galley(['check', draft, reference, '--rules', join(dir, 'absent.json')]).stderr).toMatch(/^galley: .*absent\.json: /);
  });
});
