// Short names of chain entries for one-line displays (code lens, text output).
import { defaultImportName } from '../go/imports';
import type { Chain, ChainEntry } from './model';

/** `recovery` for a library interceptor, the registration name for workspace ones, `?` when unknown. */
export function shortName(entry: ChainEntry): string {
  if (!entry.resolved) return '?';
  if (entry.library) return defaultImportName(entry.library);
  return entry.name;
}

/** What the innermost interceptor calls: the handler (servers), the invoker or streamer (clients). */
export function terminal(chain: Chain, stream: 'unary' | 'stream'): string {
  if (chain.kind === 'server') return 'handler';
  return stream === 'unary' ? 'invoker' : 'streamer';
}

/** `unary: recovery → otelgrpc → auth → logging → handler`. */
export function chainLensTitle(chain: Chain, stream: 'unary' | 'stream' = 'unary'): string {
  const names = [...chain[stream].map(shortName), terminal(chain, stream)];
  return `${stream}: ${names.join(' → ')}`;
}

/** The unary line always; the stream line when the chain has stream interceptors. */
export function chainLensTitles(chain: Chain): string[] {
  return chain.stream.length > 0 ? [chainLensTitle(chain, 'unary'), chainLensTitle(chain, 'stream')] : [chainLensTitle(chain, 'unary')];
}

/** `? opts: parameter opts of NewServer, 3 call sites`: what each `?` of one side of a chain stands for. */
export function unknownNotes(chain: Chain, stream: 'unary' | 'stream'): string[] {
  const notes = chain[stream].filter((e) => !e.resolved).map((e) => `? ${e.name}: ${e.reason ?? 'not followed'}`);
  return [...new Set(notes)];
}
