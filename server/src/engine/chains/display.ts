// Short names of chain entries for one-line displays (code lens, text output).
import { defaultImportName } from '../go/imports';
import { CONNECT_PKGS } from '../knowledge/connect-api';
import type { Chain, ChainEntry } from './model';
import type { ChainModel } from './view-model';
import { drawnStreams, type StreamKind, terminal } from './words';

/** `recovery` for a library interceptor, the registration name for workspace ones (and connect's own: `connect.WithRecover`), `?` when unknown. */
export function shortName(entry: ChainEntry): string {
  if (!entry.resolved) return '?';
  if (entry.library && !CONNECT_PKGS.has(entry.library)) return defaultImportName(entry.library);
  return entry.name;
}

/** `unary: recovery → otelgrpc → auth → logging → handler`. */
export function chainLensTitle(chain: Chain, stream: StreamKind = 'unary'): string {
  const names = [...chain[stream].map(shortName), terminal(chain, stream)];
  return `${stream}: ${names.join(' → ')}`;
}

/** The unary line always; the stream line when the chain has stream interceptors. */
export function chainLensTitles(chain: Chain): string[] {
  return drawnStreams(chain).map((stream) => chainLensTitle(chain, stream));
}

/** `? opts: parameter opts of NewServer, 3 call sites`: what each `?` of one side of a chain stands for. */
export function unknownNotes(chain: Chain, stream: StreamKind): string[] {
  const notes = chain[stream].filter((e) => !e.resolved).map((e) => `? ${e.name}: ${e.reason ?? 'not followed'}`);
  return [...new Set(notes)];
}

/** `outside recovery: audit, mw.Timing (a panic there is not recovered)`, or nothing. */
export function outsideNote(model: ChainModel, stream: StreamKind): string[] {
  const outside = model[stream].filter((e) => e.outsideRecovery).map((e) => e.entry.name);
  return outside.length > 0 ? [`outside recovery: ${outside.join(', ')} (a panic there is not recovered)`] : [];
}
