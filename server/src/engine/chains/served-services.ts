// Which registered services a server chain's server serves: the `pb.Register<Service>Server(s, …)`
// calls whose server is the constructor's result, held in a local of the constructor's function
// (`s := grpc.NewServer(…)`) or in a struct field (`x.grpc = grpc.NewServer(…)`, registered in
// the same package as `y.grpc`). A server reached any other way serves nothing ctxlens can name.
import type { FileFacts, WorkspaceFacts } from '../facts/file-facts';
import type { GrpcRegistrationFact } from '../facts/service-facts';
import { handlerKey, type RegisteredImpl } from '../index/service-model';
import { packageKey } from '../index/workspace-index';
import type { Chain } from './model';
import { within } from './rule-support';
import { rangeKey, sameRange } from '../types';
import { pushTo } from '../collections';

type GrpcRegistered = RegisteredImpl<GrpcRegistrationFact>;

function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

/** The registrations by the server they name, as positions in the registered list: a local (`s`) by file, a field (`x.grpc`) by package. */
interface ByServer {
  locals: Map<string, number[]>;
  fields: Map<string, number[]>;
}

/**
 * Built once per registered list and files (the service model makes a new list whenever a file
 * changes), so that a chain's look-up does not walk every registration.
 */
const indexes = new WeakMap<readonly GrpcRegistered[], WeakMap<WorkspaceFacts['files'], ByServer>>();

function byServer(facts: WorkspaceFacts, registered: readonly GrpcRegistered[]): ByServer {
  let byFiles = indexes.get(registered);
  if (!byFiles) indexes.set(registered, (byFiles = new WeakMap()));
  let index = byFiles.get(facts.files);
  if (index) return index;
  index = { locals: new Map(), fields: new Map() };
  for (const [i, { file: at, registration }] of registered.entries()) {
    const server = registration.server;
    const registering = facts.files.get(at);
    if (!server.includes('.')) pushTo(index.locals, `${at}\u0000${server}`, i);
    else if (registering) pushTo(index.fields, `${packageKey(registering)}\u0000${lastSegment(server)}`, i);
  }
  byFiles.set(facts.files, index);
  return index;
}

const fieldsByFile = new WeakMap<FileFacts, Map<string, string[]>>();

/** The fields each constructor call of the file is assigned to (`x.grpc = grpc.NewServer(…)`), by the call's range; built once per file's facts. */
function constructorFields(file: FileFacts): Map<string, string[]> {
  let fields = fieldsByFile.get(file);
  if (fields) return fields;
  fields = new Map();
  for (const fn of file.chains.functions) {
    for (const write of fn.fieldWrites ?? []) {
      const value = write.values[0];
      if (write.mode !== 'assign' || !value) continue;
      pushTo(fields, rangeKey(value.range), write.field);
    }
  }
  fieldsByFile.set(file, fields);
  return fields;
}

export function servedRegistrations(facts: WorkspaceFacts, chain: Chain): GrpcRegistered[] {
  const file = facts.files.get(chain.file);
  // A connect handler serves the service it is generated for, not a pb.Register<Service>Server registration.
  if (!file || chain.kind !== 'server' || chain.framework !== 'grpc') return [];
  const isConstructor = (value: { range: typeof chain.range } | undefined) => !!value && sameRange(value.range, chain.range);
  const fn = file.chains.functions.find((f) => within(chain.range, f.extent));
  const locals = new Set((fn?.locals ?? []).filter((l) => l.mode === 'assign' && isConstructor(l.values[0])).map((l) => l.name));
  const fields = new Set(constructorFields(file).get(rangeKey(chain.range)) ?? []);
  const pkg = packageKey(file);
  const registered = facts.services.registered;
  const index = byServer(facts, registered);
  const served = [
    ...[...locals]
      .flatMap((name) => index.locals.get(`${chain.file}\u0000${name}`) ?? [])
      .filter((i) => !!fn && within(registered[i]!.registration.range, fn.extent)),
    ...[...fields].flatMap((field) => index.fields.get(`${pkg}\u0000${field}`) ?? []),
  ];
  // In the order of the registered list, as a walk over it would give them.
  return served.sort((a, b) => a - b).map((i) => registered[i]!);
}

/** The server chains serving each registered handler (by handlerKey), in the order of the chains. */
export function servingChainsByHandler(facts: WorkspaceFacts): Map<string, Chain[]> {
  const byHandler = new Map<string, Chain[]>();
  for (const chain of facts.chains) {
    if (chain.kind !== 'server') continue;
    for (const { registration } of servedRegistrations(facts, chain)) {
      for (const handler of facts.services.handlersOf(registration)) {
        // A chain serving several of a handler's registrations is listed once.
        if (byHandler.get(handlerKey(handler))?.at(-1) !== chain) pushTo(byHandler, handlerKey(handler), chain);
      }
    }
  }
  return byHandler;
}
