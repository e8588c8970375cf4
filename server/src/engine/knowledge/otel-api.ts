// What ctxlens knows of OpenTelemetry's tracing API (go.opentelemetry.io/otel).
import type { TextNeeds } from '../go/needs';

export const OTEL_PKG = 'go.opentelemetry.io/otel';
export const OTEL_TRACE_PKG = 'go.opentelemetry.io/otel/trace';

/** trace.Tracer as a type's qualified text. */
export const TRACER_TYPE = `${OTEL_TRACE_PKG}.Tracer`;

/** Span start options that make a span of its own trace on purpose (a new root, or linked to the request's span). */
export const DETACHING_SPAN_OPTIONS: ReadonlySet<string> = new Set(['WithNewRoot', 'WithLinks']);

/** Files that start a span call a tracer's Start. */
export const SPAN_NEEDS: TextNeeds = { words: ['Start'] };

/** A file importing OpenTelemetry's API or one of its packages (`otel`, `otel/trace`). */
export function importsOtel(paths: Iterable<string>): boolean {
  for (const path of paths) if (path === OTEL_PKG || path.startsWith(`${OTEL_PKG}/`)) return true;
  return false;
}
