// What kind of interceptor an entry is: known libraries by import path, workspace ones by
// what their body does, then by name.
import type { InterceptorBodyFacts } from '../interceptors/types';
import { MW_V1, MW_V2 } from '../knowledge/grpc-middleware';
import type { InterceptorClass } from './model';

/** Import path (or path prefix: the package and its sub-packages) → class. */
const LIBRARY_CLASSES: ReadonlyMap<string, InterceptorClass> = new Map([
  [`${MW_V2}/interceptors/recovery`, 'recovery'],
  [`${MW_V2}/interceptors/auth`, 'auth'],
  [`${MW_V2}/interceptors/logging`, 'logging'],
  [`${MW_V2}/interceptors/ratelimit`, 'ratelimit'],
  [`${MW_V2}/interceptors/retry`, 'retry'],
  [`${MW_V2}/interceptors/timeout`, 'timeout'],
  [`${MW_V2}/interceptors/validator`, 'validation'],
  [`${MW_V2}/interceptors/protovalidate`, 'validation'],
  [`${MW_V2}/interceptors/realip`, 'other'],
  [`${MW_V2}/interceptors/selector`, 'other'],
  [`${MW_V2}/providers/prometheus`, 'metrics'],
  [`${MW_V2}/providers/openmetrics`, 'metrics'],
  [`${MW_V1}/providers/prometheus`, 'metrics'],
  [`${MW_V1}/recovery`, 'recovery'],
  [`${MW_V1}/auth`, 'auth'],
  [`${MW_V1}/logging`, 'logging'],
  [`${MW_V1}/ratelimit`, 'ratelimit'],
  [`${MW_V1}/retry`, 'retry'],
  [`${MW_V1}/validator`, 'validation'],
  [`${MW_V1}/tags`, 'other'],
  [`${MW_V1}/tracing/opentracing`, 'tracing'],
  ['go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc', 'tracing'],
  ['github.com/grpc-ecosystem/go-grpc-prometheus', 'metrics'],
  ['github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc', 'tracing'],
  ['connectrpc.com/otelconnect', 'tracing'],
  ['github.com/bufbuild/connect-opentelemetry-go', 'tracing'],
  ['connectrpc.com/validate', 'validation'],
]);

/** The class of an interceptor from a known library, or null for a library ctxlens does not know. */
export function libraryClass(importPath: string): InterceptorClass | null {
  for (let path = importPath; path.includes('/'); path = path.slice(0, path.lastIndexOf('/'))) {
    const known = LIBRARY_CLASSES.get(path);
    if (known) return known;
  }
  return null;
}

/** Word prefixes of a name, checked in this order (`authLogger` is auth, `tokenLimiter` ratelimit). */
const NAME_CLASSES: readonly [readonly string[], InterceptorClass][] = [
  [['recover'], 'recovery'],
  [['ratelimit', 'limiter', 'throttl'], 'ratelimit'],
  [['auth', 'jwt', 'token', 'login'], 'auth'],
  [['trace', 'tracing', 'tracer', 'otel', 'span'], 'tracing'],
  [['metric', 'prom'], 'metrics'],
  [['log'], 'logging'],
  [['valid'], 'validation'],
  [['retry', 'retries'], 'retry'],
  [['timeout', 'deadline'], 'timeout'],
];

/** The lower-case words of an identifier or selector: `s.withTraceHeader` → s, with, trace, header. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

export function classByName(name: string): InterceptorClass {
  const parts = words(name);
  // Two-word fragments (`RateLimit`, `rate_limit`) are matched on the words run together too.
  const joined = parts.map((w, i) => w + (parts[i + 1] ?? ''));
  for (const [prefixes, cls] of NAME_CLASSES) {
    if (prefixes.some((p) => parts.some((w) => w.startsWith(p)) || joined.some((w) => w.startsWith(p)))) return cls;
  }
  return 'other';
}

/** A workspace interceptor: a deferred recover() makes it recovery whatever its name. */
export function workspaceClass(name: string, body: InterceptorBodyFacts | null): InterceptorClass {
  if (body?.recovers) return 'recovery';
  return classByName(name);
}
