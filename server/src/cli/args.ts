// Command-line arguments, parsed by hand: `ctxlens check [paths…] [--format F] [--config FILE]`
// and `ctxlens chains [paths…] [--format F] [--config FILE]`.

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

function isFormat(value: string): value is OutputFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: 'missing command (try ctxlens --help)' };
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' };
  if (command === '-v' || command === '--version') return { kind: 'version' };
  if (command === 'chains') return parseChainsArgs(rest);
  if (command !== 'check') return { kind: 'error', message: `unknown command "${command}" (try ctxlens --help)` };

  const check: CheckCommand = { kind: 'check', paths: [], format: 'text', configFile: null, verbose: false };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPaths || !arg.startsWith('-')) {
      check.paths.push(withoutEllipsis(arg));
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--verbose') {
      check.verbose = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--config') return { kind: 'error', message: `unknown option "${name}" (try ctxlens --help)` };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `option ${name} needs a value` };
    if (name === '--format') {
      if (!isFormat(value)) return { kind: 'error', message: `unknown format "${value}": use text, json or sarif` };
      check.format = value;
    } else check.configFile = value;
  }
  if (check.paths.length === 0) check.paths.push('.');
  return check;
}

function parseChainsArgs(rest: readonly string[]): Command {
  const chains: ChainsCommand = { kind: 'chains', paths: [], format: 'text', configFile: null };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (onlyPaths || !arg.startsWith('-')) {
      chains.paths.push(withoutEllipsis(arg));
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--config') return { kind: 'error', message: `unknown option "${name}" (try ctxlens --help)` };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '') return { kind: 'error', message: `option ${name} needs a value` };
    if (name === '--config') chains.configFile = value;
    else if ((CHAINS_FORMATS as readonly string[]).includes(value)) chains.format = value as ChainsFormat;
    else return { kind: 'error', message: `unknown format "${value}": use text, json or mermaid` };
  }
  if (chains.paths.length === 0) chains.paths.push('.');
  return chains;
}
