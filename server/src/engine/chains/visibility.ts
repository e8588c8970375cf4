// What code the value flow may assume it sees all of: Go's visibility rules (exported names,
// package main, internal packages) and the line between production code and its tests.
import type { ChainFunctionFact } from '../facts/chain-facts';
import type { FileFacts } from '../facts/file-facts';
import { packageKey } from '../index/workspace-index';
import type { Scope } from './scope';

function isExported(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/** An internal package's import path: only code of the tree it is in can import it. */
function isInternal(pkg: string): boolean {
  return /(^|\/)internal(\/|$)/.test(pkg);
}

/** Code outside the workspace can call it: exported, of a package other than main, not internal. */
export function callableFromOutside(fn: ChainFunctionFact, file: FileFacts): boolean {
  return isExported(fn.name) && file.packageName !== 'main' && !isInternal(packageKey(file));
}

/** Code outside the workspace can write field `name` of a struct of package pkg: exported, of a package that is not internal. */
export function writableFromOutside(pkg: string, name: string): boolean {
  return isExported(name) && !isInternal(pkg);
}

function inTest(file: FileFacts): boolean {
  return file.path.endsWith('_test.go');
}

/** Production code never runs with what a test file does: a call or a write there counts only for tests. */
export function seenFrom(scope: Scope, file: FileFacts): boolean {
  return !inTest(file) || inTest(scope.file);
}
