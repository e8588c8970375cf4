// Package testing's types as functions take them: what makes a function test code, and which
// of its parameters are the test's handle (`t *testing.T`, `tb testing.TB`).
import { flattenParameters } from '../go/scopes';
import { field, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';

export const TESTING_PKG = 'testing';

/** A type of package testing as written. */
export interface TestingType {
  /** The type's name in package testing: `T`, `B`, `F`, `TB`, `M` … */
  typeName: string;
  /** How many `*` stand before it. */
  pointers: number;
}

export interface TestingParameter extends TestingType {
  /** The parameter's name (`_` too); null when unnamed. */
  name: string | null;
}

/** A type of package testing as written, through its pointers (`*testing.T` → T, 1), or null. */
export function testingType(file: SourceFile, written: SyntaxNode | null): TestingType | null {
  let type = written;
  let pointers = 0;
  for (; type?.type === 'pointer_type'; pointers++) type = type.namedChild(0);
  const pkg = type?.type === 'qualified_type' ? field(type, 'package') : null;
  const name = type && field(type, 'name');
  return pkg && name && file.imports.pathOf(pkg.text) === TESTING_PKG ? { typeName: name.text, pointers } : null;
}

/** fn's parameters whose type is (a pointer to) a type of package testing, one per name. */
export function testingParameters(file: SourceFile, fn: SyntaxNode): TestingParameter[] {
  const out: TestingParameter[] = [];
  for (const param of flattenParameters(field(fn, 'parameters'))) {
    const type = testingType(file, param.type);
    if (type) out.push({ name: param.name?.text ?? null, ...type });
  }
  return out;
}
