// 25 deep-nesting shapes: each opens and closes one level of some Go construct, so that
// `depth` levels test every recursive path in the parser's consumers (facts, rules, fixes).

export interface NestingShape {
  name: string;
  /** Where the nest sits: an expression, a statement in a function body, or a type. */
  place: 'expr' | 'stmt' | 'type';
  open: string;
  close: string;
  /** What sits in the middle. */
  core: string;
}

export const NESTING_SHAPES: readonly NestingShape[] = [
  { name: 'parentheses', place: 'expr', open: '(', close: ')', core: 'ctx' },
  { name: 'unary minus', place: 'expr', open: '- ', close: '', core: '1' },
  { name: 'not', place: 'expr', open: '!', close: '', core: 'ok' },
  { name: 'dereference', place: 'expr', open: '*', close: '', core: 'p' },
  { name: 'address', place: 'expr', open: '& ', close: '', core: 'v' },
  { name: 'receive', place: 'expr', open: '<-', close: '', core: 'ch' },
  { name: 'calls', place: 'expr', open: 'f(', close: ')', core: 'ctx' },
  { name: 'context wrappers', place: 'expr', open: 'context.WithValue(', close: ', k, v)', core: 'ctx' },
  { name: 'index', place: 'expr', open: 'a[', close: ']', core: '0' },
  { name: 'composite literals', place: 'expr', open: '[]any{', close: '}', core: '1' },
  { name: 'func literals', place: 'expr', open: 'func(ctx context.Context) any { return ', close: ' }(ctx)', core: 'ctx' },
  { name: 'binary chain', place: 'expr', open: '', close: ' + x', core: 'x' },
  { name: 'selector chain', place: 'expr', open: '', close: '.Next', core: 's' },
  { name: 'type assertions', place: 'expr', open: '', close: '.(any)', core: 'x' },
  { name: 'blocks', place: 'stmt', open: '{\n', close: '}\n', core: '_ = ctx\n' },
  { name: 'ifs', place: 'stmt', open: 'if ctx != nil {\n', close: '}\n', core: 'return\n' },
  { name: 'fors', place: 'stmt', open: 'for {\n', close: '}\n', core: 'break\n' },
  { name: 'switches', place: 'stmt', open: 'switch {\ncase true:\n', close: '}\n', core: '_ = ctx\n' },
  { name: 'selects', place: 'stmt', open: 'select {\ndefault:\n', close: '}\n', core: '_ = ctx\n' },
  { name: 'else ifs', place: 'stmt', open: 'if x {\n} else ', close: '\n', core: '{\n}' },
  { name: 'goroutines', place: 'stmt', open: 'go func() {\n', close: '}()\n', core: '_ = ctx\n' },
  {
    name: 'cancel scopes',
    place: 'stmt',
    open: 'ctx, cancel := context.WithCancel(ctx)\ndefer cancel()\nfunc() {\n',
    close: '}()\n',
    core: '_ = ctx\n',
  },
  { name: 'pointer types', place: 'type', open: '*', close: '', core: 'int' },
  { name: 'map and slice types', place: 'type', open: 'map[string][]', close: '', core: 'int' },
  { name: 'struct types', place: 'type', open: 'struct {\nf ', close: '\n}', core: 'context.Context' },
];

/** A nest of `depth` levels of shape, as a fragment in its place. */
export function nestFragment(shape: NestingShape, depth: number): string {
  return shape.open.repeat(depth) + shape.core + shape.close.repeat(depth);
}

/** A whole Go file holding a nest of `depth` levels of shape. */
export function nestedFile(shape: NestingShape, depth: number): string {
  const nest = nestFragment(shape, depth);
  const head = 'package deep\n\nimport "context"\n\n';
  if (shape.place === 'type') return `${head}type T ${nest}\n`;
  if (shape.place === 'expr') return `${head}func f(ctx context.Context) {\n\t_ = ${nest}\n}\n`;
  return `${head}func f(ctx context.Context) {\n${nest}}\n`;
}

/** A unary server interceptor whose body holds a nest of `depth` levels of a statement or expression shape (the interceptor rules walk its paths). */
export function nestedInterceptorFile(shape: NestingShape, depth: number): string {
  const head = 'package deep\n\nimport (\n\t"context"\n\n\t"google.golang.org/grpc"\n)\n\n';
  const nest = shape.place === 'expr' ? `_ = ${nestFragment(shape, depth)}\n` : nestFragment(shape, depth);
  return `${head}func audit(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {\n${nest}return handler(ctx, req)\n}\n`;
}
