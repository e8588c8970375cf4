// "Open as Markdown": one chain as a Markdown page for design docs and PRs, with the Mermaid
// diagram the server drew (the one `ctxlens chains --format mermaid` draws). Pure: no vscode.
import type { ChainEntryView, ChainFindingView, ChainView } from '../../../server/src/protocol';
import { bodyPhrases, chainPlace, chainSummary, drawnStreams, entryQualifiers, locationLabel } from './chain-text';

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
  const facts = [entry.effectiveClass, ...entryQualifiers(entry), ...bodyPhrases(entry)];
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
  lines.push('```mermaid', chain.mermaid.trimEnd(), '```', '');
  for (const stream of drawnStreams(chain)) {
    const entries = chain[stream];
    lines.push(`## ${stream === 'unary' ? 'Unary' : 'Stream'} interceptors, outermost first`, '');
    if (entries.length === 0) lines.push('None.', '');
    else lines.push(...entries.flatMap((entry, i) => entryLines(entry, i + 1)), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
