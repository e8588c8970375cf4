// What a rule or the chain model needs to find in a file's text before the file is worth parsing:
// a whole-workspace run reads every file but parses only those some analysis could use.
import type { WorkspaceFacts } from '../facts/file-facts';
import { containsWord, containsWordStart, someWord } from './words';

/** A name a file may use from package pkg: it holds the word and either belongs to pkg or names pkg's import path. */
export interface NeededName {
  word: string;
  pkg: string;
}

export interface TextNeeds {
  /**
   * Words (whole identifiers, as `nodesAt` finds them) one of which the text of every file the
   * analysis can report in or read facts from contains: an import path's last element, a package
   * clause, a call's name. A word in a comment keeps a file too: only a miss would cost.
   */
  words: readonly string[];
  /** Starts of identifiers that make a file needed too (`Register` of a generated `RegisterGreeterServer`). */
  wordStarts?: readonly string[];
  /**
   * Workspace analyses that follow names into other files: once the files holding `words` are
   * analysed, the names that make a further file needed (ctx-nil: the workspace's functions
   * taking a context, which a file that never says context may call with nil).
   */
  namesFrom?(facts: WorkspaceFacts): Iterable<NeededName>;
  /** Workspace analyses that may read any file's facts (the chain model follows values anywhere): when this holds, every file is needed. */
  everyFileWhen?(facts: WorkspaceFacts): boolean;
}

/** The word an import of path puts in a file's text, which the package's own files hold in their package clause. */
export function packageWord(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The second round's question: every file left is needed, or those using one of these names. */
export type SecondRound = 'every' | readonly NeededName[];

/** The needs of a set of analyses, asked in two rounds: before any parse, then from the facts of the files parsed. */
export class NeedsOfAnalyses {
  private readonly firstWords: readonly string[];
  private readonly firstWordStarts: readonly string[];

  constructor(private readonly needs: readonly TextNeeds[]) {
    this.firstWords = [...new Set(needs.flatMap((n) => n.words))];
    this.firstWordStarts = [...new Set(needs.flatMap((n) => n.wordStarts ?? []))];
  }

  /** First round: the text holds a word, or the start of one, some analysis needs. */
  needsText(text: string): boolean {
    return this.firstWords.some((word) => containsWord(text, word)) || this.firstWordStarts.some((start) => containsWordStart(text, start));
  }

  /**
   * Second round, once the first round's files are analysed. The files it adds hold no
   * first-round word, so they add no names of their own (each namesFrom reads facts that only
   * first-round files have: a context parameter needs the word context).
   */
  secondRound(facts: WorkspaceFacts): SecondRound {
    if (this.needs.some((n) => n.everyFileWhen?.(facts))) return 'every';
    const names = new Map<string, NeededName>();
    for (const need of this.needs) for (const name of need.namesFrom?.(facts) ?? []) names.set(`${name.pkg}\u0000${name.word}`, name);
    return [...names.values()];
  }
}

/** The second round's names by word: what a file's words are looked up in. */
export type SecondRoundIndex = 'every' | ReadonlyMap<string, readonly NeededName[]>;

export function indexSecondRound(round: SecondRound): SecondRoundIndex {
  if (round === 'every') return round;
  const byWord = new Map<string, NeededName[]>();
  for (const name of round) byWord.set(name.word, [...(byWord.get(name.word) ?? []), name]);
  return byWord;
}

/** The second round's answer for one file left out of the first: its text, and the package it belongs to. */
export function neededInSecondRound(text: string, packagePath: string | null, round: SecondRoundIndex): boolean {
  if (round === 'every') return true;
  if (round.size === 0) return false;
  return someWord(text, (word) => !!round.get(word)?.some((name) => name.pkg === packagePath || text.includes(name.pkg)));
}
