// Wrapper constructors: a workspace function whose parameters reach a grpc constructor's
// interceptors is a constructor too. Each of its calls gets the chain it builds (its arguments
// bound), anchored at the call; the wrapper's own chain keeps `?` for them and lists its callers.
import type { ChainFunctionFact, ConstructorFact } from '../facts/chain-facts';
import type { FileFacts } from '../facts/file-facts';
import type { CallRef, ChainIndex } from '../index/workspace-index';
import type { Chain, Location } from './model';
import { chainId, computeChain, functionOf, type ComputedChain } from './resolve';
import { ValueResolver } from './values';

/** Wrappers of wrappers followed outward before the outer calls keep `?` (the reason says why). */
const MAX_WRAPPER_DEPTH = 3;

function callerLocations(sites: readonly CallRef[]): Location[] {
  return sites.map((site) => ({ file: site.file.path, range: site.call.range }));
}

/**
 * The function whose callers give the chain what it lacks: the one the constructor is in, or,
 * when that one's parameters are bound at its only call, the function that call is in, and so
 * on outward (a test helper's `StartServer`, called only by its `Start`, which tests call).
 */
function wrapperOf(computed: ComputedChain, fn: ChainFunctionFact | null, pins: ReadonlyMap<ChainFunctionFact, CallRef>): ChainFunctionFact | null {
  const passed = new Set<ChainFunctionFact>();
  let current = fn;
  while (current && !computed.unbound.has(current) && !passed.has(current)) {
    passed.add(current);
    current = computed.boundAt.get(current) ?? null;
  }
  return current && computed.unbound.has(current) && !pins.has(current) ? current : null;
}

/** The calls of a wrapper (none when there is none). */
function wrapperCalls(index: ChainIndex, wrapper: ChainFunctionFact | null): CallRef[] {
  return wrapper ? new ValueResolver(index).callsOf(wrapper) : [];
}

/** The chain of a grpc constructor call, then one for each call of the wrapper it is in (and of wrappers of that). */
export function constructorChains(index: ChainIndex, file: FileFacts, ctor: ConstructorFact): Chain[] {
  const fn = functionOf(file, ctor);
  const framework = ctor.framework ?? 'grpc';
  const grpcConstructor = framework === 'connect' ? (ctor.callee?.text ?? ctor.name) : `grpc.${ctor.name}`;
  const at: Location = { file: file.path, range: ctor.range };
  const noPins = new Map<ChainFunctionFact, CallRef>();
  let own = computeChain(index, { file, ctor, pins: noPins, wrapper: null });
  const wrapper = wrapperOf(own, fn, noPins);
  const sites = wrapperCalls(index, wrapper);
  if (sites.length > 0) own = computeChain(index, { file, ctor, pins: noPins, wrapper: { fn: wrapper!, callers: sites.length } });
  const chains: Chain[] = [
    {
      id: chainId(file.path, ctor.range),
      file: file.path,
      range: ctor.range,
      kind: ctor.kind,
      framework,
      constructor: grpcConstructor,
      ...own.streams,
      ...(sites.length > 0 ? { callers: callerLocations(sites) } : {}),
    },
  ];
  const siteChains = (wrapper: ChainFunctionFact, calls: readonly CallRef[], pins: ReadonlyMap<ChainFunctionFact, CallRef>, inner: string, depth: number) => {
    for (const site of calls) {
      const callee = site.call.callee;
      if (!callee) continue;
      const sitePins = new Map(pins).set(wrapper, site);
      let computed = computeChain(index, { file, ctor, pins: sitePins, wrapper: null });
      const outerWrapper = depth < MAX_WRAPPER_DEPTH ? wrapperOf(computed, site.fn, sitePins) : null;
      const outer = wrapperCalls(index, outerWrapper);
      if (outer.length > 0) computed = computeChain(index, { file, ctor, pins: sitePins, wrapper: { fn: outerWrapper!, callers: outer.length } });
      // One call may reach several constructors (a wrapper making two servers): the constructor keeps ids apart.
      const id = `${chainId(site.file.path, site.call.range)}>${chainId(file.path, ctor.range)}`;
      chains.push({
        id,
        file: site.file.path,
        range: site.call.range,
        kind: ctor.kind,
        framework,
        constructor: site.call.text,
        ...computed.streams,
        via: { callee: { text: callee.text, range: callee.range }, grpcConstructor, at, inner },
        ...(outer.length > 0 ? { callers: callerLocations(outer) } : {}),
      });
      if (outer.length > 0) siteChains(outerWrapper!, outer, sitePins, id, depth + 1);
    }
  };
  if (sites.length > 0) siteChains(wrapper!, sites, noPins, chains[0]!.id, 1);
  return chains;
}
