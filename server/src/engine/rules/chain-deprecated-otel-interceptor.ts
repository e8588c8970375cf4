import { packageWord } from '../go/needs';
import { listItemsOf, removeListItems } from '../fixes/list-items';
import { callArguments, field, nodeRange, type SyntaxNode } from '../go/syntax';
import { versionAtLeast } from '../files/gomod';
import { CLIENT_CONSTRUCTORS, CLIENT_INTERCEPTOR_OPTIONS, GRPC_PKG, SERVER_INTERCEPTOR_OPTIONS } from '../knowledge/grpc-api';
import type { SourceFile } from '../go/source-file';
import type { Fix, TextEdit } from '../types';
import type { FileRule } from './rule';

const OTELGRPC = 'go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc';

/** The interceptors were deprecated in favour of the stats handlers in this release (#4534). */
const DEPRECATED_SINCE = 'v0.46.0';

type Side = 'server' | 'client';

/** Each deprecated interceptor, the release that removed it (otelgrpc CHANGELOG) and its side. */
const DEPRECATED: ReadonlyMap<string, { removedIn: string; side: Side }> = new Map([
  ['UnaryServerInterceptor', { removedIn: 'v0.61.0', side: 'server' }],
  ['UnaryClientInterceptor', { removedIn: 'v0.61.0', side: 'client' }],
  ['StreamServerInterceptor', { removedIn: 'v0.62.0', side: 'server' }],
  ['StreamClientInterceptor', { removedIn: 'v0.63.0', side: 'client' }],
]);

const REPLACEMENT: Record<Side, { option: string; handler: string }> = {
  server: { option: 'StatsHandler', handler: 'NewServerHandler' },
  client: { option: 'WithStatsHandler', handler: 'NewClientHandler' },
};

function replacementText(side: Side, grpcName: string, otelName: string, handlerArgs = ''): string {
  return `${grpcName}.${REPLACEMENT[side].option}(${otelName}.${REPLACEMENT[side].handler}(${handlerArgs}))`;
}

/** The arguments of a call as written, without the parentheses. */
function argumentsText(call: SyntaxNode): string {
  return field(call, 'arguments')?.text.slice(1, -1).trim() ?? '';
}

function message(name: string, side: Side, version: string, grpcName: string, otelName: string): string {
  const { removedIn } = DEPRECATED.get(name)!;
  const use = `use ${replacementText(side, grpcName, otelName)} instead`;
  if (versionAtLeast(version, removedIn))
    return `${otelName}.${name} was removed in otelgrpc ${removedIn} (go.mod requires ${version}): this does not compile; ${use}`;
  return `${otelName}.${name} is deprecated since otelgrpc ${DEPRECATED_SINCE} and removed in ${removedIn}: this does not compile after upgrading; ${use}`;
}

/** The call `node` is an argument of, or null. */
function callOfArgument(node: SyntaxNode): SyntaxNode | null {
  const list = node.parent;
  return list?.type === 'argument_list' && list.parent?.type === 'call_expression' ? list.parent : null;
}

/** The package qualifier a `pkg.Name(...)` call is written with. */
function qualifierOf(call: SyntaxNode): string | null {
  const fn = field(call, 'function');
  const operand = fn?.type === 'selector_expression' ? field(fn, 'operand') : null;
  return operand?.type === 'identifier' ? operand.text : null;
}

class ConstructorEdit {
  constructor(
    private readonly file: SourceFile,
    private readonly ctor: SyntaxNode,
    private readonly side: Side,
  ) {}

  private isDeprecatedCall(node: SyntaxNode): boolean {
    const callee = this.file.callee(node);
    return callee?.pkg === OTELGRPC && DEPRECATED.get(callee.name)?.side === this.side;
  }

  private isInterceptorOption(node: SyntaxNode): boolean {
    const callee = this.file.callee(node);
    const options = this.side === 'server' ? SERVER_INTERCEPTOR_OPTIONS : CLIENT_INTERCEPTOR_OPTIONS;
    return callee?.pkg === GRPC_PKG && options.has(callee.name);
  }

  private isOtelStatsHandler(node: SyntaxNode): boolean {
    if (!this.file.isCallTo(node, GRPC_PKG, REPLACEMENT[this.side].option)) return false;
    const arg = callArguments(node)[0];
    return !!arg && this.file.isCallTo(arg, OTELGRPC, REPLACEMENT[this.side].handler);
  }

  /**
   * Removes every deprecated otelgrpc interceptor of this side from the constructor's options
   * (an option left empty goes too) and adds one stats handler, unless there is one already.
   * One handler covers unary and stream calls, so the fix is the same for each interceptor.
   */
  fix(otelName: string): Fix | null {
    const grpcName = qualifierOf(this.ctor);
    if (!grpcName) return null;
    const options = callArguments(this.ctor);
    const emptied: number[] = [];
    const edits: TextEdit[] = [];
    let firstTouched: SyntaxNode | null = null;
    // An interceptor that cannot be cut without losing a comment or the layout: no fix.
    let uncertain = false;
    const interceptorArgs = new Set<string>();
    options.forEach((option, i) => {
      if (!this.isInterceptorOption(option)) return;
      const args = callArguments(option);
      const remove = new Set(args.flatMap((a, j) => (this.isDeprecatedCall(a) ? [j] : [])));
      for (const j of remove) interceptorArgs.add(argumentsText(args[j]!));
      if (remove.size === 0) return;
      firstTouched ??= option;
      if (remove.size === args.length) {
        emptied.push(i);
        return;
      }
      const cuts = removeListItems(this.file.path, listItemsOf(this.file.text, args), option.endPosition.row, remove);
      if (cuts) edits.push(...cuts);
      else uncertain = true;
    });
    if (!firstTouched || uncertain) return null;
    const hasHandler = options.some((o) => this.isOtelStatsHandler(o));
    // The interceptors' options (WithTracerProvider…) go to the handler; differing ones need a person.
    if (!hasHandler && interceptorArgs.size > 1) return null;
    const handler = replacementText(this.side, grpcName, otelName, [...interceptorArgs][0]);
    if (!hasHandler && emptied.length > 0) {
      edits.push({ file: this.file.path, range: nodeRange(options[emptied.shift()!]!), newText: handler });
    } else if (!hasHandler) {
      edits.push(this.insertBefore(firstTouched, handler));
    }
    if (emptied.length > 0) {
      const cuts = removeListItems(this.file.path, listItemsOf(this.file.text, options), this.ctor.endPosition.row, new Set(emptied));
      if (!cuts) return null;
      edits.push(...cuts);
    }
    const title = hasHandler
      ? `Remove the deprecated otelgrpc interceptors (the ${REPLACEMENT[this.side].option} option already traces every call)`
      : `Replace the deprecated otelgrpc interceptors with ${handler}`;
    return { title, edits };
  }

  /** The option goes before `option`: on a line of its own when `option` starts its line. */
  private insertBefore(option: SyntaxNode, text: string): TextEdit {
    const { start } = nodeRange(option);
    const lineStart = this.file.text.lastIndexOf('\n', option.startIndex - 1) + 1;
    const indent = this.file.text.slice(lineStart, option.startIndex);
    const separator = indent.trim() === '' ? `,\n${indent}` : ', ';
    return { file: this.file.path, range: { start, end: start }, newText: `${text}${separator}` };
  }
}

/** The constructor call an interceptor call is an option entry of: `grpc.NewServer(grpc.ChainUnaryInterceptor(<call>))`. */
function constructorAround(file: SourceFile, call: SyntaxNode, side: Side): SyntaxNode | null {
  const option = callOfArgument(call);
  const ctor = option ? callOfArgument(option) : null;
  const callee = ctor ? file.callee(ctor) : null;
  if (!option || !ctor || callee?.pkg !== GRPC_PKG) return null;
  if (side === 'server' ? callee.name !== 'NewServer' : !CLIENT_CONSTRUCTORS.has(callee.name)) return null;
  const skip = side === 'client' ? CLIENT_CONSTRUCTORS.get(callee.name)!.targetArg + 1 : 0;
  return callArguments(ctor).findIndex((a) => a.id === option.id) >= skip ? ctor : null;
}

export const chainDeprecatedOtelInterceptor: FileRule = {
  meta: {
    id: 'chain-deprecated-otel-interceptor',
    defaultSeverity: 'warning',
    summary: 'otelgrpc interceptors are deprecated since otelgrpc v0.46.0 and removed in v0.61.0–v0.63.0: use the stats handlers.',
    fixable: true,
    otherLinters: [{ linter: 'staticcheck', checks: ['SA1019'] }],
    inTestCode: 'report',
    needs: { words: [packageWord(OTELGRPC)] },
  },
  scope: 'file',
  check({ file, report }) {
    if (!file.imports.has(OTELGRPC)) return;
    const version = file.requiredVersion(OTELGRPC);
    if (!version || !versionAtLeast(version, DEPRECATED_SINCE)) return;
    for (const selector of file.nodesOfType('selector_expression')) {
      const name = file.qualify(selector);
      const deprecated = name?.pkg === OTELGRPC ? DEPRECATED.get(name.name) : undefined;
      const otelName = field(selector, 'operand')?.text;
      if (!name || !deprecated || !otelName) continue;
      const call = selector.parent?.type === 'call_expression' && field(selector.parent, 'function')?.id === selector.id ? selector.parent : null;
      const ctor = call ? constructorAround(file, call, deprecated.side) : null;
      const fix = ctor ? new ConstructorEdit(file, ctor, deprecated.side).fix(otelName) : null;
      const grpcName = (ctor && qualifierOf(ctor)) ?? file.imports.nameOf(GRPC_PKG) ?? 'grpc';
      report({ node: selector, message: message(name.name, deprecated.side, version, grpcName, otelName), fixes: fix ? [fix] : [] });
    }
  },
};
