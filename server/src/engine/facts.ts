// Per-file facts: what later, cross-file work needs from a file once its syntax tree is gone.
import type { QualifiedName } from './source-file';
import type { Range } from './types';

export interface ParameterFact {
  /** Null for unnamed parameters. */
  name: string | null;
  /** The type as written (`context.Context`, `*http.Request`). */
  typeText: string;
  /** The type resolved through the file's imports: `context.Context` → `context.Context` even when aliased. */
  qualifiedType: string;
}

export interface FunctionFact {
  name: string;
  /** Receiver type name without pointer or type parameters, for methods. */
  receiver: string | null;
  params: ParameterFact[];
  variadic: boolean;
  range: Range;
}

/** A call that passes the literal `nil` as an argument, for rules that need the callee's signature. */
export interface NilArgumentFact {
  callee: QualifiedName;
  argIndex: number;
  range: Range;
}

export interface FileFacts {
  path: string;
  packagePath: string | null;
  packageName: string;
  functions: FunctionFact[];
  nilArguments: NilArgumentFact[];
  /** 0-based line → rule ids suppressed there by `//ctxlens:ignore`. */
  suppressions: Map<number, Set<string>>;
}

export interface WorkspaceFacts {
  files: ReadonlyMap<string, FileFacts>;
  /** A package-level function (not a method) by import path and name. */
  findFunction(pkg: string, name: string): FunctionFact | undefined;
}
