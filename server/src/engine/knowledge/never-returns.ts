// Standard-library calls after which the calling code never runs on: the process exits, the
// goroutine ends, or the call panics. (The builtin panic is a call of its own kind.)
import type { SourceFile } from '../go/source-file';
import type { SyntaxNode } from '../go/syntax';

const NEVER_RETURN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['log', new Set(['Fatal', 'Fatalf', 'Fatalln', 'Panic', 'Panicf', 'Panicln'])],
  ['os', new Set(['Exit'])],
  ['runtime', new Set(['Goexit'])],
  ['syscall', new Set(['Exit'])],
]);

/** After call the calling code does not run on: the builtin panic, or a call neverReturns names. */
export function callNeverReturns(file: SourceFile, call: SyntaxNode): boolean {
  if (file.callsBuiltin(call, 'panic')) return true;
  const callee = file.callee(call);
  return !!callee && neverReturns(callee.pkg, callee.name);
}

/** True for pkg.name calls that never return (`os.Exit`, `log.Fatalf`, `runtime.Goexit` …). */
export function neverReturns(pkg: string, name: string): boolean {
  return NEVER_RETURN.get(pkg)?.has(name) ?? false;
}
