// What the CLI says about itself (help, --version, SARIF's tool.driver).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PRODUCT_NAME = 'ctxlens';
export const PRODUCT_URL = 'https://github.com/ctxlens/ctxlens';

let cachedVersion: string | undefined;

/** The package version: dist/cli.js sits one folder below the package.json it ships with. */
export function productVersion(): string {
  if (cachedVersion === undefined) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
      cachedVersion = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
    } catch {
      cachedVersion = '0.0.0';
    }
  }
  return cachedVersion;
}
