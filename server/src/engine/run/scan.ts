// The language server's background scan of the closed files: read, judged by their text, parsed
// and analysed on worker threads (as `ctxlens check` does), each outcome handed back as it arrives.
// A file whose text no analysis needs is not parsed unless the facts of the rest make it needed
// (the second round); the ones left out are returned, for the facts of later edits to ask again.
import * as os from 'node:os';
import type { Config } from '../config/config';
import type { WorkspaceFacts } from '../facts/file-facts';
import { indexSecondRound, type NeededName, neededInSecondRound, type SecondRound } from '../go/needs';
import { ANALYSIS_TEXT_NEEDS } from './analysis-needs';
import type { FileOutcome } from './check-file';
import { type FileRunner, onWorkerThreads } from './check-runner';

/** The files of one workspace folder, analysed under its configuration. */
export interface ScanGroup {
  config: Config;
  files: readonly string[];
}

export interface ScanListener {
  /** One file's outcome, called from the event loop between other requests; an unneeded file may still come back analysed in the second round. */
  onOutcome(file: string, outcome: FileOutcome): void;
  /** The facts analysed so far (the open documents' included): what the second round asks. */
  facts(): WorkspaceFacts;
  /** True once a newer scan replaced this one: it stops. */
  cancelled(): boolean;
}

export interface ScanResult {
  /** Files read and left unparsed: their text holds nothing any analysis needs. */
  unneeded: string[];
  /** The second-round question those files were judged by. */
  round: SecondRound;
}

/** A thread costs a parser load (tens of milliseconds): fewer files than this are not worth one. */
const MIN_FILES_PER_THREAD = 32;

/** Scans the groups; null when cancelled. Every thread is a worker, so the server's own thread stays free. */
export async function scanFiles(groups: readonly ScanGroup[], listener: ScanListener): Promise<ScanResult | null> {
  const runners: { runner: FileRunner; group: ScanGroup; unneeded: number[] }[] = [];
  try {
    for (const group of groups) {
      if (group.files.length === 0) continue;
      const jobs = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(group.files.length / MIN_FILES_PER_THREAD)));
      const entry = { runner: onWorkerThreads(jobs, group.config, false), group, unneeded: [] as number[] };
      runners.push(entry);
      await entry.runner.firstRound(group.files, (outcomes) => {
        if (listener.cancelled()) return;
        for (const [index, outcome] of outcomes) {
          if ('unneeded' in outcome) entry.unneeded.push(index);
          listener.onOutcome(group.files[index]!, outcome);
        }
      });
      if (listener.cancelled()) return null;
    }
    const round = ANALYSIS_TEXT_NEEDS.secondRound(listener.facts());
    const unneeded: string[] = [];
    for (const { runner, group, unneeded: indexes } of runners) {
      const needed = indexes.length > 0 ? await runner.secondRound(round) : new Map<number, FileOutcome>();
      if (listener.cancelled()) return null;
      for (const [index, outcome] of needed) listener.onOutcome(group.files[index]!, outcome);
      for (const index of indexes) if (!needed.has(index)) unneeded.push(group.files[index]!);
    }
    return { unneeded, round };
  } finally {
    await Promise.all(runners.map(({ runner }) => runner.close()));
  }
}

/**
 * The files a scan left unparsed, asked again after edits: the facts of a changed file may name
 * a function one of them calls (ctx-nil) or add the first constructor (the chain model then reads
 * every file). Names already answered are not asked twice.
 */
export class UnparsedFiles {
  private readonly files: Set<string>;
  private readonly answered: Set<string> | 'every';

  constructor({ unneeded, round }: ScanResult) {
    this.files = new Set(unneeded);
    this.answered = round === 'every' ? round : new Set(round.map(nameKey));
  }

  /** The file was analysed, changed or deleted since: it is no longer this set's to ask about. */
  delete(file: string): void {
    this.files.delete(file);
  }

  /**
   * What the changed files' facts make needed: 'every' (every file left is), or the files whose
   * text (read again by read; null when it cannot be) uses a name not asked before.
   */
  neededAfter(
    changed: readonly string[],
    facts: WorkspaceFacts,
    packagePathFor: (file: string) => string | null,
    read: (file: string) => string | null,
  ): 'every' | string[] {
    if (this.files.size === 0 || changed.length === 0 || this.answered === 'every') return [];
    const round = ANALYSIS_TEXT_NEEDS.secondRound(factsOf(changed, facts));
    if (round === 'every') return 'every';
    const fresh: NeededName[] = round.filter((name) => !(this.answered as Set<string>).has(nameKey(name)));
    if (fresh.length === 0) return [];
    for (const name of fresh) this.answered.add(nameKey(name));
    const names = indexSecondRound(fresh);
    const needed: string[] = [];
    for (const file of this.files) {
      const text = read(file);
      if (text !== null && neededInSecondRound(text, packagePathFor(file), names)) needed.push(file);
    }
    for (const file of needed) this.files.delete(file);
    return needed;
  }
}

function nameKey(name: NeededName): string {
  return `${name.pkg}\u0000${name.word}`;
}

/** The workspace's facts seen through the changed files alone: what they add to the second round's answer. */
function factsOf(changed: readonly string[], facts: WorkspaceFacts): WorkspaceFacts {
  const files = new Map(changed.flatMap((file) => (facts.files.has(file) ? [[file, facts.files.get(file)!] as const] : [])));
  return {
    files,
    findFunction: (pkg, name) => facts.findFunction(pkg, name),
    get chains() {
      return facts.chains;
    },
    chainById: (id) => facts.chainById(id),
    get services() {
      return facts.services;
    },
    servingChains: (handler) => facts.servingChains(handler),
  };
}
