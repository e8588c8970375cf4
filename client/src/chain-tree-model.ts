// The "gRPC Chains" Explorer view's data: chains → tree nodes (chain → stream → interceptors),
// with labels, descriptions and finding counts. Pure: chain-tree.ts turns nodes into TreeItems.
import type { ChainEntryView, ChainView, ViewLocation } from '../../server/src/protocol';
import { chainPlace, drawnStreams, entryQualifiers, listedPlace, OUTSIDE_RECOVERY, plural, type StreamKind } from './chain-view/chain-text';
import { orderChains } from './chain-view/chain-order';

export type ChainTreeNodeKind = 'chain' | 'stream' | 'entry';

export interface ChainTreeNode {
  kind: ChainTreeNodeKind;
  /** Unique in the tree and stable across refreshes while the chain stays put. */
  id: string;
  chainId: string;
  label: string;
  description: string;
  tooltip: string;
  /** A codicon id. */
  icon: string;
  /** What a click reveals. */
  location: ViewLocation;
  findingCount: number;
  children: ChainTreeNode[];
}

function findingsText(count: number): string {
  return count > 0 ? plural(count, 'finding') : '';
}

function joined(parts: readonly string[]): string {
  return parts.filter((p) => p.length > 0).join(' · ');
}

function entryIcon(entry: ChainEntryView): string {
  if (!entry.resolved) return 'question';
  if (entry.findings.length > 0) return 'warning';
  return entry.effectiveClass === 'recovery' ? 'shield' : 'symbol-function';
}

function entryNode(chain: ChainView, stream: StreamKind, entry: ChainEntryView, index: number): ChainTreeNode {
  const tooltip = [
    `${entry.name} (${entry.effectiveClass})`,
    ...entryQualifiers(entry),
    ...(entry.reason ? [`not followed: ${entry.reason}`] : []),
    ...(entry.library ? [`from ${entry.library}`] : []),
    ...(entry.outsideRecovery ? [OUTSIDE_RECOVERY] : []),
    ...entry.findings.map((f) => `${f.rule}: ${f.message}`),
  ];
  return {
    kind: 'entry',
    id: `${chain.id}/${stream}/${index}`,
    chainId: chain.id,
    label: entry.name,
    description: joined([entry.effectiveClass, ...entryQualifiers(entry), findingsText(entry.findings.length)]),
    tooltip: tooltip.join('\n'),
    icon: entryIcon(entry),
    location: entry.defined ?? entry.registered,
    findingCount: entry.findings.length,
    children: [],
  };
}

function streamNode(chain: ChainView, stream: StreamKind): ChainTreeNode {
  const entries = chain[stream];
  const children = entries.map((entry, i) => entryNode(chain, stream, entry, i));
  const findingCount = children.reduce((sum, child) => sum + child.findingCount, 0);
  return {
    kind: 'stream',
    id: `${chain.id}/${stream}`,
    chainId: chain.id,
    label: stream,
    description: joined([plural(entries.length, 'interceptor'), findingsText(findingCount)]),
    tooltip: `${stream} interceptors of ${chain.constructor}, outermost first`,
    icon: stream === 'unary' ? 'arrow-right' : 'arrow-swap',
    location: chain.location,
    findingCount,
    children,
  };
}

function chainNode(chain: ChainView): ChainTreeNode {
  const streams = drawnStreams(chain).map((stream) => streamNode(chain, stream));
  // A chain with only unary interceptors lists them directly: one level less to open.
  const children = streams.length === 1 ? (streams[0]?.children ?? []) : streams;
  const count = chain.unary.length + chain.stream.length;
  return {
    kind: 'chain',
    id: chain.id,
    chainId: chain.id,
    label: chain.constructor,
    description: joined([listedPlace(chain), plural(count, 'interceptor'), findingsText(chain.findingCount)]),
    tooltip: [`${chain.kind} ${chain.constructor} at ${chainPlace(chain)}`, ...chain.findings.map((f) => `${f.rule}: ${f.message}`)].join('\n'),
    icon: chain.kind === 'server' ? 'server' : 'plug',
    location: chain.location,
    findingCount: chain.findingCount,
    children,
  };
}

/** In the order people look at them (orderChains): production servers, clients, test code last. */
export function chainTree(chains: readonly ChainView[]): ChainTreeNode[] {
  return orderChains(chains).map(chainNode);
}
