import { CONTEXT_NEEDS } from '../knowledge/context-api';
import * as path from 'node:path';
import type { FileFacts } from '../facts/file-facts';
import type { BuiltinKeyUse } from '../flow/builtin-keys';
import type { RelatedLocation } from '../types';
import type { WorkspaceRule } from './rule';

/** Related locations listed with a finding; the message counts them all. */
const MAX_RELATED = 20;

interface KeyUse {
  file: FileFacts;
  use: BuiltinKeyUse;
}

/** Uses grouped per package (a test package `x_test` is its own) and key, in file and position order. */
function usesByPackageAndKey(files: Iterable<FileFacts>): Map<string, KeyUse[]> {
  const sorted = [...files].filter((f) => f.builtinKeys.length > 0).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const groups = new Map<string, KeyUse[]>();
  for (const file of sorted) {
    const pkg = `${file.packagePath ?? path.dirname(file.path)}\u0000${file.packageName}`;
    for (const use of file.builtinKeys) {
      const group = `${pkg}\u0000${use.key}`;
      let uses = groups.get(group);
      if (!uses) groups.set(group, (uses = []));
      uses.push({ file, use });
    }
  }
  return groups;
}

export const ctxValueBuiltinKey: WorkspaceRule = {
  meta: {
    id: 'ctx-value-builtin-key',
    defaultSeverity: 'hint',
    summary: 'context.WithValue keyed by a value of a built-in type (string, int): keys of different packages collide.',
    fixable: false,
    otherLinters: [
      { linter: 'staticcheck', checks: ['SA1029'] },
      { linter: 'revive', checks: ['context-keys-type'] },
    ],
    inTestCode: 'quiet',
    needs: CONTEXT_NEEDS,
  },
  scope: 'workspace',
  unit: 'package',
  // One finding per key and package, at its first use: the choice of key is one decision.
  check({ facts, report }) {
    for (const uses of usesByPackageAndKey(facts.files.values()).values()) {
      const [first, ...others] = uses;
      if (!first) continue;
      const { file, use } = first;
      const elsewhere = others.length > 0 ? ` (used as a key ${uses.length} times in this package)` : '';
      const related: RelatedLocation[] = others
        .slice(0, MAX_RELATED)
        .map((o) => ({ file: o.file.path, range: o.use.range, message: `${o.use.text} is the same ${o.use.type} key` }));
      report({
        file: file.path,
        range: use.range,
        message:
          `context.WithValue keyed by a ${use.type}${elsewhere}: any package using the same ${use.type} reads or overwrites this value; ` +
          'use an unexported key type (type ctxKey struct{})',
        related,
      });
    }
  },
};
