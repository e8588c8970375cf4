// connect-go handler constructors at their call sites. protoc-gen-connect-go writes, in a package
// `<name>connect`, `func New<Service>Handler(svc <Service>Handler, opts ...connect.HandlerOption)
// (string, http.Handler)`; the generated file itself is skipped, so a call is recognised by that
// package, the module's connect requirement and the two results it is used for. Clients:
// `New<Service>Client(httpClient, baseURL, opts ...connect.ClientOption)` in the same package.
import { callArguments, field, namedChildren, unparen, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { CONNECT_LEGACY_PKG, CONNECT_PKG, CONNECT_PKGS } from '../knowledge/connect-api';

const HANDLER_CONSTRUCTOR = /^New(\w+)Handler$/;
const CLIENT_CONSTRUCTOR = /^New(\w+)Client$/;

export interface ConnectHandlerCall {
  call: SyntaxNode;
  /** The constructor as written (`greetv1connect.NewGreetServiceHandler`): where findings sit. */
  callee: SyntaxNode;
  /** The service as the constructor names it (`GreetService`). */
  service: string;
  /** Import path of the generated package. */
  pkg: string;
  /** The option arguments (after the implementation, or a client's HTTP client and base URL). */
  options: SyntaxNode[];
}

/** The connect module the file's go.mod requires (the current path first), or null. */
export function requiredConnect(file: SourceFile): string | null {
  if (file.requiredVersion(CONNECT_PKG)) return CONNECT_PKG;
  return file.requiredVersion(CONNECT_LEGACY_PKG) ? CONNECT_LEGACY_PKG : null;
}

/** The import path the file names connect by (an import of it, else go.mod's requirement). */
export function connectPathOf(file: SourceFile): string | null {
  return [...CONNECT_PKGS].find((p) => file.imports.has(p)) ?? requiredConnect(file);
}

function isGeneratedConnectPackage(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.endsWith('connect') && last !== 'connect' && !CONNECT_PKGS.has(path);
}

/** The call's results are the (path, handler) pair: `mux.Handle(New…(…))`, `path, h := New…(…)`, `return New…(…)`. */
function usedAsPathAndHandler(call: SyntaxNode): boolean {
  const parent = call.parent;
  if (!parent) return false;
  if (parent.type === 'argument_list') return namedChildren(parent).length === 1;
  if (parent.type === 'return_statement') return true;
  const statement = parent.type === 'expression_list' ? parent.parent : null;
  if (statement?.type !== 'short_var_declaration' && statement?.type !== 'assignment_statement') return false;
  return namedChildren(parent).length === 1 && namedChildren(field(statement, 'left')).length === 2;
}

/** The calls `<pkg>.<name>(…)` of the file's generated connect packages whose name matches, with the service it names. */
function generatedCalls(file: SourceFile, pattern: RegExp): { call: SyntaxNode; callee: SyntaxNode; service: string; pkg: string }[] {
  const out: { call: SyntaxNode; callee: SyntaxNode; service: string; pkg: string }[] = [];
  for (const spec of file.imports.layout.specs) {
    if (!isGeneratedConnectPackage(spec.path) || spec.name === '_' || spec.name === '.') continue;
    for (const name of file.nodesAt(spec.name)) {
      const selector = name.parent;
      if (selector?.type !== 'selector_expression' || field(selector, 'operand')?.id !== name.id) continue;
      const service = pattern.exec(field(selector, 'field')?.text ?? '')?.[1];
      const call = selector.parent;
      if (!service || call?.type !== 'call_expression' || field(call, 'function')?.id !== selector.id) continue;
      out.push({ call, callee: selector, service, pkg: spec.path });
    }
  }
  return out.sort((a, b) => a.call.startIndex - b.call.startIndex);
}

function optionArguments(args: readonly SyntaxNode[], skip: number): SyntaxNode[] {
  return args.slice(skip).map((a) => (a.type === 'variadic_argument' ? a : unparen(a)));
}

/** Every call of a generated connect handler constructor in the file, in source order. */
export function connectHandlerCalls(file: SourceFile): ConnectHandlerCall[] {
  if (!requiredConnect(file)) return [];
  return generatedCalls(file, HANDLER_CONSTRUCTOR).flatMap((found) => {
    const args = callArguments(found.call);
    if (args.length === 0 || !usedAsPathAndHandler(found.call)) return [];
    return [{ ...found, options: optionArguments(args, 1) }];
  });
}

/**
 * Every call of a generated connect client constructor in the file, in source order:
 * `New<Service>Client(httpClient connect.HTTPClient, baseURL string, opts ...connect.ClientOption)`.
 */
export function connectClientCalls(file: SourceFile): ConnectHandlerCall[] {
  if (!requiredConnect(file)) return [];
  return generatedCalls(file, CLIENT_CONSTRUCTOR).flatMap((found) => {
    const args = callArguments(found.call);
    return args.length >= 2 ? [{ ...found, options: optionArguments(args, 2) }] : [];
  });
}
