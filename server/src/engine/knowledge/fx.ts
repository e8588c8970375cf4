// What ctxlens knows of uber's fx (go.uber.org/fx): the calls that hand functions to its
// dependency-injection graph, whose parameters fx fills in, and the annotations naming value groups.
export const FX_PKG = 'go.uber.org/fx';

/** fx calls whose function arguments are constructors or invocations fx calls with provided values. */
export const FX_GRAPH_CALLS: ReadonlySet<string> = new Set(['Provide', 'Invoke', 'Decorate']);

/** `fx.Annotate(f, fx.ParamTags(…), fx.ResultTags(…))`: f with tagged parameters or results. */
export const FX_ANNOTATE = 'Annotate';
export const FX_PARAM_TAGS = 'ParamTags';
export const FX_RESULT_TAGS = 'ResultTags';

/** The value group a struct tag names: `group:"grpc_unary"` → grpc_unary (`,flatten`/`,soft` left out). */
export function groupOfTag(tag: string): string | null {
  const match = /group:"([^",]+)[^"]*"/.exec(tag);
  return match ? match[1]! : null;
}
