/**
 * The `galley` command line, parsed into a command or a usage error. No I/O
 * here: galley.ts reads the files and prints.
 */
import { parseArgs } from 'node:util';
import { canonicalEncoding } from '../files/charset';
import { SUGGESTION_KINDS, type SuggestionKind } from '@galley/engine';

export interface CompareFlags {
  ignore: SuggestionKind[];
  typographyEqual: boolean;
  /** A rules file (ignore rules learned in the window), or null. */
  rules: string | null;
  /** Read the draft / the reference as this encoding instead of detecting one (iconv-lite names). */
  encoding: string | null;
  referenceEncoding: string | null;
}

export const CHECK_FORMATS = ['text', 'json', 'html', 'csv'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | ({ name: 'check'; draft: string; reference: string; format: CheckFormat } & CompareFlags)
  | ({
      name: 'apply';
      draft: string;
      reference: string;
      /** 'all', 'none', or the kinds to accept. */
      accept: 'all' | 'none' | SuggestionKind[];
      out: string | null;
      inPlace: boolean;
      /** Write the cleaned copy in this encoding instead of the draft's. */
      outEncoding: string | null;
      /** Write a Word draft's changes as tracked revisions by this author; null: make them. */
      trackChangesAuthor: string | null;
    } & CompareFlags);

/** Bad arguments: the message is one line, without the "galley: " prefix. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  galley check DRAFT REFERENCE [--format text|json|html|csv] [--ignore KIND,...]
                               [--typography-equal] [--rules FILE]
                               [--encoding ENC] [--reference-encoding ENC]
  galley apply DRAFT REFERENCE --accept all|none|KIND,... [--out FILE | --in-place]
                               [--track-changes [--author NAME]]
                               [--ignore KIND,...] [--typography-equal] [--rules FILE]
                               [--out-encoding ENC] [--encoding ENC] [--reference-encoding ENC]
  galley --help | --version

Compares a draft with its reference copy and lists every place they differ,
as suggestions with the reference's wording.

  check    prints one line per suggestion: line:column, kind, severity,
           draft → reference (or, with --format json, all suggestions with
           offsets into the draft's text as decoded: no BOM, LF line endings;
           --format html: a self-contained report for the client; --format
           csv: the same as a table).
  apply    writes the draft with the accepted suggestions applied to stdout,
           or to FILE with --out, keeping the draft's encoding, BOM, line
           endings and final newline. The draft itself is only overwritten
           with --in-place. Accepting a kind accepts both halves of a move.

Drafts may be .txt, .docx or .md; references also .html/.htm and .pdf.
Word and Markdown are compared as the text a reader sees and written back in
their own format, changing only the text that changed.

Options:
  --format text|json|html|csv  output of check (default: text)
  --ignore KIND,...       leave these kinds out
  --typography-equal      treat curly/straight quotes, dash, ellipsis and
                          spacing variants as equal
  --rules FILE            leave out the changes a rules file names (the ignore
                          rules saved by the window: {"version":1,"rules":
                          [{"draft":"offense","reference":"offence"}]})
  --accept all|none|KIND,...  which suggestions apply accepts
  --out FILE              where apply writes (atomically); default stdout
  --in-place              apply overwrites the draft (atomically)
  --encoding ENC          read the draft as ENC (utf-8, windows-1252, utf-16le,
                          ...) instead of detecting its encoding
  --reference-encoding ENC  the same for the reference
  --out-encoding ENC      apply writes the cleaned copy in ENC (e.g. utf-8
                          when the draft's encoding cannot hold the result)
  --track-changes         (Word drafts) write each change as a tracked
                          deletion and insertion for review in Word
  --author NAME           the name tracked changes carry (default: Galley)

Kinds: ${SUGGESTION_KINDS.join(', ')}

Exit status: 0 no differences, 1 differences, 2 trouble (a file that cannot
be read, bad arguments). Colour only on a terminal; NO_COLOR turns it off.
`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
        format: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        'typography-equal': { type: 'boolean' },
        rules: { type: 'string' },
        accept: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'in-place': { type: 'boolean' },
        encoding: { type: 'string' },
        'reference-encoding': { type: 'string' },
        'out-encoding': { type: 'string' },
        'track-changes': { type: 'boolean' },
        author: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { name: 'help' };
  if (values.version) return { name: 'version' };

  const [name, ...files] = positionals;
  if (name === undefined) throw new UsageError('no command given (try galley --help)');
  if (name !== 'check' && name !== 'apply') throw new UsageError(`unknown command '${name}' (try galley --help)`);
  if (files.length !== 2) {
    throw new UsageError(`${name} needs a DRAFT and a REFERENCE file, got ${files.length} file${files.length === 1 ? '' : 's'}`);
  }
  const [draft, reference] = files;
  const flags: CompareFlags = {
    ignore: (values.ignore ?? []).flatMap((list) => parseKinds(list, '--ignore')),
    typographyEqual: values['typography-equal'] ?? false,
    rules: values.rules ?? null,
    encoding: parseEncoding(values.encoding, '--encoding'),
    referenceEncoding: parseEncoding(values['reference-encoding'], '--reference-encoding'),
  };
  if (flags.rules === '') throw new UsageError('--rules needs a file name');

  if (name === 'check') {
    for (const option of ['accept', 'out', 'in-place', 'out-encoding', 'track-changes', 'author'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is for apply, not check`);
    }
    const format = values.format ?? 'text';
    if (!isCheckFormat(format)) throw new UsageError(`--format must be ${CHECK_FORMATS.slice(0, -1).join(', ')} or ${CHECK_FORMATS.at(-1)}, not '${format}'`);
    return { name, draft, reference, format, ...flags };
  }

  if (values.format !== undefined) throw new UsageError('--format is for check, not apply');
  if (values.accept === undefined) throw new UsageError('apply needs --accept all|none|KIND,...');
  const accept = values.accept === 'all' || values.accept === 'none' ? values.accept : parseKinds(values.accept, '--accept');
  const inPlace = values['in-place'] ?? false;
  const out = values.out ?? null;
  if (inPlace && out !== null) throw new UsageError('--in-place and --out cannot be used together');
  if (out === '') throw new UsageError('--out needs a file name');
  const outEncoding = parseEncoding(values['out-encoding'], '--out-encoding');
  if (values.author !== undefined && !values['track-changes']) throw new UsageError('--author is for --track-changes');
  const author = values.author ?? 'Galley';
  if (author.trim() === '') throw new UsageError('--author needs a name');
  const trackChangesAuthor = values['track-changes'] ? author : null;
  return { name, draft, reference, accept, out, inPlace, outEncoding, trackChangesAuthor, ...flags };
}

function parseEncoding(name: string | undefined, option: string): string | null {
  if (name === undefined) return null;
  const encoding = canonicalEncoding(name);
  if (encoding === null) throw new UsageError(`${option}: unknown encoding '${name}' (e.g. utf-8, windows-1252, iso-8859-1, utf-16le)`);
  return encoding;
}

function isCheckFormat(format: string): format is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(format);
}

function parseKinds(list: string, option: string): SuggestionKind[] {
  const kinds = list.split(',').map((k) => k.trim()).filter((k) => k !== '');
  if (kinds.length === 0) throw new UsageError(`${option} needs at least one kind (${SUGGESTION_KINDS.join(', ')})`);
  for (const kind of kinds) {
    if (!(SUGGESTION_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`${option}: unknown kind '${kind}' (kinds: ${SUGGESTION_KINDS.join(', ')})`);
    }
  }
  return kinds as SuggestionKind[];
}

/** node:util's messages run over several lines; keep the first, which says what was wrong. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `unknown option '${option}' (try galley --help)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message.replace(/^Option /, '').replace(/\.$/, '');
  return message.replace(/\.$/, '');
}
