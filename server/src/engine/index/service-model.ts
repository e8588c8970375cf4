// The gRPC service model: the implementations registered with generated
// `Register<Service>Server(s, impl)` calls, and their handler methods. Built from per-file facts;
// a method is a handler when its type is registered and its signature is the generated
// interface's shape for a method of that name (generated files themselves are not read).
import type { FileFacts, FunctionFact, WorkspaceFacts } from '../facts/file-facts';
import type { ImplFact, RegistrationFact } from '../facts/service-facts';
import { GRPC_PKG } from '../knowledge/grpc-api';
import type { Range } from '../types';
import { packageKey } from './workspace-index';

export type HandlerKind = 'unary' | 'streaming';

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

/** The generic stream types of protoc-gen-go-grpc ≥ 1.5 (`grpc.ServerStreamingServer[Event]`). */
const GENERIC_STREAMS = ['ServerStreamingServer', 'ClientStreamingServer', 'BidiStreamingServer'].map((name) => `${GRPC_PKG}.${name}[`);

function key(pkg: string, name: string): string {
  return `${pkg}\u0000${name}`;
}

/** `*pkg.T` with an import path: a message type of a generated package. */
function isMessagePointer(type: string | undefined): boolean {
  return !!type && type.startsWith('*') && type.includes('.');
}

/**
 * The kind of handler fn is for method `name` of `service` generated in servicePkg, or null:
 * `(context.Context, *Req) (*Resp, error)`, or a stream `(…, <Service>_<Method>Server) error`.
 */
function handlerKind(fn: FunctionFact, service: string, servicePkg: string | null, ownPkg: string | null): HandlerKind | null {
  const { params, results } = fn;
  if (params.length === 2 && params[0]!.qualifiedType === 'context.Context' && isMessagePointer(params[1]!.qualifiedType)) {
    return results.length === 2 && isMessagePointer(results[0]) && results[1] === 'error' ? 'unary' : null;
  }
  if (results.length !== 1 || results[0] !== 'error' || params.length < 1 || params.length > 2) return null;
  const stream = params.at(-1)!.qualifiedType;
  if (params.length === 2 && !isMessagePointer(params[0]!.qualifiedType)) return null;
  if (GENERIC_STREAMS.some((prefix) => stream.startsWith(prefix))) return 'streaming';
  const generated = `${service}_${fn.name}Server`;
  if (stream === `${servicePkg}.${generated}`) return 'streaming';
  return stream === generated && servicePkg === ownPkg ? 'streaming' : null;
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
          const kind = handlerKind(fn, registration.service, registration.servicePkg, declaring.packagePath);
          if (!kind || !type) continue;
          const handler = { kind, service: registration.service, pkg: type.pkg, receiver: type.name, name: fn.name, file: declaring.path, range: fn.range };
          this.handlers.set(key(type.pkg, `${type.name}.${fn.name}`), handler);
        }
      }
    }
    this.registered = registered;
  }

  /** The handler method `receiver.name` declared in the package of file, if it is one. */
  handlerOf(file: FileFacts, receiver: string, name: string): Handler | undefined {
    return this.handlers.get(key(packageKey(file), `${receiver}.${name}`));
  }
}

/** The type a registration's impl has: named in the file, or the result type of a workspace function. */
function resolveImpl(impl: ImplFact | null, file: FileFacts, resultTypes: ReadonlyMap<string, string>): { pkg: string; name: string } | null {
  if (!impl) return null;
  if ('type' in impl) return { pkg: impl.type.pkg ?? packageKey(file), name: impl.type.name };
  const pkg = impl.resultOf.pkg === file.packagePath ? packageKey(file) : impl.resultOf.pkg;
  const name = resultTypes.get(key(pkg, impl.resultOf.name));
  return name ? { pkg, name } : null;
}
