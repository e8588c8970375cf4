// The .vsix holds only what the extension runs or shows (a whitelist), stays small, and every
// path its manifest points at is inside it.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/fixtures';
import { zipEntries, zipEntryContent, type ZipEntry } from './zip';

const MAX_BYTES = 3 * 1024 * 1024;

/** Everything allowed in the archive; vsce renames README/CHANGELOG/LICENSE as shown. */
const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/dist\/(extension|server|check-worker|chain-view)\.js$/,
  /^extension\/media\/chain-view\.css$/,
  /^extension\/dist\/(web-tree-sitter|tree-sitter-go)\.wasm$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/schemas\/[\w.-]+\.schema\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE\.txt$/,
];

const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/check-worker.js',
  'extension/dist/web-tree-sitter.wasm',
  'extension/dist/tree-sitter-go.wasm',
  'extension/syntaxes/ctxlens-ignore.injection.json',
  'extension/schemas/ctxlens.schema.json',
  'extension/images/icon.png',
  'extension/LICENSE.txt',
];

interface Manifest {
  name: string;
  version: string;
  main: string;
  icon: string;
  contributes: { grammars: { path: string }[]; jsonValidation: { url: string }[] };
}

/** The archive `npm run package` wrote (scripts/test.sh builds it first); built here when missing. */
function vsixFile(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
  const file = process.env.CTXLENS_VSIX ?? path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);
  if (!fs.existsSync(file)) execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: 'ignore' });
  return file;
}

const archive = fs.readFileSync(vsixFile());
const entries = zipEntries(archive);
const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));

test('the .vsix holds only whitelisted files', () => {
  const stray = entries.map((e) => e.name).filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
  assert.deepEqual(stray, [], 'files outside the whitelist (sources, maps, tests, node_modules?)');
});

test('the .vsix holds the bundles, the wasm files, the grammar, the schema, the icon and the licence', () => {
  for (const name of REQUIRED) assert.ok(byName.has(name), `${name} is packaged`);
});

test('the .vsix is under 3 MB, unpacked and packed', () => {
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  assert.ok(unpacked < MAX_BYTES, `unpacked ${unpacked} bytes`);
  assert.ok(archive.length < MAX_BYTES, `archive ${archive.length} bytes`);
});

test('every path in the packaged manifest is in the archive', () => {
  const manifest = JSON.parse(zipEntryContent(archive, byName.get('extension/package.json')!).toString('utf8')) as Manifest;
  const paths = [manifest.main, manifest.icon, ...manifest.contributes.grammars.map((g) => g.path), ...manifest.contributes.jsonValidation.map((v) => v.url)];
  for (const p of paths) {
    const name = path.posix.join('extension', p);
    assert.ok(byName.has(name), `${p} (from the manifest) is packaged`);
  }
});

test('the icon is a 128x128 PNG', () => {
  const png = zipEntryContent(archive, byName.get('extension/images/icon.png')!);
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});
