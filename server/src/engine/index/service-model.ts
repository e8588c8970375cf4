// The service model: the implementations registered with generated `Register<Service>Server(s, impl)`
// calls (gRPC) or given to generated `New<Service>Handler(impl, …)` calls (connect), and their
// handler methods. Built from per-file facts; a method is a handler when its type is registered
// and its signature is the generated interface's shape for a method of that name (generated files
// themselves are not read).
import { pushTo } from '../collections';
import type { ReadRecorder } from './read-recorder';
import type { FileFacts, FunctionFact } from '../facts/file-facts';
import type {
  ConnectRegistrationFact,
  DialHelperFact,
  GrpcRegistrationFact,
  ImplFact,
  MethodRef,
  RegistrationFact,
  RequestCallFact,
} from '../facts/service-facts';
import type { RequestScope } from '../flow/request-scope';
import { connectHandlerKind, handlerKind, type HandlerKind } from '../flow/handler-shape';
import { type Range, sameRange } from '../types';
import { packageKey } from './workspace-index';

export interface Handler {
  framework: RegistrationFact['framework'];
  kind: HandlerKind;
  service: string;
  /** The package (packageKey) and receiver type the method is declared on. */
  pkg: string;
  receiver: string;
  name: string;
  file: string;
  range: Range;
}

/** A function of the request scope: by its signature, or as a handler of the service model. */
export type RequestOwner = { scope: RequestScope } | { handler: Handler };

/** How messages name a handler: `gRPC handler Store.Get`, `connect handler Greeter.Greet`. */
export function handlerLabel(handler: Handler): string {
  return `${handler.framework === 'connect' ? 'connect' : 'gRPC'} handler ${handler.receiver}.${handler.name}`;
}

/**
 * How a rule's message names what runs per request: its scope in the rule's words, a connect
 * handler by name (gRPC handlers keep the rule's wording for 'grpc-method').
 */
export function requestOwnerName(owner: RequestOwner, scopeNames: Readonly<Record<RequestScope, string>>): string {
  if ('scope' in owner) return scopeNames[owner.scope];
  return owner.handler.framework === 'connect' ? handlerLabel(owner.handler) : scopeNames['grpc-method'];
}

export interface RegisteredImpl<R extends RegistrationFact = RegistrationFact> {
  file: string;
  registration: R;
  /** The implementation's type, when the facts say which it is. */
  type: { pkg: string; name: string } | null;
}

function key(pkg: string, name: string): string {
  return `${pkg}\u0000${name}`;
}

/** A registration's type and handlers, with the table keys their resolution read. */
interface RegistrationResolution {
  type: { pkg: string; name: string } | null;
  handlers: Handler[];
  reads: [Keyed<unknown>, string][];
}

interface Resolved {
  registered: RegisteredImpl<GrpcRegistrationFact>[];
  connect: RegisteredImpl<ConnectRegistrationFact>[];
  handlers: Map<string, Handler>;
  byRegistration: Map<RegistrationFact, Handler[]>;
}

/** A dial helper of the workspace with the file declaring it. */
export interface DialHelperRef {
  file: string;
  helper: DialHelperFact;
}

/**
 * Entries by key from every file, kept file by file. Where one is read the last wins in the
 * order files were first added (the order of the workspace's files), as a walk over them would.
 */
class Keyed<T> {
  private readonly byKey = new Map<string, { seq: number; value: T }[]>();
  private readonly keysByFile = new Map<string, string[]>();
  /** The keys added to or removed from since the owner last cleared it. */
  readonly changed = new Set<string>();

  add(path: string, seq: number, k: string, value: T): void {
    this.changed.add(k);
    pushTo(this.byKey, k, { seq, value });
    pushTo(this.keysByFile, path, k);
  }

  /** Drops a file's entries; returns their keys. */
  remove(path: string, seq: number): string[] {
    const keys = this.keysByFile.get(path) ?? [];
    this.keysByFile.delete(path);
    for (const k of keys) {
      this.changed.add(k);
      const kept = this.byKey.get(k)?.filter((entry) => entry.seq !== seq) ?? [];
      if (kept.length > 0) this.byKey.set(k, kept);
      else this.byKey.delete(k);
    }
    return keys;
  }

  last(k: string): T | undefined {
    let best: { seq: number; value: T } | undefined;
    for (const entry of this.byKey.get(k) ?? []) if (!best || entry.seq > best.seq) best = entry;
    return best?.value;
  }

  all(k: string): T[] {
    return [...(this.byKey.get(k) ?? [])].sort((a, b) => a.seq - b.seq).map((entry) => entry.value);
  }
}

/**
 * The service model of the workspace, kept up to date file by file: a change replaces that
 * file's entries, and the handlers are resolved again from the registrations alone. Lookups
 * name their keys; while a recording is on they are collected, and takeChanges says which keys
 * read differently since the last call, so what read only unchanged keys can be kept.
 */
export class ServiceModel {
  /** Each file's place in the order files were added (a file changed in place keeps it). */
  private readonly order = new Map<string, number>();
  private nextSeq = 0;
  private readonly resultTypes = new Keyed<string>();
  private readonly structs = new Keyed<Readonly<Record<string, string>>>();
  private readonly methods = new Keyed<{ file: FileFacts; fn: FunctionFact }>();
  private readonly helpers = new Keyed<DialHelperRef>();
  private readonly registering = new Map<string, FileFacts>();
  private resolved: Resolved | null = null;
  /** The last resolution, kept when a change makes it stale (resolved is null then). */
  private lastResolved: Resolved | null = null;
  /** Each registration's last resolution (a registration changed is a new object). */
  private readonly resolutions = new WeakMap<RegistrationFact, RegistrationResolution>();
  /** Each file's facts as last stored: what resolve() reads of them (resolveInputs) is made again to tell a change that leaves the handlers as they were, not kept. */
  private readonly stored = new Map<string, FileFacts>();
  /** The handlers as the last takeChanges saw them, and the helper keys changed since. */
  private handlersSeen = new Map<string, Handler>();
  private seen: Resolved | null = null;
  private readonly changedHelpers = new Set<string>();

  /** Lookups are noted on recorder (the workspace's, which records per-package runs). */
  constructor(private readonly recorder: ReadRecorder) {}

  setFile(file: FileFacts): void {
    const seq = this.order.get(file.path) ?? this.nextSeq++;
    this.order.set(file.path, seq);
    const pkg = packageKey(file);
    for (const k of this.helpers.remove(file.path, seq)) this.changedHelpers.add(k);
    for (const helper of file.services.dialHelpers) {
      const k = functionKey(pkg, helper.receiver, helper.name);
      this.helpers.add(file.path, seq, k, { file: file.path, helper });
      this.changedHelpers.add(k);
    }
    const previous = this.stored.get(file.path);
    this.stored.set(file.path, file);
    // What resolve() reads of the file is what is stored (equal data), and the handlers stand. A
    // registration is a key of byRegistration: a file that registers, or did, is always taken anew.
    const registers = this.registering.has(file.path) || file.services.registrations.length > 0;
    if (previous && !registers && resolveInputs(previous) === resolveInputs(file)) return;
    this.dropResolveInputs(file.path, seq);
    this.resolved = null;
    for (const [fn, type] of Object.entries(file.chains.resultTypes)) this.resultTypes.add(file.path, seq, key(pkg, fn), type);
    for (const [type, fields] of Object.entries(file.structs)) this.structs.add(file.path, seq, key(pkg, type), fields);
    for (const fn of file.functions) if (fn.receiver !== null) this.methods.add(file.path, seq, key(pkg, fn.receiver), { file, fn });
    if (file.services.registrations.length > 0) this.registering.set(file.path, file);
  }

  removeFile(path: string): void {
    const seq = this.order.get(path);
    if (seq === undefined) return;
    for (const k of this.helpers.remove(path, seq)) this.changedHelpers.add(k);
    this.dropResolveInputs(path, seq);
    this.resolved = null;
    this.stored.delete(path);
    this.order.delete(path);
  }

  private dropResolveInputs(path: string, seq: number): void {
    this.resultTypes.remove(path, seq);
    this.structs.remove(path, seq);
    this.methods.remove(path, seq);
    this.registering.delete(path);
  }

  /** The implementations registered on gRPC servers, in the order of the files registering them. */
  get registered(): readonly RegisteredImpl<GrpcRegistrationFact>[] {
    return this.resolve().registered;
  }

  /** The implementations given to connect handler constructors, in the order of the files giving them. */
  get connectRegistered(): readonly RegisteredImpl<ConnectRegistrationFact>[] {
    return this.resolve().connect;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    const registered: RegisteredImpl<GrpcRegistrationFact>[] = [];
    const connect: RegisteredImpl<ConnectRegistrationFact>[] = [];
    const handlers = new Map<string, Handler>();
    const byRegistration = new Map<RegistrationFact, Handler[]>();
    const files = [...this.registering.values()].sort((a, b) => this.order.get(a.path)! - this.order.get(b.path)!);
    for (const file of files) {
      for (const registration of file.services.registrations) {
        const { type, handlers: registeredHandlers } = this.resolveRegistration(registration, file);
        if (registration.framework === 'grpc') registered.push({ file: file.path, registration, type });
        else connect.push({ file: file.path, registration, type });
        byRegistration.set(registration, registeredHandlers);
        for (const handler of registeredHandlers) handlers.set(handlerKey(handler), handler);
      }
    }
    for (const table of [this.resultTypes, this.structs, this.methods]) table.changed.clear();
    // The same registrations resolved to the same types keep their list: what is built per list (the serving chains) holds.
    const before = this.lastResolved;
    this.resolved = this.lastResolved = {
      registered: before && sameRegistered(before.registered, registered) ? before.registered : registered,
      connect: before && sameRegistered(before.connect, connect) ? before.connect : connect,
      handlers,
      byRegistration,
    };
    return this.resolved;
  }

  /** A registration's type and handlers: as resolved last time while none of the keys that read changed. */
  private resolveRegistration(registration: RegistrationFact, file: FileFacts): RegistrationResolution {
    const last = this.resolutions.get(registration);
    if (last && !last.reads.some(([table, k]) => table.changed.has(k))) return last;
    const reads: RegistrationResolution['reads'] = [];
    const type = this.resolveImpl(registration.impl, file, reads);
    const handlers: Handler[] = [];
    if (type) {
      const methodsKey = key(type.pkg, type.name);
      reads.push([this.methods, methodsKey]);
      for (const { file: declaring, fn } of this.methods.all(methodsKey)) {
        const kind = kindOf(registration, declaring, fn);
        if (!kind) continue;
        handlers.push({
          framework: registration.framework,
          kind,
          service: registration.service,
          pkg: type.pkg,
          receiver: type.name,
          name: fn.name,
          file: declaring.path,
          range: fn.range,
        });
      }
    }
    const resolution = { type, handlers, reads };
    this.resolutions.set(registration, resolution);
    return resolution;
  }

  /** The keys (as recorded) that read differently than at the last call; all of them the first time. */
  takeChanges(): Set<string> {
    const changed = new Set([...this.changedHelpers].map((k) => `helper\u0000${k}`));
    this.changedHelpers.clear();
    if (this.resolved !== null && this.resolved === this.seen) return changed;
    this.seen = this.resolve();
    const now = this.seen.handlers;
    for (const [k, handler] of now) {
      const before = this.handlersSeen.get(k);
      if (before !== handler && (!before || !sameHandler(before, handler))) changed.add(`handler\u0000${k}`);
    }
    for (const k of this.handlersSeen.keys()) if (!now.has(k)) changed.add(`handler\u0000${k}`);
    this.handlersSeen = now;
    return changed;
  }

  /**
   * Why a function runs per request: its own request kind by signature, or the registered handler
   * (gRPC or connect) it is. Functions they call are in the request scope too; rules follow such
   * calls one level (RequestCallFact).
   */
  requestKind(file: FileFacts, scope: RequestScope | null, method: MethodRef | undefined): RequestOwner | null {
    if (scope) return { scope };
    const handler = method && this.handlerOf(file, method.receiver, method.name);
    return handler ? { handler } : null;
  }

  /** The handler methods of the implementation a registration registers (none when its type is unknown). */
  handlersOf(registration: RegistrationFact): readonly Handler[] {
    return this.resolve().byRegistration.get(registration) ?? [];
  }

  /** The handler method `receiver.name` declared in the package of file, if it is one. */
  handlerOf(file: FileFacts, receiver: string, name: string): Handler | undefined {
    const k = functionKey(packageKey(file), receiver, name);
    this.recorder.note(`handler\u0000${k}`);
    return this.resolve().handlers.get(k);
  }

  /** The workspace function or method that dials, which a recorded call of file reaches. */
  dialHelper(file: FileFacts, call: RequestCallFact): DialHelperRef | undefined {
    const k = calleeKey(file, call);
    this.recorder.note(`helper\u0000${k}`);
    return this.helpers.last(k);
  }

  /** The type a registration's impl has: named in the file, or the result type of a workspace function; the keys looked up go to reads. */
  private resolveImpl(impl: ImplFact | null, file: FileFacts, reads: RegistrationResolution['reads']): { pkg: string; name: string } | null {
    if (!impl) return null;
    if ('type' in impl) return { pkg: impl.type.pkg ?? packageKey(file), name: impl.type.name };
    if ('fieldOf' in impl) {
      const pkg = impl.fieldOf.type.pkg ?? packageKey(file);
      const structKey = key(pkg, impl.fieldOf.type.name);
      reads.push([this.structs, structKey]);
      const typeText = this.structs.last(structKey)?.[impl.fieldOf.field];
      return typeText ? namedTypeOf(typeText, pkg) : null;
    }
    const pkg = impl.resultOf.pkg === file.packagePath ? packageKey(file) : impl.resultOf.pkg;
    const resultKey = key(pkg, impl.resultOf.name);
    reads.push([this.resultTypes, resultKey]);
    const name = this.resultTypes.last(resultKey);
    return name ? { pkg, name } : null;
  }
}

/** What resolve() reads of a file besides its registrations: its package, result types, structs and methods. */
function resolveInputs(file: FileFacts): string {
  const methods = file.functions.flatMap((fn) =>
    fn.receiver === null ? [] : [[fn.receiver, fn.name, fn.params.map((p) => p.qualifiedType), fn.results, fn.range]],
  );
  return JSON.stringify([packageKey(file), file.packagePath, file.chains.resultTypes, file.structs, methods]);
}

function sameRegistered(a: readonly RegisteredImpl[], b: readonly RegisteredImpl[]): boolean {
  const sameType = (x: RegisteredImpl['type'], y: RegisteredImpl['type']) => x === y || (!!x && !!y && x.pkg === y.pkg && x.name === y.name);
  return a.length === b.length && a.every((r, i) => r.file === b[i]!.file && r.registration === b[i]!.registration && sameType(r.type, b[i]!.type));
}

function sameHandler(a: Handler, b: Handler): boolean {
  return (
    a.framework === b.framework &&
    a.kind === b.kind &&
    a.service === b.service &&
    a.pkg === b.pkg &&
    a.receiver === b.receiver &&
    a.name === b.name &&
    a.file === b.file &&
    sameRange(a.range, b.range)
  );
}

/** The handler kind of a method of a registered type, by the registration's framework: null when it is no handler. */
function kindOf(registration: RegistrationFact, declaring: FileFacts, fn: FunctionFact): HandlerKind | null {
  const params = fn.params.map((p) => p.qualifiedType);
  if (registration.framework === 'connect') return connectHandlerKind(fn.name, params, fn.results);
  const servicePkg = registration.servicePkg === declaring.packagePath ? null : registration.servicePkg;
  return handlerKind(fn.name, params, fn.results, { service: registration.service, pkg: servicePkg });
}

/** The workspace function or method a recorded call reaches, as a key of `functionKey`. */
function calleeKey(file: FileFacts, call: RequestCallFact): string {
  const callee = call.callee;
  if ('method' in callee) return functionKey(packageKey(file), callee.receiver, callee.method);
  return functionKey(callee.pkg === file.packagePath ? packageKey(file) : callee.pkg, null, callee.name);
}

/** A handler as one map key (its method's functionKey). */
export function handlerKey(handler: Handler): string {
  return functionKey(handler.pkg, handler.receiver, handler.name);
}

/** A function (receiver null) or method of a package (packageKey), as one map key. */
export function functionKey(pkg: string, receiver: string | null, name: string): string {
  return key(pkg, receiver === null ? name : `${receiver}.${name}`);
}

/** `*example.com/pb.T` → that package's T; `*T` → T of pkg; null for other type expressions (maps, slices, funcs). */
function namedTypeOf(typeText: string, pkg: string): { pkg: string; name: string } | null {
  const text = typeText.replace(/^\*+/, '');
  if (!/^[\w./-]+$/.test(text)) return null;
  const dot = text.lastIndexOf('.');
  return dot < 0 ? { pkg, name: text } : { pkg: text.slice(0, dot), name: text.slice(dot + 1) };
}
