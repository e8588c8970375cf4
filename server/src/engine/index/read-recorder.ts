// Which keys a computation looks up, so that it re-runs only when one of them changes.

export class ReadRecorder {
  private reads: Set<string> | null = null;

  /** Runs compute with the keys noted meanwhile collected into reads (an inner recording takes them while it runs). */
  into<T>(reads: Set<string>, compute: () => T): T {
    const outer = this.reads;
    this.reads = reads;
    try {
      return compute();
    } finally {
      this.reads = outer;
    }
  }

  note(key: string): void {
    this.reads?.add(key);
  }
}

/** Whether a recording's reads meet the changed keys (walks the smaller set). */
export function readsChanged(reads: ReadonlySet<string>, changed: ReadonlySet<string>): boolean {
  const [small, large] = reads.size < changed.size ? [reads, changed] : [changed, reads];
  for (const k of small) if (large.has(k)) return true;
  return false;
}
