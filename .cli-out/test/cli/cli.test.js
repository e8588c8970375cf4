"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/cli/cli.test.ts
var import_node_test = require("node:test");
var assert = __toESM(require("node:assert/strict"));
var fs2 = __toESM(require("node:fs"));
var path3 = __toESM(require("node:path"));

// test/support/fixtures.ts
var path = __toESM(require("node:path"));
var REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
var FIXTURES = path.join(REPO_ROOT, "test", "fixtures");
var STUBS = path.join(FIXTURES, "_stubs");

// test/cli/support.ts
var import_node_child_process = require("node:child_process");
var fs = __toESM(require("node:fs"));
var os = __toESM(require("node:os"));
var path2 = __toESM(require("node:path"));
var CLI = path2.join(REPO_ROOT, "dist", "cli.js");
function runCli(args, cwd) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with node esbuild.mjs --tests`);
  return new Promise((resolve2, reject) => {
    const child = (0, import_node_child_process.spawn)(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    child.on("error", reject);
    child.on("close", (code) => resolve2({ code, stdout, stderr }));
  });
}
function makeWorkspace(files) {
  const root = fs.realpathSync(fs.mkdtempSync(path2.join(os.tmpdir(), "ctxlens-cli-")));
  for (const [rel, content] of Object.entries(files)) {
    const full = path2.join(root, rel);
    fs.mkdirSync(path2.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}
var GO_MOD = "module example.com/shop\n\ngo 1.22\n";
var DISCARDED_CANCEL = `package shop

import (
	"context"
	"time"
)

func Fetch(ctx context.Context) error {
	ctx, _ = context.WithTimeout(ctx, time.Second)
	return ctx.Err()
}
`;
var DISCARDED_CANCEL_LINE = 9;
var DISCARDED_CANCEL_COLUMN = 7;
var CLEAN = `package shop

func Add(a, b int) int { return a + b }
`;
function assertNoStackTrace(stderr) {
  for (const line of stderr.split("\n").filter(Boolean)) {
    if (!line.startsWith("ctxlens: ") || /^\s+at /.test(line)) throw new Error(`unexpected stderr line: ${line}`);
  }
}

// test/cli/cli.test.ts
var FINDING_KEYS = ["file", "line", "column", "endLine", "endColumn", "rule", "severity", "message"];
function discardedCancelFinding(file, severity = "error") {
  return {
    file,
    line: DISCARDED_CANCEL_LINE,
    column: DISCARDED_CANCEL_COLUMN,
    endLine: DISCARDED_CANCEL_LINE,
    endColumn: DISCARDED_CANCEL_COLUMN + 1,
    rule: "ctx-cancel-discarded",
    severity
  };
}
function parseJson(stdout) {
  return JSON.parse(stdout);
}
(0, import_node_test.test)("exit 0 and an empty findings list on clean code", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "add.go": CLEAN });
  const run = await runCli(["check", "--format", "json"], ws);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '{"version":1,"findings":[]}\n');
  assert.equal(run.stderr, "");
});
(0, import_node_test.test)("exit 1 with an error finding; JSON has exactly the documented keys in order", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "fetch.go": DISCARDED_CANCEL, "add.go": CLEAN });
  const run = await runCli(["check", ".", "--format=json"], ws);
  assert.equal(run.code, 1, run.stderr);
  const out = parseJson(run.stdout);
  assert.deepEqual(Object.keys(out), ["version", "findings"]);
  assert.equal(out.version, 1);
  assert.equal(out.findings.length, 1);
  const finding = out.findings[0];
  assert.deepEqual(Object.keys(finding), FINDING_KEYS);
  const { message, ...rest } = finding;
  assert.deepEqual(rest, discardedCancelFinding("fetch.go"));
  assert.equal(typeof message, "string");
  assert.ok(message.length > 0);
});
(0, import_node_test.test)("paths are relative to the working folder, with / separators, however the path was given", async () => {
  const ws = makeWorkspace({ "svc/go.mod": GO_MOD, "svc/internal/api/fetch.go": DISCARDED_CANCEL });
  for (const arg of ["svc", "./svc/...", path3.join(ws, "svc"), "svc/internal/api/fetch.go"]) {
    const run = await runCli(["check", arg, "--format", "json"], ws);
    assert.equal(run.code, 1, `${arg}: ${run.stderr}`);
    assert.deepEqual(parseJson(run.stdout).findings.map((f) => f.file), ["svc/internal/api/fetch.go"], arg);
  }
  const inside = await runCli(["check", "--format", "json"], path3.join(ws, "svc", "internal"));
  assert.deepEqual(parseJson(inside.stdout).findings.map((f) => f.file), ["api/fetch.go"]);
});
(0, import_node_test.test)("text output: path:line:col: severity rule-id: message, then a summary", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "fetch.go": DISCARDED_CANCEL, "add.go": CLEAN });
  const run = await runCli(["check"], ws);
  assert.equal(run.code, 1, run.stderr);
  const lines = run.stdout.trimEnd().split("\n");
  assert.equal(lines.length, 2);
  assert.ok(lines[0].startsWith(`fetch.go:${DISCARDED_CANCEL_LINE}:${DISCARDED_CANCEL_COLUMN}: error ctx-cancel-discarded: `), lines[0]);
  assert.equal(lines[1], "1 finding (1 error) in 2 files.");
  const clean = await runCli(["check"], makeWorkspace({ "go.mod": GO_MOD, "add.go": CLEAN }));
  assert.equal(clean.code, 0);
  assert.equal(clean.stdout, "No findings in 1 file.\n");
});
(0, import_node_test.test)(".ctxlens.json in the working folder: a rule set to warning gives exit 0, off removes it", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "fetch.go": DISCARDED_CANCEL });
  fs2.writeFileSync(path3.join(ws, ".ctxlens.json"), '{"rules":{"ctx-cancel-discarded":"warning"}}');
  const warned = await runCli(["check", "--format", "json"], ws);
  assert.equal(warned.code, 0, warned.stderr);
  assert.deepEqual(parseJson(warned.stdout).findings.map((f) => f.severity), ["warning"]);
  fs2.writeFileSync(path3.join(ws, "off.json"), '{"rules":{"ctx-cancel-discarded":"off"}}');
  const off = await runCli(["check", "--config", "off.json", "--format", "json"], ws);
  assert.equal(off.code, 0, off.stderr);
  assert.deepEqual(parseJson(off.stdout).findings, []);
});
(0, import_node_test.test)("config excludes are relative to the config file", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "gen/fetch.go": DISCARDED_CANCEL, ".ctxlens.json": '{"exclude":["gen/**"]}' });
  const run = await runCli(["check", "--format", "json"], ws);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(parseJson(run.stdout).findings, []);
});
(0, import_node_test.test)("a broken config file: one message on stderr, the defaults, and the check still runs", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "fetch.go": DISCARDED_CANCEL, ".ctxlens.json": '{"rules": {' });
  const run = await runCli(["check", "--format", "json"], ws);
  assert.equal(run.code, 1);
  assert.equal(parseJson(run.stdout).findings.length, 1);
  assertNoStackTrace(run.stderr);
  assert.equal(run.stderr.trimEnd().split("\n").length, 1);
  assert.match(run.stderr, /\.ctxlens\.json: not valid JSON/);
});
(0, import_node_test.test)("bad arguments and unreadable input: exit 2, one line on stderr, nothing on stdout", async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "add.go": CLEAN, "notes.txt": "hello" });
  const cases = [
    [[], /missing command/],
    [["lint"], /unknown command "lint"/],
    [["check", "--fromat", "json"], /unknown option "--fromat"/],
    [["check", "--format"], /--format needs a value/],
    [["check", "--format", "xml"], /unknown format "xml"/],
    [["check", "--config"], /--config needs a value/],
    [["check", "no/such/dir"], /cannot read no\/such\/dir \(ENOENT\)/],
    [["check", "notes.txt"], /neither a folder nor a \.go file/],
    [["check", "--config", "missing.json"], /cannot read config file missing\.json/]
  ];
  for (const [args, message] of cases) {
    const run = await runCli(args, ws);
    assert.equal(run.code, 2, `${args.join(" ")}: exit ${run.code}`);
    assert.equal(run.stdout, "", args.join(" "));
    assert.equal(run.stderr.split("\n").filter(Boolean).length, 1, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assertNoStackTrace(run.stderr);
  }
});
(0, import_node_test.test)("an unreadable .go file exits 2 after reporting the rest", { skip: process.getuid?.() === 0 && "root reads every file" }, async () => {
  const ws = makeWorkspace({ "go.mod": GO_MOD, "fetch.go": DISCARDED_CANCEL, "locked.go": CLEAN });
  fs2.chmodSync(path3.join(ws, "locked.go"), 0);
  const run = await runCli(["check", "--format", "json"], ws);
  assert.equal(run.code, 2);
  assert.equal(parseJson(run.stdout).findings.length, 1);
  assert.match(run.stderr, /locked\.go: cannot read/);
});
(0, import_node_test.test)("--help and --version", async () => {
  const ws = makeWorkspace({});
  const help = await runCli(["--help"], ws);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: ctxlens check \[paths…\]/);
  const checkHelp = await runCli(["check", "-h"], ws);
  assert.equal(checkHelp.stdout, help.stdout);
  const version = await runCli(["--version"], ws);
  assert.equal(version.code, 0);
  const manifest = JSON.parse(fs2.readFileSync(path3.join(REPO_ROOT, "package.json"), "utf8"));
  assert.equal(version.stdout, `${manifest.version}
`);
});
(0, import_node_test.test)("skipped files: a count on stderr in text mode only; stdout stays pure JSON", async () => {
  const generated = "// Code generated by protoc-gen-go. DO NOT EDIT.\n\npackage shop\n";
  const ws = makeWorkspace({ "go.mod": GO_MOD, "add.go": CLEAN, "shop.pb.go": generated });
  const text = await runCli(["check"], ws);
  assert.equal(text.code, 0);
  assert.match(text.stderr, /^ctxlens: skipped 1 file \(/);
  const json = await runCli(["check", "--format", "json"], ws);
  assert.equal(json.stderr, "");
  assert.deepEqual(parseJson(json.stdout).findings, []);
  const verbose = await runCli(["check", "--format", "json", "--verbose"], ws);
  assert.equal(verbose.stderr, "ctxlens: skipped shop.pb.go: generated code\n");
});
//# sourceMappingURL=cli.test.js.map
