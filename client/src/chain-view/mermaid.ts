// Exports of one chain for design docs and PRs: Mermaid flowchart text ("Copy as Mermaid")
// and a Markdown page ("Open as Markdown"). Pure: no vscode.
import type { ChainEntryView, ChainFindingView, ChainView } from '../../../server/src/protocol';
import { bodyPhrases, chainPlace, chainSummary, drawnStreams, entryQualifiers, locationLabel, origin, terminal, type StreamKind } from './chain-text';

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
function classLines(id: string, entry: ChainEntryView): string[] {
  const classes: string[] = [];
  if (!entry.resolved) classes.push('unknown');
  if (entry.conditional) classes.push('conditional');
  if (entry.outsideRecovery) classes.push('outside');
  if (entry.findings.length > 0) classes.push('finding');
  return classes.map((c) => `    class ${id} ${c}`);
}

function entryLabel(entry: ChainEntryView): string {
  const details = [entry.class, ...entryQualifiers(entry)];
  if (entry.findings.length > 0) details.push(entry.findings.length === 1 ? '1 finding' : `${entry.findings.length} findings`);
  return `"${mermaidText(entry.name)}<br/>${mermaidText(details.join(' · '))}"`;
}

function streamLines(chain: ChainView, stream: StreamKind): string[] {
  const id = stream === 'unary' ? 'u' : 's';
  const entries = chain[stream];
  const lines = [`  subgraph ${id}["${stream}"]`, '    direction TB', `    ${id}_in(["${mermaidText(origin(chain))}"])`];
  for (const [i, entry] of entries.entries()) lines.push(`    ${id}${i}[${entryLabel(entry)}]`);
  lines.push(`    ${id}_out(["${mermaidText(terminal(chain, stream))}"])`);
  const ids = [`${id}_in`, ...entries.map((_, i) => `${id}${i}`), `${id}_out`];
  for (let i = 1; i < ids.length; i++) {
    // An arrow into or out of a conditional entry is dotted: the request may take the other way.
    const dotted = entries[i - 2]?.conditional || entries[i - 1]?.conditional;
    lines.push(`    ${ids[i - 1]} ${dotted ? '-.->' : '-->'} ${ids[i]}`);
  }
  for (const [i, entry] of entries.entries()) lines.push(...classLines(`${id}${i}`, entry));
  lines.push('  end');
  return lines;
}

/** A top-to-bottom flowchart: one subgraph per drawn stream kind, client to handler. */
export function chainMermaid(chain: ChainView): string {
  const lines = [
    'flowchart TB',
    '  classDef outside fill:#fde8e8,stroke:#c53030',
    '  classDef unknown stroke-dasharray:4 3',
    '  classDef conditional stroke-dasharray:2 2',
    '  classDef finding stroke:#c53030,stroke-width:2px',
  ];
  for (const stream of drawnStreams(chain)) lines.push(...streamLines(chain, stream));
  return `${lines.join('\n')}\n`;
}

/** Markdown text: ASCII punctuation that means something is backslash-escaped, newlines flattened. */
function markdownText(text: string): string {
  let out = '';
  for (const ch of text) {
    if ('\\`*_[]<>&#|!~'.includes(ch)) out += `\\${ch}`;
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += ch;
  }
  return out;
}

/** A code span long enough not to be closed by backticks inside the text. */
function codeSpan(text: string): string {
  let longest = 0;
  let run = 0;
  for (const ch of text) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

function findingLines(findings: readonly ChainFindingView[], indent: string): string[] {
  return findings.map(
    (f) => `${indent}- **${markdownText(f.severity)}** ${codeSpan(f.rule)} (${markdownText(locationLabel(f.location))}): ${markdownText(f.message)}`,
  );
}

function entryLines(entry: ChainEntryView, position: number): string[] {
  const facts = [entry.class, ...entryQualifiers(entry), ...bodyPhrases(entry)];
  if (entry.outsideRecovery) facts.push('outside recovery');
  const places = [`registered at ${locationLabel(entry.registered)}`];
  if (entry.defined) places.push(`defined at ${locationLabel(entry.defined)}`);
  if (entry.library) places.push(`from ${codeSpan(entry.library)}`);
  return [
    `${position}. ${codeSpan(entry.name)}: ${markdownText(facts.join(', '))}; ${places.map((p) => (p.startsWith('from') ? p : markdownText(p))).join(', ')}`,
    ...findingLines(entry.findings, '   '),
  ];
}

/** Heading, summary, the Mermaid block, then each stream as an ordered list with its findings. */
export function chainMarkdown(chain: ChainView): string {
  const lines = [
    `# ${markdownText(`${chain.kind} chain: ${chain.constructor}`)}`,
    '',
    `${markdownText(chainPlace(chain))}: ${markdownText(chainSummary(chain))}`,
    '',
  ];
  if (chain.builtOutsideWorkspace) lines.push('Part of this chain is built outside the workspace: it may have more interceptors than shown.', '');
  if (chain.findings.length > 0) lines.push('Findings on the constructor:', '', ...findingLines(chain.findings, ''), '');
  lines.push('```mermaid', chainMermaid(chain).trimEnd(), '```', '');
  for (const stream of drawnStreams(chain)) {
    const entries = chain[stream];
    lines.push(`## ${stream === 'unary' ? 'Unary' : 'Stream'} interceptors, outermost first`, '');
    if (entries.length === 0) lines.push('None.', '');
    else lines.push(...entries.flatMap((entry, i) => entryLines(entry, i + 1)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
