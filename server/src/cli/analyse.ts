// What `check` and `chains` share: configuration, the paths to analyse, the analysis itself,
// and the problems reported on stderr on the way.
import { checkPaths, type CheckResult } from '../engine/check';
import { loadCliConfig } from './config';
import { EXIT_USAGE, type CliIO } from './io';
import { displayPath } from './locations';
import { checkRoots } from './roots';

/** read-source reports files it could not read with this reason prefix; the rest are skipped on purpose. */
export function isUnreadable(skip: CheckResult['skipped'][number]): boolean {
  return skip.reason.startsWith('cannot read');
}

/** Analyses the given paths; an exit status instead when the configuration or the paths are unusable. */
export async function analysePaths(paths: readonly string[], configFile: string | null, io: CliIO): Promise<{ result: CheckResult } | { exit: number }> {
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
  const result = await checkPaths(roots.roots, loaded.config, loaded.base);
  for (const problem of result.problems) io.stderr(`ctxlens: ${problem}\n`);
  for (const s of result.skipped.filter(isUnreadable)) io.stderr(`ctxlens: ${displayPath(s.file, io.cwd)}: ${s.reason}\n`);
  return { result };
}
