/**
 * The `galley` CLI as a function of its arguments and streams, so it can be
 * tested in process; galley.ts binds it to the real process.
 *
 * Exit status as diff's: 0 no differences, 1 differences, 2 trouble. Trouble
 * is one line on stderr, `galley: <file>: <problem>`, never a stack trace.
 */
import { applySuggestions, compare, withMovePartners, withoutIgnored, type CompareOptions, type Suggestion } from '@galley/engine';
import { FileError, toFileError } from '../files/errors';
import { isSameFile } from '../files/stamp';
import { encodeText, formatAfterEdits, formatForEditedText, hasNoFormat, withEncoding } from '../files/text-format';
import { loadDocument, renderDraft, writeRendered, type LoadedDocument } from '../formats/index';
import { inDraftParagraphs } from '../formats/paragraphs';
import { writeTextFile } from '../files/write';
import { parseCommand, USAGE, UsageError, type Command, type CompareFlags } from './args';
import { csvReport } from '../report/csv-report';
import { htmlReport } from '../report/html-report';
import { uncheckedReport } from '../report/review-report';
import { COLOUR, jsonReport, PLAIN, textReport } from './report';
import { readRuleFile } from './rules-file';

export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
  version: string;
}

export const EXIT_SAME = 0;
export const EXIT_DIFFERENT = 1;
export const EXIT_TROUBLE = 2;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout.write(USAGE);
        return EXIT_SAME;
      case 'version':
        io.stdout.write(`galley ${io.version}\n`);
        return EXIT_SAME;
      case 'check':
        return await check(command, io);
      case 'apply':
        return await apply(command, io);
    }
  } catch (error) {
    io.stderr.write(`galley: ${describe(error)}\n`);
    return EXIT_TROUBLE;
  }
}

async function check(command: Extract<Command, { name: 'check' }>, io: CliIo): Promise<number> {
  const [draft, reference] = await readBoth(command);
  const suggestions = await suggest(draft.text, reference.text, command);
  const draftFile = { path: command.draft, text: draft.text, format: draft.format, container: draft.container };
  if (command.format === 'json') {
    const referenceFile = { path: command.reference, text: reference.text, format: reference.format, container: reference.container };
    io.stdout.write(`${JSON.stringify(jsonReport(draftFile, referenceFile, suggestions), null, 2)}\n`);
  } else if (command.format === 'html' || command.format === 'csv') {
    const report = uncheckedReport(
      { name: command.draft, text: draft.text },
      { name: command.reference, text: reference.text },
      suggestions,
      { generatedAt: new Date().toISOString(), generator: `Galley ${io.version}` },
    );
    io.stdout.write(command.format === 'html' ? htmlReport(report) : csvReport(report));
  } else {
    io.stdout.write(textReport(draftFile, suggestions, useColour(io) ? COLOUR : PLAIN));
  }
  return suggestions.length > 0 ? EXIT_DIFFERENT : EXIT_SAME;
}

async function apply(command: Extract<Command, { name: 'apply' }>, io: CliIo): Promise<number> {
  const [draft, reference] = await readBoth(command);
  if (command.out !== null) {
    if (await isSameFile(command.out, command.draft)) {
      throw new FileError('io', command.out, 'this is the draft itself; use --in-place to overwrite the draft', 'save');
    }
    if (await isSameFile(command.out, command.reference)) {
      throw new FileError('io', command.out, 'this is the reference; apply never overwrites it', 'save');
    }
  }
  const suggestions = await suggest(draft.text, reference.text, command);
  const chosen = accepted(suggestions, command.accept);
  const cleaned = applySuggestions(draft.text, chosen);
  const edits = [...chosen].sort((a, b) => a.from - b.from || a.to - b.to).map((s) => ({ from: s.from, to: s.to, insert: s.replacement }));
  if (draft.container !== 'text') {
    const track = command.trackChangesAuthor === null ? undefined : { author: command.trackChangesAuthor, date: new Date() };
    const { bytes, unapplied } = renderDraft(draft, edits, { track, encoding: command.outEncoding ?? undefined });
    if (unapplied > 0) {
      io.stderr.write(`galley: ${command.draft}: ${unapplied} change${unapplied === 1 ? '' : 's'} the draft's format cannot hold (joining separate blocks such as table cells, notes or list items; a blank line in Markdown) left as they were\n`);
    }
    if (command.inPlace) await writeRendered(command.draft, bytes, draft.stamp);
    else if (command.out !== null) await writeRendered(command.out, bytes);
    else io.stdout.write(bytes);
    return suggestions.length > 0 ? EXIT_DIFFERENT : EXIT_SAME;
  }
  if (command.trackChangesAuthor !== null) {
    throw new FileError('io', command.draft, 'tracked changes can only be written to a Word (.docx) draft', 'save');
  }
  // An empty draft has no format to keep: text written in its place is stored as the reference is.
  const kept = hasNoFormat(draft.text, draft.format) && cleaned !== ''
    ? formatForEditedText(reference.text, cleaned, reference.format)
    : formatAfterEdits(draft.text, draft.format, edits);
  const format = command.outEncoding ? withEncoding(kept, command.outEncoding) : kept;

  if (command.inPlace) {
    await writeTextFile(command.draft, cleaned, format, { expected: draft.stamp });
  } else if (command.out !== null) {
    await writeTextFile(command.out, cleaned, format);
  } else {
    io.stdout.write(encodeText(cleaned, format, command.draft));
  }
  return suggestions.length > 0 ? EXIT_DIFFERENT : EXIT_SAME;
}

/**
 * The suggestions `accept` selects. Accepting a kind takes every suggestion
 * of that kind, and the other half of any move one of them belongs to: half
 * a move would delete a passage or write it twice.
 */
export function accepted(suggestions: readonly Suggestion[], accept: Extract<Command, { name: 'apply' }>['accept']): Suggestion[] {
  if (accept === 'all') return [...suggestions];
  if (accept === 'none') return [];
  const kinds = new Set<string>(accept);
  return withMovePartners(suggestions, suggestions.filter((s) => kinds.has(s.kind)));
}

function compareOptions(flags: CompareFlags): CompareOptions {
  return { ignore: flags.ignore, typographyAsEqual: flags.typographyEqual };
}

/** The comparison the flags ask for, without what a rules file says to ignore. */
async function suggest(draft: string, reference: string, flags: CompareFlags): Promise<Suggestion[]> {
  const rules = flags.rules === null ? [] : await readRuleFile(flags.rules);
  return withoutIgnored(draft, compare(draft, reference, compareOptions(flags)), rules);
}

/** Both files, read together (the reference's paragraph breaks in the draft's convention); if both fail, the draft's problem is the one reported. */
async function readBoth(command: CompareFlags & { draft: string; reference: string }): Promise<[LoadedDocument, LoadedDocument]> {
  const [d, r] = await Promise.allSettled([
    loadDocument(command.draft, { encoding: command.encoding ?? undefined }),
    loadDocument(command.reference, { encoding: command.referenceEncoding ?? undefined }),
  ]);
  if (d.status === 'rejected') throw d.reason;
  if (r.status === 'rejected') throw r.reason;
  return [d.value, inDraftParagraphs(r.value, d.value)];
}

/** Colour on a terminal, unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function useColour(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

/** The one line after "galley: " when the output cannot be written. */
export function describeStdoutError(error: unknown): string {
  return describe(toFileError(error, 'standard output', 'save'));
}

/** The one line after "galley: ". */
function describe(error: unknown): string {
  if (error instanceof FileError) {
    const hint = error.code === 'unencodable' ? ' (--out-encoding utf-8 writes every character)' : '';
    return `${error.path}: ${error.reason}${hint}`;
  }
  if (error instanceof UsageError) return error.message;
  // A bug, not the user's doing: still one line, with enough to report it.
  const message = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  return `internal error (${message}); please report it`;
}
