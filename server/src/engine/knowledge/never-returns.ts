// Standard-library calls after which the calling code never runs on: the process exits, the
// goroutine ends, or the call panics. (The builtin panic is a call of its own kind.)

const NEVER_RETURN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['log', new Set(['Fatal', 'Fatalf', 'Fatalln', 'Panic', 'Panicf', 'Panicln'])],
  ['os', new Set(['Exit'])],
  ['runtime', new Set(['Goexit'])],
  ['syscall', new Set(['Exit'])],
]);

/** True for pkg.name calls that never return (`os.Exit`, `log.Fatalf`, `runtime.Goexit` …). */
export function neverReturns(pkg: string, name: string): boolean {
  return NEVER_RETURN.get(pkg)?.has(name) ?? false;
}
