// The gRPC service model: the implementations registered with generated
// `Register<Service>Server(s, impl)` calls, and their handler methods. Built from per-file facts;
// a method is a handler when its type is registered and its signature is the generated
// interface's shape for a method of that name (generated files themselves are not read).
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import type { ImplFact, MethodRef, RegistrationFact, RequestCallFact } from '../facts/service-facts';
import type { RequestScope } from '../flow/request-scope';
import { handlerKind, type HandlerKind } from '../flow/handler-shape';
import type { Range } from '../types';
import { packageKey } from './workspace-index';

export interface Handler {
  kind: HandlerKind;
  service: string;
  /** The package (packageKey) and receiver type the method is declared on. */
  pkg: string;
  receiver: string;
  name: string;
  file: string;
  range: Range;
}

export interface RegisteredImpl {
  file: string;
  registration: RegistrationFact;
  /** The implementation's type, when the facts say which it is. */
  type: { pkg: string; name: string } | null;
}

function key(pkg: string, name: string): string {
  return `${pkg}\u0000${name}`;
}

export class ServiceModel {
  readonly registered: readonly RegisteredImpl[];
  private readonly handlers = new Map<string, Handler>();

  constructor(facts: WorkspaceFacts) {
    const resultTypes = new Map<string, string>();
    const structs = new Map<string, Readonly<Record<string, string>>>();
    const methods = new Map<string, { file: FileFacts; fn: FunctionFact }[]>();
    for (const file of facts.files.values()) {
      const pkg = packageKey(file);
      for (const [fn, type] of Object.entries(file.chains.resultTypes)) resultTypes.set(key(pkg, fn), type);
      for (const [type, fields] of Object.entries(file.structs)) structs.set(key(pkg, type), fields);
      for (const fn of file.functions) {
        if (fn.receiver === null) continue;
        const list = methods.get(key(pkg, fn.receiver));
        if (list) list.push({ file, fn });
        else methods.set(key(pkg, fn.receiver), [{ file, fn }]);
      }
    }
    const registered: RegisteredImpl[] = [];
    for (const file of facts.files.values()) {
      for (const registration of file.services.registrations) {
        const type = resolveImpl(registration.impl, file, { resultTypes, structs });
        registered.push({ file: file.path, registration, type });
        for (const { file: declaring, fn } of type ? (methods.get(key(type.pkg, type.name)) ?? []) : []) {
          const servicePkg = registration.servicePkg === declaring.packagePath ? null : registration.servicePkg;
          const kind = handlerKind(
            fn.name,
            fn.params.map((p) => p.qualifiedType),
            fn.results,
            { service: registration.service, pkg: servicePkg },
          );
          if (!kind || !type) continue;
          const handler = { kind, service: registration.service, pkg: type.pkg, receiver: type.name, name: fn.name, file: declaring.path, range: fn.range };
          this.handlers.set(functionKey(type.pkg, type.name, fn.name), handler);
        }
      }
    }
    this.registered = registered;
  }

  /**
   * The request kind of a function: its own by signature, or a registered handler's. Functions
   * they call are in the request scope too; rules follow such calls one level (RequestCallFact).
   */
  requestKind(file: FileFacts, scope: RequestScope | null, method: MethodRef | undefined): RequestScope | null {
    return scope ?? (method && this.handlerOf(file, method.receiver, method.name) ? 'grpc-method' : null);
  }

  /** The handler method `receiver.name` declared in the package of file, if it is one. */
  handlerOf(file: FileFacts, receiver: string, name: string): Handler | undefined {
    return this.handlers.get(functionKey(packageKey(file), receiver, name));
  }
}

/** The workspace function or method a recorded call reaches, as a key of `functionKey`. */
export function calleeKey(file: FileFacts, call: RequestCallFact): string {
  const callee = call.callee;
  if ('method' in callee) return functionKey(packageKey(file), callee.receiver, callee.method);
  return functionKey(callee.pkg === file.packagePath ? packageKey(file) : callee.pkg, null, callee.name);
}

/** A function (receiver null) or method of a package (packageKey), as one map key. */
export function functionKey(pkg: string, receiver: string | null, name: string): string {
  return key(pkg, receiver === null ? name : `${receiver}.${name}`);
}

/** The type a registration's impl has: named in the file, or the result type of a workspace function. */
function resolveImpl(impl: ImplFact | null, file: FileFacts, types: TypeLookup): { pkg: string; name: string } | null {
  if (!impl) return null;
  if ('type' in impl) return { pkg: impl.type.pkg ?? packageKey(file), name: impl.type.name };
  if ('fieldOf' in impl) {
    const pkg = impl.fieldOf.type.pkg ?? packageKey(file);
    const typeText = types.structs.get(key(pkg, impl.fieldOf.type.name))?.[impl.fieldOf.field];
    return typeText ? namedTypeOf(typeText, pkg) : null;
  }
  const pkg = impl.resultOf.pkg === file.packagePath ? packageKey(file) : impl.resultOf.pkg;
  const name = types.resultTypes.get(key(pkg, impl.resultOf.name));
  return name ? { pkg, name } : null;
}

/** `*example.com/pb.T` → that package's T; `*T` → T of pkg; null for other type expressions (maps, slices, funcs). */
function namedTypeOf(typeText: string, pkg: string): { pkg: string; name: string } | null {
  const text = typeText.replace(/^\*+/, '');
  if (!/^[\w./-]+$/.test(text)) return null;
  const dot = text.lastIndexOf('.');
  return dot < 0 ? { pkg, name: text } : { pkg: text.slice(0, dot), name: text.slice(dot + 1) };
}

interface TypeLookup {
  /** Package type a workspace function returns, by key(pkg, function). */
  resultTypes: ReadonlyMap<string, string>;
  /** Field → qualified type of each workspace struct, by key(pkg, type). */
  structs: ReadonlyMap<string, Readonly<Record<string, string>>>;
}
