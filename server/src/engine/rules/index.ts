// Every rule, sorted by id. A test checks that each has a docs page and fixtures.
import { ctxCancelDiscarded } from './ctx-cancel-discarded';
import type { FileRule, Rule, WorkspaceRule } from './rule';

export const RULES: readonly Rule[] = [ctxCancelDiscarded].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const FILE_RULES: readonly FileRule[] = RULES.filter((r): r is FileRule => r.scope === 'file');
export const WORKSPACE_RULES: readonly WorkspaceRule[] = RULES.filter((r): r is WorkspaceRule => r.scope === 'workspace');
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));
