// The import edit builders: results are what gofmt/goimports would write, and gofmt-clean.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addImportEdits, removeImportEdit } from '../../server/src/engine/fixes/imports';
import { GoParser } from '../../server/src/engine/go/parser';
import { SourceFile } from '../../server/src/engine/go/source-file';
import type { TextEdit } from '../../server/src/engine/types';
import { applyEdits } from '../support/apply-edits';
import { gofmtList } from '../support/go-toolchain';

async function edited(text: string, build: (file: SourceFile) => TextEdit[]): Promise<string> {
  const tree = (await GoParser.load()).parse(text);
  try {
    return applyEdits(text, build(new SourceFile('/x/a.go', text, tree.rootNode, null, null)));
  } finally {
    tree.delete();
  }
}

function assertGofmtClean(text: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-imports-'));
  try {
    const file = path.join(dir, 'a.go');
    fs.writeFileSync(file, text);
    assert.equal(gofmtList([file], dir), '', `not gofmt-clean:\n${text}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const BODY = '\nfunc f() {}\n';
const addCases: { name: string; importPath: string; before: string; after: string }[] = [
  {
    name: 'sorted position inside the standard-library group',
    importPath: 'context',
    before: 'package a\n\nimport (\n\t"errors"\n\t"net/http"\n\n\t"example.com/x"\n)\n',
    after: 'package a\n\nimport (\n\t"context"\n\t"errors"\n\t"net/http"\n\n\t"example.com/x"\n)\n',
  },
  {
    name: 'between two specs',
    importPath: 'context',
    before: 'package a\n\nimport (\n\t"bytes"\n\t"errors" // why\n)\n',
    after: 'package a\n\nimport (\n\t"bytes"\n\t"context"\n\t"errors" // why\n)\n',
  },
  {
    name: 'after the last spec of the group',
    importPath: 'time',
    before: 'package a\n\nimport (\n\t"context"\n\n\tpb "example.com/x/pb"\n)\n',
    after: 'package a\n\nimport (\n\t"context"\n\t"time"\n\n\tpb "example.com/x/pb"\n)\n',
  },
  {
    name: 'a new standard-library group before third-party imports',
    importPath: 'context',
    before: 'package a\n\nimport (\n\t"example.com/x"\n\t"google.golang.org/grpc"\n)\n',
    after: 'package a\n\nimport (\n\t"context"\n\n\t"example.com/x"\n\t"google.golang.org/grpc"\n)\n',
  },
  {
    name: 'a new third-party group after the standard library',
    importPath: 'google.golang.org/grpc',
    before: 'package a\n\nimport (\n\t"context"\n\t"fmt"\n)\n',
    after: 'package a\n\nimport (\n\t"context"\n\t"fmt"\n\n\t"google.golang.org/grpc"\n)\n',
  },
  {
    name: 'a single import becomes a block',
    importPath: 'context',
    before: 'package a\n\nimport "fmt"\n',
    after: 'package a\n\nimport (\n\t"context"\n\t"fmt"\n)\n',
  },
  {
    name: 'a single third-party import becomes a block with two groups',
    importPath: 'context',
    before: 'package a\n\nimport pb "example.com/x/pb"\n',
    after: 'package a\n\nimport (\n\t"context"\n\n\tpb "example.com/x/pb"\n)\n',
  },
  {
    name: 'no imports: after the package clause',
    importPath: 'context',
    before: '// Package a does things.\npackage a\n',
    after: '// Package a does things.\npackage a\n\nimport "context"\n',
  },
  {
    name: 'cgo import stays alone',
    importPath: 'context',
    before: 'package a\n\n// #include <stdio.h>\nimport "C"\n',
    after: 'package a\n\n// #include <stdio.h>\nimport "C"\nimport "context"\n',
  },
];

for (const c of addCases) {
  test(`addImportEdits: ${c.name}`, async () => {
    const result = await edited(c.before + BODY, (file) => addImportEdits(file, c.importPath));
    assert.equal(result, c.after + BODY);
    assertGofmtClean(result);
  });
}

test('addImportEdits: nothing when already imported', async () => {
  const text = 'package a\n\nimport "context"\n';
  assert.equal(await edited(text, (file) => addImportEdits(file, 'context')), text);
});

test('addImportEdits: an alias is written before the path, sorted by path, and only once', async () => {
  const cases = [
    [
      'package a\n\nimport (\n\t"example.com/a/recovery"\n\t"example.com/z"\n)\n',
      'package a\n\nimport (\n\t"example.com/a/recovery"\n\tgrpcrecovery "example.com/m/recovery"\n\t"example.com/z"\n)\n',
    ],
    ['package a\n\nimport "example.com/a/recovery"\n', 'package a\n\nimport (\n\t"example.com/a/recovery"\n\tgrpcrecovery "example.com/m/recovery"\n)\n'],
    ['package a\n', 'package a\n\nimport grpcrecovery "example.com/m/recovery"\n'],
  ];
  for (const [before, after] of cases) {
    const result = await edited(before + BODY, (file) => addImportEdits(file, 'example.com/m/recovery', 'grpcrecovery'));
    assert.equal(result, after + BODY);
    assertGofmtClean(result);
    assert.equal(await edited(result, (file) => addImportEdits(file, 'example.com/m/recovery', 'grpcrecovery')), result);
  }
});

test('addImportEdits: tolerates a half-typed import block', async () => {
  const text = 'package a\n\nimport (\n\t"fmt"\n';
  await edited(text, (file) => addImportEdits(file, 'context'));
});

test('removeImportEdit: deletes a spec line between others', async () => {
  const before = `package a\n\nimport (\n\t"context"\n\t"net/http"\n\n\t"example.com/x"\n)\n${BODY}`;
  const result = await edited(before, (file) => [removeImportEdit(file, 'context')!]);
  assert.equal(result, `package a\n\nimport (\n\t"net/http"\n\n\t"example.com/x"\n)\n${BODY}`);
  assertGofmtClean(result);
});

test('removeImportEdit: refuses what one deleted line cannot do cleanly', async () => {
  for (const text of ['package a\n\nimport "context"\n', 'package a\n\nimport (\n\t"context"\n\n\t"example.com/x"\n)\n']) {
    const tree = (await GoParser.load()).parse(text);
    assert.equal(removeImportEdit(new SourceFile('/x/a.go', text, tree.rootNode, null, null), 'context'), null);
    tree.delete();
  }
});
