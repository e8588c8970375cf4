// Why a value could not be followed, in words a reader can check in the code: every `?` of a
// chain carries one ("parameter opts of NewServer", "built by configgrpc.ToServer, outside the workspace").
import type { ChainFunctionFact, ExprFact } from '../facts/chain-facts';
import type { Scope } from './scope';
import { type ChainIndex, type FunctionRef, packageKey } from '../index/workspace-index';
import type { MethodTarget, WorkspaceTypes } from '../index/types';

/** `NewServer`, `Server.start`: how a function is named in a reason. */
export function functionDisplayName(fn: ChainFunctionFact): string {
  return fn.receiver ? `${fn.receiver}.${fn.name}` : fn.name;
}

export const DEPTH_REASON = 'followed through too many variables and helpers';

/** The reason an expression that resolution gave up on stays unknown. */
export function explainUnknown(expr: ExprFact, scope: Scope, index: ChainIndex, types: WorkspaceTypes): string {
  if (expr.text === 'nil') return 'nil, no interceptor';
  switch (expr.kind) {
    case 'ident':
      if (scope.fn?.params.includes(expr.text)) return `parameter ${expr.text} of ${functionDisplayName(scope.fn)}`;
      if (scope.fn?.locals.some((b) => b.name === expr.text)) return 'declared without a value';
      return 'bound where ctxlens does not follow values (range, type switch or closure)';
    case 'selector':
      return expr.ref && !index.inWorkspace(expr.ref.pkg) ? `from ${expr.ref.pkg}, outside the workspace` : 'no variable or function ctxlens knows';
    case 'member': {
      const member = expr.member;
      if (member?.operandType) return `${member.name} of ${member.operandType} is neither a method nor a field written in the workspace`;
      const ambiguous = ambiguousInterface(types.methodTarget(expr, scope), types);
      if (ambiguous) return `${member!.operand} is ${ambiguous}`;
      return `the type of ${member?.operand ?? 'its operand'} is not known`;
    }
    case 'call': {
      const callee = expr.callee;
      if (callee?.kind === 'selector' && callee.ref && !index.inWorkspace(callee.ref.pkg)) return `built by ${expr.text}, outside the workspace`;
      const target = callee ? types.methodTarget(callee, scope) : null;
      if (target && !target.workspace) return `built by ${expr.text}, a method of ${target.type.pkg}.${target.type.name}, outside the workspace`;
      const ambiguous = ambiguousInterface(target, types);
      if (ambiguous) return `built by ${expr.text}: ${callee!.member!.operand} is ${ambiguous}`;
      return `built by ${expr.text}, which ctxlens cannot resolve to a workspace function`;
    }
    default:
      return 'an expression ctxlens does not follow';
  }
}

/** `a Telemetry interface with 2 implementations in the workspace`, when a method's operand is a workspace interface not one type implements. */
function ambiguousInterface(target: MethodTarget | null, types: WorkspaceTypes): string | null {
  if (!target?.workspace || target.concrete) return null;
  const count = types.implementers(target.type)?.length ?? 0;
  const article = /^[AEIOU]/.test(target.type.name) ? 'an' : 'a';
  return `${article} ${target.type.name} interface with ${count === 0 ? 'no implementation' : `${count} implementations`} in the workspace`;
}

/** `field Params.Extra: filled in by fx (Params embeds fx.In)`, when fx fills the struct; null otherwise. */
export function fxFieldReason(index: ChainIndex, pkg: string, type: string, field: string): string | null {
  const fields = index.fieldTypes(pkg, type) ?? {};
  return fields.In === FX_IN ? `field ${type}.${field}: filled in by fx (${type} embeds fx.In)` : null;
}

const FX_IN = 'go.uber.org/fx.In';

/**
 * Why a parameter of a function handed to fx is unknown: fx fills it, from a value group
 * (`fx.ParamTags(`group:"grpc_unary"`)`, its providers counted) or from the graph. Null when fx is not given the function.
 */
export function fxReason(index: ChainIndex, pkg: string, fn: ChainFunctionFact, name: string): string | null {
  const provisions = index.fxProvisions(pkg, fn.name);
  if (provisions.length === 0) return null;
  const position = fn.params.indexOf(name);
  const group = provisions.map((p) => p.paramGroups[position] ?? null).find((g) => g !== null);
  if (group) {
    const count = index.fxGroupProviderCount(group);
    const providers = count === 0 ? 'no provider in the workspace' : count === 1 ? '1 provider' : `${count} providers`;
    return `parameter ${name} of ${fn.name}: filled in by fx from the value group ${group}, ${providers}`;
  }
  const beside = fxProvidersBeside(index, pkg, fn, position);
  if (beside.length === 1)
    return `parameter ${name} of ${fn.name}: filled in by fx, from ${beside[0]!.display} (the one provider of its type given to fx beside ${fn.name})`;
  return `parameter ${name} of ${fn.name}: filled in by fx (${fn.name} is given to ${provisions[0]!.via})`;
}

/**
 * The functions given to fx in the files that give it fn whose first result has the type of fn's
 * parameter at position (`service.GrpcServerOptionsProvider` for `ServerProvider(opts []grpc.ServerOption)`):
 * fx fills the parameter from the one provider of that type in its graph.
 */
function fxProvidersBeside(index: ChainIndex, pkg: string, fn: ChainFunctionFact, position: number): { display: string; ref: FunctionRef | undefined }[] {
  const type = index.signature(pkg, null, fn.name)?.params[position]?.qualifiedType;
  if (!type) return [];
  const found = new Map<string, FunctionRef | undefined>();
  for (const { file } of index.fxProvisionsIn(pkg, fn.name)) {
    for (const other of file.chains.fxProvided ?? []) {
      const otherPkg = other.pkg ?? packageKey(file);
      // A provider into a value group does not fill a plain parameter.
      if (other.resultGroups.length > 0 || (otherPkg === pkg && other.name === fn.name)) continue;
      const result = index.signature(otherPkg, null, other.name)?.results[0];
      // An own-package type's text names a different type in another package.
      if (result === type && (otherPkg === pkg || type.includes('.')))
        found.set(other.pkg ? `${otherPkg.slice(otherPkg.lastIndexOf('/') + 1)}.${other.name}` : other.name, index.func(otherPkg, other.name));
    }
  }
  return [...found].map(([display, ref]) => ({ display, ref }));
}

/** The workspace function fx fills a parameter of fn from: the one provider of its type beside fn, outside value groups. */
export function fxProviderOf(index: ChainIndex, pkg: string, fn: ChainFunctionFact, name: string): FunctionRef | null {
  const provisions = index.fxProvisions(pkg, fn.name);
  const position = fn.params.indexOf(name);
  if (provisions.length === 0 || provisions.some((p) => p.paramGroups[position])) return null;
  const beside = fxProvidersBeside(index, pkg, fn, position);
  return beside.length === 1 ? (beside[0]!.ref ?? null) : null;
}
