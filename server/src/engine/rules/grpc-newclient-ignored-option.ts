import { seesGrpc } from '../flow/client-conns';
import { listItemsOf, removeListItems } from '../fixes/list-items';
import { callArguments, walk, type SyntaxNode } from '../go/syntax';
import { GRPC_NEEDS, GRPC_PKG, NEW_CLIENT, NEW_CLIENT_IGNORED_OPTIONS } from '../knowledge/grpc-api';
import type { Fix } from '../types';
import type { FileRule } from './rule';

/** Removing an option is safe when its arguments name nothing (a variable or import left unused would not compile). */
function namesNothing(option: SyntaxNode): boolean {
  let names = false;
  for (const arg of callArguments(option)) {
    walk(arg, (n) => {
      if (n.type === 'identifier' && n.text !== 'true' && n.text !== 'false') names = true;
      return !names;
    });
  }
  return !names;
}

export const grpcNewclientIgnoredOption: FileRule = {
  meta: {
    id: 'grpc-newclient-ignored-option',
    defaultSeverity: 'warning',
    summary: 'WithBlock, WithTimeout, WithReturnConnectionError or FailOnNonTempDialError given to grpc.NewClient, which ignores them.',
    fixable: true,
    inTestCode: 'report',
    needs: GRPC_NEEDS,
  },
  scope: 'file',
  check({ file, report }) {
    if (!seesGrpc(file)) return;
    for (const call of file.nodesOfType('call_expression')) {
      const callee = file.callee(call);
      if (callee?.pkg !== GRPC_PKG || callee.name !== NEW_CLIENT) continue;
      const args = callArguments(call);
      args.forEach((option, index) => {
        const name = option.type === 'call_expression' ? file.callee(option) : null;
        const instead = name?.pkg === GRPC_PKG ? NEW_CLIENT_IGNORED_OPTIONS.get(name.name) : undefined;
        if (!name || !instead) return;
        const cuts =
          index > 0 && namesNothing(option) ? removeListItems(file.path, listItemsOf(file.text, args), call.endPosition.row, new Set([index])) : null;
        const fixes: Fix[] = cuts ? [{ title: `Remove grpc.${name.name} (grpc.${NEW_CLIENT} ignores it)`, edits: cuts }] : [];
        report({ node: option, message: `grpc.${NEW_CLIENT} ignores grpc.${name.name}: ${instead}`, fixes });
      });
    }
  },
};
