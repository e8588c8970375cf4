// What ctxlens knows of the standard library's context package.
import { packageWord, type TextNeeds } from '../go/needs';

export const CONTEXT_PKG = 'context';

/** context.Context as facts spell a parameter's type (import-path qualified). */
/** Analyses that start from a call into package context: their files import it, or are it. */
export const CONTEXT_NEEDS: TextNeeds = { words: [packageWord(CONTEXT_PKG)] };

export const CONTEXT_TYPE = `${CONTEXT_PKG}.Context`;

/**
 * Functions returning (ctx, cancel); callText says how the cancel func is called, expiry what
 * cancels the context when nobody calls it (only the parent when it has no deadline).
 */
export const CANCEL_FUNCS: ReadonlyMap<string, { callText: string; expiry: 'timeout' | 'deadline' | null }> = new Map([
  ['WithCancel', { callText: 'cancel()', expiry: null }],
  ['WithTimeout', { callText: 'cancel()', expiry: 'timeout' }],
  ['WithDeadline', { callText: 'cancel()', expiry: 'deadline' }],
  ['WithCancelCause', { callText: 'cancel(nil)', expiry: null }],
  ['WithTimeoutCause', { callText: 'cancel()', expiry: 'timeout' }],
  ['WithDeadlineCause', { callText: 'cancel()', expiry: 'deadline' }],
] as const);

/** What an uncancelled context of funcName holds besides itself: a timer only where it has a deadline. */
export function heldWithContext(funcName: string): string {
  return CANCEL_FUNCS.get(funcName)?.expiry ? 'its timer' : "its entry in the parent's children";
}

/** Until when an uncancelled context of funcName lives: its timeout or deadline, or the parent's cancellation. */
export function livesUntil(funcName: string): string {
  const expiry = CANCEL_FUNCS.get(funcName)?.expiry;
  if (expiry === 'timeout') return 'the timeout fires (or the parent is cancelled first)';
  if (expiry === 'deadline') return 'the deadline passes (or the parent is cancelled first)';
  return 'the parent is cancelled';
}

/** Functions that create a root context, detached from any request. */
export const ROOT_CONTEXT_FUNCS: ReadonlySet<string> = new Set(['Background', 'TODO']);

/** Functions that derive a context from a parent: WithValue, WithoutCancel and the (ctx, cancel) ones. */
export const DERIVING_FUNCS: ReadonlySet<string> = new Set(['WithValue', 'WithoutCancel', ...CANCEL_FUNCS.keys()]);
