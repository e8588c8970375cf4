// Made-up chains that use every part of the chain view: recovery in the middle (a shaded zone
// before it), a library interceptor, unknown and conditional entries, findings, and names,
// messages and paths an attacker could write into Go code.
import { chainPlace } from '../../client/src/chain-view/chain-text';
import { chainsMermaid } from '../../server/src/engine/chains/format-mermaid';
import type { ChainEntryView, ChainFindingView, ChainView, ViewLocation } from '../../server/src/protocol';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function at(file: string, line: number, character = 1, length = 10): ViewLocation {
  return { uri: `file:///workspace/${file}`, range: { start: { line, character }, end: { line, character: character + length } } };
}

export function finding(rule: string, message: string, location: ViewLocation, severity: ChainFindingView['severity'] = 'warning'): ChainFindingView {
  return { rule, severity, message, location };
}

const BODY = { callsNextOnEveryPath: true, passesContext: true, mayPanic: false, recovers: false };

/** A chain view as the server completes it: test code or not, and its Mermaid text from the one writer. */
export function completed(chain: Omit<ChainView, 'testCode' | 'mermaid'> & { testCode?: boolean }): ChainView {
  return { ...chain, testCode: chain.testCode ?? false, mermaid: chainsMermaid([{ ...chain, place: chainPlace(chain as ChainView) }]) };
}

export function entry(name: string, overrides: Partial<ChainEntryView> = {}): ChainEntryView {
  return {
    name,
    class: 'other',
    effectiveClass: overrides.class ?? 'other',
    registered: at('cmd/api/main.go', 40),
    defined: null,
    conditional: false,
    resolved: true,
    library: null,
    wrappedBy: null,
    body: null,
    outsideRecovery: false,
    findings: [],
    ...overrides,
  };
}

/** A server whose unary chain shows every kind of node, and a short stream chain. */
export function richChain(): ChainView {
  const tagging = entry('tagRequest', {
    registered: at('cmd/api/main.go', 41, 3, 10),
    defined: at('internal/mw/tags.go', 12, 5, 10),
    body: { ...BODY, mayPanic: true },
    outsideRecovery: true,
    findings: [
      finding(
        'chain-unprotected-interceptor',
        'tagRequest may panic and runs before recovery.UnaryServerInterceptor: its panics are not recovered',
        at('cmd/api/main.go', 41, 3, 10),
      ),
    ],
  });
  const unary = [
    entry('otelgrpc.UnaryServerInterceptor', {
      class: 'tracing',
      registered: at('cmd/api/main.go', 40, 3, 30),
      library: 'go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc',
      outsideRecovery: true,
    }),
    tagging,
    entry('recovery.UnaryServerInterceptor', {
      class: 'recovery',
      registered: at('cmd/api/main.go', 42, 3, 30),
      library: 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery',
    }),
    entry('s.auth', {
      class: 'auth',
      registered: at('cmd/api/main.go', 43, 3, 6),
      defined: at('internal/server/auth.go', 20, 17, 4),
      body: { ...BODY, callsNextOnEveryPath: false },
      wrappedBy: 'selector.UnaryServerInterceptor',
      findings: [
        finding(
          'interceptor-next-not-called',
          'a path returns without calling handler and without an error: the call succeeds with a nil response',
          at('internal/server/auth.go', 31, 3, 12),
        ),
      ],
    }),
    entry('limiter', {
      class: 'ratelimit',
      registered: at('cmd/api/main.go', 46, 27, 7),
      conditional: true,
      defined: at('internal/mw/limit.go', 8, 5, 7),
      body: BODY,
    }),
    entry('opts.Extra', { registered: at('cmd/api/main.go', 47, 3, 10), resolved: false }),
  ];
  const stream = [
    entry('recovery.StreamServerInterceptor', {
      class: 'recovery',
      registered: at('cmd/api/main.go', 50, 3, 31),
      library: 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery',
    }),
    entry('streamAuth', {
      class: 'auth',
      registered: at('cmd/api/main.go', 51, 3, 10),
      defined: at('internal/server/auth.go', 40, 5, 10),
      body: { ...BODY, passesContext: false },
    }),
  ];
  return completed({
    id: '/workspace/cmd/api/main.go:38:8',
    kind: 'server',
    framework: 'grpc',
    constructor: 'grpc.NewServer',
    location: at('cmd/api/main.go', 38, 8, 14),
    relativePath: 'cmd/api/main.go',
    unary,
    stream,
    findings: [],
    findingCount: 2,
    builtOutsideWorkspace: false,
  });
}

/** Names, messages and paths carrying markup and Mermaid/Markdown syntax. */
export function hostileChain(): ChainView {
  const chain = richChain();
  const hostilePath = `evil/${HOSTILE}.go`;
  chain.constructor = `grpc.NewServer${HOSTILE}`;
  chain.relativePath = hostilePath;
  chain.location = { uri: `file:///workspace/evil/${encodeURIComponent(HOSTILE)}.go`, range: chain.location.range };
  chain.unary[1] = entry(`mw["${HOSTILE}"]`, {
    registered: chain.location,
    defined: chain.location,
    library: HOSTILE,
    wrappedBy: `sel${HOSTILE}`,
    findings: [finding(`rule${HOSTILE}`, `message ${HOSTILE} "quoted" \`tick\` [link](javascript:alert(1)) #x; |pipe|`, chain.location, 'error')],
  });
  chain.findings = [finding('chain-level', `constructor ${HOSTILE}`, chain.location)];
  return completed(chain);
}
