// What counts as test code, for the one workspace-wide policy (rules whose metadata says
// inTestCode: 'quiet' report nothing there): `_test.go` files, files in the configured folders
// (globs relative to the outermost module's folder, so that a test app with a go.mod of its own
// is still under tests/), and functions taking *testing.T/B/F or testing.TB.
import * as path from 'node:path';
import type { Config } from './config';
import { FUNCTION_TYPES, nodeRange, type SyntaxNode } from '../go/syntax';
import { globToRegExp, matchesAny } from '../files/glob';
import type { SourceFile } from '../go/source-file';
import { TESTING_PKG, testingParameters } from '../knowledge/testing-api';
import type { Range } from '../types';

/** Test folders by convention: test/, tests/, e2e/, testutil(s)/, testserver/, and testing/ or any *testing/ (grpctesting). */
export const DEFAULT_TEST_CODE_GLOBS: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/*testing/**',
  '**/testutil/**',
  '**/testutils/**',
  '**/testserver/**',
];

const TESTING_POINTER_TYPES: ReadonlySet<string> = new Set(['T', 'B', 'F']);
const TESTING_INTERFACES: ReadonlySet<string> = new Set(['TB']);

export interface TestCodeFacts {
  /** The file's path below the folder of the outermost go.mod above it (`/` separators); null outside a module. */
  pathFromRootModule: string | null;
  /** Functions (declarations and literals) with a *testing.T/B/F or testing.TB parameter. */
  testFunctions: Range[];
}

export function readTestCode(file: SourceFile): TestCodeFacts {
  const pathFromRootModule = file.module ? path.relative(file.module.outermostDir, file.path).split(path.sep).join('/') : null;
  const testFunctions: Range[] = [];
  // A _test.go file is test code whole: its test functions need not be found.
  if (file.imports.has(TESTING_PKG) && !file.path.endsWith('_test.go')) {
    for (const type of FUNCTION_TYPES) {
      for (const fn of file.nodesOfType(type)) if (takesTesting(file, fn)) testFunctions.push(nodeRange(fn));
    }
  }
  return { pathFromRootModule, testFunctions };
}

/** A test's handle among fn's parameters: `*testing.T`, `*testing.B`, `*testing.F` or `testing.TB`. */
function takesTesting(file: SourceFile, fn: SyntaxNode): boolean {
  return testingParameters(file, fn).some(
    (p) => (p.pointers === 1 && TESTING_POINTER_TYPES.has(p.typeName)) || (p.pointers === 0 && TESTING_INTERFACES.has(p.typeName)),
  );
}

const compiled = new WeakMap<readonly string[], RegExp[]>();

/** The whole file is test code: a `_test.go` file, or one in a configured test folder. */
export function isTestFile(filePath: string, facts: TestCodeFacts, config: Config): boolean {
  if (filePath.endsWith('_test.go')) return true;
  if (facts.pathFromRootModule === null) return false;
  let globs = compiled.get(config.testCode);
  if (!globs) compiled.set(config.testCode, (globs = config.testCode.map(globToRegExp)));
  return matchesAny(facts.pathFromRootModule, globs);
}

/** Line lies in test code: in a test file or inside a function that takes a testing parameter. */
export function isTestCodeAt(filePath: string, facts: TestCodeFacts, line: number, config: Config): boolean {
  return isTestFile(filePath, facts, config) || facts.testFunctions.some((r) => r.start.line <= line && line <= r.end.line);
}
