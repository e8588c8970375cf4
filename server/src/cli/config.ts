// The configuration the CLI runs with: `--config FILE`, else `.ctxlens.json` in the working folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '../engine/api';
import { loadConfigFile, loadConfigFrom } from '../engine/api';

export type CliConfig =
  | {
      config: Config;
      /** The folder that exclude globs are relative to: the config file's. */
      base: string;
      /** Problems in the file; the defaults replace what is broken. */
      problems: string[];
    }
  | { error: string };

export function loadCliConfig(configFile: string | null, cwd: string): CliConfig {
  if (configFile === null) {
    const { config, problems } = loadConfigFile(cwd);
    return { config, base: cwd, problems };
  }
  const file = path.resolve(cwd, configFile);
  try {
    if (!fs.statSync(file).isFile()) return { error: `config file ${configFile} is not a file` };
    fs.accessSync(file, fs.constants.R_OK);
  } catch (error) {
    return { error: `cannot read config file ${configFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const { config, problems } = loadConfigFrom(file, true);
  return { config, base: path.dirname(file), problems };
}
