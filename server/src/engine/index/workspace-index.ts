// Where the chain facts of the workspace declare things: functions, methods and package
// variables by package, for resolving names across files and packages.
import { pushTo } from '../collections';
import { ReadRecorder, readsChanged } from './read-recorder';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import type { ChainFunctionFact, ExprFact, FieldWriteFact, FxProvidedFact, PackageVarFact } from '../facts/chain-facts';

export interface FunctionRef {
  file: FileFacts;
  fn: ChainFunctionFact;
}

/** A write to a struct field, with the function it is in (whose locals and parameters its values read). */
export interface FieldWriteRef {
  file: FileFacts;
  fn: ChainFunctionFact;
  write: FieldWriteFact;
}

/** A call in a workspace function, with that function (whose scope its arguments are read in). */
export interface CallRef {
  file: FileFacts;
  fn: ChainFunctionFact;
  call: ExprFact;
}

export interface VarRef {
  file: FileFacts;
  decl: PackageVarFact;
}

/** The key names of a package resolve in: its import path, or its folder outside modules. */
export function packageKey(file: FileFacts): string {
  return file.packagePath ?? `dir:${path.dirname(file.path)}`;
}

function key(pkg: string, name: string): string {
  return `${pkg}\u0000${name}`;
}

interface Located {
  file: FileFacts;
}

interface Owned<T> extends Located {
  value: T;
}

/**
 * The chain facts of every file, keyed for lookups, kept up to date file by file (a changed file
 * replaces only its own entries). Every lookup names its key; while a recording is on, the keys
 * looked up (found or not) are collected, so a chain can say which files' entries it depends on.
 */
export class ChainIndex {
  /** Each table: key → the entries of every file declaring it, in the order files were added (the last one wins where one is read). */
  private readonly tables = new Map<string, Map<string, Located[]>>();
  /** The facts each file's entries were made from: what a change of the file is compared with (texts are made again then, not kept). */
  private readonly files = new Map<string, FileFacts>();
  private readonly recorder = new ReadRecorder();
  /** Results computed over many entries (memo), each with the keys it read: kept until one of them changes. */
  private readonly memos = new Map<string, { value: unknown; reads: ReadonlySet<string> }>();

  constructor(facts?: WorkspaceFacts) {
    for (const file of facts?.files.values() ?? []) this.setFile(file);
  }

  /**
   * Adds a file's entries, replacing those of its previous facts; returns the keys whose entries
   * it added, removed or changed (what a change of it may alter: a lookup that read unchanged
   * entries reads the same again).
   */
  setFile(file: FileFacts): string[] {
    const previous = this.files.get(file.path);
    const before = previous ? entryTexts(previous) : undefined;
    if (before) this.drop(file.path, before.keys());
    this.files.set(file.path, file);
    const keys = new Set<string>();
    for (const { table, key: k, entry } of indexEntries(file)) {
      keys.add(`${table}\u0001${k}`);
      let byKey = this.tables.get(table);
      if (!byKey) this.tables.set(table, (byKey = new Map()));
      pushTo(byKey, k, entry);
    }
    // Writes are read in file then source order, whichever file was added last.
    for (const tableKey of keys)
      if (tableKey.startsWith('writes\u0001')) (this.tables.get('writes')!.get(tableKey.slice('writes\u0001'.length)) as FieldWriteRef[]).sort(bySourceOrder);
    let changed = [...keys];
    if (before) {
      const after = entryTexts(file);
      changed = changed.filter((k) => before.get(k) !== after.get(k));
      for (const k of before.keys()) if (!keys.has(k)) changed.push(k);
    }
    this.forgetMemos(changed);
    return changed;
  }

  /** Drops a file's entries; returns their keys. */
  removeFile(path: string): string[] {
    const previous = this.files.get(path);
    if (!previous) return [];
    const keys = [...entryTexts(previous).keys()];
    this.drop(path, keys);
    this.files.delete(path);
    this.forgetMemos(keys);
    return keys;
  }

  private drop(path: string, keys: Iterable<string>): void {
    for (const tableKey of keys) {
      const cut = tableKey.indexOf('\u0001');
      const byKey = this.tables.get(tableKey.slice(0, cut))!;
      const k = tableKey.slice(cut + 1);
      const kept = byKey.get(k)?.filter((entry) => entry.file.path !== path) ?? [];
      if (kept.length > 0) byKey.set(k, kept);
      else byKey.delete(k);
    }
  }

  /** Runs compute with the keys it looks up collected into reads. */
  recordingInto<T>(reads: Set<string>, compute: () => T): T {
    return this.recorder.into(reads, compute);
  }

  /**
   * compute's result, kept under k until an entry it looked up changes; a recording under way
   * gets the keys it read, as if it had run again.
   */
  memo<T>(k: string, compute: () => T): T {
    let memo = this.memos.get(k);
    if (!memo) {
      const reads = new Set<string>();
      memo = { value: this.recorder.into(reads, compute), reads };
      this.memos.set(k, memo);
    }
    for (const read of memo.reads) this.recorder.note(read);
    return memo.value as T;
  }

  private forgetMemos(changed: readonly string[]): void {
    if (this.memos.size === 0 || changed.length === 0) return;
    const keys = new Set(changed);
    for (const [k, memo] of this.memos) if (readsChanged(memo.reads, keys)) this.memos.delete(k);
  }

  private lookup<T extends Located>(table: string, k: string): readonly T[] {
    this.recorder.note(`${table}\u0001${k}`);
    return (this.tables.get(table)?.get(k) ?? []) as T[];
  }

  private last<T extends Located>(table: string, k: string): T | undefined {
    const list = this.lookup<T>(table, k);
    return list[list.length - 1];
  }

  inWorkspace(pkg: string): boolean {
    return this.lookup('package', pkg).length > 0;
  }

  func(pkg: string, name: string): FunctionRef | undefined {
    return this.last<FunctionRef>('func', key(pkg, name));
  }

  variable(pkg: string, name: string): VarRef | undefined {
    return this.last<VarRef>('var', key(pkg, name));
  }

  /** The recorded calls whose callee ends in this name (`f(…)`, `pkg.f(…)`, `x.f(…)`). */
  callsNamed(name: string): readonly CallRef[] {
    return this.lookup<CallRef>('calls', name);
  }

  /** True when the workspace declares struct `type` in `pkg` with a field of that name. */
  declaresField(pkg: string, type: string, name: string): boolean {
    return this.last<Owned<ReadonlySet<string>>>('struct', key(pkg, type))?.value.has(name) ?? false;
  }

  /** Every write to a struct field in the workspace, in file then source order. */
  writesOf(pkg: string, type: string, name: string): FieldWriteRef[] {
    return [...this.lookup<FieldWriteRef>('writes', key(pkg, `${type}.${name}`))];
  }

  /** Where the workspace hands a package-level function to fx (fx fills in its parameters). */
  fxProvisions(pkg: string, name: string): readonly FxProvidedFact[] {
    return this.lookup<Owned<FxProvidedFact>>('fx', key(pkg, name)).map((entry) => entry.value);
  }

  /** The files that hand a package-level function to fx, with each provision. */
  fxProvisionsIn(pkg: string, name: string): readonly { file: FileFacts; provided: FxProvidedFact }[] {
    return this.lookup<Owned<FxProvidedFact>>('fx', key(pkg, name)).map((entry) => ({ file: entry.file, provided: entry.value }));
  }

  /** How many fx providers in the workspace put their results in a value group. */
  fxGroupProviderCount(group: string): number {
    return this.lookup('fxGroup', group).length;
  }

  /** The fields of a workspace struct type with their qualified types (own-package types as written in its package). */
  fieldTypes(pkg: string, type: string): Readonly<Record<string, string>> | undefined {
    return this.last<Owned<Record<string, string>>>('fieldTypes', key(pkg, type))?.value;
  }

  /** The methods a workspace interface type declares itself, if pkg declares it. */
  interfaceMethods(pkg: string, name: string): readonly string[] | undefined {
    return this.last<Owned<string[]>>('interface', key(pkg, name))?.value;
  }

  /** The declared (or evident) type of a package-level variable. */
  varType(pkg: string, name: string): string | undefined {
    return this.last<Owned<string>>('varType', key(pkg, name))?.value;
  }

  /** The signature of a package-level function (receiver null) or of a method of a named type. */
  signature(pkg: string, receiver: string | null, name: string): FunctionFact | undefined {
    return this.last<Owned<FunctionFact>>('signature', key(pkg, receiver ? `${receiver}.${name}` : name))?.value;
  }

  /** Every workspace type declaring a method of this name, by package key. */
  methodOwners(name: string): { pkg: string; type: string }[] {
    return this.lookup<Owned<string>>('methodOwner', name).map((entry) => ({ pkg: packageKey(entry.file), type: entry.value }));
  }

  /** The package type a package-level function returns, if it returns one. */
  resultType(pkg: string, fn: string): string | undefined {
    return this.last<Owned<string>>('result', key(pkg, fn))?.value;
  }

  /** The import path of the imported type a workspace function returns, if it returns one. */
  libraryResult(pkg: string, fn: string): string | undefined {
    return this.last<Owned<string>>('library', key(pkg, fn))?.value;
  }

  /**
   * The method a method value `x.name` denotes: by x's type when known; otherwise the only
   * method of that name in the package, or else (`anywhere`) in the workspace (none or several: unknown).
   * Unknown too when a struct of the package has a field of that name: `l.serve()` may call a
   * func field (etcd's peerListener.serve), not the one method named serve.
   */
  method(pkg: string, receiverType: string | null, name: string, anywhere = true): FunctionRef | undefined {
    const inPackage = this.lookup<FunctionRef>('method', key(pkg, name));
    if (receiverType !== null) return inPackage.find((m) => m.fn.receiver === receiverType);
    if (this.lookup('fieldName', key(pkg, name)).length > 0) return undefined;
    if (inPackage.length === 1) return inPackage[0];
    if (inPackage.length > 1 || !anywhere) return undefined;
    const found = this.lookup<FunctionRef>('methodAnywhere', name);
    return found.length === 1 ? found[0] : undefined;
  }
}

/** One of a file's index entries: its table and key, and the text a change of it is told by. */
interface IndexEntry {
  table: string;
  key: string;
  entry: Located;
  text: () => string;
}

/** A file's index entries, in the order they are added. */
function* indexEntries(file: FileFacts): Generator<IndexEntry> {
  // A digest, not the text: a function's text repeated under each of its calls' keys would grow with the square of its size.
  const fnTexts = new Map<ChainFunctionFact, string>();
  const fnText = (fn: ChainFunctionFact) => () => {
    let text = fnTexts.get(fn);
    if (text === undefined) fnTexts.set(fn, (text = createHash('sha1').update(JSON.stringify(fn)).digest('base64')));
    return text;
  };
  const entry = (table: string, k: string, located: Located, text: () => string): IndexEntry => ({ table, key: k, entry: located, text });
  const pkg = packageKey(file);
  // The entries' text: a file path, package path and name sit in the keys or in chains' files.
  yield entry('package', pkg, { file }, () => file.chains.middlewareV1Version ?? '');
  for (const [type, fields] of Object.entries(file.chains.structFields ?? {})) {
    yield entry('struct', key(pkg, type), { file, value: new Set(fields) } as Owned<ReadonlySet<string>>, () => fields.join(','));
    for (const name of fields) yield entry('fieldName', key(pkg, name), { file }, () => '');
  }
  for (const fn of file.chains.functions) {
    const text = fnText(fn);
    for (const [index, call] of (fn.calls ?? []).entries()) yield entry('calls', calledName(call), { file, fn, call } as CallRef, () => `${text()}#${index}`);
    for (const [index, write] of (fn.fieldWrites ?? []).entries())
      yield entry('writes', key(write.typePkg ?? pkg, `${write.type}.${write.field}`), { file, fn, write } as FieldWriteRef, () => `${text()}#${index}`);
    const ref: FunctionRef = { file, fn };
    if (fn.receiver === null) yield entry('func', key(pkg, fn.name), ref, text);
    else {
      yield entry('method', key(pkg, fn.name), ref, text);
      yield entry('methodAnywhere', fn.name, ref, text);
    }
  }
  for (const decl of file.chains.vars) yield entry('var', key(pkg, decl.name), { file, decl } as VarRef, () => JSON.stringify(decl));
  for (const provided of file.chains.fxProvided ?? []) {
    yield entry('fx', key(provided.pkg ?? pkg, provided.name), { file, value: provided } as Owned<FxProvidedFact>, () => JSON.stringify(provided));
    for (const group of provided.resultGroups) yield entry('fxGroup', group, { file }, () => '');
  }
  for (const [type, fields] of Object.entries(file.structs))
    yield entry('fieldTypes', key(pkg, type), { file, value: fields } as Owned<Record<string, string>>, () => JSON.stringify(fields));
  for (const [name, methods] of Object.entries(file.types.interfaces))
    yield entry('interface', key(pkg, name), { file, value: methods } as Owned<string[]>, () => methods.join(','));
  for (const [name, type] of Object.entries(file.types.vars)) yield entry('varType', key(pkg, name), { file, value: type } as Owned<string>, () => type);
  for (const fn of file.functions) {
    yield entry('signature', key(pkg, fn.receiver ? `${fn.receiver}.${fn.name}` : fn.name), { file, value: fn } as Owned<FunctionFact>, () =>
      JSON.stringify(fn),
    );
    if (fn.receiver) yield entry('methodOwner', fn.name, { file, value: fn.receiver } as Owned<string>, () => fn.receiver!);
  }
  for (const [fn, type] of Object.entries(file.chains.resultTypes)) yield entry('result', key(pkg, fn), { file, value: type } as Owned<string>, () => type);
  for (const [fn, importPath] of Object.entries(file.chains.libraryResults ?? {}))
    yield entry('library', key(pkg, fn), { file, value: importPath } as Owned<string>, () => importPath);
}

/** The text of a file's entries under each table key: what a change of the file is told by. */
function entryTexts(file: FileFacts): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { table, key: k, text } of indexEntries(file)) {
    const tableKey = `${table}\u0001${k}`;
    texts.set(tableKey, `${texts.get(tableKey) ?? ''}${text()}\u0002`);
  }
  return texts;
}

function calledName(call: ExprFact): string {
  const callee = call.callee;
  if (!callee) return '';
  if (callee.kind === 'selector') return callee.ref?.name ?? '';
  if (callee.kind === 'member') return callee.member?.name ?? '';
  return callee.text;
}

function bySourceOrder(a: FieldWriteRef, b: FieldWriteRef): number {
  if (a.file.path !== b.file.path) return a.file.path < b.file.path ? -1 : 1;
  return a.write.at.line - b.write.at.line || a.write.at.character - b.write.at.character;
}
