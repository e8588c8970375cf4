// "Copy as Mermaid" (the engine's one Mermaid writer, as the server fills a chain view's
// mermaid) and "Open as Markdown" against golden text in test/unit/golden/ (UPDATE_GOLDEN=1
// rewrites them; read them after).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chainMarkdown } from '../../client/src/chain-view/markdown';
import { REPO_ROOT } from '../support/fixtures';
import { EXAMPLE_CHAINS } from '../view/example-chains';
import { HOSTILE, hostileChain, richChain } from '../view/sample-chains';

const GOLDEN = path.join(REPO_ROOT, 'test', 'unit', 'golden');

function assertGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs (UPDATE_GOLDEN=1 rewrites it)`);
}

const exampleServer = EXAMPLE_CHAINS.find((c) => c.kind === 'server')!;

test('the example server chain as Mermaid', () => {
  assertGolden('chain-example-server.mmd', exampleServer.mermaid);
});

test('every kind of node as Mermaid: zone, conditional (dotted arrows), unknown, findings', () => {
  assertGolden('chain-rich.mmd', richChain().mermaid);
});

test('the example server chain as Markdown: heading, Mermaid block, ordered lists with findings', () => {
  assertGolden('chain-example-server.md', chainMarkdown(exampleServer));
});

test('a client chain with no interceptors as Markdown', () => {
  const bare = EXAMPLE_CHAINS.find((c) => c.constructor === 'grpc.Dial')!;
  assertGolden('chain-example-dial.md', chainMarkdown(bare));
});

test('hostile text cannot close a Mermaid label or inject markup', () => {
  const mermaid = hostileChain().mermaid;
  assert.ok(!mermaid.includes(HOSTILE));
  assert.ok(!mermaid.includes('<img'));
  // Inside labels the only quotes are the label delimiters: two per node line.
  for (const line of mermaid.split('\n').filter((l) => l.includes('["'))) {
    assert.equal(line.split('"').length - 1, 2, line);
  }
});

test('hostile text in Markdown stays text: no raw tag, no link, code spans closed', () => {
  const markdown = chainMarkdown(hostileChain());
  const outsideMermaid = markdown.split('```mermaid')[0]! + markdown.split('```\n').slice(1).join('```\n');
  for (const line of outsideMermaid.split('\n')) {
    // Backslash escapes first, then code spans: what is left is what Markdown reads as markup.
    const markup = line.replace(/\\./g, '').replace(/`[^`]*`/g, '');
    assert.ok(!markup.includes('<') && !markup.includes('['), line);
  }
  assert.ok(outsideMermaid.includes('\\[link\\](javascript:alert(1))'));
});
