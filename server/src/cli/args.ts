// Command-line arguments: `ctxlens check [paths…] [--format F] [--config FILE] [--verbose]`
// and `ctxlens chains [paths…] [--format F] [--config FILE]`. node:util's parseArgs splits
// the tokens (`--a=b`, `--`, short flags); this module checks them and words the errors.
import { parseArgs as tokenize, type ParseArgsConfig } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckCommand {
  kind: 'check';
  /** As given (Go-style `dir/...` already reduced to `dir`); `.` when none. */
  paths: string[];
  format: OutputFormat;
  configFile: string | null;
  /** List every skipped file on stderr, not only their count. */
  verbose: boolean;
}

export type ChainsFormat = 'text' | 'json' | 'mermaid';

const CHAINS_FORMATS: readonly ChainsFormat[] = ['text', 'json', 'mermaid'];

export interface ChainsCommand {
  kind: 'chains';
  paths: string[];
  format: ChainsFormat;
  configFile: string | null;
}

export type Command = CheckCommand | ChainsCommand | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage: ctxlens check [paths…] [options]
       ctxlens chains [paths…] [--format text|json|mermaid] [--config FILE]

Checks the Go files under the given files or folders (default: the current folder)
for gRPC interceptor-chain and context.Context mistakes.

Options:
  --format text|json|sarif  output format (default: text)
  --config FILE             configuration file (default: ./.ctxlens.json when present)
  --verbose                 list the files that were skipped (generated, binary, too large)
                            and count the findings that suppression directives hid
  -h, --help                show this help
  -v, --version             show the version

chains prints the effective interceptor chain of every gRPC server and client (exit 0).

Exit status of check: 0 no error-severity findings, 1 error-severity findings, 2 bad arguments or unreadable input.
`;

/** Go's `./...` pattern means "this folder and below", which is what a folder means here anyway. */
function withoutEllipsis(arg: string): string {
  if (arg === '...') return '.';
  return arg.endsWith('/...') ? arg.slice(0, -4) || '/' : arg;
}

interface Parsed {
  paths: string[];
  format: string | null;
  configFile: string | null;
  verbose: boolean;
  help: boolean;
}

/** Splits a command's arguments; `verbose` is accepted only where the command has it. */
function parseCommandArgs(rest: readonly string[], withVerbose: boolean): Parsed | { error: string } {
  const options: NonNullable<ParseArgsConfig['options']> = {
    format: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...(withVerbose ? { verbose: { type: 'boolean' } } : {}),
  };
  // Not strict: unknown options and missing values come back as tokens, worded below.
  const { tokens = [] } = tokenize({ args: [...rest], options, strict: false, allowPositionals: true, tokens: true });
  const parsed: Parsed = { paths: [], format: null, configFile: null, verbose: false, help: false };
  for (const token of tokens) {
    if (token.kind === 'positional') parsed.paths.push(withoutEllipsis(token.value));
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(options, token.name)) return { error: `unknown option "${token.rawName}" (try ctxlens --help)` };
    if (token.name === 'help') return { ...parsed, help: true };
    if (token.name === 'verbose') parsed.verbose = true;
    else if (token.value === undefined || token.value === '') return { error: `option ${token.rawName} needs a value` };
    else if (token.name === 'format') parsed.format = token.value;
    else parsed.configFile = token.value;
  }
  if (parsed.paths.length === 0) parsed.paths.push('.');
  return parsed;
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: 'missing command (try ctxlens --help)' };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command !== 'check' && command !== 'chains') return { kind: 'error', message: `unknown command "${command}" (try ctxlens --help)` };

  const parsed = parseCommandArgs(rest, command === 'check');
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  if (parsed.help) return { kind: 'help' };
  if (command === 'chains') {
    const format = parsed.format ?? 'text';
    if (!(CHAINS_FORMATS as readonly string[]).includes(format)) return { kind: 'error', message: `unknown format "${format}": use text, json or mermaid` };
    return { kind: 'chains', paths: parsed.paths, format: format as ChainsFormat, configFile: parsed.configFile };
  }
  const format = parsed.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return { kind: 'error', message: `unknown format "${format}": use text, json or sarif` };
  return { kind: 'check', paths: parsed.paths, format: format as OutputFormat, configFile: parsed.configFile, verbose: parsed.verbose };
}
