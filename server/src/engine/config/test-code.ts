// What counts as test code, for the one workspace-wide policy (rules whose metadata says
// inTestCode: 'quiet' report nothing there): `_test.go` files, files in the configured folders
// (globs relative to the outermost module's folder, so that a test app with a go.mod of its own
// is still under tests/), functions taking *testing.T/B/F or testing.TB, and methods of a type
// declared in the file that holds one (a fake server keeping its test's `t`).
import * as path from 'node:path';
import type { Config } from './config';
import { field, FUNCTION_TYPES, nodeRange, topLevelStructs, type SyntaxNode } from '../go/syntax';
import { globToRegExp, matchesAny } from '../files/glob';
import type { SourceFile } from '../go/source-file';
import { TESTING_PKG, testingParameters, testingType, type TestingType } from '../knowledge/testing-api';
import { receiverTypeName } from '../go/type-text';
import type { Range } from '../types';

/**
 * Test folders by convention: test/, tests/, e2e/, testutil(s)/, testserver/, and testing/ or any
 * *testing/ (grpctesting); and example programs (example/, examples/, _examples/), which show an API
 * rather than run a service (golangci-lint skips examples/ by default; on 34 public repositories
 * all 14 findings in them were judged on purpose).
 */
export const DEFAULT_TEST_CODE_GLOBS: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/*testing/**',
  '**/testutil/**',
  '**/testutils/**',
  '**/testserver/**',
  '**/example/**',
  '**/examples/**',
  '**/_examples/**',
];

const TESTING_POINTER_TYPES: ReadonlySet<string> = new Set(['T', 'B', 'F']);
const TESTING_INTERFACES: ReadonlySet<string> = new Set(['TB']);

export interface TestCodeFacts {
  /** The file's path below the folder of the outermost go.mod above it (`/` separators); null outside a module. */
  pathFromRootModule: string | null;
  /** Functions (declarations and literals) with a *testing.T/B/F or testing.TB parameter, and methods of types holding one. */
  testFunctions: Range[];
}

export function readTestCode(file: SourceFile): TestCodeFacts {
  const pathFromRootModule = file.module ? path.relative(file.module.outermostDir, file.path).split(path.sep).join('/') : null;
  const testFunctions: Range[] = [];
  // A _test.go file is test code whole: its test functions need not be found.
  if (file.imports.has(TESTING_PKG) && !file.path.endsWith('_test.go')) {
    const holders = typesHoldingTesting(file);
    for (const type of FUNCTION_TYPES) {
      for (const fn of file.nodesOfType(type)) if (takesTesting(file, fn) || isMethodOf(fn, holders)) testFunctions.push(nodeRange(fn));
    }
  }
  return { pathFromRootModule, testFunctions };
}

/** A test's handle among fn's parameters: `*testing.T`, `*testing.B`, `*testing.F` or `testing.TB`. */
function takesTesting(file: SourceFile, fn: SyntaxNode): boolean {
  return testingParameters(file, fn).some(isTestHandle);
}

const isTestHandle = (t: TestingType | null): boolean =>
  !!t && ((t.pointers === 1 && TESTING_POINTER_TYPES.has(t.typeName)) || (t.pointers === 0 && TESTING_INTERFACES.has(t.typeName)));

/** The file's struct types with a field holding a test's handle (`t *testing.T`, `tb testing.TB`). */
function typesHoldingTesting(file: SourceFile): Set<string> {
  const out = new Set<string>();
  for (const struct of topLevelStructs(file.root)) {
    if (struct.fields.some((f) => isTestHandle(testingType(file, field(f, 'type'))))) out.add(struct.name);
  }
  return out;
}

function isMethodOf(fn: SyntaxNode, types: ReadonlySet<string>): boolean {
  if (fn.type !== 'method_declaration' || types.size === 0) return false;
  const receiver = receiverTypeName(field(fn, 'receiver'));
  return !!receiver && types.has(receiver);
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
