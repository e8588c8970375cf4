// How a quick fix in a file writes go-grpc-middleware's recovery interceptors: which major
// version, under which package name, and the import edit that makes the name valid.
import { importUnderFreeName } from '../fixes/imports';
import type { SourceFile } from '../go/source-file';
import type { RecoveryImportFact } from './chain-facts';
import { MW_V1, MW_V2 } from '../knowledge/grpc-middleware';

const RECOVERY_V2 = `${MW_V2}/interceptors/recovery`;
const RECOVERY_V1 = `${MW_V1}/recovery`;
/** go-grpc-middleware v1's recovery package is `package grpc_recovery`. */
const RECOVERY_V1_NAME = 'grpc_recovery';
const RECOVERY_V2_NAME = 'recovery';
/** The alias for v2 when `recovery` already names another import of the file (often the service's own recovery package). */
const RECOVERY_V2_ALIAS = 'grpcrecovery';

/**
 * v1 when go.mod requires v1 directly and v2 not (an `// indirect` v1 is only some dependency's),
 * else v2; null when every name the fix could write is taken by an import or a declaration of the file.
 */
export function recoveryImport(file: SourceFile): RecoveryImportFact | null {
  const v1 = file.requiresDirectly(MW_V1) && !file.requiresDirectly(MW_V2);
  const path = v1 ? RECOVERY_V1 : RECOVERY_V2;
  const packageName = v1 ? RECOVERY_V1_NAME : RECOVERY_V2_NAME;
  const required = file.requiredVersion(v1 ? MW_V1 : MW_V2) !== undefined;
  const existing = file.imports.layout.specs.find((s) => s.path === path && s.name !== '_' && s.name !== '.');
  if (existing) return { path, name: existing.explicitAlias ? existing.name : packageName, edits: [], required };
  // v1 is imported under its package name (an alias: its path ends in recovery) so that the code reads as it runs.
  const imported = importUnderFreeName(file, path, v1 ? [RECOVERY_V1_NAME] : [RECOVERY_V2_NAME, RECOVERY_V2_ALIAS]);
  return imported ? { path, ...imported, required } : null;
}
