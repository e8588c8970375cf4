// The one Mermaid writer: `ctxlens chains --format mermaid` (every chain) and the chain panel's
// "Copy as Mermaid" (one chain) draw the same diagram. A top-to-bottom flowchart with a subgraph
// per chain and one per drawn stream kind, client to handler; the zone outside recovery, unknown,
// conditional (dotted arrows) and findings as node classes. Plain data in: the chain models
// (`ctxlens chains`) and the chain views the language server sends (their `mermaid`) both fit.
import { drawnStreams, entryQualifiers, origin, terminal, type StreamKind } from './words';

export interface MermaidEntry {
  name: string;
  /** The class with the configured recovery/auth names applied. */
  effectiveClass: string;
  resolved: boolean;
  conditional: boolean;
  wrappedBy?: string | null;
  outsideRecovery: boolean;
  findings: readonly unknown[];
}

export interface MermaidChain {
  kind: 'server' | 'client';
  constructor: string;
  /** `cmd/server/main.go:50`. */
  place: string;
  unary: readonly MermaidEntry[];
  stream: readonly MermaidEntry[];
}

/** Mermaid label text: quotes, markup and entity starts become Mermaid's `#code;` entities. */
function mermaidText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '"' || ch === '#' || ch === '<' || ch === '>' || ch === '&') out += `#${ch.codePointAt(0)};`;
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += ch;
  }
  return out;
}

/** `class <node> <classDef>` lines: Mermaid gives a node one class per statement. */
function classLines(id: string, entry: MermaidEntry): string[] {
  const classes: string[] = [];
  if (!entry.resolved) classes.push('unknown');
  if (entry.conditional) classes.push('conditional');
  if (entry.outsideRecovery) classes.push('outside');
  if (entry.findings.length > 0) classes.push('finding');
  return classes.map((c) => `      class ${id} ${c}`);
}

function entryLabel(entry: MermaidEntry): string {
  const details = [entry.effectiveClass, ...entryQualifiers(entry)];
  if (entry.findings.length > 0) details.push(entry.findings.length === 1 ? '1 finding' : `${entry.findings.length} findings`);
  return `"${mermaidText(entry.name)}<br/>${mermaidText(details.join(' · '))}"`;
}

function streamLines(chain: MermaidChain, prefix: string, stream: StreamKind): string[] {
  const id = `${prefix}_${stream === 'unary' ? 'u' : 's'}`;
  const entries = chain[stream];
  const lines = [`    subgraph ${id}["${stream}"]`, '      direction TB', `      ${id}_in(["${mermaidText(origin(chain))}"])`];
  for (const [i, entry] of entries.entries()) lines.push(`      ${id}${i}[${entryLabel(entry)}]`);
  lines.push(`      ${id}_out(["${mermaidText(terminal(chain, stream))}"])`);
  const ids = [`${id}_in`, ...entries.map((_, i) => `${id}${i}`), `${id}_out`];
  for (let i = 1; i < ids.length; i++) {
    // An arrow into or out of a conditional entry is dotted: the request may take the other way.
    const dotted = entries[i - 2]?.conditional || entries[i - 1]?.conditional;
    lines.push(`      ${ids[i - 1]} ${dotted ? '-.->' : '-->'} ${ids[i]}`);
  }
  for (const [i, entry] of entries.entries()) lines.push(...classLines(`${id}${i}`, entry));
  lines.push('    end');
  return lines;
}

export function chainsMermaid(chains: readonly MermaidChain[]): string {
  const lines = [
    'flowchart TB',
    '  classDef outside fill:#fde8e8,stroke:#c53030',
    '  classDef unknown stroke-dasharray:4 3',
    '  classDef conditional stroke-dasharray:2 2',
    '  classDef finding stroke:#c53030,stroke-width:2px',
  ];
  chains.forEach((chain, c) => {
    lines.push(`  subgraph c${c}["${mermaidText(`${chain.kind} ${chain.constructor} ${chain.place}`)}"]`, '    direction TB');
    for (const stream of drawnStreams(chain)) lines.push(...streamLines(chain, `c${c}`, stream));
    lines.push('  end');
  });
  return `${lines.join('\n')}\n`;
}
