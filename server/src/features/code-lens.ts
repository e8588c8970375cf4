// Chain code lenses: above every constructor its effective unary (and stream) chain with the
// chain's finding count; above every workspace interceptor definition the chains it is in.
// The list holds ranges and data only; titles are filled by codeLens/resolve.
import { CodeLensRefreshRequest, type CodeLens, type Connection } from 'vscode-languageserver/node';
import { chainLensTitle, outsideNote, unknownNotes, type Chain, type ChainEntry } from '../engine/api';
import { comparePositions, type Range } from '../engine/api';
import { chainModelsOf, displayPath, type ChainChanges } from './chains';
import { guard, type Logger } from './guard';
import type { Settings } from './settings';
import { uriToPath } from './uri';
import type { WorkspaceState } from './workspace-state';

/** The client command that shows a chain; its arguments are `[chainId]`. */
export const SHOW_CHAIN_COMMAND = 'ctxlens.showChain';

/** Usages listed in a definition lens before the rest is cut to `…`. */
const MAX_USAGES_SHOWN = 3;

type LensData = { kind: 'chain'; chainId: string; side: 'unary' | 'stream' } | { kind: 'definition'; key: string };

/** One place a definition is used: its position in one side of one chain. */
interface Usage {
  chain: Chain;
  position: number;
  of: number;
}

interface Definition {
  file: string;
  range: Range;
  usages: Usage[];
}

/** What the lenses read, built once per computed chain list. */
interface LensIndex {
  chains: Map<string, Chain>;
  definitions: Map<string, Definition>;
}

const indexes = new WeakMap<readonly Chain[], LensIndex>();

function lensIndex(chains: readonly Chain[]): LensIndex {
  let index = indexes.get(chains);
  if (!index) {
    index = { chains: new Map(chains.map((chain) => [chain.id, chain])), definitions: definitionsOf(chains) };
    indexes.set(chains, index);
  }
  return index;
}

/** Workspace definitions of chain entries, by `file:line:character`, with every place they are used. */
function definitionsOf(chains: readonly Chain[]): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const chain of chains) {
    for (const side of [chain.unary, chain.stream]) {
      side.forEach((entry, i) => {
        if (!entry.defined || isDefinedInPlace(entry)) return;
        const key = `${entry.defined.file}:${entry.defined.range.start.line}:${entry.defined.range.start.character}`;
        let definition = definitions.get(key);
        if (!definition) definitions.set(key, (definition = { ...entry.defined, usages: [] }));
        definition.usages.push({ chain, position: i + 1, of: side.length });
      });
    }
  }
  return definitions;
}

/** A func literal written in the registration itself: the constructor's lens already shows it. */
function isDefinedInPlace(entry: ChainEntry): boolean {
  const { defined, registered } = entry;
  if (!defined || defined.file !== registered.file) return false;
  return comparePositions(defined.range.start, registered.range.start) <= 0 && comparePositions(registered.range.start, defined.range.end) <= 0;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `unary: recovery → auth → handler · 2 findings` (the count on the first line only, when there are findings). */
export function constructorLensTitle(chain: Chain, side: 'unary' | 'stream', findingCount: number): string {
  const title = chainLensTitle(chain, side);
  return side === 'unary' && findingCount > 0 ? `${title} · ${plural(findingCount, 'finding')}` : title;
}

/** `in 2 chains: 1st of 4 in cmd/server/main.go, 2nd of 3 in cmd/admin/main.go`. */
export function definitionLensTitle(usages: readonly Usage[], pathOf: (file: string) => string): string {
  const chainCount = new Set(usages.map((u) => u.chain.id)).size;
  const places = [...new Set(usages.map((u) => `${ordinal(u.position)} of ${u.of} in ${pathOf(u.chain.file)}`))];
  const shown = places.length > MAX_USAGES_SHOWN ? [...places.slice(0, MAX_USAGES_SHOWN), '…'] : places;
  return `in ${plural(chainCount, 'chain')}: ${shown.join(', ')}`;
}

export class ChainLenses {
  constructor(
    private readonly state: WorkspaceState,
    private readonly settings: Settings,
  ) {}

  lenses(file: string): CodeLens[] {
    const index = lensIndex(this.state.chains);
    const lenses: CodeLens[] = [];
    for (const chain of index.chains.values()) {
      if (chain.file !== file) continue;
      const sides: ('unary' | 'stream')[] = chain.stream.length > 0 ? ['unary', 'stream'] : ['unary'];
      for (const side of sides) lenses.push({ range: chain.range, data: { kind: 'chain', chainId: chain.id, side } satisfies LensData });
    }
    for (const [key, definition] of index.definitions) {
      if (definition.file === file) lenses.push({ range: definition.range, data: { kind: 'definition', key } satisfies LensData });
    }
    return lenses;
  }

  resolve(lens: CodeLens): CodeLens {
    // A lens this server did not make (no data, or data of another shape) comes back unchanged.
    const data = lens.data as LensData | undefined;
    if (data?.kind !== 'chain' && data?.kind !== 'definition') return lens;
    const index = lensIndex(this.state.chains);
    if (data.kind === 'chain') {
      const chain = index.chains.get(data.chainId);
      if (!chain) return { ...lens, command: { title: 'chain changed…', command: '' } };
      const [model] = chainModelsOf(this.state, this.settings, [chain]);
      const title = constructorLensTitle(chain, data.side, data.side === 'unary' ? model!.findingCount : 0);
      const notes = [...unknownNotes(chain, data.side), ...outsideNote(model!, data.side)];
      return { ...lens, command: { title, command: SHOW_CHAIN_COMMAND, arguments: [chain.id], ...(notes.length > 0 ? { tooltip: notes.join('\n') } : {}) } };
    }
    const definition = index.definitions.get(data.key);
    if (!definition) return { ...lens, command: { title: 'no longer in a chain', command: '' } };
    const title = definitionLensTitle(definition.usages, (f) => displayPath(this.settings, f));
    return { ...lens, command: { title, command: SHOW_CHAIN_COMMAND, arguments: [definition.usages[0]!.chain.id] } };
  }
}

export function registerCodeLenses(connection: Connection, lenses: ChainLenses, changes: ChainChanges, canRefresh: boolean, log: Logger): void {
  connection.onCodeLens(({ textDocument }) =>
    guard(log, `codeLens ${textDocument.uri}`, [], () => {
      const file = uriToPath(textDocument.uri);
      return file ? lenses.lenses(file) : [];
    }),
  );
  connection.onCodeLensResolve((lens) => guard(log, 'codeLens/resolve', lens, () => lenses.resolve(lens)));
  if (canRefresh) {
    changes.onChanged(() => void connection.sendRequest(CodeLensRefreshRequest.type).catch((error: Error) => log.error(`codeLens refresh: ${error.message}`)));
  }
}
