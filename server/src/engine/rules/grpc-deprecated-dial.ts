import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { replaceNode } from '../fixes/edits';
import { isNewClientArgument, seesGrpc } from '../flow/client-conns';
import {
  callArguments,
  containsNode,
  enclosingDeclaration,
  enclosingFunction,
  field,
  functionBody,
  lineIndent,
  nodeRange,
  type SyntaxNode,
} from '../go/syntax';
import { versionAtLeast } from '../files/gomod';
import {
  BLOCKING_DIAL_OPTIONS,
  CLIENT_CONSTRUCTORS,
  CUSTOM_DIALER_OPTIONS,
  DEPRECATED_DIAL_OPTIONS,
  DIAL_DEPRECATED_AGAIN,
  DIAL_UNDEPRECATED_IN,
  GRPC_PKG,
  NEW_CLIENT,
  NEW_CLIENT_SINCE,
} from '../knowledge/grpc-api';
import type { Declaration } from '../go/scopes';
import type { SourceFile } from '../go/source-file';
import type { Fix, Position, TextEdit } from '../types';
import type { FileRule } from './rule';

const FIX_TITLE =
  `Use grpc.${NEW_CLIENT} (note: it resolves targets with the "dns" scheme by default where Dial used "passthrough", ` +
  'and it connects on the first RPC instead of dialling now)';
const PASSTHROUGH = 'passthrough:///';
const PASSTHROUGH_TITLE =
  `Use grpc.${NEW_CLIENT} with a "${PASSTHROUGH}" target, which hands the address to the dialer as Dial did ` +
  '(note: it connects on the first RPC instead of dialling now)';

/** Where a package is named: in expressions and in qualified types. */
const PACKAGE_REFERENCES: ReadonlySet<string> = new Set(['identifier', 'package_identifier']);

/** A local variable of a function (not a parameter, not package-level). */
function localVariable(file: SourceFile, ident: SyntaxNode): Declaration | null {
  const decl = file.scopes.resolve(ident);
  return decl?.kind === 'var' && decl.scope !== file.scopes.fileScope ? decl : null;
}

/** `x = …`: assigning is no use of x for Go's "declared and not used". */
function isAssigned(ident: SyntaxNode): boolean {
  const list = ident.parent;
  const holder = list?.type === 'expression_list' ? list.parent : null;
  return holder?.type === 'assignment_statement' && field(holder, 'left')?.id === list!.id;
}

/**
 * Removing expr must compile: a local variable or an import it mentions must be used elsewhere
 * (an identifier resolved through the file's scopes, so a closure's capture counts and a name
 * that hides it does not).
 */
function removableWithoutUnused(file: SourceFile, expr: SyntaxNode): boolean {
  if (!enclosingFunction(expr)) return false;
  const scopes = file.scopes;
  const outside = (n: SyntaxNode) => !containsNode(expr, n);
  for (const ident of expr.type === 'identifier' ? [expr] : expr.descendantsOfType('identifier')) {
    const local = localVariable(file, ident);
    if (local) {
      if (!scopes.usesOf(local).some((n) => outside(n) && !isAssigned(n))) return false;
      continue;
    }
    const decl = scopes.resolve(ident);
    if ((decl && decl.kind !== 'import') || !file.imports.pathOf(ident.text)) continue;
    const references = decl
      ? scopes.usesOf(decl, PACKAGE_REFERENCES)
      : scopes.mentions(ident.text, 0, file.text.length, PACKAGE_REFERENCES).filter((n) => scopes.resolve(n) === null);
    if (!references.some(outside)) return false;
  }
  return true;
}

/**
 * Where removing the first argument ends: at the next argument, or after its comma when a
 * comment (`ctx, //nolint:staticcheck`) stands between them and must stay. A first argument
 * alone at the start of its line takes the blanks before the comment too (gofmt-clean).
 */
function firstArgumentEnd(text: string, first: SyntaxNode, next: SyntaxNode): Position {
  const comma = first.nextSibling;
  const comment = comma?.nextSibling;
  if (comma?.type !== ',' || comment?.type !== 'comment' || comment.startIndex >= next.startIndex) return nodeRange(next).start;
  const startsLine = lineIndent(text, first).length === first.startPosition.column;
  return startsLine ? nodeRange(comment).start : nodeRange(comma).end;
}

/** Dial/DialContext are deprecated in v1.63.0–v1.63.1 and again from v1.64.0 on. */
function dialDeprecatedIn(version: string | undefined): boolean {
  return versionAtLeast(version, DIAL_DEPRECATED_AGAIN) || (versionAtLeast(version, NEW_CLIENT_SINCE) && !versionAtLeast(version, DIAL_UNDEPRECATED_IN));
}

/**
 * Which options a dial call is given, judged from the names in its arguments, or in its whole
 * function when it spreads a local slice (`opts...`); null when options come from elsewhere
 * (a parameter, a package variable, a call), which may hold anything.
 */
function optionsSeen(file: SourceFile, call: SyntaxNode, options: SyntaxNode[]): { blocking: boolean; customDialer: boolean } | null {
  const decl = enclosingDeclaration(call);
  const body = decl ? functionBody(decl) : null;
  const spreads = options.filter((o) => o.type === 'variadic_argument');
  for (const spread of spreads) {
    const slice = spread.namedChild(0);
    if (slice?.type !== 'identifier' || !body || !localVariable(file, slice)) return null;
  }
  const scope = spreads.length > 0 ? decl! : call;
  const mentions = (names: ReadonlySet<string>) => [...names].some((n) => file.nodesAt(n, scope.startIndex, scope.endIndex).length > 0);
  return { blocking: mentions(BLOCKING_DIAL_OPTIONS), customDialer: mentions(CUSTOM_DIALER_OPTIONS) };
}

/** A target with a scheme (`dns:///x`, `unix:///s`, `unix:s`): NewClient reads it as Dial did. */
function hasScheme(target: string): boolean {
  return target.includes('://') || /^unix(-abstract)?:/.test(target);
}

/** `host:port` (or `host`) where host is a dns name or an address: "localhost:50051", "api.example.com:443", not "bufnet". */
function dnsResolvable(target: string): boolean {
  const host = target.startsWith('[') ? target.slice(0, target.indexOf(']') + 1) : (target.split(':')[0] ?? '');
  return host === 'localhost' || host.includes('.') || host.startsWith('[');
}

/**
 * The edit keeping the target working under NewClient's "dns" default: a literal a custom
 * dialer or the passthrough resolver must see as written gets "passthrough:///"; none when
 * NewClient reads it as Dial did; null when that cannot be known (a variable with a custom dialer).
 */
function targetEdit(file: SourceFile, target: SyntaxNode, customDialer: boolean): TextEdit | 'unchanged' | null {
  const literal = target.type === 'interpreted_string_literal' || target.type === 'raw_string_literal';
  if (!literal) return customDialer ? null : 'unchanged';
  const value = target.text.slice(1, -1);
  if (hasScheme(value) || (!customDialer && dnsResolvable(value))) return 'unchanged';
  const quote = target.text[0]!;
  return replaceNode(file, target, `${quote}${PASSTHROUGH}${value}${quote}`);
}

/**
 * `grpc.Dial(t, o...)` → `grpc.NewClient(t, o...)`; `grpc.DialContext(ctx, t, o...)` drops ctx.
 * Not offered where the dial blocks (NewClient would not wait) or the options cannot be seen.
 */
function newClientFix(file: SourceFile, call: SyntaxNode, selector: SyntaxNode): Fix[] {
  const name = field(selector, 'field');
  if (selector.type !== 'selector_expression' || !name) return [];
  const edits: TextEdit[] = [replaceNode(file, name, NEW_CLIENT)];
  const args = callArguments(call);
  const targetArg = CLIENT_CONSTRUCTORS.get(name.text)!.targetArg;
  const target = args[targetArg];
  const options = optionsSeen(file, call, args.slice(targetArg + 1));
  if (!target || !options || options.blocking) return [];
  const targetFix = targetEdit(file, target, options.customDialer);
  if (!targetFix) return [];
  if (targetFix !== 'unchanged') edits.push(targetFix);
  if (targetArg > 0) {
    const [ctx, target] = [args[0], args[targetArg]];
    if (!ctx || !target || !removableWithoutUnused(file, ctx)) return [];
    edits.push({ file: file.path, range: { start: nodeRange(ctx).start, end: firstArgumentEnd(file.text, ctx, target) }, newText: '' });
  }
  return [{ title: targetFix === 'unchanged' ? FIX_TITLE : PASSTHROUGH_TITLE, edits }];
}

export const grpcDeprecatedDial: FileRule = {
  meta: {
    id: 'grpc-deprecated-dial',
    defaultSeverity: 'hint',
    // Measured on 26 public repositories: 20% worth a look, at the lowest severity already (Dial stays supported throughout 1.x).
    offByDefault: true,
    summary:
      'grpc.Dial and grpc.DialContext are deprecated (grpc-go v1.63.0–v1.63.1, and since v1.64.0 with WithBlock and the options NewClient ignores): use grpc.NewClient.',
    fixable: true,
    otherLinters: [{ linter: 'staticcheck', checks: ['SA1019'] }],
    // Measured: 31 of 31 findings in test code were deliberate; Dial stays supported throughout 1.x.
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    const version = file.requiredVersion(GRPC_PKG);
    const dialDeprecated = dialDeprecatedIn(version);
    if (!seesGrpc(file) || !dialDeprecated) return;
    const optionsDeprecated = versionAtLeast(version, DIAL_DEPRECATED_AGAIN);
    const since = optionsDeprecated ? DIAL_DEPRECATED_AGAIN : NEW_CLIENT_SINCE;
    for (const node of file.nodesOfType('call_expression')) {
      const callee = file.callee(node);
      const fn = field(node, 'function');
      if (callee?.pkg !== GRPC_PKG || !fn) continue;
      if (CLIENT_CONSTRUCTORS.get(callee.name)?.deprecated) {
        report({
          node: fn,
          message:
            `grpc.${callee.name} is deprecated since grpc-go ${since} (supported throughout 1.x): use grpc.${NEW_CLIENT}, ` +
            'which resolves targets with the "dns" scheme by default and connects lazily',
          fixes: newClientFix(file, node, fn),
        });
      } else if (optionsDeprecated && DEPRECATED_DIAL_OPTIONS.has(callee.name) && !isNewClientArgument(file, node)) {
        // Written into a NewClient call, grpc-newclient-ignored-option reports it (and removes it).
        report({
          node: fn,
          message:
            `grpc.${callee.name} is deprecated since grpc-go ${DIAL_DEPRECATED_AGAIN} and ignored by grpc.${NEW_CLIENT}: ` +
            'a connection that is up at dial time can still fail later, so RPCs must handle Unavailable anyway',
        });
      }
    }
  },
};
