// The workspace's chains kept up to date file by file: a changed file re-resolves its own
// constructor calls and every chain that read its facts or looked up a key it declares or
// declared (a function added elsewhere can resolve a chain that read nothing of that file).
import { pushTo } from '../collections';
import { readsChanged } from '../index/read-recorder';
import type { FileFacts, FunctionFact } from '../facts/file-facts';
import { ChainIndex } from '../index/workspace-index';
import { byPosition } from './compute';
import type { Chain } from './model';
import { constructorChains } from './wrappers';

/** The chains of one constructor call: its own and those of the wrapper calls reaching it (resolved together, so a call's chain and the chain it wraps change together). */
interface ResolvedChain {
  chains: Chain[];
  /** The index keys its resolution looked up, found or not. */
  reads: ReadonlySet<string>;
}

export class ChainCache {
  private readonly index = new ChainIndex();
  private readonly facts = new Map<string, FileFacts>();
  /** The chains of each file's constructor calls, in source order. */
  private readonly byFile = new Map<string, ResolvedChain[]>();
  /** Files changed since the chains were last brought up to date, with the index keys they altered. */
  private readonly changed = new Map<string, string[]>();
  private all: Chain[] | null = [];
  private byId: Map<string, Chain> | null = null;
  private byChainFile: Map<string, Chain[]> | null = null;

  setFile(file: FileFacts): void {
    this.facts.set(file.path, file);
    this.note(file.path, this.index.setFile(file));
  }

  removeFile(path: string): void {
    this.facts.delete(path);
    this.note(path, this.index.removeFile(path));
  }

  /** Every chain, by file path then position; re-resolves only what the changes since the last call reach. */
  get chains(): readonly Chain[] {
    if (this.changed.size > 0) this.update();
    this.all ??= [...this.byFile.keys()].flatMap((path) => this.byFile.get(path)!.flatMap((r) => r.chains)).sort(byPosition);
    return this.all;
  }

  /** The chains placed in a file (chain.file: its constructor calls, and its calls of wrapper constructors). */
  chainsAt(path: string): readonly Chain[] {
    const chains = this.chains;
    if (!this.byChainFile) {
      this.byChainFile = new Map();
      for (const chain of chains) pushTo(this.byChainFile, chain.file, chain);
    }
    return this.byChainFile.get(path) ?? [];
  }

  /** The chain with this id. */
  chainById(id: string): Chain | undefined {
    const chains = this.chains;
    this.byId ??= new Map(chains.map((chain) => [chain.id, chain]));
    return this.byId.get(id);
  }

  /** A package-level function's signature by import path and name, from the index (the file added last wins). */
  packageFunction(pkg: string, name: string): FunctionFact | undefined {
    return this.index.signature(pkg, null, name);
  }

  private note(path: string, keys: string[]): void {
    const pending = this.changed.get(path);
    if (pending) pending.push(...keys);
    else this.changed.set(path, keys);
  }

  private update(): void {
    const paths = new Set(this.changed.keys());
    const keys = new Set([...this.changed.values()].flat());
    this.changed.clear();
    let redone = false;
    /** Resolves again; a result equal to the one before keeps its chain objects (what is kept per chain or per list holds). */
    const again = (file: FileFacts, i: number, before: ResolvedChain | undefined): ResolvedChain => {
      const next = this.resolve(file, i);
      if (before && sameChains(before.chains, next.chains)) return { chains: before.chains, reads: next.reads };
      redone = true;
      return next;
    };
    for (const [path, resolved] of this.byFile) {
      if (paths.has(path)) continue;
      resolved.forEach((r, i) => {
        if (r.chains.some((chain) => chain.files.some((f) => paths.has(f))) || readsChanged(r.reads, keys)) resolved[i] = again(this.facts.get(path)!, i, r);
      });
    }
    for (const path of paths) {
      const file = this.facts.get(path);
      const before = this.byFile.get(path);
      if (!file || file.chains.constructors.length === 0) redone = this.byFile.delete(path) || redone;
      else {
        if (before?.length !== file.chains.constructors.length) redone = true;
        this.byFile.set(
          path,
          file.chains.constructors.map((_, i) => again(file, i, before?.[i])),
        );
      }
    }
    // The list stays the same object while no chain was redone: what is kept per list (the rules' reports) holds.
    if (redone) {
      this.all = null;
      this.byId = null;
      this.byChainFile = null;
    }
  }

  /** Resolves the i-th constructor call of file. */
  private resolve(file: FileFacts, i: number): ResolvedChain {
    const reads = new Set<string>();
    const chains = this.index.recordingInto(reads, () => constructorChains(this.index, file, file.chains.constructors[i]!));
    return { chains, reads };
  }
}

function sameChains(a: readonly Chain[], b: readonly Chain[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
