// The chain view's picture: ChainView → an HTML fragment. Pure (no vscode, no DOM), so node
// tests and the screenshot page run it as the webview does. Every text from the analysed code
// passes through escapeHtml; links carry an index into the location table, never a URL.
import type { ChainEntryView, ChainFindingView, ChainView, ViewLocation } from '../../../server/src/protocol';
import {
  bodyPhrases,
  chainPlace,
  chainSummary,
  drawnStreams,
  entryQualifiers,
  locationLabel,
  origin,
  OUTSIDE_RECOVERY,
  terminal,
  type StreamKind,
} from './chain-text';
import { escapeHtml as esc } from './escape';

export interface RenderedChain {
  /** The body of the view: header, then one ordered list per stream kind. */
  html: string;
  /** What each `data-loc` index opens. */
  locations: ViewLocation[];
}

/** Hands out `data-loc` indexes, one per distinct location, in rendering order. */
class LocationTable {
  readonly locations: ViewLocation[] = [];
  private readonly indexes = new Map<string, number>();

  index(location: ViewLocation): number {
    const { start, end } = location.range;
    const key = `${location.uri}#${start.line}:${start.character}-${end.line}:${end.character}`;
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.locations.push(location) - 1;
      this.indexes.set(key, index);
    }
    return index;
  }
}

type BadgeTone = 'ok' | 'warn' | 'bad' | 'muted';

const BADGE_TONES: Readonly<Record<string, BadgeTone>> = {
  'calls next on every path': 'ok',
  'may skip next': 'warn',
  'passes ctx on': 'ok',
  'drops ctx': 'warn',
  'may panic': 'bad',
  recovers: 'ok',
};

function badge(text: string, tone: BadgeTone): string {
  return `<li class="badge badge-${tone}">${esc(text)}</li>`;
}

function badges(entry: ChainEntryView): string {
  const items = bodyPhrases(entry).map((phrase) => badge(phrase, BADGE_TONES[phrase] ?? 'muted'));
  if (items.length === 0) {
    const why = !entry.resolved ? 'not followed statically' : entry.library ? 'library code: body not analysed' : 'body not found';
    items.push(badge(why, 'muted'));
  }
  return `<ul class="badges" aria-label="what its body does">${items.join('')}</ul>`;
}

function findingList(findings: readonly ChainFindingView[], table: LocationTable): string {
  if (findings.length === 0) return '';
  const items = findings.map(
    (f) =>
      `<li class="finding severity-${esc(f.severity)}"><button type="button" class="finding-link" data-loc="${table.index(f.location)}" title="${esc(locationLabel(f.location))}">` +
      `<span class="rule">${esc(f.rule)}</span> <span class="message">${esc(f.message)}</span></button></li>`,
  );
  return `<ul class="findings" aria-label="findings">${items.join('')}</ul>`;
}

function link(label: string, location: ViewLocation, table: LocationTable): string {
  const where = locationLabel(location);
  return `<button type="button" class="link" data-loc="${table.index(location)}" aria-label="open ${esc(label)} ${esc(where)}">${esc(label)} <span class="where">${esc(where)}</span></button>`;
}

/** A spoken summary of one node: position, name, class, qualifiers, body, findings. */
function nodeLabel(entry: ChainEntryView, position: number): string {
  const parts = [`${position}. ${entry.name}`, `${entry.effectiveClass} interceptor`, ...entryQualifiers(entry), ...bodyPhrases(entry)];
  if (entry.outsideRecovery) parts.push('outside recovery');
  if (entry.findings.length > 0) parts.push(`${entry.findings.length} finding${entry.findings.length === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** Where the node sits in the run of entries outside recovery (drawn as one shaded zone). */
interface ZoneEdges {
  start: boolean;
  end: boolean;
}

function entryNode(entry: ChainEntryView, position: number, zone: ZoneEdges, table: LocationTable): string {
  const classes = ['node', `class-${esc(entry.effectiveClass)}`];
  if (!entry.resolved) classes.push('unresolved');
  if (entry.conditional) classes.push('conditional');
  if (entry.outsideRecovery) classes.push('outside-recovery');
  if (entry.outsideRecovery && zone.start) classes.push('zone-start');
  if (entry.outsideRecovery && zone.end) classes.push('zone-end');
  if (entry.findings.length > 0) classes.push('has-findings');
  const opens = table.index(entry.defined ?? entry.registered);
  const qualifiers = entryQualifiers(entry)
    .map((q) => `<span class="qualifier qualifier-${q === 'unknown' ? 'unknown' : q === 'conditional' ? 'conditional' : 'selector'}">${esc(q)}</span>`)
    .join('');
  const links = [link('registered', entry.registered, table), entry.defined ? link('defined', entry.defined, table) : ''].join('');
  return (
    `<li class="${classes.join(' ')}" tabindex="0" data-loc="${opens}" aria-label="${esc(nodeLabel(entry, position))}">` +
    (entry.outsideRecovery && zone.start ? `<div class="zone-label" aria-hidden="true">${esc(OUTSIDE_RECOVERY)}</div>` : '') +
    '<div class="card">' +
    `<div class="node-head"><span class="position" aria-hidden="true">${position}</span><span class="class-tag">${esc(entry.effectiveClass)}</span><code class="name">${esc(entry.name)}</code>${qualifiers}</div>` +
    (entry.library ? `<div class="library">${esc(entry.library)}</div>` : '') +
    badges(entry) +
    `<div class="links">${links}</div>` +
    findingList(entry.findings, table) +
    '</div></li>'
  );
}

function streamSection(chain: ChainView, stream: StreamKind, table: LocationTable): string {
  const entries = chain[stream];
  const heading = stream === 'unary' ? 'Unary' : 'Stream';
  const nodes = entries.map((entry, i) => entryNode(entry, i + 1, { start: !entries[i - 1]?.outsideRecovery, end: !entries[i + 1]?.outsideRecovery }, table));
  const empty = entries.length === 0 ? '<li class="endpoint empty"><span class="pill">no interceptors</span></li>' : '';
  return (
    `<section class="stream stream-${stream}" aria-label="${heading} chain">` +
    `<h2>${heading} <span class="count">${entries.length}</span></h2>` +
    `<ol class="chain" aria-label="${esc(`${heading.toLowerCase()} chain of ${chain.constructor}, outermost first`)}">` +
    `<li class="endpoint origin"><span class="pill">${esc(origin(chain))}</span></li>${nodes.join('')}${empty}` +
    `<li class="endpoint terminal"><span class="pill">${esc(terminal(chain, stream))}</span></li></ol></section>`
  );
}

function header(chain: ChainView, table: LocationTable): string {
  const outside = chain.builtOutsideWorkspace
    ? '<p class="note">Part of this chain is built outside the workspace: it may have more interceptors than shown.</p>'
    : '';
  return (
    '<header class="chain-header">' +
    `<h1><span class="kind kind-${esc(chain.kind)}">${esc(chain.kind)}</span> <code>${esc(chain.constructor)}</code></h1>` +
    `<p class="place"><button type="button" class="link" data-loc="${table.index(chain.location)}">${esc(chainPlace(chain))}</button>` +
    ` <span class="summary">${esc(chainSummary(chain))}</span></p>` +
    outside +
    findingList(chain.findings, table) +
    '<div class="actions">' +
    '<button type="button" class="action" data-command="copyMermaid">Copy as Mermaid</button>' +
    '<button type="button" class="action" data-command="openMarkdown">Open as Markdown</button>' +
    '</div></header>'
  );
}

export function renderChain(chain: ChainView): RenderedChain {
  const table = new LocationTable();
  const head = header(chain, table);
  const streams = drawnStreams(chain).map((stream) => streamSection(chain, stream, table));
  return { html: `${head}<div class="streams">${streams.join('')}</div>`, locations: table.locations };
}

/** The message shown when the chain shown is gone (its constructor was removed or moved). */
export function renderMissing(): string {
  return '<p class="note missing">This chain no longer exists: its constructor call was removed or moved. Run “Show Interceptor Chains” to pick another.</p>';
}
