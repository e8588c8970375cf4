// What `check` and `chains` share: configuration, the paths to analyse, the analysis itself,
// and the problems reported on stderr on the way.
import * as os from 'node:os';
import { checkPaths, type CheckResult, type Config, type SkippedFile } from '../engine/api';
import { loadCliConfig } from './config';
import { EXIT_USAGE, type CliIO } from './io';
import { displayPath } from './locations';
import { checkRoots } from './roots';

/** Files that could not be read make the run fail (exit 2); the rest were skipped on purpose or by a ctxlens bug. */
export function isUnreadable(skip: SkippedFile): boolean {
  return skip.kind === 'unreadable';
}

/** Analyses the given paths; an exit status instead when the configuration or the paths are unusable. */
export async function analysePaths(
  paths: readonly string[],
  configFile: string | null,
  io: CliIO,
): Promise<{ result: CheckResult; config: Config } | { exit: number }> {
  const loaded = loadCliConfig(configFile, io.cwd);
  if ('error' in loaded) {
    io.stderr(`ctxlens: ${loaded.error}\n`);
    return { exit: EXIT_USAGE };
  }
  for (const problem of loaded.problems) io.stderr(`ctxlens: ${problem}\n`);
  const roots = checkRoots(paths, io.cwd);
  if ('error' in roots) {
    io.stderr(`ctxlens: ${roots.error}\n`);
    return { exit: EXIT_USAGE };
  }
  // One thread per processor: parsing is the bulk of the work, and threads share nothing but results.
  const result = await checkPaths(roots.roots, loaded.config, loaded.base, { jobs: os.availableParallelism() });
  for (const problem of result.problems) io.stderr(`ctxlens: ${problem}\n`);
  for (const s of result.skipped) {
    if (s.kind === 'unreadable') io.stderr(`ctxlens: ${displayPath(s.file, io.cwd)}: ${s.reason}\n`);
    // Said always: the file's findings are missing from the output.
    else if (s.kind === 'failed') io.stderr(`ctxlens: could not analyse ${displayPath(s.file, io.cwd)}: ${s.reason}\n`);
  }
  return { result, config: loaded.config };
}
