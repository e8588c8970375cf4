// Argument parsing, without spawning a process.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';

test('check with defaults, paths, options in either spelling, and -- before paths', () => {
  assert.deepEqual(parseArgs(['check']), { kind: 'check', paths: ['.'], format: 'text', configFile: null, verbose: false });
  assert.deepEqual(parseArgs(['check', 'a', '--format', 'sarif', 'b/...', '--config=c.json', '--verbose']), {
    kind: 'check',
    paths: ['a', 'b'],
    format: 'sarif',
    configFile: 'c.json',
    verbose: true,
  });
  assert.deepEqual(parseArgs(['check', './...']), { kind: 'check', paths: ['.'], format: 'text', configFile: null, verbose: false });
  assert.deepEqual(parseArgs(['check', '--', '--odd-name']), {
    kind: 'check',
    paths: ['--odd-name'],
    format: 'text',
    configFile: null,
    verbose: false,
  });
});

test('help, version and errors', () => {
  assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
  assert.deepEqual(parseArgs(['check', '--help']), { kind: 'help' });
  assert.deepEqual(parseArgs(['-v']), { kind: 'version' });
  for (const argv of [[], ['fix'], ['check', '-x'], ['check', '--format'], ['check', '--format='], ['check', '--format', 'yaml'], ['check', '--config']]) {
    assert.equal(parseArgs(argv).kind, 'error', argv.join(' '));
  }
});

test('chains with defaults, paths and options; errors', () => {
  assert.deepEqual(parseArgs(['chains']), { kind: 'chains', paths: ['.'], format: 'text', configFile: null });
  assert.deepEqual(parseArgs(['chains', 'a/...', '--format=mermaid', '--config', 'c.json']), {
    kind: 'chains',
    paths: ['a'],
    format: 'mermaid',
    configFile: 'c.json',
  });
  assert.deepEqual(parseArgs(['chains', '--help']), { kind: 'help' });
  for (const argv of [
    ['chains', '--format', 'sarif'],
    ['chains', '--format'],
    ['chains', '--verbose'],
  ])
    assert.equal(parseArgs(argv).kind, 'error', argv.join(' '));
});
