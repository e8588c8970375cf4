// The CLI over the engine: arguments → configuration → check → output and exit status.
import type { CheckResult } from '../engine/api';
import { analysePaths, isUnreadable } from './analyse';
import { parseArgs, USAGE, type CheckCommand } from './args';
import { runChains } from './chains';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { displayPath } from './locations';
import { productVersion } from './product';
import { EXIT_CLEAN, EXIT_ERRORS_FOUND, EXIT_USAGE, type CliIO } from './io';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${productVersion()}\n`);
      return EXIT_CLEAN;
    case 'error':
      io.stderr(`ctxlens: ${command.message}\n`);
      return EXIT_USAGE;
    case 'check':
      return runCheck(command, io);
    case 'chains':
      return runChains(command, io);
  }
}

function reportSkipped(result: CheckResult, command: CheckCommand, io: CliIO): void {
  const skipped = result.skipped.filter((s) => s.kind === 'policy');
  if (command.verbose) {
    for (const s of skipped) io.stderr(`ctxlens: skipped ${displayPath(s.file, io.cwd)}: ${s.reason}\n`);
  } else if (command.format === 'text' && skipped.length > 0) {
    io.stderr(
      `ctxlens: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (generated, binary, too large or linked from outside; --verbose lists them)\n`,
    );
  }
}

/** `ctxlens: 12 findings suppressed (9 by //nolint, 3 by //ctxlens:ignore)`, with --verbose and only when some were. */
function reportSuppressed(result: CheckResult, command: CheckCommand, io: CliIO): void {
  const kinds = (['//nolint', '//lint:ignore', '//ctxlens:ignore'] as const).filter((kind) => (result.suppressed[kind] ?? 0) > 0);
  if (!command.verbose || kinds.length === 0) return;
  const total = kinds.reduce((sum, kind) => sum + result.suppressed[kind]!, 0);
  const parts = kinds.map((kind) => `${result.suppressed[kind]} by ${kind}`).join(', ');
  io.stderr(`ctxlens: ${total} finding${total === 1 ? '' : 's'} suppressed (${parts})\n`);
}

async function runCheck(command: CheckCommand, io: CliIO): Promise<number> {
  const analysed = await analysePaths(command.paths, command.configFile, io);
  if ('exit' in analysed) return analysed.exit;
  const { result } = analysed;

  if (command.format === 'json') io.stdout(formatJson(result.findings, io.cwd));
  else if (command.format === 'sarif') io.stdout(formatSarif(result.findings, io.cwd));
  else io.stdout(formatText(result.findings, io.cwd, result.filesAnalysed));
  reportSkipped(result, command, io);
  reportSuppressed(result, command, io);

  if (result.skipped.some(isUnreadable)) return EXIT_USAGE;
  return result.findings.some((f) => f.severity === 'error') ? EXIT_ERRORS_FOUND : EXIT_CLEAN;
}
