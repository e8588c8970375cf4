// Loggers as Go code calls them: the standard library's log and log/slog, zap, logrus, klog,
// glog, zerolog, go-kit and the many project loggers written in their image.

/** Methods that write a log line (slog's and several project loggers' `…Context` forms take a context first). */
export const LOGGING_METHODS: ReadonlySet<string> = new Set([
  'Debug',
  'Debugf',
  'Info',
  'Infof',
  'Warn',
  'Warnf',
  'Warning',
  'Warningf',
  'Error',
  'Errorf',
  'Printf',
  'Println',
  'Log',
  'Logf',
  'DebugContext',
  'InfoContext',
  'WarnContext',
  'ErrorContext',
]);

/** Words of a name (camel case split) that say it is a logger: `logger`, `s.log`, `slog`, `zapLog`. */
export const LOGGER_WORDS: ReadonlySet<string> = new Set(['log', 'logs', 'logger', 'logging', 'slog', 'klog', 'glog', 'logr', 'logrus', 'zap', 'zerolog']);

/** Import paths of logging packages: their last element names a logger (`log/slog`, `go.uber.org/zap`, a project's `…/logger`). */
export function isLoggingImport(importPath: string): boolean {
  return LOGGER_WORDS.has(importPath.slice(importPath.lastIndexOf('/') + 1).toLowerCase());
}
