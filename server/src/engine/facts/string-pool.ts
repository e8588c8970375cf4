// One copy of each string of the facts that arrive from worker threads: a message's strings are
// copies, and the same type texts, names and kinds recur in every file (a fifth of the facts' heap
// on a large workspace).

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** Replaces, in place, every string inside value (objects and arrays, any depth) by the pool's copy. */
  intern(value: object): void {
    // Iterative: facts nest as deep as the code they describe.
    const pending: object[] = [value];
    for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
      if (Array.isArray(item)) {
        for (let i = 0; i < item.length; i++) item[i] = this.visit(item[i], pending);
        continue;
      }
      const record = item as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.visit(record[key], pending);
    }
  }

  /** A string's copy; an object or array is queued, to be visited in turn. */
  private visit(inner: unknown, pending: object[]): unknown {
    if (typeof inner === 'string') return this.copyOf(inner);
    if (typeof inner === 'object' && inner !== null) pending.push(inner);
    return inner;
  }

  private copyOf(text: string): string {
    const kept = this.strings.get(text);
    if (kept !== undefined) return kept;
    this.strings.set(text, text);
    return text;
  }
}
