// Which registered services a server chain's server serves: the `pb.Register<Service>Server(s, …)`
// calls whose server is the constructor's result, held in a local of the constructor's function
// (`s := grpc.NewServer(…)`) or in a struct field (`x.grpc = grpc.NewServer(…)`, registered in
// the same package as `y.grpc`). A server reached any other way serves nothing ctxlens can name.
import type { WorkspaceFacts } from '../facts/file-facts';
import type { RegisteredImpl } from '../index/service-model';
import { packageKey } from '../index/workspace-index';
import type { Chain } from './model';
import { sameRange, within } from './rule-support';

function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

export function servedRegistrations(facts: WorkspaceFacts, chain: Chain): RegisteredImpl[] {
  const file = facts.files.get(chain.file);
  // A connect handler serves the service it is generated for, not a pb.Register<Service>Server registration.
  if (!file || chain.kind !== 'server' || chain.framework !== 'grpc') return [];
  const isConstructor = (value: { range: typeof chain.range } | undefined) => !!value && sameRange(value.range, chain.range);
  const fn = file.chains.functions.find((f) => within(chain.range, f.extent));
  const locals = new Set((fn?.locals ?? []).filter((l) => l.mode === 'assign' && isConstructor(l.values[0])).map((l) => l.name));
  const fields = new Set(
    file.chains.functions.flatMap((f) => (f.fieldWrites ?? []).filter((w) => w.mode === 'assign' && isConstructor(w.values[0])).map((w) => w.field)),
  );
  const pkg = packageKey(file);
  return facts.services.registered.filter(({ file: at, registration }) => {
    const server = registration.server;
    if (!server.includes('.')) return locals.has(server) && at === chain.file && !!fn && within(registration.range, fn.extent);
    const registering = facts.files.get(at);
    return fields.has(lastSegment(server)) && !!registering && packageKey(registering) === pkg;
  });
}
