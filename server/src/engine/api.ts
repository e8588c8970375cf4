// The engine's façade: the language server and the CLI import the engine only through this module.
export {
  type Chain,
  type ChainEntry,
  type ChainEntryModel,
  type ChainModel,
  chainLensTitle,
  chainsMermaid,
  formatChainsJson,
  formatChainsMermaid,
  formatChainsText,
  type Location,
  outsideNote,
  unknownNotes,
} from './chains';
export { chainModels, type ChainModelSource } from './run/chain-models';
export { sameItems } from './collections';
export { findingsOfChain, startsIn } from './chains/findings';
export { relativePath } from './chains/relative';
export { CONFIG_FILE_NAME, type Config, defaultConfig, mergeConfigs, normaliseConfig } from './config/config';
export { loadConfigFile, loadConfigFrom } from './config/config-file';
export type { WorkspaceFacts } from './facts/file-facts';
export { discoverGoFiles, wouldDiscover } from './files/discover';
export { checkSource, readGoSource } from './files/read-source';
export { mergeFixes } from './fixes/merge';
export { pointAfter } from './go/line-breaks';
export { AnalysisTimeout } from './go/cpu-budget';
export { ParseTimeout, type Tree } from './go/parser';
export { editTree, type TextChange, type TreePoint } from './go/tree-edit';
export { RULE_IDS, RULES, SETTING_IDS, WORKSPACE_RULES } from './rules';
export { docsUrl } from './rules/rule';
export { AnalysisFailed, Analyzer, type FileAnalysis } from './run/analyzer';
export { reportsHold } from './run/runner';
export { type CheckResult, checkPaths, type SkippedFile } from './run/check';
export { type ScanGroup, type ScanResult, scanFiles, UnparsedFiles } from './run/scan';
export type { FileOutcome } from './run/check-file';
export { Workspace } from './run/workspace';
export { compareFindings, comparePositions, type Finding, type Range, type Severity, type TextEdit } from './types';
