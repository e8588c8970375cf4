// The workspace functions a file hands to uber's fx, found from the fx calls' names in the text:
// fx fills in their parameters, so no call in the workspace says what those are.
import { callArguments, callOfSelectorField, field, nodeRange, unparen, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { FX_ANNOTATE, FX_GRAPH_CALLS, FX_PARAM_TAGS, FX_PKG, FX_RESULT_TAGS, groupOfTag } from '../knowledge/fx';
import type { FxProvidedFact } from './chain-facts';

/** `F` or `pkg.F` naming a function: its package (null for the file's own) and name. */
function functionName(file: SourceFile, expr: SyntaxNode): { pkg: string | null; name: string } | null {
  const node = unparen(expr);
  if (node.type === 'identifier') return { pkg: null, name: node.text };
  if (node.type !== 'selector_expression') return null;
  const operand = field(node, 'operand');
  const name = field(node, 'field');
  const pkg = operand?.type === 'identifier' ? file.imports.pathOf(operand.text) : undefined;
  return pkg && name ? { pkg, name: name.text } : null;
}

/** The string literals given to `fx.ParamTags(…)`/`fx.ResultTags(…)` among an fx.Annotate call's arguments, in order. */
function tags(file: SourceFile, annotations: readonly SyntaxNode[], which: string): (string | null)[] {
  const call = annotations.find((a) => a.type === 'call_expression' && file.callee(a)?.pkg === FX_PKG && file.callee(a)?.name === which);
  return call
    ? callArguments(call).map((arg) =>
        arg.type === 'raw_string_literal' || arg.type === 'interpreted_string_literal' ? groupOfTag(arg.text.slice(1, -1)) : null,
      )
    : [];
}

function providedBy(file: SourceFile, call: SyntaxNode, name: string): FxProvidedFact[] {
  const via = unparen(field(call, 'function') ?? call).text;
  const args = callArguments(call);
  if (name === FX_ANNOTATE) {
    const fn = args[0] ? functionName(file, args[0]) : null;
    if (!fn) return [];
    const rest = args.slice(1);
    const resultGroups = tags(file, rest, FX_RESULT_TAGS).filter((g): g is string => g !== null);
    return [{ ...fn, via, paramGroups: tags(file, rest, FX_PARAM_TAGS), resultGroups, at: nodeRange(call) }];
  }
  return args.flatMap((arg) => {
    const fn = functionName(file, arg);
    return fn ? [{ ...fn, via, paramGroups: [], resultGroups: [], at: nodeRange(arg) }] : [];
  });
}

export function fxProvided(file: SourceFile): FxProvidedFact[] {
  if (!file.imports.has(FX_PKG)) return [];
  const out: FxProvidedFact[] = [];
  for (const name of [...FX_GRAPH_CALLS, FX_ANNOTATE]) {
    for (const occurrence of file.nodesAt(name)) {
      const call = callOfSelectorField(occurrence);
      if (call && file.callee(call)?.pkg === FX_PKG) out.push(...providedBy(file, call, name));
    }
  }
  return out;
}
