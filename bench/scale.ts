// `npm run bench:scale [-- --shape NAME]`: the whole check (every rule, file and workspace) of one
// hostile file against its raw parse, at size N and 2N, for the shapes that were once quadratic
// or recursive: thousands of anchors in one function, the fuzzer's 26 nesting shapes (those of statements and expressions also in an interceptor), a large
// file. Linear work doubles when N doubles; quadratic work quadruples. Exits 1 when a shape's
// check grows more than GROWTH_LIMIT× from N to 2N, or costs more than RATIO_LIMIT× its parse at 2N.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkPaths } from '../server/src/engine/run/check';
import { type Config, defaultConfig } from '../server/src/engine/config/config';
import { GoParser } from '../server/src/engine/go/parser';
import { deepBlocksWithBindings, deepSwitchesWithCancel, largeGoFile, manyKeysUsedOnce, manyRootContexts, oneKeyUsedOften } from '../test/cli/hostile-inputs';
import { NESTING_SHAPES, nestedFile, nestedInterceptorFile } from '../test/fuzz/nesting';
import { withAllRules } from './all-rules';

/** Halfway between linear (2×) and quadratic (4×), above the noise of a loaded machine. */
const GROWTH_LIMIT = 3;
/** The bound the timed unit tests this replaced used: ten parses, with room for the workspace rules of a one-file module. */
const RATIO_LIMIT = 10;
const RUNS = 3;

interface Shape {
  name: string;
  /** The size the shape is measured at, then at twice that. */
  n: number;
  source: (n: number) => string;
}

const SHAPES: readonly Shape[] = [
  { name: 'root contexts in one function', n: 2_000, source: manyRootContexts },
  { name: 'one built-in key used n times', n: 4_000, source: oneKeyUsedOften },
  { name: 'n built-in keys, each used once', n: 4_000, source: manyKeysUsedOnce },
  { name: 'nested switches calling cancel', n: 5_000, source: deepSwitchesWithCancel },
  { name: 'nested blocks binding options each', n: 2_000, source: deepBlocksWithBindings },
  { name: 'large file (n KiB)', n: 1_024, source: (kib) => largeGoFile(kib * 1024) },
  ...NESTING_SHAPES.map((shape) => ({ name: `nested ${shape.name}`, n: 2_000, source: (n: number) => nestedFile(shape, n) })),
  ...NESTING_SHAPES.filter((shape) => shape.place !== 'type').map((shape) => ({
    name: `nested ${shape.name} in an interceptor`,
    n: 2_000,
    source: (n: number) => nestedInterceptorFile(shape, n),
  })),
];

interface Timing {
  parseMs: number;
  checkMs: number;
  skipped: string | null;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(parser: GoParser, config: Config, text: string): Promise<Timing> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctxlens-scale-'));
  try {
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/scale\n\ngo 1.22\n');
    fs.writeFileSync(path.join(dir, 'a.go'), text);
    const parses: number[] = [];
    const checks: number[] = [];
    let skipped: string | null = null;
    for (let run = 0; run < RUNS; run++) {
      const parseStart = performance.now();
      parser.parse(text, undefined, 120_000).delete();
      parses.push(performance.now() - parseStart);
      const checkStart = performance.now();
      const result = await checkPaths([dir], config, dir);
      checks.push(performance.now() - checkStart);
      skipped = result.skipped[0]?.reason ?? null;
    }
    return { parseMs: median(parses), checkMs: median(checks), skipped };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(9);

async function main(): Promise<void> {
  const only = parseArgs({ options: { shape: { type: 'string' } }, strict: true }).values.shape;
  const shapes = only === undefined ? SHAPES : SHAPES.filter((s) => s.name.includes(only));
  if (shapes.length === 0) throw new Error(`no shape matches "${only}"; shapes: ${SHAPES.map((s) => s.name).join(', ')}`);
  const parser = await GoParser.load();
  const config = withAllRules(defaultConfig());
  console.log(
    `${'shape'.padEnd(42)}${'n'.padStart(7)}${'parse'.padStart(9)}${'check'.padStart(9)}${'2n parse'.padStart(10)}${'2n check'.padStart(10)}  growth  check/parse`,
  );
  const failures: string[] = [];
  for (const shape of shapes) {
    const once = await measure(parser, config, shape.source(shape.n));
    const twice = await measure(parser, config, shape.source(2 * shape.n));
    const growth = twice.checkMs / Math.max(once.checkMs, 1);
    const ratio = twice.checkMs / Math.max(twice.parseMs, 1);
    const skipped = twice.skipped ?? once.skipped;
    const row = `${shape.name.padEnd(42)}${String(shape.n).padStart(7)}${ms(once.parseMs)}${ms(once.checkMs)} ${ms(twice.parseMs)} ${ms(twice.checkMs)}  ${growth.toFixed(2).padStart(5)}×  ${ratio.toFixed(2).padStart(6)}×`;
    console.log(skipped === null ? row : `${row}  (skipped: ${skipped})`);
    // Small timings are noise: a shape under 50 ms at 2n is linear enough whatever its ratio says.
    if (twice.checkMs < 50) continue;
    if (growth > GROWTH_LIMIT) failures.push(`${shape.name}: the check grew ${growth.toFixed(2)}× from n to 2n`);
    if (ratio > RATIO_LIMIT) failures.push(`${shape.name}: the check cost ${ratio.toFixed(2)}× its parse`);
  }
  for (const failure of failures) console.error(failure);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
