// A settings change that alters no fact (a severity, a rule turned off) re-runs the rules over
// the stored facts: the server's parse count, logged after each reload, does not move; a change
// that does alter what is analysed (a rule turned back on) re-analyses the workspace.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as url from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { copyFixturesTo, FIXTURES } from '../support/fixtures';
import { checkPaths } from '../../server/src/engine/run/check';
import { type Config, defaultConfig } from '../../server/src/engine/config/config';
import type { Severity } from '../../server/src/engine/types';
import { LspSession } from './harness';

const FILE_RULE = 'ctx-cancel-discarded';
const WORKSPACE_RULE = 'chain-order';

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** The parse count of the last log line matching pattern, once such a line is there. */
function parsesLogged(session: LspSession, pattern: RegExp, count: number): Promise<number> {
  return session.waitFor(`log line #${count} matching ${pattern}`, () => {
    const lines = session.logs.filter((line) => pattern.test(line));
    const line = lines[count - 1];
    return line === undefined ? undefined : Number(line.match(/(\d+) parses since start/)?.[1]);
  });
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const published = (session: LspSession): Diagnostic[] => [...session.diagnostics.values()].flatMap((p) => p.diagnostics);
const ofRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

test('a severity flip and a rule turned off re-run the rules without parsing; turning it back on re-analyses', async () => {
  const root = copyFixturesTo(FILE_RULE);
  roots.push(root);
  fs.cpSync(path.join(FIXTURES, WORKSPACE_RULE), path.join(root, WORKSPACE_RULE), { recursive: true });
  const session = await LspSession.start(root, { settings: {} });
  try {
    await session.waitForReady();
    const scanned = await parsesLogged(session, /^workspace scan done/, 1);
    assert.ok(scanned > 0);
    const before = published(session);
    assert.ok(ofRule(before, FILE_RULE).length > 0 && ofRule(before, WORKSPACE_RULE).length > 0, 'both rules report before the flip');
    assert.ok(before.every((d) => d.severity !== DiagnosticSeverity.Hint));

    const reapplied = /^settings changed how findings are reported only/;
    await session.changeSettings({ rules: { [FILE_RULE]: 'hint', [WORKSPACE_RULE]: 'hint' } });
    assert.equal(await parsesLogged(session, reapplied, 1), scanned, 'a severity flip parses nothing');
    const flipped = await session.waitFor('every diagnostic as a hint', () => {
      const now = published(session);
      return now.length === before.length && now.every((d) => d.severity === DiagnosticSeverity.Hint) ? now : undefined;
    });
    assert.deepEqual(flipped.map((d) => `${d.code}:${d.range.start.line}`).sort(), before.map((d) => `${d.code}:${d.range.start.line}`).sort());

    await session.changeSettings({ rules: { [FILE_RULE]: 'off', [WORKSPACE_RULE]: 'hint' } });
    assert.equal(await parsesLogged(session, reapplied, 2), scanned, 'turning a rule off parses nothing');
    await session.waitFor('no file-rule diagnostics', () => (ofRule(published(session), FILE_RULE).length === 0 ? true : undefined));
    assert.equal(ofRule(published(session), WORKSPACE_RULE).length, ofRule(before, WORKSPACE_RULE).length);

    // The file rule did not run while off: its findings need the files analysed again.
    await session.changeSettings({});
    await session.waitForReady(2);
    assert.ok((await parsesLogged(session, /^workspace scan done/, 2)) > scanned, 'a rule turned back on re-parses');
    await session.waitFor('the file rule reports again', () =>
      ofRule(published(session), FILE_RULE).length === ofRule(before, FILE_RULE).length ? true : undefined,
    );
  } finally {
    await session.close();
  }
});

test('a variant off by default: the editor setting turns it on without parsing, and the server reports what ctxlens check does', async () => {
  const rule = 'ctx-background-in-request';
  const root = copyFixturesTo(rule);
  roots.push(root);
  // The fixture's own .ctxlens.json sits below the workspace root: the root has none.
  fs.rmSync(path.join(root, rule, '.ctxlens.json'));
  const session = await LspSession.start(root, { settings: {} });
  try {
    await session.waitForReady();
    const scanned = await parsesLogged(session, /^workspace scan done/, 1);
    const expected = async (config: Config) =>
      (await checkPaths([root], config, root)).findings
        .filter((f) => f.rule === rule)
        .map((f) => `${url.pathToFileURL(f.file).href}:${f.range.start.line}:${SEVERITIES[f.severity]}`)
        .sort();
    const shown = () =>
      [...session.diagnostics.values()].flatMap((p) => ofRule(p.diagnostics, rule).map((d) => `${p.uri}:${d.range.start.line}:${d.severity}`)).sort();
    const off = await expected(defaultConfig());
    assert.ok(off.length > 0 && off.every((k) => k.endsWith(`:${DiagnosticSeverity.Warning}`)), 'only the request findings, as warnings');
    assert.deepEqual(await session.waitFor('the request findings', () => (shown().length === off.length ? shown() : undefined)), off);

    const rules: Config['rules'] = { [`${rule}/callers-context`]: 'hint' };
    await session.changeSettings({ rules });
    assert.equal(await parsesLogged(session, /^settings changed how findings are reported only/, 1), scanned, 'turning a variant on parses nothing');
    const on = await expected({ ...defaultConfig(), rules });
    assert.ok(on.length > off.length && on.some((k) => k.endsWith(`:${DiagnosticSeverity.Hint}`)), 'the caller findings, as hints');
    assert.deepEqual(await session.waitFor('the caller findings too', () => (shown().length === on.length ? shown() : undefined)), on);
  } finally {
    await session.close();
  }
});
