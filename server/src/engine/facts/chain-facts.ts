// Per-file facts the chain model needs, as plain data: the syntax tree is gone by the time
// chains are resolved across files.
import type { InterceptorBodyFacts } from '../interceptors/types';
import type { QualifiedName } from '../go/source-file';
import type { Position, Range, TextEdit } from '../types';

/** An expression that may carry options or interceptors, reduced to what resolution reads. */
export interface ExprFact {
  kind: 'call' | 'ident' | 'selector' | 'member' | 'funcLit' | 'slice' | 'composite' | 'other';
  /** Source text (long text cut short); for a call, the callee's text (`mw.Auth` for `mw.Auth(secret)`). */
  text: string;
  range: Range;
  /** selector: `pkg.Name` with the package's import path; composite: its type's when imported (`&mw.Auth{}`); null otherwise. */
  ref: QualifiedName | null;
  /** member (`x.name` on a value, not a package): the method or field name. */
  /**
   * member (`x.name` on a value, not a package): the method or field name; `operandType` is the
   * file's own named type of a plain-name operand, `rootType` the qualified type the code declares
   * for the operand's first name (`s` in `s.opts.name`: a parameter's type, `var s T`, `s := &T{}`, `s := v.(T)`).
   */
  member?: { operand: string; operandType: string | null; name: string; rootType?: string };
  /** call: the callee (ident, selector or member) and arguments; `spread` when the last is `x...`. */
  callee?: ExprFact;
  args?: ExprFact[];
  spread?: boolean;
  /** composite: a struct value of a named type, `T{…}` or `&T{…}` (a connect interceptor); `text` is the type as written. */
  /** slice: the elements of a composite literal (`[]grpc.ServerOption{…}`). */
  elements?: ExprFact[];
  /** funcLit: its body facts (null when it has no interceptor signature). */
  body?: InterceptorBodyFacts | null;
  /** call: which of the call's results the value is (`_, stream := f()` reads result 1); absent for the first. */
  result?: number;
  /** Constructor options and the arguments of option calls: the whole source text (fixes move it). */
  source?: string;
  /** Constructor options and the arguments of option calls starting their line: the indentation before them. */
  indent?: string;
  /** Constructor options and the arguments of option calls: the rest of their (last) line, to keep a trailing comment with them. */
  after?: string;
}

/** One write to a local variable, in source order. */
export interface LocalBinding {
  name: string;
  /**
   * `assign` for `x := v`, `x = v`, `var x = v` (and `var x T`, with a null value); `append` for
   * `x = append(x, …)`; `prepend` for `x = append([]T{…}, x...)`.
   */
  mode: 'assign' | 'append' | 'prepend';
  /** assign: the value; append: the appended values (the last one spread when `spread`); prepend: the slice put in front. */
  values: ExprFact[];
  spread: boolean;
  /** The innermost if/switch/select/loop/func literal around the write (it may not run), or null. */
  scope: Range | null;
  at: Position;
  /** Where the statement ends: a use inside its own value (`x = wrap(x)`) reads the earlier write. */
  end?: Position;
  /** For a variable declared in a nested scope (a block, a case): that scope; a use of the name outside it is another variable. */
  visible?: Range;
}

/** One write to a struct field: `T{f: v}`, `&pkg.T{f: v}`, `x.f = v`, `x.f = append(x.f, …)` (closures included). */
export interface FieldWriteFact {
  /** Import path of the struct's package when the literal names an imported type; null for the file's own package. */
  typePkg: string | null;
  type: string;
  field: string;
  /**
   * `assign` sets the field (the value is `values[0]`); `append` appends `values` (the last spread
   * when `spread`); `prepend` puts the slice `values[0]` in front (`x.f = append([]T{…}, x.f...)`).
   */
  mode: 'assign' | 'append' | 'prepend';
  values: ExprFact[];
  spread: boolean;
  at: Position;
}

/** A top-level function or method that may produce or be an interceptor or options. */
export interface ChainFunctionFact {
  name: string;
  receiver: string | null;
  /** The name's range (where the definition is shown). */
  range: Range;
  /** The whole declaration. */
  extent: Range;
  /** Set when the function itself has an interceptor signature (its kind is `body.kind`). */
  body: InterceptorBodyFacts | null;
  /** The first result of each return statement of the function's own body. */
  returns: ExprFact[];
  /** The later results of each return statement, by position - 1 (`return unary, stream`). */
  laterReturns?: ExprFact[][];
  locals: LocalBinding[];
  /** Parameter names, receiver included: values only the caller knows. */
  params: string[];
  /** Parameter names with their named type (receiver included), to resolve `s.method` values. */
  paramTypes: Record<string, string>;
  /** The struct fields this function (or a closure in it) writes. */
  fieldWrites?: FieldWriteFact[];
  /** The last parameter when it is variadic (`opts ...grpc.ServerOption`). */
  variadic?: string;
  /** Calls this function makes that may bind another function's parameters (callee and arguments). */
  calls?: ExprFact[];
  /** It returns a `connect.UnaryInterceptorFunc`: an interceptor of unary calls only. */
  unaryOnly?: true;
}

export interface PackageVarFact {
  name: string;
  value: ExprFact;
  range: Range;
}

export type ConstructorKind = 'server' | 'client';

/** A grpc.NewServer / NewClient / Dial / DialContext call, or a generated connect `New<Service>Handler` / `New<Service>Client` call. */
export interface ConstructorFact {
  kind: ConstructorKind;
  /** `NewServer`, `NewClient`, `Dial`, `DialContext`; `NewGreetServiceHandler` for connect. */
  name: string;
  /** Set for connect-go constructors (absent: grpc-go). */
  framework?: 'connect';
  range: Range;
  /** The option arguments (the target and ctx arguments of clients left out). */
  options: ExprFact[];
  /** The arguments before the options (a client's ctx and target), with the indentation of those starting their line: the rest of the list a removed option leaves. */
  leading?: { range: Range; indent?: string }[];
  /** The last option is spread: `opts...`. */
  spread: boolean;
  /** Index in `functions` of the enclosing top-level function, or null at package level. */
  functionIndex: number | null;
  /** The callee as written (`grpc.NewServer`, `g.NewServer`): where constructor findings sit. */
  callee?: { text: string; range: Range };
}

/** How a fix in this file writes go-grpc-middleware's recovery interceptors (v2, or v1 when go.mod requires only v1). */
export interface RecoveryImportFact {
  path: string;
  /** The package name the fix writes (`recovery`, `grpc_recovery`). */
  name: string;
  /** Edits importing it (empty when the file already does). */
  edits: TextEdit[];
  /** go.mod requires the module. */
  required: boolean;
}

export interface ChainFileFacts {
  constructors: ConstructorFact[];
  functions: ChainFunctionFact[];
  vars: PackageVarFact[];
  /** Package-level function name → the package type it returns (`NewCache() *Cache` → Cache), for method values on its results. */
  resultTypes: Record<string, string>;
  /** Package-level function name → the import path of the imported type it returns (`*prom.ServerMetrics`), for method values on library values made by workspace helpers. */
  libraryResults?: Record<string, string>;
  /** Struct type name → its named fields, for the types declared in this file. */
  structFields?: Record<string, string[]>;
  /** go-grpc-middleware v1 version required by the file's module (its chain helpers changed in v1.4.0). */
  middlewareV1Version: string | null;
  /** Set for files with a grpc.NewServer call; null when the recovery package's name is taken by another import. */
  recoveryImport?: RecoveryImportFact | null;
  /** The workspace functions this file hands to fx. */
  fxProvided?: FxProvidedFact[];
}

/** A workspace function handed to fx (`fx.Provide(NewServer)`, `fx.Annotate(NewServer, fx.ParamTags(…))`): fx calls it. */
export interface FxProvidedFact {
  /** Import path of the function's package when named as `pkg.F`; null for the file's own package. */
  pkg: string | null;
  name: string;
  /** The fx call (`fx.Provide`, `fx.Annotate`) as written. */
  via: string;
  /** The value group each parameter is filled from, by position (`fx.ParamTags`); null where none. */
  paramGroups: (string | null)[];
  /** The value groups its results go to (`fx.ResultTags`). */
  resultGroups: string[];
  at: Range;
}
