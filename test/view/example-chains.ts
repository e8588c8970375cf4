// The chains the language server returns for examples/ (ctxlens/chains), paths under
// file:///workspace/examples.
import type { ChainEntryView, ChainView } from '../../server/src/protocol';
import { completed } from './sample-chains';

type AsReturned = Omit<ChainView, 'testCode' | 'mermaid' | 'unary' | 'stream'> & {
  unary: Omit<ChainEntryView, 'effectiveClass'>[];
  stream: Omit<ChainEntryView, 'effectiveClass'>[];
};

/** No configuration: every entry's effective class is its class. */
const withEffectiveClasses = (chain: AsReturned) => ({
  ...chain,
  unary: chain.unary.map((e) => ({ ...e, effectiveClass: e.class })),
  stream: chain.stream.map((e) => ({ ...e, effectiveClass: e.class })),
});

const RETURNED: AsReturned[] = [
  {
    id: '/workspace/examples/cmd/server/main.go:49:8',
    kind: 'server',
    framework: 'grpc',
    constructor: 'grpc.NewServer',
    location: {
      uri: 'file:///workspace/examples/cmd/server/main.go',
      range: {
        start: {
          line: 49,
          character: 8,
        },
        end: {
          line: 55,
          character: 2,
        },
      },
    },
    relativePath: 'cmd/server/main.go',
    unary: [
      {
        name: 'interceptors.Logging',
        class: 'logging',
        registered: {
          uri: 'file:///workspace/examples/cmd/server/main.go',
          range: {
            start: {
              line: 51,
              character: 3,
            },
            end: {
              line: 51,
              character: 31,
            },
          },
        },
        defined: {
          uri: 'file:///workspace/examples/internal/interceptors/logging.go',
          range: {
            start: {
              line: 12,
              character: 5,
            },
            end: {
              line: 12,
              character: 12,
            },
          },
        },
        conditional: false,
        resolved: true,
        library: null,
        wrappedBy: null,
        body: {
          callsNextOnEveryPath: true,
          passesContext: true,
          mayPanic: false,
          recovers: false,
        },
        outsideRecovery: false,
        findings: [
          {
            rule: 'ctx-value-builtin-key',
            severity: 'hint',
            message:
              'context.WithValue keyed by a string: any package using the same string reads or overwrites this value; use an unexported key type (type ctxKey struct{})',
            location: {
              uri: 'file:///workspace/examples/internal/interceptors/logging.go',
              range: {
                start: {
                  line: 15,
                  character: 31,
                },
                end: {
                  line: 15,
                  character: 43,
                },
              },
            },
          },
        ],
      },
      {
        name: 'interceptors.Auth',
        class: 'auth',
        registered: {
          uri: 'file:///workspace/examples/cmd/server/main.go',
          range: {
            start: {
              line: 52,
              character: 3,
            },
            end: {
              line: 52,
              character: 75,
            },
          },
        },
        defined: {
          uri: 'file:///workspace/examples/internal/interceptors/auth.go',
          range: {
            start: {
              line: 20,
              character: 5,
            },
            end: {
              line: 20,
              character: 9,
            },
          },
        },
        conditional: false,
        resolved: true,
        library: null,
        wrappedBy: null,
        body: {
          callsNextOnEveryPath: true,
          passesContext: true,
          mayPanic: true,
          recovers: false,
        },
        outsideRecovery: false,
        findings: [
          {
            rule: 'interceptor-panics',
            severity: 'warning',
            message: 'panic in this interceptor: it crashes the whole server unless a recovery interceptor runs before this one; return a status error instead',
            location: {
              uri: 'file:///workspace/examples/internal/interceptors/auth.go',
              range: {
                start: {
                  line: 38,
                  character: 3,
                },
                end: {
                  line: 38,
                  character: 61,
                },
              },
            },
          },
        ],
      },
    ],
    stream: [
      {
        name: 'interceptors.StreamLogging',
        class: 'logging',
        registered: {
          uri: 'file:///workspace/examples/cmd/server/main.go',
          range: {
            start: {
              line: 54,
              character: 30,
            },
            end: {
              line: 54,
              character: 64,
            },
          },
        },
        defined: {
          uri: 'file:///workspace/examples/internal/interceptors/logging.go',
          range: {
            start: {
              line: 27,
              character: 5,
            },
            end: {
              line: 27,
              character: 18,
            },
          },
        },
        conditional: false,
        resolved: true,
        library: null,
        wrappedBy: null,
        body: {
          callsNextOnEveryPath: true,
          passesContext: true,
          mayPanic: false,
          recovers: false,
        },
        outsideRecovery: false,
        findings: [],
      },
    ],
    findings: [
      {
        rule: 'chain-missing-recovery',
        severity: 'warning',
        message:
          "grpc.NewServer's unary and stream chains have interceptors but no recovery interceptor: grpc-go does not recover panics, so one panic in a handler or interceptor kills the whole process",
        location: {
          uri: 'file:///workspace/examples/cmd/server/main.go',
          range: {
            start: {
              line: 49,
              character: 8,
            },
            end: {
              line: 49,
              character: 22,
            },
          },
        },
      },
    ],
    findingCount: 3,
    builtOutsideWorkspace: false,
  },
  {
    id: '/workspace/examples/internal/gateway/http.go:27:14',
    kind: 'client',
    framework: 'grpc',
    constructor: 'grpc.NewClient',
    location: {
      uri: 'file:///workspace/examples/internal/gateway/http.go',
      range: {
        start: {
          line: 27,
          character: 14,
        },
        end: {
          line: 30,
          character: 2,
        },
      },
    },
    relativePath: 'internal/gateway/http.go',
    unary: [
      {
        name: 'forwardRequestID',
        class: 'other',
        registered: {
          uri: 'file:///workspace/examples/internal/gateway/http.go',
          range: {
            start: {
              line: 29,
              character: 33,
            },
            end: {
              line: 29,
              character: 49,
            },
          },
        },
        defined: {
          uri: 'file:///workspace/examples/internal/gateway/http.go',
          range: {
            start: {
              line: 74,
              character: 5,
            },
            end: {
              line: 74,
              character: 21,
            },
          },
        },
        conditional: false,
        resolved: true,
        library: null,
        wrappedBy: null,
        body: {
          callsNextOnEveryPath: true,
          passesContext: true,
          mayPanic: false,
          recovers: false,
        },
        outsideRecovery: false,
        findings: [],
      },
    ],
    stream: [],
    findings: [],
    findingCount: 0,
    builtOutsideWorkspace: false,
  },
  {
    id: '/workspace/examples/internal/gateway/http.go:47:14',
    kind: 'client',
    framework: 'grpc',
    constructor: 'grpc.Dial',
    location: {
      uri: 'file:///workspace/examples/internal/gateway/http.go',
      range: {
        start: {
          line: 47,
          character: 14,
        },
        end: {
          line: 47,
          character: 92,
        },
      },
    },
    relativePath: 'internal/gateway/http.go',
    unary: [],
    stream: [],
    findings: [
      {
        rule: 'grpc-dial-in-request',
        severity: 'warning',
        message:
          'grpc.Dial in an HTTP handler opens a new client connection on every request (name resolution, TCP, TLS and HTTP/2 handshakes each time), and never closes it: one connection leaked per request',
        location: {
          uri: 'file:///workspace/examples/internal/gateway/http.go',
          range: {
            start: {
              line: 47,
              character: 14,
            },
            end: {
              line: 47,
              character: 23,
            },
          },
        },
      },
    ],
    findingCount: 1,
    builtOutsideWorkspace: false,
  },
  {
    id: '/workspace/examples/internal/inventory/client.go:18:14',
    kind: 'client',
    framework: 'grpc',
    constructor: 'grpc.NewClient',
    location: {
      uri: 'file:///workspace/examples/internal/inventory/client.go',
      range: {
        start: {
          line: 18,
          character: 14,
        },
        end: {
          line: 18,
          character: 92,
        },
      },
    },
    relativePath: 'internal/inventory/client.go',
    unary: [],
    stream: [],
    findings: [],
    findingCount: 0,
    builtOutsideWorkspace: false,
  },
  {
    id: '/workspace/examples/internal/inventory/client.go:43:14',
    kind: 'client',
    framework: 'grpc',
    constructor: 'grpc.NewClient',
    location: {
      uri: 'file:///workspace/examples/internal/inventory/client.go',
      range: {
        start: {
          line: 43,
          character: 14,
        },
        end: {
          line: 43,
          character: 92,
        },
      },
    },
    relativePath: 'internal/inventory/client.go',
    unary: [],
    stream: [],
    findings: [
      {
        rule: 'grpc-dial-in-request',
        severity: 'warning',
        message: 'the connection from grpc.NewClient is never closed and does not leave Ping: a connection and its goroutines leaked on every call',
        location: {
          uri: 'file:///workspace/examples/internal/inventory/client.go',
          range: {
            start: {
              line: 43,
              character: 14,
            },
            end: {
              line: 43,
              character: 28,
            },
          },
        },
      },
    ],
    findingCount: 1,
    builtOutsideWorkspace: false,
  },
];

export const EXAMPLE_CHAINS: ChainView[] = RETURNED.map((chain) => completed(withEffectiveClasses(chain)));
