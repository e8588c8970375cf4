// The per-package workspace rules (unit 'package') run one package at a time; their findings are
// kept per configuration and package until the package, or a key they read elsewhere, changes.
import { readsChanged } from '../index/read-recorder';
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

export class PackageReports {
  private readonly byConfig = new Map<Config, { rules: readonly WorkspaceRule[]; byPackage: Map<string, PackageRun> }>();

  /** The stored run of rules over package pkg under config, else compute's (stored). */
  of(config: Config, rules: readonly WorkspaceRule[], pkg: string, compute: () => PackageRun): PackageRun {
    let stored = this.byConfig.get(config);
    if (!stored || !sameRules(stored.rules, rules)) {
      // Configurations are replaced on every settings reload: keep only the recent ones.
      if (!stored && this.byConfig.size >= 8) this.byConfig.clear();
      this.byConfig.set(config, (stored = { rules, byPackage: new Map() }));
    }
    let run = stored.byPackage.get(pkg);
    if (!run) stored.byPackage.set(pkg, (run = compute()));
    return run;
  }

  /** Drops every stored run that read one of these keys. */
  forget(keys: ReadonlySet<string>): void {
    if (keys.size === 0) return;
    for (const { byPackage } of this.byConfig.values()) {
      for (const [pkg, run] of byPackage) if (readsChanged(run.reads, keys)) byPackage.delete(pkg);
    }
  }
}

export function sameRules(a: readonly WorkspaceRule[], b: readonly WorkspaceRule[]): boolean {
  return a.length === b.length && a.every((rule, i) => rule === b[i]);
}
