// The extension manifest agrees with the engine's settings and with what the build produces.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, normaliseConfig } from '../../server/src/engine/config/config';
import { SETTING_IDS } from '../../server/src/engine/rules';
import { REPO_ROOT } from '../support/fixtures';

interface Manifest {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean } };
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: {
      properties: Record<string, { default: unknown; markdownDescription?: string; description?: string; additionalProperties?: { enum: string[] } }>;
    };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

test('activates on Go files and go.mod, supports untrusted workspaces, targets VS Code 1.91', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:go', 'workspaceContains:**/go.mod']);
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.engines.vscode, '^1.91.0');
  const types = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')) as { version: string };
  assert.ok(types.version.startsWith('1.91.'), `@types/vscode ${types.version} must match engines.vscode`);
});

test('the contributed settings are exactly what the server normalises, with descriptions', () => {
  const properties = manifest.contributes.configuration.properties;
  const raw: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(properties)) {
    assert.ok(key.startsWith('ctxlens.'), key);
    assert.ok(schema.markdownDescription ?? schema.description, `${key} has a description`);
    raw[key.slice('ctxlens.'.length)] = schema.default;
  }
  const result = normaliseConfig(raw, 'manifest defaults', SETTING_IDS);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(result.config, defaultConfig());
  assert.deepEqual(Object.keys(raw).sort(), Object.keys(defaultConfig()).sort());
  assert.deepEqual(properties['ctxlens.rules']!.additionalProperties!.enum, ['error', 'warning', 'info', 'hint', 'off']);
});

test('the bundles exist and register every contributed command', () => {
  const extension = path.join(REPO_ROOT, manifest.main);
  assert.ok(fs.existsSync(extension), `${manifest.main} is built`);
  for (const file of ['server.js', 'web-tree-sitter.wasm', 'tree-sitter-go.wasm']) assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist', file)), file);
  const bundle = fs.readFileSync(extension, 'utf8');
  assert.ok(manifest.contributes.commands.length > 0);
  for (const { command, category } of manifest.contributes.commands) {
    assert.equal(category, 'ctxlens');
    assert.ok(bundle.includes(`"${command}"`) || bundle.includes(`'${command}'`), `${command} is registered by the extension`);
  }
});

test('.vscodeignore is a whitelist that keeps the bundles and the grammar wasm', () => {
  const lines = fs
    .readFileSync(path.join(REPO_ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim());
  assert.equal(
    lines.find((l) => l && !l.startsWith('#')),
    '**',
  );
  for (const kept of ['!package.json', '!dist/extension.js', '!dist/server.js', '!dist/*.wasm']) assert.ok(lines.includes(kept), kept);
});
