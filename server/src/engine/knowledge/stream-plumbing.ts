// Calls that move data between goroutines of one RPC (streams, channels, cancellation, errors,
// logging) and that no one expects to panic: a goroutine doing only these needs no recover().

import { LOGGING_METHODS } from './logging-api';

/** Methods of streams, sync primitives, contexts, protobuf getters' callers and loggers. */
export const PLUMBING_METHODS: ReadonlySet<string> = new Set([
  'Recv',
  // connect-go's streams: BidiStream.Receive, ClientStream.Receive.
  'Receive',
  'Send',
  'RecvMsg',
  'SendMsg',
  'SendHeader',
  'SetHeader',
  'SetTrailer',
  'Context',
  'Done',
  'Err',
  'Add',
  'Wait',
  'Lock',
  'Unlock',
  'RLock',
  'RUnlock',
  'Stop',
  ...LOGGING_METHODS,
  'WithError',
  'WithField',
  'WithFields',
]);

/** Packages whose functions build errors, statuses, contexts and times. */
export const PLUMBING_PACKAGES: ReadonlySet<string> = new Set([
  'context',
  'errors',
  'fmt',
  'io',
  'time',
  'github.com/pkg/errors',
  'google.golang.org/grpc/codes',
  'google.golang.org/grpc/status',
]);

/** Predeclared functions that do not panic on their own (close of a closed channel aside). */
export const PLUMBING_BUILTINS: ReadonlySet<string> = new Set(['append', 'cap', 'close', 'copy', 'delete', 'len', 'make', 'max', 'min', 'new']);
