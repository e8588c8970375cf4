// One build script: the extension client, the language server and the CLI as CommonJS
// bundles in dist/ (with the two wasm files beside them); with --tests, the test files in out/.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const withTests = process.argv.includes('--tests') || process.argv.includes('--only-tests');
const withFuzz = process.argv.includes('--fuzz');
const withProduct = !process.argv.includes('--only-tests') && !process.argv.includes('--bench') && !withFuzz;
const production = process.argv.includes('--production');
const withE2e = process.argv.includes('--e2e');
const withBench = process.argv.includes('--bench');

// esbuild turns import.meta.url into {} in CJS output; web-tree-sitter's CJS build avoids it.
// jsonc-parser's default (UMD) build requires its modules at run time, which a bundle cannot
// follow; its ES module build bundles.
const alias = {
  'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs',
  'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
};
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  alias,
  logLevel: 'warning',
};

const WASM = ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/tree-sitter-go/tree-sitter-go.wasm'];

function copyWasm(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of WASM) fs.copyFileSync(file, path.join(dir, path.basename(file)));
}

// `ctxlens check`'s worker threads run this file, which must sit beside the bundle that starts them.
const CHECK_WORKER = 'server/src/engine/run/check-worker.ts';
const checkWorker = (dir) => esbuild.build({ ...common, entryPoints: [CHECK_WORKER], outfile: path.join(dir, 'check-worker.js') });

function testEntries(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'fixtures') out.push(...testEntries(full));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

if (withProduct)
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
    checkWorker('dist'),
    // The chain panel's webview script: runs in the browser, not in node.
    esbuild.build({
      ...common,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      entryPoints: ['client/src/chain-view/webview-main.ts'],
      outfile: 'dist/chain-view.js',
    }),
  ]);
if (withProduct) copyWasm('dist');

if (withTests) {
  fs.rmSync('out', { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints: testEntries('test'), outdir: 'out/test', outbase: 'test', external: ['vscode', 'esbuild'] });
  // Beside out/test, not in it: node --test runs every script below a test folder.
  await checkWorker('out');
}

// The end-to-end suite (run inside VS Code's extension host) and its two runners, in out/e2e.
if (withE2e) {
  fs.rmSync('out/e2e', { recursive: true, force: true });
  await esbuild.build({
    ...common,
    entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/code-server.e2e.ts', 'test/e2e/run-electron.ts'],
    outdir: 'out/e2e',
    outbase: 'test/e2e',
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'],
  });
  copyWasm('out/e2e/suite');
}

// The benchmarks (npm run bench, bench:precision, bench:chains, bench:soak, bench:scale), in .bench/ with the wasm files beside them.
if (withBench) {
  await esbuild.build({
    ...common,
    entryPoints: {
      bench: 'bench/bench.ts',
      'bench-precision': 'bench/precision/run.ts',
      'bench-chains': 'bench/chains/score.ts',
      'bench-soak': 'bench/soak.ts',
      'bench-scale': 'bench/scale.ts',
    },
    outdir: '.bench',
  });
  await checkWorker('.bench');
  copyWasm('.bench');
}

// The fuzzer (npm run fuzz), in .fuzz/ with the wasm files beside it.
if (withFuzz) {
  await esbuild.build({ ...common, entryPoints: { fuzz: 'test/fuzz/main.ts' }, outdir: '.fuzz' });
  copyWasm('.fuzz');
}
