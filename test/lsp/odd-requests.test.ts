// Requests a client should not send but may: a change whose range is reversed, a lens to
// resolve without the data this server gave it, a document over the size limit.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeLensResolveRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { MAX_SOURCE_BYTES } from '../../server/src/engine/read-source';
import { DISCARDED_CANCEL, GO_MOD, makeWorkspace } from '../cli/support';
import { LspSession } from './harness';

const OTHER = 'func Other(ctx context.Context) error {\n\treturn nil\n}\n';
/** Line and character of `return nil` in OTHER, appended after DISCARDED_CANCEL. */
const RETURN_LINE = DISCARDED_CANCEL.split('\n').length;
const DISCARDING = 'ctx, _ = context.WithTimeout(ctx, time.Second)\n\treturn ctx.Err()';

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code ?? ''} ${d.message}`);

describe('odd requests', () => {
  let root: string;
  let session: LspSession;

  before(async () => {
    root = makeWorkspace({ 'go.mod': GO_MOD });
    session = await LspSession.start(root);
    await session.waitForReady();
  });
  after(async () => {
    await session.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('a change with a reversed range gives the diagnostics a fresh open of the result gives', async () => {
    const edited = path.join(root, 'edited.go');
    await session.open(edited, DISCARDED_CANCEL + OTHER, 1);
    assert.equal((await session.waitForDiagnostics(edited, (p) => p.version === 1)).length, 1);
    const start = { line: RETURN_LINE, character: 1 };
    const end = { line: RETURN_LINE, character: 1 + 'return nil'.length };
    await session.change(edited, 2, [{ range: { start: end, end: start }, text: DISCARDING }]);
    const afterChange = await session.waitForDiagnostics(edited, (p) => p.version === 2);

    const fresh = path.join(root, 'fresh.go');
    await session.open(fresh, DISCARDED_CANCEL + OTHER.replace('return nil', DISCARDING), 1);
    const expected = await session.waitForDiagnostics(fresh, (p) => p.version === 1);
    assert.equal(expected.length, 2);
    assert.deepEqual(summary(afterChange), summary(expected));
  });

  test('codeLens/resolve without data returns the lens unchanged, without an error', async () => {
    const lens = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } };
    assert.deepEqual(await session.connection.sendRequest(CodeLensResolveRequest.type, lens), lens);
    const strange = { ...lens, data: { kind: 'other' } };
    assert.deepEqual(await session.connection.sendRequest(CodeLensResolveRequest.type, strange), strange);
    assert.deepEqual(
      session.logs.filter((l) => l.includes('codeLens/resolve')),
      [],
    );
  });

  test('a document over the size limit gets one diagnostic saying it was not analysed', { timeout: 60_000 }, async () => {
    const big = path.join(root, 'big.go');
    const filler = `// ${'x'.repeat(77)}\n`;
    const text = DISCARDED_CANCEL + filler.repeat(Math.ceil(MAX_SOURCE_BYTES / filler.length) + 1);
    await session.open(big, text, 1);
    const diagnostics = await session.waitForDiagnostics(big, (p) => p.version === 1);
    assert.deepEqual(summary(diagnostics), [`0:0  ctxlens could not analyse this file: larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MiB`]);
  });
});
