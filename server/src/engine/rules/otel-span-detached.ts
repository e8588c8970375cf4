import type { SpanFact } from '../facts/service-facts';
import type { RequestScope } from '../flow/request-scope';
import { requestOwnerName, type RequestOwner } from '../index/service-model';
import { CONNECT_HANDLER_NEEDS } from '../knowledge/connect-api';
import { CONTEXT_NEEDS } from '../knowledge/context-api';
import { GRPC_NEEDS, REGISTRATION_NEEDS } from '../knowledge/grpc-api';
import { SPAN_NEEDS } from '../knowledge/otel-api';
import type { WorkspaceRule } from './rule';

const SCOPE_NAMES: Record<RequestScope, string> = {
  'http-handler': 'an HTTP handler',
  'grpc-interceptor': 'a gRPC interceptor',
  'grpc-method': 'a gRPC handler',
};

function detachedMessage(span: SpanFact, owner: RequestOwner): string {
  const parent = span.origin === 'root' ? `${span.text}, a root context,` : `${span.text}, which outlives the request,`;
  return `span started from ${parent} in ${requestOwnerName(owner, SCOPE_NAMES)} whose request context (${span.context}) is at hand: it begins a trace of its own instead of joining the request's, and the request's deadline and values are lost`;
}

function notEndedMessage(span: SpanFact): string {
  return `the span in ${span.text} is not ended on some path: a span never ended is never exported, so the trace lacks it and its children hang off a parent it never shows; defer ${span.text}.End() after starting it`;
}

export const otelSpanDetached: WorkspaceRule = {
  meta: {
    id: 'otel-span-detached',
    defaultSeverity: 'warning',
    summary: "An OpenTelemetry span started from a context that is not the request's while it is at hand, or not ended on every path.",
    fixable: true,
    inTestCode: 'quiet',
    // Spans are started where Start is called; handler methods and registrations are read for the service model.
    needs: {
      words: [...SPAN_NEEDS.words, ...GRPC_NEEDS.words, ...CONTEXT_NEEDS.words, ...CONNECT_HANDLER_NEEDS.words],
      wordStarts: REGISTRATION_NEEDS.wordStarts,
    },
  },
  scope: 'workspace',
  unit: 'package',
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const span of file.services.spans) {
        if (span.problem === 'not-ended') {
          report({ file: file.path, range: span.range, message: notEndedMessage(span), fixes: span.fixes });
          continue;
        }
        // Outside the request scope (main, workers, helpers) a root span is the author's choice.
        const owner = facts.services.requestKind(file, span.scope ?? null, span.method);
        if (owner) report({ file: file.path, range: span.range, message: detachedMessage(span, owner), fixes: span.fixes });
      }
    }
  },
};
