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
    const methods = new Map<string, { file: FileFacts; fn: FunctionFact }[]>();
    for (const file of facts.files.values()) {
      const pkg = packageKey(file);
      for (const [fn, type] of Object.entries(file.chains.resultTypes)) resultTypes.set(key(pkg, fn), type);
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
        const type = resolveImpl(registration.impl, file, resultTypes);
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
          this.handlers.set(key(type.pkg, `${type.name}.${fn.name}`), handler);
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
    return this.handlers.get(key(packageKey(file), `${receiver}.${name}`));
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
function resolveImpl(impl: ImplFact | null, file: FileFacts, resultTypes: ReadonlyMap<string, string>): { pkg: string; name: string } | null {
  if (!impl) return null;
  if ('type' in impl) return { pkg: impl.type.pkg ?? packageKey(file), name: impl.type.name };
  const pkg = impl.resultOf.pkg === file.packagePath ? packageKey(file) : impl.resultOf.pkg;
  const name = resultTypes.get(key(pkg, impl.resultOf.name));
  return name ? { pkg, name } : null;
}
