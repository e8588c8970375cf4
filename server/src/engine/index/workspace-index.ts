// Where the chain facts of the workspace declare things: functions, methods and package
// variables by package, for resolving names across files and packages.
import * as path from 'node:path';
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
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

export class ChainIndex {
  private readonly functions = new Map<string, FunctionRef>();
  private readonly methods = new Map<string, FunctionRef[]>();
  private readonly methodsAnywhere = new Map<string, FunctionRef[]>();
  private readonly vars = new Map<string, VarRef>();
  private readonly resultTypes = new Map<string, string>();
  private readonly libraryResults = new Map<string, string>();
  private readonly packages = new Set<string>();
  private readonly fieldWrites = new Map<string, FieldWriteRef[]>();
  private readonly structFields = new Map<string, ReadonlySet<string>>();
  private readonly callsByName = new Map<string, CallRef[]>();
  private readonly fxProvided = new Map<string, FxProvidedFact[]>();
  private readonly fxGroupProviders = new Map<string, number>();

  constructor(facts: WorkspaceFacts) {
    for (const file of facts.files.values()) {
      const pkg = packageKey(file);
      this.packages.add(pkg);
      for (const [type, fields] of Object.entries(file.chains.structFields ?? {})) this.structFields.set(key(pkg, type), new Set(fields));
      for (const fn of file.chains.functions) {
        for (const call of fn.calls ?? []) push(this.callsByName, calledName(call), { file, fn, call });
        for (const write of fn.fieldWrites ?? []) push(this.fieldWrites, key(write.typePkg ?? pkg, `${write.type}.${write.field}`), { file, fn, write });
        const ref = { file, fn };
        if (fn.receiver === null) {
          this.functions.set(key(pkg, fn.name), ref);
          continue;
        }
        push(this.methods, key(pkg, fn.name), ref);
        push(this.methodsAnywhere, fn.name, ref);
      }
      for (const decl of file.chains.vars) this.vars.set(key(pkg, decl.name), { file, decl });
      for (const provided of file.chains.fxProvided ?? []) {
        push(this.fxProvided, key(provided.pkg ?? pkg, provided.name), provided);
        for (const group of provided.resultGroups) this.fxGroupProviders.set(group, (this.fxGroupProviders.get(group) ?? 0) + 1);
      }
      for (const [fn, type] of Object.entries(file.chains.resultTypes)) this.resultTypes.set(key(pkg, fn), type);
      for (const [fn, importPath] of Object.entries(file.chains.libraryResults ?? {})) this.libraryResults.set(key(pkg, fn), importPath);
    }
    for (const writes of this.fieldWrites.values()) writes.sort(bySourceOrder);
  }

  inWorkspace(pkg: string): boolean {
    return this.packages.has(pkg);
  }

  func(pkg: string, name: string): FunctionRef | undefined {
    return this.functions.get(key(pkg, name));
  }

  variable(pkg: string, name: string): VarRef | undefined {
    return this.vars.get(key(pkg, name));
  }

  /** The recorded calls whose callee ends in this name (`f(…)`, `pkg.f(…)`, `x.f(…)`). */
  callsNamed(name: string): readonly CallRef[] {
    return this.callsByName.get(name) ?? [];
  }

  /** True when the workspace declares struct `type` in `pkg` with a field of that name. */
  declaresField(pkg: string, type: string, name: string): boolean {
    return this.structFields.get(key(pkg, type))?.has(name) ?? false;
  }

  /** Every write to a struct field in the workspace, in file then source order. */
  writesOf(pkg: string, type: string, name: string): FieldWriteRef[] {
    return this.fieldWrites.get(key(pkg, `${type}.${name}`)) ?? [];
  }

  /** Where the workspace hands a package-level function to fx (fx fills in its parameters). */
  fxProvisions(pkg: string, name: string): readonly FxProvidedFact[] {
    return this.fxProvided.get(key(pkg, name)) ?? [];
  }

  /** How many fx providers in the workspace put their results in a value group. */
  fxGroupProviderCount(group: string): number {
    return this.fxGroupProviders.get(group) ?? 0;
  }

  /** The package type a package-level function returns, if it returns one. */
  resultType(pkg: string, fn: string): string | undefined {
    return this.resultTypes.get(key(pkg, fn));
  }

  /** The import path of the imported type a workspace function returns, if it returns one. */
  libraryResult(pkg: string, fn: string): string | undefined {
    return this.libraryResults.get(key(pkg, fn));
  }

  /**
   * The method a method value `x.name` denotes: by x's type when known; otherwise the only
   * method of that name in the package, or else in the workspace (none or several: unknown).
   */
  method(pkg: string, receiverType: string | null, name: string): FunctionRef | undefined {
    const inPackage = this.methods.get(key(pkg, name)) ?? [];
    if (receiverType !== null) return inPackage.find((m) => m.fn.receiver === receiverType);
    if (inPackage.length === 1) return inPackage[0];
    if (inPackage.length > 1) return undefined;
    const anywhere = this.methodsAnywhere.get(name) ?? [];
    return anywhere.length === 1 ? anywhere[0] : undefined;
  }
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

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}
