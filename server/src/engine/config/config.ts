// Configuration: `.ctxlens.json` and editor settings, normalised once into a typed object.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { INTERCEPTOR_CLASSES, type InterceptorClass } from '../chains/model';
import { DEFAULT_TEST_CODE_GLOBS } from './test-code';
import type { Severity } from '../types';

export type RuleSetting = Severity | 'off';

export interface Config {
  /** Per-rule severity overrides. */
  rules: Record<string, RuleSetting>;
  /** Globs (relative to the workspace root, `/` separators) of files not analysed. */
  exclude: string[];
  /** Analyse files marked `// Code generated … DO NOT EDIT.` too. */
  includeGenerated: boolean;
  /** Interceptor order policy: each pair [A, B] means every A interceptor runs before (outside) every B one. */
  order: OrderPair[];
  /** Names of workspace interceptors (`Recoverer`, `mw.Recoverer`) that recover panics, beyond what ctxlens sees. */
  recoveryNames: string[];
  /** Names of workspace interceptors that authenticate, beyond what ctxlens sees. */
  authNames: string[];
  /** Honour other linters' directives (`//nolint`, `//lint:ignore`) for the rules that map to them. */
  otherLinterSuppressions: boolean;
  /** Globs (relative to the outermost go.mod's folder above a file) of test code, besides _test.go files and functions taking *testing.T. */
  testCode: string[];
}

export type OrderPair = [InterceptorClass, InterceptorClass];

/** Tracing outside logging, as in go-grpc-middleware's example server: logs written before the span starts lack trace ids. */
export const DEFAULT_ORDER: readonly OrderPair[] = [['tracing', 'logging']];

export const CONFIG_FILE_NAME = '.ctxlens.json';

export function defaultConfig(): Config {
  return {
    rules: {},
    exclude: [],
    includeGenerated: false,
    order: DEFAULT_ORDER.map(([a, b]) => [a, b]),
    recoveryNames: [],
    authNames: [],
    otherLinterSuppressions: true,
    testCode: [...DEFAULT_TEST_CODE_GLOBS],
  };
}

const SETTINGS: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

export interface ConfigResult {
  /** Only what the source sets (for layering: the file wins for what it sets). */
  settings: Partial<Config>;
  /** The settings over the defaults. */
  config: Config;
  /** Human-readable problems; the config falls back to defaults for what is broken. */
  problems: string[];
}

/** Normalises raw settings (from JSON or the editor) into a Config, collecting problems. */
export function normaliseConfig(raw: unknown, source: string, knownRules: ReadonlySet<string>): ConfigResult {
  const settings: Partial<Config> = {};
  const problems: string[] = [];
  const done = () => ({ settings, config: mergeConfigs(defaultConfig(), settings), problems });
  if (raw === undefined || raw === null) return done();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${source}: expected a JSON object; using the defaults`);
    return done();
  }
  const obj = raw as Record<string, unknown>;
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push(`${source}: "rules" must be an object of rule id → severity`);
    } else {
      const rules: Config['rules'] = {};
      settings.rules = rules;
      for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) problems.push(`${source}: unknown rule "${id}"`);
        else if (typeof value !== 'string' || !SETTINGS.has(value)) {
          problems.push(`${source}: rule "${id}" must be one of error, warning, info, hint, off`);
        } else rules[id] = value as RuleSetting;
      }
    }
  }
  if (obj.exclude !== undefined) {
    if (Array.isArray(obj.exclude) && obj.exclude.every((g) => typeof g === 'string')) settings.exclude = obj.exclude as string[];
    else problems.push(`${source}: "exclude" must be an array of glob strings`);
  }
  for (const key of ['includeGenerated', 'otherLinterSuppressions'] as const) {
    if (obj[key] === undefined) continue;
    if (typeof obj[key] === 'boolean') settings[key] = obj[key] as boolean;
    else problems.push(`${source}: "${key}" must be true or false`);
  }
  if (obj.order !== undefined) {
    const order = orderPolicy(obj.order);
    if (order) settings.order = order;
    else problems.push(`${source}: "order" must be an array of [before, after] class pairs (classes: ${INTERCEPTOR_CLASSES.join(', ')})`);
  }
  if (obj.testCode !== undefined) {
    if (Array.isArray(obj.testCode) && obj.testCode.every((g) => typeof g === 'string' && g !== '')) settings.testCode = obj.testCode as string[];
    else problems.push(`${source}: "testCode" must be an array of glob strings`);
  }
  for (const key of ['recoveryNames', 'authNames'] as const) {
    if (obj[key] === undefined) continue;
    if (Array.isArray(obj[key]) && (obj[key] as unknown[]).every((n) => typeof n === 'string' && n !== '')) settings[key] = obj[key] as string[];
    else problems.push(`${source}: "${key}" must be an array of interceptor names`);
  }
  return done();
}

function isClass(value: unknown): value is InterceptorClass {
  return typeof value === 'string' && (INTERCEPTOR_CLASSES as readonly string[]).includes(value);
}

/** The order policy, or null when it is not a list of pairs of two different known classes. */
function orderPolicy(raw: unknown): OrderPair[] | null {
  if (!Array.isArray(raw)) return null;
  const pairs: OrderPair[] = [];
  for (const pair of raw as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const [a, b] = pair as unknown[];
    if (!isClass(a) || !isClass(b) || a === b) return null;
    pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Parses the text of a `.ctxlens.json` as JSONC, as VS Code reads its own settings: comments
 * and trailing commas are fine. A real syntax error gives one problem (with its line) and the
 * defaults.
 */
export function parseConfigText(text: string, source: string, knownRules: ReadonlySet<string>): ConfigResult {
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const error = errors[0];
  if (error) {
    const where = lineAndColumn(text, error.offset);
    const problem = `${source}:${where}: not valid JSON (${printParseErrorCode(error.error)}); using the defaults`;
    return { settings: {}, config: defaultConfig(), problems: [problem] };
  }
  return normaliseConfig(raw, source, knownRules);
}

/** `line:column`, 1-based, of an offset in text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Layers b over a: b's rule settings, order policy, test-code globs and flags win where set; excludes and names add up. */
export function mergeConfigs(a: Config, b: Partial<Config>): Config {
  return {
    rules: { ...a.rules, ...(b.rules ?? {}) },
    exclude: [...a.exclude, ...(b.exclude ?? [])],
    includeGenerated: b.includeGenerated ?? a.includeGenerated,
    order: b.order ?? a.order,
    recoveryNames: [...a.recoveryNames, ...(b.recoveryNames ?? [])],
    authNames: [...a.authNames, ...(b.authNames ?? [])],
    otherLinterSuppressions: b.otherLinterSuppressions ?? a.otherLinterSuppressions,
    testCode: b.testCode ?? a.testCode,
  };
}
