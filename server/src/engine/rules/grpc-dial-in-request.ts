import type { RequestScope } from '../flow/request-scope';
import { requestOwnerName } from '../index/service-model';
import type { WorkspaceRule } from './rule';
import { CONNECT_HANDLER_NEEDS } from '../knowledge/connect-api';
import { GRPC_NEEDS, REGISTRATION_NEEDS } from '../knowledge/grpc-api';

const SCOPE_NAMES: Record<RequestScope, string> = {
  'http-handler': 'an HTTP handler',
  'grpc-interceptor': 'a gRPC interceptor',
  'grpc-method': 'a gRPC service method',
};

const HANDSHAKES = 'name resolution, TCP, TLS and HTTP/2 handshakes each time';

export const grpcDialInRequest: WorkspaceRule = {
  meta: {
    id: 'grpc-dial-in-request',
    defaultSeverity: 'warning',
    summary: 'A gRPC client connection created per request (in a gRPC or connect handler or an interceptor, or in a helper one calls) or leaked on every call.',
    fixable: true,
    // The fix closes the leaked connection; the per-request dial stays, so the finding stays (its message changes).
    partialFix: true,
    inTestCode: 'quiet',
    needs: { words: [...GRPC_NEEDS.words, ...CONNECT_HANDLER_NEEDS.words], wordStarts: REGISTRATION_NEEDS.wordStarts },
  },
  scope: 'workspace',
  unit: 'package',
  check({ facts, report }) {
    const services = facts.services;
    for (const file of facts.files.values()) {
      for (const site of file.services.dials) {
        const dial = `grpc.${site.funcName}`;
        const owner = services.requestKind(file, site.scope, site.method);
        if (owner) {
          const cost = `${dial} in ${requestOwnerName(owner, SCOPE_NAMES)} opens a new client connection on every request (${HANDSHAKES})`;
          const tail = site.closed ? ': create it once at startup and share it' : ', and never closes it: one connection leaked per request';
          report({ file: file.path, range: site.range, message: cost + tail, fixes: site.fixes });
          continue;
        }
        if (!site.functionName || site.runsOnce || site.closed || site.kept) continue;
        report({
          file: file.path,
          range: site.range,
          message: `the connection from ${dial} is never closed and does not leave ${site.functionName}: a connection and its goroutines leaked on every call`,
          fixes: site.fixes,
        });
      }
      // A helper's dial reached from a request: reported at the call, where the per-request cost is decided.
      for (const call of file.services.requestCalls) {
        const found = services.dialHelper(file, call);
        if (!found || (found.helper.returns && !call.resultStaysLocal)) continue;
        const owner = services.requestKind(file, 'scope' in call.owner ? call.owner.scope : null, 'method' in call.owner ? call.owner.method : undefined);
        if (!owner) continue;
        const { helper } = found;
        const name = helper.receiver ? `${helper.receiver}.${helper.name}` : helper.name;
        report({
          file: file.path,
          range: call.range,
          message: `${name} opens a new client connection with grpc.${helper.funcName} on every call, and ${requestOwnerName(owner, SCOPE_NAMES)} calls it: a connection per request (${HANDSHAKES}); create it once at startup and share it`,
          related: [{ file: found.file, range: helper.range, message: `grpc.${helper.funcName} in ${name}` }],
        });
      }
    }
  },
};
