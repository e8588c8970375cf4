// The chain view's renderer: nodes in request order, badges, the zone outside recovery,
// unknown and conditional entries, links through the location table, and hostile text escaped.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { renderChain } from '../../client/src/chain-view/render';
import { escapeHtml } from '../../client/src/chain-view/escape';
import { EXAMPLE_CHAINS } from '../view/example-chains';
import { HOSTILE, hostileChain, richChain } from '../view/sample-chains';

/** The `<ol class="chain">…</ol>` blocks of a rendered chain, in order. */
function lists(html: string): string[] {
  return html
    .split('<ol class="chain"')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('</ol>')));
}

/** The `<li …>` items at the top level of one list: endpoints and nodes (cards hold no nested li at this level). */
function nodeNames(list: string): string[] {
  return list
    .split('<code class="name">')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('</code>')));
}

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

test('the example server: client, then its interceptors outermost first, then the handler, per stream', () => {
  const server = EXAMPLE_CHAINS.find((c) => c.kind === 'server')!;
  const [unary, stream] = lists(renderChain(server).html);
  assert.ok(unary && stream);
  assert.deepEqual(nodeNames(unary), ['interceptors.Logging', 'interceptors.Auth']);
  assert.deepEqual(nodeNames(stream), ['interceptors.StreamLogging']);
  assert.ok(unary.indexOf('>client<') < unary.indexOf('interceptors.Logging'));
  assert.ok(unary.indexOf('interceptors.Auth') < unary.indexOf('>handler<'));
  assert.equal(count(unary, '<li class="node'), 2);
  assert.equal(count(unary, '<li class="endpoint'), 2);
});

test('a client chain ends at the invoker; an empty stream chain is not drawn', () => {
  const client = EXAMPLE_CHAINS.find((c) => c.kind === 'client' && c.unary.length > 0)!;
  const rendered = lists(renderChain(client).html);
  assert.equal(rendered.length, 1);
  assert.ok(rendered[0]!.includes('>call site<') && rendered[0]!.includes('>invoker<'));
});

test('a chain with no interceptors says so between its ends', () => {
  const bare = EXAMPLE_CHAINS.find((c) => c.unary.length === 0)!;
  assert.ok(renderChain(bare).html.includes('no interceptors'));
});

test('badges tell what each body does; library and unknown bodies say why there are none', () => {
  const html = renderChain(richChain()).html;
  const [unary] = lists(html);
  const cards = unary!.split('<li class="node').slice(1);
  assert.match(cards[1]!, /badge-bad">may panic/);
  assert.match(cards[1]!, /badge-ok">calls next on every path/);
  assert.match(cards[3]!, /badge-warn">may skip next/);
  assert.match(cards[0]!, /library code: body not analysed/);
  assert.match(cards[5]!, /not followed statically/);
  const [, stream] = lists(html);
  assert.match(stream!, /badge-warn">drops ctx/);
});

test('entries outside recovery form one zone with one label; unknown and conditional entries are marked', () => {
  const [unary] = lists(renderChain(richChain()).html);
  const cards = unary!.split('<li class="node').slice(1);
  assert.deepEqual(
    cards.map((c) => c.slice(0, c.indexOf('"'))),
    [
      ' class-tracing outside-recovery zone-start',
      ' class-other outside-recovery zone-end has-findings',
      ' class-recovery',
      ' class-auth has-findings',
      ' class-ratelimit conditional',
      ' class-other unresolved',
    ],
  );
  assert.equal(count(unary!, 'class="zone-label"'), 1);
  assert.match(cards[4]!, /qualifier-conditional">conditional/);
  assert.match(cards[5]!, /qualifier-unknown">unknown/);
  assert.match(cards[3]!, /via selector\.UnaryServerInterceptor/);
});

test('findings sit on their node with rule and message; the aria-label reads the node out', () => {
  const [unary] = lists(renderChain(richChain()).html);
  const cards = unary!.split('<li class="node').slice(1);
  assert.match(cards[1]!, /<span class="rule">chain-unprotected-interceptor<\/span> <span class="message">tagRequest may panic/);
  assert.match(cards[1]!, /aria-label="2\. tagRequest, other interceptor, calls next on every path, passes ctx on, may panic, outside recovery, 1 finding"/);
  assert.ok(cards.every((c) => c.includes('tabindex="0"')));
});

test('every data-loc is an index into the location table; a node opens its definition, else its registration', () => {
  const chain = richChain();
  const { html, locations } = renderChain(chain);
  const indexes = html
    .split('data-loc="')
    .slice(1)
    .map((part) => Number(part.slice(0, part.indexOf('"'))));
  assert.ok(indexes.length > 0 && indexes.every((i) => Number.isInteger(i) && i >= 0 && i < locations.length));
  const nodeLocs = html
    .split('<li class="node')
    .slice(1)
    .map((part) => Number(part.split('data-loc="')[1]!.split('"')[0]));
  const entries = [...chain.unary, ...chain.stream];
  assert.deepEqual(
    nodeLocs.map((i) => locations[i]),
    entries.map((e) => e.defined ?? e.registered),
  );
  assert.ok(!html.includes('file://'), 'no URL in the HTML');
});

test('hostile names, libraries, messages, rules and paths are escaped text', () => {
  const { html } = renderChain(hostileChain());
  assert.ok(!html.includes(HOSTILE), 'the raw markup never appears');
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes(escapeHtml(HOSTILE)));
  assert.ok(html.includes(`grpc.NewServer${escapeHtml(HOSTILE)}`));
  assert.ok(html.includes(`mw[&quot;${escapeHtml(HOSTILE)}&quot;]`));
  // The decoded file name of the location is shown escaped too.
  assert.ok(html.includes(`${escapeHtml(HOSTILE)}.go:39`));
});

test('escapeHtml covers the five characters that matter in text and quoted attributes', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
