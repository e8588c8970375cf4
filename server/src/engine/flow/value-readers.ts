// Calls that read only values from a context they are given (metrics recorders, loggers): handed
// a root context they lose nothing a request could cancel, and many are handed one on purpose.
import { field, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';
import { isLoggingImport, LOGGER_WORDS, LOGGING_METHODS } from '../knowledge/logging-api';

/** Words of a callee's names (`diag.DefaultMonitoring.Record`, camel case split) that say it records metrics. */
const METRICS_WORDS: ReadonlySet<string> = new Set([
  'metric',
  'metrics',
  'monitor',
  'monitoring',
  'telemetry',
  'instrument',
  'instruments',
  'counter',
  'histogram',
  'gauge',
  'meter',
  'stats',
  'diag',
  'diagnostics',
]);

/** Import paths of metrics libraries (OpenTelemetry metrics, go-metrics, OpenCensus stats, Prometheus). */
const METRICS_IMPORT = /metric|opencensus\.io\/stats|prometheus/;

function words(identifier: string): string[] {
  return identifier.split(/_|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
}

/** The identifiers of a callee expression, through calls on the way: `a.b().c` → a, b, c. */
function calleeChain(fn: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let n: SyntaxNode | null = fn;
  while (n?.type === 'selector_expression' || n?.type === 'call_expression') {
    if (n.type === 'call_expression') {
      n = field(n, 'function');
      continue;
    }
    const name = field(n, 'field');
    if (name) out.unshift(name);
    n = field(n, 'operand');
  }
  if (n?.type === 'identifier') out.unshift(n);
  return out;
}

/** The names of the callee that call is an argument of, with the import path of its package when it starts with one. */
function outerCallee(file: SourceFile, call: SyntaxNode): { names: string[]; importPath: string | undefined } | null {
  const args = call.parent;
  const outer = args?.type === 'argument_list' ? args.parent : null;
  const fn = outer?.type === 'call_expression' ? field(outer, 'function') : null;
  if (!fn) return null;
  const names = calleeChain(fn).map((n) => n.text);
  return { names, importPath: names.length > 1 ? file.imports.pathOf(names[0]!) : undefined };
}

function recordsMetrics(names: readonly string[], importPath: string | undefined): boolean {
  return (!!importPath && METRICS_IMPORT.test(importPath)) || names.some((name) => words(name).some((word) => METRICS_WORDS.has(word)));
}

/** `logger.Errorf(ctx, …)`, `s.log.InfoContext(ctx, …)`: a logging method on something named a logger, or a logging package's function. */
function logs(names: readonly string[], importPath: string | undefined): boolean {
  const method = names[names.length - 1];
  if (names.length < 2 || !method || !LOGGING_METHODS.has(method)) return false;
  if (importPath) return isLoggingImport(importPath);
  return names.slice(0, -1).some((name) => words(name).some((word) => LOGGER_WORDS.has(word)));
}

/** The root context call is an argument of a metrics recording or logging call. */
export function readsOnlyValues(file: SourceFile, call: SyntaxNode): boolean {
  const callee = outerCallee(file, call);
  return !!callee && (recordsMetrics(callee.names, callee.importPath) || logs(callee.names, callee.importPath));
}
