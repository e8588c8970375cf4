// Where a span is started with an OpenTelemetry tracer: `ctx, span := tracer.Start(ctx, "name")`
// in a file importing OpenTelemetry, the receiver a tracer by how it is made (`otel.Tracer(…)`),
// its declared type (trace.Tracer) or its name (`tracer`, `s.tracer`). The span is followed
// like a cancel func: its End releases it, its other methods keep it in the function.
import { callArguments, callOfSelectorField, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import { qualifiedTypeText } from '../go/type-text';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import { importsOtel, TRACER_TYPE } from '../knowledge/otel-api';
import { pairBinding, type CancelSite } from './cancel-sites';
import type { VariableUses } from './cancel-var';

/** A span start, shaped as a cancel site: `ctxTarget` gets the span's context, `cancelTarget` the span. */
export interface SpanStart extends CancelSite {
  /** The context the span is started from (Start's first argument). */
  parent: SyntaxNode;
}

/** `x.Tracer(…)`: a tracer from a provider (`otel.Tracer`, `tp.Tracer`, `otel.GetTracerProvider().Tracer`). */
function makesTracer(node: SyntaxNode): boolean {
  const fn = node.type === 'call_expression' ? field(node, 'function') : null;
  return (fn?.type === 'selector_expression' && field(fn, 'field')?.text === 'Tracer') || (fn?.type === 'identifier' && fn.text === 'Tracer');
}

/** A local or parameter declared `trace.Tracer`, or bound to a tracer made on the spot. */
function declaredTracer(file: SourceFile, declaration: Declaration): boolean {
  const declarer = declaration.declarer;
  const type = declarer.type === 'parameter_declaration' || declarer.type === 'var_spec' ? field(declarer, 'type') : null;
  if (type) return qualifiedTypeText(file, type) === TRACER_TYPE;
  const values = namedChildren(field(declarer, declarer.type === 'var_spec' ? 'value' : 'right'));
  const names = namedChildren(field(declarer, 'left'));
  const index = names.findIndex((n) => n.id === declaration.node.id);
  const value = values.length === names.length ? values[index] : undefined;
  return !!value && makesTracer(unparen(value));
}

function isTracer(file: SourceFile, receiver: SyntaxNode): boolean {
  const node = unparen(receiver);
  if (makesTracer(node)) return true;
  const name = node.type === 'identifier' ? node : node.type === 'selector_expression' ? field(node, 'field') : null;
  if (!name) return false;
  if (/tracer$/i.test(name.text)) return true;
  const declaration = node.type === 'identifier' ? file.scopes.resolve(node) : null;
  return !!declaration && declaredTracer(file, declaration);
}

const startsByFile = new WeakMap<SourceFile, readonly SpanStart[]>();

/** Every span start bound to two names, in source order; found from the word Start in the text. */
export function findSpanStarts(file: SourceFile): readonly SpanStart[] {
  const cached = startsByFile.get(file);
  if (cached) return cached;
  const starts: SpanStart[] = [];
  const paths = file.imports.layout.specs.map((s) => s.path);
  for (const node of importsOtel(paths) ? file.nodesAt('Start') : []) {
    const call = callOfSelectorField(node);
    const receiver = call && field(field(call, 'function')!, 'operand');
    const args = call ? callArguments(call) : [];
    const binding = call && pairBinding(call);
    if (!call || !receiver || args.length < 2 || !binding || !isTracer(file, receiver)) continue;
    starts.push({
      statement: binding.statement,
      call,
      funcName: 'Start',
      ctxTarget: binding.first,
      cancelTarget: binding.second,
      declares: binding.declares,
      parent: args[0]!,
    });
  }
  startsByFile.set(file, starts);
  return starts;
}

/** `span.M(…)` or `span.M` read: a method of the span, which keeps it where it is. */
function isMethodOperand(ident: SyntaxNode): boolean {
  const selector = ident.parent;
  return selector?.type === 'selector_expression' && field(selector, 'operand')?.id === ident.id;
}

function selectedField(ident: SyntaxNode): string | undefined {
  return ident.parent ? field(ident.parent, 'field')?.text : undefined;
}

/** A span's method calls keep it in the function; all but End are of no interest to the path walk. */
export const SPAN_USES: VariableUses = {
  keeps: isMethodOperand,
  passive: (ident) => isMethodOperand(ident) && selectedField(ident) !== 'End',
};

/** `span.End(…)`: the identifier of the span it ends (when span is a plain name). */
export function endedSpan(call: SyntaxNode): SyntaxNode | null {
  const fn = field(call, 'function');
  if (fn?.type !== 'selector_expression' || field(fn, 'field')?.text !== 'End') return null;
  const operand = field(fn, 'operand');
  return operand?.type === 'identifier' ? operand : null;
}

/** True when node is the context a span is started from: otel-span-detached judges it. */
export function startsSpanFrom(file: SourceFile, node: SyntaxNode): boolean {
  return findSpanStarts(file).some((start) => unparen(start.parent).id === node.id);
}
