// Requests a client should not send but may, and text editors read differently from Go: a
// change whose range is reversed, lone CR line breaks, a lens to resolve without the data this
// server gave it, a document over the size limit.
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionRequest, CodeLensResolveRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { MAX_SOURCE_BYTES } from '../../server/src/engine/files/read-source';
import { DISCARDED_CANCEL, GO_MOD, makeWorkspace } from '../cli/support';
import { applyEdits } from '../support/apply-edits';
import { LspSession, uriOf } from './harness';

const OTHER = 'func Other(ctx context.Context) error {\n\treturn nil\n}\n';
/** Line and character of `return nil` in OTHER, appended after DISCARDED_CANCEL. */
const RETURN_LINE = DISCARDED_CANCEL.split('\n').length;
const DISCARDING = 'ctx, _ = context.WithTimeout(ctx, time.Second)\n\treturn ctx.Err()';

/** A discarded cancel func that the quick fix names and defers. */
const FIXABLE = DISCARDED_CANCEL.replace('ctx, _ = context.WithTimeout(ctx,', 'tctx, _ := context.WithTimeout(ctx,').replace(
  'return ctx.Err()',
  'return tctx.Err()',
);

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

  test('lone CR line breaks: the diagnostic sits where the editor shows the code, and its quick fix lands there', async () => {
    const lf = path.join(root, 'lf.go');
    const cr = path.join(root, 'cr.go');
    // Lone CRs only where Go needs no line break (Go reads a CR as a space): the file still compiles.
    const withLoneCrs = FIXABLE.replaceAll('\n\n', '\n\r').replaceAll('{\n', '{\r').replaceAll('(\n', '(\r');
    assert.ok(/\r[^\n]/.test(withLoneCrs));
    await session.open(lf, FIXABLE, 1);
    await session.open(cr, withLoneCrs, 1);
    const lfDiagnostics = await session.waitForDiagnostics(lf, (p) => p.version === 1);
    const crDiagnostics = await session.waitForDiagnostics(cr, (p) => p.version === 1);
    assert.equal(crDiagnostics.length, 1);
    assert.deepEqual(summary(crDiagnostics), summary(lfDiagnostics));
    const fixed = async (file: string, diagnostics: Diagnostic[], text: string) => {
      const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: uriOf(file) },
        range: diagnostics[0]!.range,
        context: { diagnostics },
      })) as CodeAction[];
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred?.edit?.changes, `a quick fix for ${file}`);
      const edits = preferred.edit.changes[uriOf(file)]!;
      return applyEdits(
        text,
        edits.map((e) => ({ file, range: e.range, newText: e.newText })),
      );
    };
    const fixedLf = await fixed(lf, lfDiagnostics, FIXABLE);
    const fixedCr = await fixed(cr, crDiagnostics, withLoneCrs);
    assert.notEqual(fixedLf, FIXABLE);
    assert.equal(fixedCr.replaceAll('\r', '\n'), fixedLf);
  });

  test('a file broken by CR line breaks alone (Go reads it as one line) keeps its diagnostic but gets no fix', async () => {
    const onlyCr = path.join(root, 'only-cr.go');
    await session.open(onlyCr, FIXABLE.replaceAll('\n', '\r'), 1);
    const diagnostics = await session.waitForDiagnostics(onlyCr, (p) => p.version === 1);
    assert.equal(diagnostics.length, 1);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(onlyCr) },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.filter((a) => !a.title.startsWith('Suppress ')).map((a) => a.title),
      [],
    );
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
