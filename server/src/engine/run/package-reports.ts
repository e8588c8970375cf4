// The per-package workspace rules (unit 'package') run one package at a time; their findings are
// kept per configuration and package until the package, or a key they read elsewhere, changes.
import { sameItems } from '../collections';
import type { Config } from '../config/config';
import type { SuppressionCounts } from '../config/suppressions';
import type { WorkspaceRule } from '../rules/rule';
import type { Finding } from '../types';

export interface PackageRun {
  findings: Finding[];
  suppressed: SuppressionCounts;
  problems: string[];
  /** The keys the run read: its own package's, those of packages it looked into, service model keys. */
  reads: ReadonlySet<string>;
}

/** The key under which a read of a package's declarations is recorded (any change of its files changes it). */
export function packageRead(pkg: string): string {
  return `package\u0000${pkg}`;
}

interface StoredRuns {
  rules: readonly WorkspaceRule[];
  byPackage: Map<string, PackageRun>;
  /** The packages whose stored run read each key. */
  readers: Map<string, Set<string>>;
}

export class PackageReports {
  private readonly byConfig = new Map<Config, StoredRuns>();

  /** The runs of rules over each of packages under config: the stored ones, else compute's (stored). */
  runs(config: Config, rules: readonly WorkspaceRule[], packages: Iterable<string>, compute: (pkg: string) => PackageRun): PackageRun[] {
    let stored = this.byConfig.get(config);
    if (!stored || !sameItems(stored.rules, rules)) {
      // Configurations are replaced on every settings reload: keep only the recent ones.
      if (!stored && this.byConfig.size >= 8) this.byConfig.clear();
      this.byConfig.set(config, (stored = { rules, byPackage: new Map(), readers: new Map() }));
    }
    const runs: PackageRun[] = [];
    for (const pkg of packages) {
      let run = stored.byPackage.get(pkg);
      if (!run) {
        stored.byPackage.set(pkg, (run = compute(pkg)));
        for (const k of run.reads) {
          const readers = stored.readers.get(k);
          if (readers) readers.add(pkg);
          else stored.readers.set(k, new Set([pkg]));
        }
      }
      runs.push(run);
    }
    return runs;
  }

  /** Drops every stored run that read one of these keys (looked up by key: the cost is that of the keys, not of the runs). */
  forget(keys: ReadonlySet<string>): void {
    for (const stored of this.byConfig.values()) {
      for (const k of keys) {
        for (const pkg of [...(stored.readers.get(k) ?? [])]) {
          const run = stored.byPackage.get(pkg);
          stored.byPackage.delete(pkg);
          for (const read of run?.reads ?? []) stored.readers.get(read)?.delete(pkg);
        }
        stored.readers.delete(k);
      }
    }
  }
}
