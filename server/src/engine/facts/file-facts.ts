// Per-file facts: what later, cross-file work needs from a file once its syntax tree is gone.
import type { ChainFileFacts } from './chain-facts';
import type { ServiceFileFacts } from './service-facts';
import type { TypeFileFacts } from './type-facts';
import type { Handler, ServiceModel } from '../index/service-model';
import type { Chain } from '../chains/model';
import type { BuiltinKeyUse } from '../flow/builtin-keys';
import type { QualifiedName } from '../go/source-file';
import type { Suppressions } from '../config/suppressions';
import type { TestCodeFacts } from '../config/test-code';
import type { Range, TextEdit } from '../types';

export interface ParameterFact {
  /** Null for unnamed parameters. */
  name: string | null;
  /** The type as written (`context.Context`, `*http.Request`). */
  typeText: string;
  /** The type resolved through the file's imports: `context.Context` → `context.Context` even when aliased. */
  qualifiedType: string;
  /** The body compares the parameter with nil (`if ctx == nil { … }`): nil is an accepted value. */
  nilChecked: boolean;
}

export interface FunctionFact {
  name: string;
  /** Receiver type name without pointer or type parameters, for methods. */
  receiver: string | null;
  params: ParameterFact[];
  variadic: boolean;
  /** The result types resolved through the imports (`*example.com/pb.Reply`, `error`). */
  results: string[];
  range: Range;
  /** Its own body calls recover(): deferred, a call of it stops a panic (`defer log.CapturePanic(…)`). */
  recovers?: true;
}

/** A call that passes the literal `nil` as an argument, for rules that need the callee's signature. */
export interface NilArgumentFact {
  callee: QualifiedName;
  argIndex: number;
  range: Range;
  /** Test code checks that the call is rejected (its error asserted, a panic expected): nil is the bad input under test. */
  rejectionAsserted: boolean;
}

/** How a quick fix can call into the "context" package from this file. */
export interface ContextImportFact {
  /** The file's local name for "context" once edits are applied ('.' for a dot import). */
  name: string;
  /** Edits importing "context" (empty when the file already imports it). */
  edits: TextEdit[];
}

export interface FileFacts {
  path: string;
  /** The parse has ERROR or MISSING nodes: no fix is offered in the file, its code is not what it will be. */
  syntaxErrors: boolean;
  packagePath: string | null;
  packageName: string;
  functions: FunctionFact[];
  /** The struct types declared at the top level: field name → type resolved through the imports (an embedded field under its type's name). */
  structs: Record<string, Record<string, string>>;
  nilArguments: NilArgumentFact[];
  /** Set when the file passes a literal nil somewhere: for fixes that write `context.TODO()`. */
  contextImport?: ContextImportFact;
  /** context.WithValue calls keyed by a value of a built-in type. */
  builtinKeys: BuiltinKeyUse[];
  /** The file's suppression directives: ctxlens's own and other linters'. */
  suppressions: Suppressions;
  /** What the test-code policy needs: where the file sits in its module, its test functions. */
  testCode: TestCodeFacts;
  /** The interfaces the file declares and the types of its package variables. */
  types: TypeFileFacts;
  /** What the interceptor chain model needs from the file. */
  chains: ChainFileFacts;
  /** What the gRPC service model needs: registrations, and goroutines judged by where they start. */
  services: ServiceFileFacts;
}

export interface WorkspaceFacts {
  files: ReadonlyMap<string, FileFacts>;
  /** A package-level function (not a method) by import path and name. */
  findFunction(pkg: string, name: string): FunctionFact | undefined;
  /** Every server and client chain, in the effective order (computed lazily, cached until facts change). */
  readonly chains: readonly Chain[];
  /** A chain by id (a wrapper call's chain reads the chain it wraps). */
  chainById(id: string): Chain | undefined;
  /** The registered gRPC implementations and their handler methods (computed lazily, cached until facts change). */
  readonly services: ServiceModel;
  /** The server chains serving a gRPC handler (those its registration's server is built by), in the order of chains. */
  servingChains(handler: Handler): readonly Chain[];
}
