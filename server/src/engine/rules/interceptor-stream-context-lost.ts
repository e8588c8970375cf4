import { GRPC_NEEDS } from '../knowledge/grpc-api';
import { replaceNode } from '../fixes/edits';
import { importsForFix } from '../fixes/imports';
import { field, namedChildren, nodeRange, type SyntaxNode } from '../go/syntax';
import { interceptorsIn } from '../interceptors/shape';
import { GRPC_PKG } from '../knowledge/grpc-api';
import { lostStreamContexts, type LostStreamContext } from '../interceptors/stream-context';
import type { SourceFile } from '../go/source-file';
import type { Fix, TextEdit } from '../types';
import type { FileRule } from './rule';

const WRAPPER = 'wrappedStream';

/** Top-level declarations of the file of the given node type. */
function topLevel(file: SourceFile, type: string): SyntaxNode[] {
  return namedChildren(file.root).filter((n) => n.type === type);
}

/** `type wrappedStream struct { grpc.ServerStream; ctx context.Context }` with a Context method: one an earlier fix wrote. */
function hasOwnWrapper(file: SourceFile): boolean {
  const spec = topLevel(file, 'type_declaration')
    .flatMap((d) => namedChildren(d))
    .find((s) => s.type === 'type_spec' && field(s, 'name')?.text === WRAPPER);
  const fields = namedChildren(namedChildren(field(spec ?? file.root, 'type'))[0] ?? null);
  if (!spec || fields.length !== 2) return false;
  const [embedded, ctx] = fields;
  const embeddedType = embedded && field(embedded, 'type');
  if (!embeddedType || field(embedded!, 'name') || !embeddedType.text.endsWith('.ServerStream')) return false;
  if (field(ctx!, 'name')?.text !== 'ctx' || !field(ctx!, 'type')?.text.endsWith('.Context')) return false;
  return topLevel(file, 'method_declaration').some((m) => field(m, 'name')?.text === 'Context' && field(m, 'receiver')?.text.includes(WRAPPER));
}

/** Value and type names: the wrapper type must clash with neither. */
const NAME_TYPES: ReadonlySet<string> = new Set(['identifier', 'type_identifier']);

function wrapFix(file: SourceFile, lost: LostStreamContext): Fix[] {
  const imports = importsForFix(file, ['context', GRPC_PKG]);
  if (!imports) return [];
  const reuse = hasOwnWrapper(file);
  const wrapper = reuse ? WRAPPER : file.scopes.freshName(file.root, WRAPPER, NAME_TYPES);
  const stream = lost.streamArgument.text;
  const edits: TextEdit[] = [replaceNode(file, lost.streamArgument, `&${wrapper}{${stream}, ${lost.derived.name}}`)];
  if (!reuse) {
    const grpc = imports.names.get(GRPC_PKG)!;
    const context = imports.names.get('context')!;
    const lines = file.text.split('\n');
    const at = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const lead = file.text.endsWith('\n') ? '\n' : '\n\n';
    const declaration =
      `${lead}// ${wrapper} is a ${grpc}.ServerStream whose Context() returns a derived context.\n` +
      `type ${wrapper} struct {\n\t${grpc}.ServerStream\n\tctx ${context}.Context\n}\n\n` +
      `func (w *${wrapper}) Context() ${context}.Context { return w.ctx }\n`;
    edits.push({ file: file.path, range: { start: at, end: at }, newText: declaration }, ...imports.edits);
  }
  return [{ title: `Wrap ${stream} so Context() returns ${lost.derived.name}`, edits }];
}

export const interceptorStreamContextLost: FileRule = {
  meta: {
    id: 'interceptor-stream-context-lost',
    defaultSeverity: 'warning',
    summary: 'A stream server interceptor derives a new ctx from ss.Context() but passes the original stream on.',
    fixable: true,
    inTestCode: 'quiet',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      for (const lost of lostStreamContexts(file, shape)) {
        const stream = lost.streamArgument.text;
        report({
          node: lost.streamArgument,
          message: `${lost.derived.name} is derived from ${stream}.Context() but ${stream} is passed on unchanged: the handler's ${stream}.Context() never carries what was added to ${lost.derived.name}`,
          fixes: wrapFix(file, lost),
          related: [{ file: file.path, range: nodeRange(lost.derived.nameNode), message: `${lost.derived.name} is derived here` }],
        });
      }
    }
  },
};
