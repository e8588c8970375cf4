// Every rule, sorted by id (a test checks the order as written). A test checks that each has a docs page and fixtures.
import { chainDeprecatedOtelInterceptor } from './chain-deprecated-otel-interceptor';
import { chainInterceptorOverwritten } from './chain-interceptor-overwritten';
import { chainMissingRecovery } from './chain-missing-recovery';
import { chainOrder } from './chain-order';
import { chainStreamGap } from './chain-stream-gap';
import { chainUnprotectedInterceptor } from './chain-unprotected-interceptor';
import { connectMissingRecover } from './connect-missing-recover';
import { connectUnaryInterceptorOnStreams } from './connect-unary-interceptor-on-streams';
import { ctxBackgroundInRequest } from './ctx-background-in-request';
import { ctxCancelDiscarded } from './ctx-cancel-discarded';
import { ctxCancelNotCalled } from './ctx-cancel-not-called';
import { ctxDeferCancelInLoop } from './ctx-defer-cancel-in-loop';
import { ctxNil } from './ctx-nil';
import { ctxTimeoutExceedsParent } from './ctx-timeout-exceeds-parent';
import { ctxValueBuiltinKey } from './ctx-value-builtin-key';
import { grpcDeprecatedDial } from './grpc-deprecated-dial';
import { grpcDialInRequest } from './grpc-dial-in-request';
import { grpcNewclientIgnoredOption } from './grpc-newclient-ignored-option';
import { grpcRegisterAfterServe } from './grpc-register-after-serve';
import { interceptorCallOptionsDropped } from './interceptor-call-options-dropped';
import { interceptorContextDropped } from './interceptor-context-dropped';
import { interceptorErrorNotStatus } from './interceptor-error-not-status';
import { interceptorGoroutineUnrecovered } from './interceptor-goroutine-unrecovered';
import { interceptorNextNotCalled } from './interceptor-next-not-called';
import { interceptorPanics } from './interceptor-panics';
import { interceptorResultDiscarded } from './interceptor-result-discarded';
import { interceptorStreamContextLost } from './interceptor-stream-context-lost';
import { interceptorStreamTimeoutCancelled } from './interceptor-stream-timeout-cancelled';
import { metadataOutgoingOverwritten } from './metadata-outgoing-overwritten';
import { otelSpanDetached } from './otel-span-detached';
import { type FileRule, type Rule, type WorkspaceRule, variantSettingId } from './rule';

export const RULES: readonly Rule[] = [
  chainDeprecatedOtelInterceptor,
  chainInterceptorOverwritten,
  chainMissingRecovery,
  chainOrder,
  chainStreamGap,
  chainUnprotectedInterceptor,
  connectMissingRecover,
  connectUnaryInterceptorOnStreams,
  ctxBackgroundInRequest,
  ctxCancelDiscarded,
  ctxCancelNotCalled,
  ctxDeferCancelInLoop,
  ctxNil,
  ctxTimeoutExceedsParent,
  ctxValueBuiltinKey,
  grpcDeprecatedDial,
  grpcDialInRequest,
  grpcNewclientIgnoredOption,
  grpcRegisterAfterServe,
  interceptorCallOptionsDropped,
  interceptorContextDropped,
  interceptorErrorNotStatus,
  interceptorGoroutineUnrecovered,
  interceptorNextNotCalled,
  interceptorPanics,
  interceptorResultDiscarded,
  interceptorStreamContextLost,
  interceptorStreamTimeoutCancelled,
  metadataOutgoingOverwritten,
  otelSpanDetached,
];

export const FILE_RULES: readonly FileRule[] = RULES.filter((r): r is FileRule => r.scope === 'file');
export const WORKSPACE_RULES: readonly WorkspaceRule[] = RULES.filter((r): r is WorkspaceRule => r.scope === 'workspace');
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));
/** What `rules` in the configuration may set: every rule id and every variant's `<id>/<name>`. */
export const SETTING_IDS: ReadonlySet<string> = new Set(
  RULES.flatMap(({ meta }) => [meta.id, ...(meta.variants ?? []).map((v) => variantSettingId(meta.id, v.name))]),
);
