import { replaceNode } from '../fixes/edits';
import { importsForFix } from '../fixes/imports';
import { callArguments, field, type SyntaxNode } from '../go/syntax';
import { panicCalls } from '../interceptors/body';
import { interceptorLabel, interceptorsToCheck, type InterceptorShape } from '../interceptors/shape';
import type { SourceFile } from '../source-file';
import type { Fix } from '../types';
import type { FileRule } from './rule';

const STATUS_PKG = 'google.golang.org/grpc/status';
const CODES_PKG = 'google.golang.org/grpc/codes';

const STRING_FORMATTERS: ReadonlySet<string> = new Set(['Sprintf', 'Sprint', 'Sprintln']);
const ERROR_MAKERS: readonly { pkg: string; name: string }[] = [
  { pkg: 'errors', name: 'New' },
  { pkg: 'fmt', name: 'Errorf' },
];

const SIMPLE_OPERANDS: ReadonlySet<string> = new Set(['interpreted_string_literal', 'raw_string_literal', 'identifier', 'selector_expression', 'call_expression']);

function isStringLiteral(node: SyntaxNode): boolean {
  return node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal';
}

/**
 * The operands of `a + b + c` when none is itself an operator expression, else null. Joined
 * without spaces they are what gofmt writes for a concatenation that is one of several arguments.
 */
function concatenation(value: SyntaxNode): SyntaxNode[] | null {
  const parts: SyntaxNode[] = [];
  let node = value;
  while (node.type === 'binary_expression' && field(node, 'operator')?.text === '+') {
    const right = field(node, 'right');
    const left = field(node, 'left');
    if (!right || !left || SIMPLE_OPERANDS.has(right.type) === false) return null;
    parts.unshift(right);
    node = left;
  }
  if (parts.length === 0 || !SIMPLE_OPERANDS.has(node.type)) return null;
  return [node, ...parts];
}

/** The panic value as a Go string expression, and whether that expression needs fmt. */
function messageOf(file: SourceFile, value: SyntaxNode): { text: string; needsFmt: boolean } {
  if (isStringLiteral(value) || file.isCallTo(value, 'fmt', STRING_FORMATTERS)) return { text: value.text, needsFmt: false };
  const parts = concatenation(value);
  if (parts?.some(isStringLiteral)) return { text: parts.map((p) => p.text).join('+'), needsFmt: false };
  if ((value.type === 'identifier' && value.text === 'err') || ERROR_MAKERS.some((e) => file.isCallTo(value, e.pkg, e.name))) {
    return { text: `${value.text}.Error()`, needsFmt: false };
  }
  return { text: `fmt.Sprint(${value.text})`, needsFmt: true };
}

function returnErrorFix(file: SourceFile, shape: InterceptorShape, call: SyntaxNode): Fix[] {
  const statement = call.parent;
  const [value, extra] = callArguments(call);
  if (statement?.type !== 'expression_statement' || !value || extra) return [];
  const message = messageOf(file, value);
  const imports = importsForFix(file, message.needsFmt ? [CODES_PKG, 'fmt', STATUS_PKG] : [CODES_PKG, STATUS_PKG]);
  if (!imports) return [];
  const fmtName = imports.names.get('fmt');
  const text = fmtName && fmtName !== 'fmt' ? `${fmtName}.${message.text.slice('fmt.'.length)}` : message.text;
  const error = `${imports.names.get(STATUS_PKG)}.Error(${imports.names.get(CODES_PKG)}.Internal, ${text})`;
  const zeros = shape.kind === 'unary-server' || shape.kind === 'stream-client' ? 'nil, ' : '';
  return [{ title: `Return ${error} instead of panicking`, edits: [replaceNode(file, statement, `return ${zeros}${error}`), ...imports.edits] }];
}

export const interceptorPanics: FileRule = {
  meta: {
    id: 'interceptor-panics',
    defaultSeverity: 'warning',
    summary: 'panic(...) in an interceptor: the process crashes unless a recovery interceptor runs before it.',
    fixable: true,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      const effect = shape.kind.endsWith('server')
        ? 'it crashes the whole server unless a recovery interceptor runs before this one'
        : 'it crashes the calling process';
      for (const call of panicCalls(shape.fn)) {
        report({ node: call, message: `panic in ${interceptorLabel(shape)}: ${effect}; return a status error instead`, fixes: returnErrorFix(file, shape, call) });
      }
    }
  },
};
