// The //ctxlens:ignore injection grammar, tokenized by VS Code's own TextMate engine over a
// minimal Go host grammar that scopes line comments the way VS Code's Go grammar does.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { REPO_ROOT } from '../support/fixtures';

const INJECTION = path.join(REPO_ROOT, 'syntaxes', 'ctxlens-ignore.injection.json');
const KEYWORD = 'keyword.control.directive.ctxlens';
const RULE_ID = 'entity.name.tag.rule-id.ctxlens';
const REASON = 'string.unquoted.reason.ctxlens';

/** Line comments, block comments and strings, shaped like the rules of VS Code's Go grammar. */
const GO_HOST = {
  scopeName: 'source.go',
  patterns: [
    { name: 'comment.line.double-slash.go', begin: '(//)', beginCaptures: { 1: { name: 'punctuation.definition.comment.go' } }, end: '(?:\\n|$)' },
    { name: 'comment.block.go', begin: '(/\\*)', end: '(\\*/)' },
    { name: 'string.quoted.double.go', begin: '"', end: '"' },
  ],
};

interface Manifest {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
}

async function loadGoGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const injection = JSON.parse(fs.readFileSync(INJECTION, 'utf8')) as { scopeName: string };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'source.go') return parseRawGrammar(JSON.stringify(GO_HOST), 'go.json');
      if (scopeName === injection.scopeName) return parseRawGrammar(fs.readFileSync(INJECTION, 'utf8'), INJECTION);
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'source.go' ? [injection.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('source.go');
  assert.ok(grammar, 'the Go host grammar loads');
  return grammar;
}

const grammar = loadGoGrammar();

/** The text of each token carrying the scope, in order. */
async function tokensWith(line: string, scope: string): Promise<string[]> {
  const { tokens } = (await grammar).tokenizeLine(line, INITIAL);
  return tokens.filter((t) => t.scopes.includes(scope)).map((t) => line.slice(t.startIndex, t.endIndex));
}

async function scoped(line: string): Promise<{ keyword: string[]; ruleId: string[]; reason: string[] }> {
  return { keyword: await tokensWith(line, KEYWORD), ruleId: await tokensWith(line, RULE_ID), reason: await tokensWith(line, REASON) };
}

test('a full directive: keyword, rule id and reason each get their own scope', async () => {
  assert.deepEqual(await scoped('//ctxlens:ignore ctx-nil the caller checks for nil first'), {
    keyword: ['ctxlens:ignore'],
    ruleId: ['ctx-nil'],
    reason: ['the caller checks for nil first'],
  });
});

test('a directive after code and with a space after the slashes, as the server reads it', async () => {
  assert.deepEqual(await scoped('\tctx, _ := context.WithTimeout(parent, d) // ctxlens:ignore ctx-cancel-discarded freed by the pool'), {
    keyword: ['ctxlens:ignore'],
    ruleId: ['ctx-cancel-discarded'],
    reason: ['freed by the pool'],
  });
});

test('the rule id is the first word, whatever it is, as the server reads it', async () => {
  assert.deepEqual(await scoped('//ctxlens:ignore Not_A_Rule but a reason'), { keyword: ['ctxlens:ignore'], ruleId: ['Not_A_Rule'], reason: ['but a reason'] });
});

test('a directive without a reason, and one without a rule id', async () => {
  assert.deepEqual(await scoped('//ctxlens:ignore grpc-deprecated-dial'), { keyword: ['ctxlens:ignore'], ruleId: ['grpc-deprecated-dial'], reason: [] });
  assert.deepEqual(await scoped('//ctxlens:ignore'), { keyword: ['ctxlens:ignore'], ruleId: [], reason: [] });
});

test('the rest of the comment stays a comment', async () => {
  const line = '//ctxlens:ignore ctx-nil reason';
  const { tokens } = (await grammar).tokenizeLine(line, INITIAL);
  for (const token of tokens)
    assert.ok(token.scopes.includes('comment.line.double-slash.go'), `${line.slice(token.startIndex, token.endIndex)} is in the comment`);
});

test('look-alikes are not directives: other comments, block comments, strings, mid-comment text', async () => {
  const none = { keyword: [], ruleId: [], reason: [] };
  assert.deepEqual(await scoped('// an ordinary comment about ctx-nil'), none);
  assert.deepEqual(await scoped('/* ctxlens:ignore ctx-nil reason */'), none);
  assert.deepEqual(await scoped('s := "//ctxlens:ignore ctx-nil reason"'), none);
  assert.deepEqual(await scoped('// see ctxlens:ignore ctx-nil in the docs'), none);
  assert.deepEqual(await scoped('//ctxlens:ignored ctx-nil reason'), none);
});

test('the manifest injects the grammar into Go', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
  const injection = JSON.parse(fs.readFileSync(INJECTION, 'utf8')) as { scopeName: string; injectionSelector: string };
  const contributed = manifest.contributes.grammars.find((g) => g.scopeName === injection.scopeName);
  assert.ok(contributed, 'contributes.grammars lists the injection');
  assert.equal(path.resolve(REPO_ROOT, contributed.path), INJECTION);
  assert.deepEqual(contributed.injectTo, ['source.go']);
  assert.ok(injection.injectionSelector.includes('comment.line.double-slash.go'));
});
