// The Bad and Good examples of every rule page, run through the rules: each Bad example makes
// its rule fire, no Good one does. An example is put in a module that reaches the stubs: a
// snippet of statements becomes the body of a function taking ctx, the packages it names
// (grpc, context, recovery …) are imported, and the workspace packages it calls (store, mw) are
// those of test/fixtures/_docs beside it.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkPaths } from '../../server/src/engine/run/check';
import { type Config, defaultConfig } from '../../server/src/engine/config/config';
import { GoParser } from '../../server/src/engine/go/parser';
import { field, walk } from '../../server/src/engine/go/syntax';
import { RULES } from '../../server/src/engine/rules';
import { type RuleMeta, variantSettingId } from '../../server/src/engine/rules/rule';
import { FIXTURES, REPO_ROOT, STUBS } from '../support/fixtures';
import { codeBlocks } from '../support/markdown';

/** The import path of each package name the examples use. */
const PACKAGES: ReadonlyMap<string, string> = new Map([
  ['auth', 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/auth'],
  ['codes', 'google.golang.org/grpc/codes'],
  ['connect', 'connectrpc.com/connect'],
  ['context', 'context'],
  ['errors', 'errors'],
  ['fmt', 'fmt'],
  ['greetv1connect', 'example.com/docs/greetv1connect'],
  ['grpc', 'google.golang.org/grpc'],
  ['http', 'net/http'],
  ['insecure', 'google.golang.org/grpc/credentials/insecure'],
  ['log', 'log'],
  ['logging', 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging'],
  ['mw', 'example.com/docs/mw'],
  ['metadata', 'google.golang.org/grpc/metadata'],
  ['net', 'net'],
  ['pb', 'example.com/docs/pb'],
  ['otel', 'go.opentelemetry.io/otel'],
  ['otelgrpc', 'go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc'],
  ['recovery', 'github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery'],
  ['status', 'google.golang.org/grpc/status'],
  ['store', 'example.com/docs/store'],
  ['strings', 'strings'],
  ['time', 'time'],
  ['trace', 'go.opentelemetry.io/otel/trace'],
]);

const GO_MOD = `module example.com/docs

go 1.22

require (
	connectrpc.com/connect v1.18.0
	github.com/grpc-ecosystem/go-grpc-middleware/v2 v2.1.0
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.53.0
	go.opentelemetry.io/otel v1.28.0
	google.golang.org/grpc v1.64.0
)

replace google.golang.org/grpc => ../_stubs/grpc

replace connectrpc.com/connect => ../_stubs/connect

replace github.com/grpc-ecosystem/go-grpc-middleware/v2 => ../_stubs/go-grpc-middleware-v2

replace go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc => ../_stubs/otelgrpc

replace go.opentelemetry.io/otel => ../_stubs/otel
`;

const TOP_LEVEL = /^(func|type|const|var)\b/;

/** The example as a Go file: its declarations, or its statements in a function taking ctx; with the imports of the packages it names. */
async function asGoFile(code: string): Promise<string> {
  const firstLine = code.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('//')) ?? '';
  const body = TOP_LEVEL.test(firstLine) ? code : `func docExample(ctx context.Context) {\n${code}}\n`;
  const tree = (await GoParser.load()).parse(`package example\n\n${body}`);
  const used = new Set<string>();
  try {
    walk(tree.rootNode, (node) => {
      const qualifier = node.type === 'selector_expression' ? field(node, 'operand') : node.type === 'qualified_type' ? field(node, 'package') : null;
      if (qualifier?.type === 'identifier' || qualifier?.type === 'package_identifier') used.add(qualifier.text);
      return true;
    });
  } finally {
    tree.delete();
  }
  const imports = [...used].filter((name) => PACKAGES.has(name)).map((name) => `\t"${PACKAGES.get(name)}"\n`);
  return `package example\n\nimport (\n${imports.sort().join('')})\n\n${body}`;
}

/** The defaults with the rule and its variants on: a page shows what the rule finds once turned on, too. */
function everythingOn(meta: RuleMeta): Config {
  const rules: Config['rules'] = { [meta.id]: meta.defaultSeverity };
  for (const v of meta.variants ?? []) rules[variantSettingId(meta.id, v.name)] = v.defaultSeverity;
  return { ...defaultConfig(), rules };
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-docs-'));
fs.cpSync(STUBS, path.join(root, '_stubs'), { recursive: true });
after(() => fs.rmSync(root, { recursive: true, force: true }));

for (const rule of RULES) {
  const id = rule.meta.id;
  const page = path.join('docs', 'rules', `${id}.md`);
  const examples = codeBlocks(fs.readFileSync(path.join(REPO_ROOT, page), 'utf8')).filter(
    (b) => b.language === 'go' && (b.heading === 'Bad' || b.heading === 'Good'),
  );

  test(`${id}: the page's Bad examples make the rule fire, its Good ones do not`, async () => {
    assert.ok(
      examples.some((e) => e.heading === 'Bad'),
      `${page} has a Bad Go example`,
    );
    assert.ok(
      examples.some((e) => e.heading === 'Good'),
      `${page} has a Good Go example`,
    );
    for (const example of examples) {
      const dir = path.join(root, `${id}-${example.line}`);
      fs.cpSync(path.join(FIXTURES, '_docs'), dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'go.mod'), GO_MOD);
      fs.writeFileSync(path.join(dir, 'example.go'), await asGoFile(example.code));
      const result = await checkPaths([dir], everythingOn(rule.meta), dir);
      assert.deepEqual(result.problems, []);
      const fired = result.findings.filter((f) => f.rule === id).length;
      const where = `${page}:${example.line} (${example.heading})`;
      if (example.heading === 'Bad') assert.ok(fired > 0, `${where}: ${id} does not fire`);
      else assert.equal(fired, 0, `${where}: ${id} fires`);
    }
  });
}
