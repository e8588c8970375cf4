// What ctxlens knows of the standard library's context package.

export const CONTEXT_PKG = 'context';

/** context.Context as facts spell a parameter's type (import-path qualified). */
export const CONTEXT_TYPE = `${CONTEXT_PKG}.Context`;

/** Functions returning (ctx, cancel); the value says how the cancel func is called. */
export const CANCEL_FUNCS: ReadonlyMap<string, { callText: string }> = new Map([
  ['WithCancel', { callText: 'cancel()' }],
  ['WithTimeout', { callText: 'cancel()' }],
  ['WithDeadline', { callText: 'cancel()' }],
  ['WithCancelCause', { callText: 'cancel(nil)' }],
  ['WithTimeoutCause', { callText: 'cancel()' }],
  ['WithDeadlineCause', { callText: 'cancel()' }],
]);

/** Functions that create a root context, detached from any request. */
export const ROOT_CONTEXT_FUNCS: ReadonlySet<string> = new Set(['Background', 'TODO']);
