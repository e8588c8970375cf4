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

// test/cli/args.test.ts
var import_node_test = require("node:test");
var assert = __toESM(require("node:assert/strict"));

// server/src/cli/args.ts
var FORMATS = ["text", "json", "sarif"];
function withoutEllipsis(arg) {
  if (arg === "...") return ".";
  return arg.endsWith("/...") ? arg.slice(0, -4) || "/" : arg;
}
function isFormat(value) {
  return FORMATS.includes(value);
}
function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command === void 0) return { kind: "error", message: "missing command (try ctxlens --help)" };
  if (command === "-h" || command === "--help" || command === "help") return { kind: "help" };
  if (command === "-v" || command === "--version") return { kind: "version" };
  if (command !== "check") return { kind: "error", message: `unknown command "${command}" (try ctxlens --help)` };
  const check = { kind: "check", paths: [], format: "text", configFile: null, verbose: false };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || !arg.startsWith("-")) {
      check.paths.push(withoutEllipsis(arg));
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "--verbose") {
      check.verbose = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== "--format" && name !== "--config") return { kind: "error", message: `unknown option "${name}" (try ctxlens --help)` };
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === void 0 || value === "") return { kind: "error", message: `option ${name} needs a value` };
    if (name === "--format") {
      if (!isFormat(value)) return { kind: "error", message: `unknown format "${value}": use text, json or sarif` };
      check.format = value;
    } else check.configFile = value;
  }
  if (check.paths.length === 0) check.paths.push(".");
  return check;
}

// test/cli/args.test.ts
(0, import_node_test.test)("check with defaults, paths, options in either spelling, and -- before paths", () => {
  assert.deepEqual(parseArgs(["check"]), { kind: "check", paths: ["."], format: "text", configFile: null, verbose: false });
  assert.deepEqual(parseArgs(["check", "a", "--format", "sarif", "b/...", "--config=c.json", "--verbose"]), {
    kind: "check",
    paths: ["a", "b"],
    format: "sarif",
    configFile: "c.json",
    verbose: true
  });
  assert.deepEqual(parseArgs(["check", "./..."]), { kind: "check", paths: ["."], format: "text", configFile: null, verbose: false });
  assert.deepEqual(parseArgs(["check", "--", "--odd-name"]), {
    kind: "check",
    paths: ["--odd-name"],
    format: "text",
    configFile: null,
    verbose: false
  });
});
(0, import_node_test.test)("help, version and errors", () => {
  assert.deepEqual(parseArgs(["--help"]), { kind: "help" });
  assert.deepEqual(parseArgs(["check", "--help"]), { kind: "help" });
  assert.deepEqual(parseArgs(["-v"]), { kind: "version" });
  for (const argv of [[], ["fix"], ["check", "-x"], ["check", "--format"], ["check", "--format="], ["check", "--format", "yaml"], ["check", "--config"]]) {
    assert.equal(parseArgs(argv).kind, "error", argv.join(" "));
  }
});
//# sourceMappingURL=args.test.js.map
