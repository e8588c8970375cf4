// Reading `.ctxlens.json` from disk (the CLI and the server both do).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseConfigText, type ConfigResult, defaultConfig } from './config';
import { SETTING_IDS } from '../rules';

/** Reads a config file; a missing file at the default place is not a problem. */
export function loadConfigFrom(file: string, required: boolean): ConfigResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !required) return { settings: {}, config: defaultConfig(), problems: [] };
    return { settings: {}, config: defaultConfig(), problems: [`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return parseConfigText(text, file, SETTING_IDS);
}

/** The `.ctxlens.json` at a workspace root, if any. */
export function loadConfigFile(root: string): ConfigResult {
  return loadConfigFrom(path.join(root, CONFIG_FILE_NAME), false);
}
