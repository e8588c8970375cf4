"use strict";
var __create2 = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf2 = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __commonJS2 = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/web-tree-sitter/web-tree-sitter.cjs
var require_web_tree_sitter2 = __commonJS2({
  "node_modules/web-tree-sitter/web-tree-sitter.cjs"(exports, module) {
    "use strict";
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
    var __commonJS = (cb, mod) => function __require() {
      try {
        return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
      } catch (e) {
        throw mod = 0, e;
      }
    };
    var __export = (target, all) => {
      for (var name2 in all)
        __defProp(target, name2, { get: all[name2], enumerable: true });
    };
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
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var require_web_tree_sitter = __commonJS({
      "lib/web-tree-sitter.cjs"(exports, module) {
        "use strict";
        var Module = (() => {
          var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
          return async function(moduleArg = {}) {
            var moduleRtn;
            var Module = moduleArg;
            var ENVIRONMENT_IS_WEB = typeof window == "object";
            var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
            var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
            Module.currentQueryProgressCallback = null;
            Module.currentProgressCallback = null;
            Module.currentLogCallback = null;
            Module.currentParseCallback = null;
            var arguments_ = [];
            var thisProgram = "./this.program";
            var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
              throw toThrow;
            }, "quit_");
            if (typeof __filename != "undefined") {
              _scriptName = __filename;
            } else if (ENVIRONMENT_IS_WORKER) {
              _scriptName = self.location.href;
            }
            var scriptDirectory = "";
            function locateFile(path7) {
              if (Module["locateFile"]) {
                return Module["locateFile"](path7, scriptDirectory);
              }
              return scriptDirectory + path7;
            }
            __name(locateFile, "locateFile");
            var readAsync, readBinary;
            if (ENVIRONMENT_IS_NODE) {
              var fs = require("fs");
              scriptDirectory = __dirname + "/";
              readBinary = /* @__PURE__ */ __name((filename) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename);
                return ret;
              }, "readBinary");
              readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
                filename = isFileURI(filename) ? new URL(filename) : filename;
                var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
                return ret;
              }, "readAsync");
              if (process.argv.length > 1) {
                thisProgram = process.argv[1].replace(/\\/g, "/");
              }
              arguments_ = process.argv.slice(2);
              quit_ = /* @__PURE__ */ __name((status, toThrow) => {
                process.exitCode = status;
                throw toThrow;
              }, "quit_");
            } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
              try {
                scriptDirectory = new URL(".", _scriptName).href;
              } catch {
              }
              {
                if (ENVIRONMENT_IS_WORKER) {
                  readBinary = /* @__PURE__ */ __name((url) => {
                    var xhr = new XMLHttpRequest();
                    xhr.open("GET", url, false);
                    xhr.responseType = "arraybuffer";
                    xhr.send(null);
                    return new Uint8Array(
                      /** @type{!ArrayBuffer} */
                      xhr.response
                    );
                  }, "readBinary");
                }
                readAsync = /* @__PURE__ */ __name(async (url) => {
                  if (isFileURI(url)) {
                    return new Promise((resolve4, reject) => {
                      var xhr = new XMLHttpRequest();
                      xhr.open("GET", url, true);
                      xhr.responseType = "arraybuffer";
                      xhr.onload = () => {
                        if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                          resolve4(xhr.response);
                          return;
                        }
                        reject(xhr.status);
                      };
                      xhr.onerror = reject;
                      xhr.send(null);
                    });
                  }
                  var response = await fetch(url, {
                    credentials: "same-origin"
                  });
                  if (response.ok) {
                    return response.arrayBuffer();
                  }
                  throw new Error(response.status + " : " + response.url);
                }, "readAsync");
              }
            } else {
            }
            var out = console.log.bind(console);
            var err = console.error.bind(console);
            var dynamicLibraries = [];
            var wasmBinary;
            var ABORT = false;
            var EXITSTATUS;
            var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
            var readyPromiseResolve, readyPromiseReject;
            var wasmMemory;
            var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
            var HEAP64, HEAPU64;
            var HEAP_DATA_VIEW;
            var runtimeInitialized = false;
            function updateMemoryViews() {
              var b = wasmMemory.buffer;
              Module["HEAP8"] = HEAP8 = new Int8Array(b);
              Module["HEAP16"] = HEAP16 = new Int16Array(b);
              Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
              Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
              Module["HEAP32"] = HEAP32 = new Int32Array(b);
              Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
              Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
              Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
              Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
              Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
              Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
              LE_HEAP_UPDATE();
            }
            __name(updateMemoryViews, "updateMemoryViews");
            function initMemory() {
              if (Module["wasmMemory"]) {
                wasmMemory = Module["wasmMemory"];
              } else {
                var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
                wasmMemory = new WebAssembly.Memory({
                  "initial": INITIAL_MEMORY / 65536,
                  // In theory we should not need to emit the maximum if we want "unlimited"
                  // or 4GB of memory, but VMs error on that atm, see
                  // https://github.com/emscripten-core/emscripten/issues/14130
                  // And in the pthreads case we definitely need to emit a maximum. So
                  // always emit one.
                  "maximum": 32768
                });
              }
              updateMemoryViews();
            }
            __name(initMemory, "initMemory");
            var __RELOC_FUNCS__ = [];
            function preRun() {
              if (Module["preRun"]) {
                if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
                while (Module["preRun"].length) {
                  addOnPreRun(Module["preRun"].shift());
                }
              }
              callRuntimeCallbacks(onPreRuns);
            }
            __name(preRun, "preRun");
            function initRuntime() {
              runtimeInitialized = true;
              callRuntimeCallbacks(__RELOC_FUNCS__);
              wasmExports["__wasm_call_ctors"]();
              callRuntimeCallbacks(onPostCtors);
            }
            __name(initRuntime, "initRuntime");
            function preMain() {
            }
            __name(preMain, "preMain");
            function postRun() {
              if (Module["postRun"]) {
                if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
                while (Module["postRun"].length) {
                  addOnPostRun(Module["postRun"].shift());
                }
              }
              callRuntimeCallbacks(onPostRuns);
            }
            __name(postRun, "postRun");
            function abort(what) {
              Module["onAbort"]?.(what);
              what = "Aborted(" + what + ")";
              err(what);
              ABORT = true;
              what += ". Build with -sASSERTIONS for more info.";
              var e = new WebAssembly.RuntimeError(what);
              readyPromiseReject?.(e);
              throw e;
            }
            __name(abort, "abort");
            var wasmBinaryFile;
            function findWasmBinary() {
              return locateFile("web-tree-sitter.wasm");
            }
            __name(findWasmBinary, "findWasmBinary");
            function getBinarySync(file) {
              if (file == wasmBinaryFile && wasmBinary) {
                return new Uint8Array(wasmBinary);
              }
              if (readBinary) {
                return readBinary(file);
              }
              throw "both async and sync fetching of the wasm failed";
            }
            __name(getBinarySync, "getBinarySync");
            async function getWasmBinary(binaryFile) {
              if (!wasmBinary) {
                try {
                  var response = await readAsync(binaryFile);
                  return new Uint8Array(response);
                } catch {
                }
              }
              return getBinarySync(binaryFile);
            }
            __name(getWasmBinary, "getWasmBinary");
            async function instantiateArrayBuffer(binaryFile, imports) {
              try {
                var binary2 = await getWasmBinary(binaryFile);
                var instance2 = await WebAssembly.instantiate(binary2, imports);
                return instance2;
              } catch (reason) {
                err(`failed to asynchronously prepare wasm: ${reason}`);
                abort(reason);
              }
            }
            __name(instantiateArrayBuffer, "instantiateArrayBuffer");
            async function instantiateAsync(binary2, binaryFile, imports) {
              if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
                try {
                  var response = fetch(binaryFile, {
                    credentials: "same-origin"
                  });
                  var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
                  return instantiationResult;
                } catch (reason) {
                  err(`wasm streaming compile failed: ${reason}`);
                  err("falling back to ArrayBuffer instantiation");
                }
              }
              return instantiateArrayBuffer(binaryFile, imports);
            }
            __name(instantiateAsync, "instantiateAsync");
            function getWasmImports() {
              return {
                "env": wasmImports,
                "wasi_snapshot_preview1": wasmImports,
                "GOT.mem": new Proxy(wasmImports, GOTHandler),
                "GOT.func": new Proxy(wasmImports, GOTHandler)
              };
            }
            __name(getWasmImports, "getWasmImports");
            async function createWasm() {
              function receiveInstance(instance2, module2) {
                wasmExports = instance2.exports;
                wasmExports = relocateExports(wasmExports, 1024);
                var metadata2 = getDylinkMetadata(module2);
                if (metadata2.neededDynlibs) {
                  dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
                }
                mergeLibSymbols(wasmExports, "main");
                LDSO.init();
                loadDylibs();
                __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
                assignWasmExports(wasmExports);
                return wasmExports;
              }
              __name(receiveInstance, "receiveInstance");
              function receiveInstantiationResult(result2) {
                return receiveInstance(result2["instance"], result2["module"]);
              }
              __name(receiveInstantiationResult, "receiveInstantiationResult");
              var info2 = getWasmImports();
              if (Module["instantiateWasm"]) {
                return new Promise((resolve4, reject) => {
                  Module["instantiateWasm"](info2, (mod, inst) => {
                    resolve4(receiveInstance(mod, inst));
                  });
                });
              }
              wasmBinaryFile ??= findWasmBinary();
              var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
              var exports2 = receiveInstantiationResult(result);
              return exports2;
            }
            __name(createWasm, "createWasm");
            class ExitStatus {
              static {
                __name(this, "ExitStatus");
              }
              name = "ExitStatus";
              constructor(status) {
                this.message = `Program terminated with exit(${status})`;
                this.status = status;
              }
            }
            var GOT = {};
            var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
            var GOTHandler = {
              get(obj, symName) {
                var rtn = GOT[symName];
                if (!rtn) {
                  rtn = GOT[symName] = new WebAssembly.Global({
                    "value": "i32",
                    "mutable": true
                  });
                }
                if (!currentModuleWeakSymbols.has(symName)) {
                  rtn.required = true;
                }
                return rtn;
              }
            };
            var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
            var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
            var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
            var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
            var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
            var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
            var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
            var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
            var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
            var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
            var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
            var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
            var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
            var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
              while (callbacks.length > 0) {
                callbacks.shift()(Module);
              }
            }, "callRuntimeCallbacks");
            var onPostRuns = [];
            var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
            var onPreRuns = [];
            var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
            var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
            var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
              var maxIdx = idx + maxBytesToRead;
              if (ignoreNul) return maxIdx;
              while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
              return idx;
            }, "findStringEnd");
            var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
              var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
              if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
                return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
              }
              var str = "";
              while (idx < endPtr) {
                var u0 = heapOrArray[idx++];
                if (!(u0 & 128)) {
                  str += String.fromCharCode(u0);
                  continue;
                }
                var u1 = heapOrArray[idx++] & 63;
                if ((u0 & 224) == 192) {
                  str += String.fromCharCode((u0 & 31) << 6 | u1);
                  continue;
                }
                var u2 = heapOrArray[idx++] & 63;
                if ((u0 & 240) == 224) {
                  u0 = (u0 & 15) << 12 | u1 << 6 | u2;
                } else {
                  u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
                }
                if (u0 < 65536) {
                  str += String.fromCharCode(u0);
                } else {
                  var ch = u0 - 65536;
                  str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
                }
              }
              return str;
            }, "UTF8ArrayToString");
            var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
              var offset = 0;
              var end = 0;
              function getU8() {
                return binary2[offset++];
              }
              __name(getU8, "getU8");
              function getLEB() {
                var ret = 0;
                var mul = 1;
                while (1) {
                  var byte = binary2[offset++];
                  ret += (byte & 127) * mul;
                  mul *= 128;
                  if (!(byte & 128)) break;
                }
                return ret;
              }
              __name(getLEB, "getLEB");
              function getString() {
                var len = getLEB();
                offset += len;
                return UTF8ArrayToString(binary2, offset - len, len);
              }
              __name(getString, "getString");
              function getStringList() {
                var count2 = getLEB();
                var rtn = [];
                while (count2--) rtn.push(getString());
                return rtn;
              }
              __name(getStringList, "getStringList");
              function failIf(condition, message) {
                if (condition) throw new Error(message);
              }
              __name(failIf, "failIf");
              if (binary2 instanceof WebAssembly.Module) {
                var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
                failIf(dylinkSection.length === 0, "need dylink section");
                binary2 = new Uint8Array(dylinkSection[0]);
                end = binary2.length;
              } else {
                var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
                var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
                failIf(!magicNumberFound, "need to see wasm magic number");
                failIf(binary2[8] !== 0, "need the dylink section to be first");
                offset = 9;
                var section_size = getLEB();
                end = offset + section_size;
                var name2 = getString();
                failIf(name2 !== "dylink.0");
              }
              var customSection = {
                neededDynlibs: [],
                tlsExports: /* @__PURE__ */ new Set(),
                weakImports: /* @__PURE__ */ new Set(),
                runtimePaths: []
              };
              var WASM_DYLINK_MEM_INFO = 1;
              var WASM_DYLINK_NEEDED = 2;
              var WASM_DYLINK_EXPORT_INFO = 3;
              var WASM_DYLINK_IMPORT_INFO = 4;
              var WASM_DYLINK_RUNTIME_PATH = 5;
              var WASM_SYMBOL_TLS = 256;
              var WASM_SYMBOL_BINDING_MASK = 3;
              var WASM_SYMBOL_BINDING_WEAK = 1;
              while (offset < end) {
                var subsectionType = getU8();
                var subsectionSize = getLEB();
                if (subsectionType === WASM_DYLINK_MEM_INFO) {
                  customSection.memorySize = getLEB();
                  customSection.memoryAlign = getLEB();
                  customSection.tableSize = getLEB();
                  customSection.tableAlign = getLEB();
                } else if (subsectionType === WASM_DYLINK_NEEDED) {
                  customSection.neededDynlibs = getStringList();
                } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var symname = getString();
                    var flags2 = getLEB();
                    if (flags2 & WASM_SYMBOL_TLS) {
                      customSection.tlsExports.add(symname);
                    }
                  }
                } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                  var count = getLEB();
                  while (count--) {
                    var modname = getString();
                    var symname = getString();
                    var flags2 = getLEB();
                    if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                      customSection.weakImports.add(symname);
                    }
                  }
                } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
                  customSection.runtimePaths = getStringList();
                } else {
                  offset += subsectionSize;
                }
              }
              return customSection;
            }, "getDylinkMetadata");
            function getValue(ptr, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  return HEAP8[ptr];
                case "i8":
                  return HEAP8[ptr];
                case "i16":
                  return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
                case "i32":
                  return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
                case "i64":
                  return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
                case "float":
                  return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
                case "double":
                  return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
                case "*":
                  return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
                default:
                  abort(`invalid type for getValue: ${type}`);
              }
            }
            __name(getValue, "getValue");
            var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
              var dso = {
                refcount: Infinity,
                name: name2,
                exports: syms,
                global: true
              };
              LDSO.loadedLibsByName[name2] = dso;
              if (handle2 != void 0) {
                LDSO.loadedLibsByHandle[handle2] = dso;
              }
              return dso;
            }, "newDSO");
            var LDSO = {
              loadedLibsByName: {},
              loadedLibsByHandle: {},
              init() {
                newDSO("__main__", 0, wasmImports);
              }
            };
            var ___heap_base = 82240;
            var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
            var getMemory = /* @__PURE__ */ __name((size) => {
              if (runtimeInitialized) {
                return _calloc(size, 1);
              }
              var ret = ___heap_base;
              var end = ret + alignMemory(size, 16);
              ___heap_base = end;
              GOT["__heap_base"].value = end;
              return ret;
            }, "getMemory");
            var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
            var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
              const n = arr.length;
              return [n % 128 | 128, n >> 7, ...arr];
            }, "uleb128EncodeWithLen");
            var wasmTypeCodes = {
              "i": 127,
              // i32
              "p": 127,
              // i32
              "j": 126,
              // i64
              "f": 125,
              // f32
              "d": 124,
              // f64
              "e": 111
            };
            var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
              var code = wasmTypeCodes[type];
              return code;
            })), "generateTypePack");
            var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
              var bytes = Uint8Array.of(
                0,
                97,
                115,
                109,
                // magic ("\0asm")
                1,
                0,
                0,
                0,
                // version: 1
                1,
                ...uleb128EncodeWithLen([
                  1,
                  // count: 1
                  96,
                  // param types
                  ...generateTypePack(sig.slice(1)),
                  // return types (for now only supporting [] if `void` and single [T] otherwise)
                  ...generateTypePack(sig[0] === "v" ? "" : sig[0])
                ]),
                // The rest of the module is static
                2,
                7,
                // import section
                // (import "e" "f" (func 0 (type 0)))
                1,
                1,
                101,
                1,
                102,
                0,
                0,
                7,
                5,
                // export section
                // (export "f" (func 0 (type 0)))
                1,
                1,
                102,
                0,
                0
              );
              var module2 = new WebAssembly.Module(bytes);
              var instance2 = new WebAssembly.Instance(module2, {
                "e": {
                  "f": func2
                }
              });
              var wrappedFunc = instance2.exports["f"];
              return wrappedFunc;
            }, "convertJsFunctionToWasm");
            var wasmTableMirror = [];
            var wasmTable = new WebAssembly.Table({
              "initial": 31,
              "element": "anyfunc"
            });
            var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
              var func2 = wasmTableMirror[funcPtr];
              if (!func2) {
                wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
              }
              return func2;
            }, "getWasmTableEntry");
            var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
              if (functionsInTableMap) {
                for (var i2 = offset; i2 < offset + count; i2++) {
                  var item = getWasmTableEntry(i2);
                  if (item) {
                    functionsInTableMap.set(item, i2);
                  }
                }
              }
            }, "updateTableMap");
            var functionsInTableMap;
            var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
              if (!functionsInTableMap) {
                functionsInTableMap = /* @__PURE__ */ new WeakMap();
                updateTableMap(0, wasmTable.length);
              }
              return functionsInTableMap.get(func2) || 0;
            }, "getFunctionAddress");
            var freeTableIndexes = [];
            var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
              if (freeTableIndexes.length) {
                return freeTableIndexes.pop();
              }
              return wasmTable["grow"](1);
            }, "getEmptyTableSlot");
            var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
              wasmTable.set(idx, func2);
              wasmTableMirror[idx] = wasmTable.get(idx);
            }, "setWasmTableEntry");
            var addFunction = /* @__PURE__ */ __name((func2, sig) => {
              var rtn = getFunctionAddress(func2);
              if (rtn) {
                return rtn;
              }
              var ret = getEmptyTableSlot();
              try {
                setWasmTableEntry(ret, func2);
              } catch (err2) {
                if (!(err2 instanceof TypeError)) {
                  throw err2;
                }
                var wrapped = convertJsFunctionToWasm(func2, sig);
                setWasmTableEntry(ret, wrapped);
              }
              functionsInTableMap.set(func2, ret);
              return ret;
            }, "addFunction");
            var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
              for (var symName in exports2) {
                if (isInternalSym(symName)) {
                  continue;
                }
                var value = exports2[symName];
                GOT[symName] ||= new WebAssembly.Global({
                  "value": "i32",
                  "mutable": true
                });
                if (replace || GOT[symName].value == 0) {
                  if (typeof value == "function") {
                    GOT[symName].value = addFunction(value);
                  } else if (typeof value == "number") {
                    GOT[symName].value = value;
                  } else {
                    err(`unhandled export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "updateGOT");
            var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
              var relocated = {};
              for (var e in exports2) {
                var value = exports2[e];
                if (typeof value == "object") {
                  value = value.value;
                }
                if (typeof value == "number") {
                  value += memoryBase2;
                }
                relocated[e] = value;
              }
              updateGOT(relocated, replace);
              return relocated;
            }, "relocateExports");
            var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
              var existing = wasmImports[symName];
              if (!existing || existing.stub) {
                return false;
              }
              return true;
            }, "isSymbolDefined");
            var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
              var func2 = getWasmTableEntry(ptr);
              var rtn = func2(...args2);
              function convert(rtn2) {
                return rtn2;
              }
              __name(convert, "convert");
              return convert(rtn);
            }, "dynCall");
            var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
            var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
            var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
              var sp = stackSave();
              try {
                return dynCall(sig, ptr, args2);
              } catch (e) {
                stackRestore(sp);
                if (e !== e + 0) throw e;
                _setThrew(1, 0);
                if (sig[0] == "j") return 0n;
              }
            }, "createInvokeFunction");
            var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
              var sym;
              if (isSymbolDefined(symName)) {
                sym = wasmImports[symName];
              } else if (symName.startsWith("invoke_")) {
                sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
              }
              return {
                sym,
                name: symName
              };
            }, "resolveGlobalSymbol");
            var onPostCtors = [];
            var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
            var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
            var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
              var metadata = getDylinkMetadata(binary);
              function loadModule() {
                var memAlign = Math.pow(2, metadata.memoryAlign);
                var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
                var tableBase = metadata.tableSize ? wasmTable.length : 0;
                if (handle) {
                  HEAP8[handle + 8] = 1;
                  LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
                  LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
                  LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
                  LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
                }
                if (metadata.tableSize) {
                  wasmTable.grow(metadata.tableSize);
                }
                var moduleExports;
                function resolveSymbol(sym) {
                  var resolved = resolveGlobalSymbol(sym).sym;
                  if (!resolved && localScope) {
                    resolved = localScope[sym];
                  }
                  if (!resolved) {
                    resolved = moduleExports[sym];
                  }
                  return resolved;
                }
                __name(resolveSymbol, "resolveSymbol");
                var proxyHandler = {
                  get(stubs, prop) {
                    switch (prop) {
                      case "__memory_base":
                        return memoryBase;
                      case "__table_base":
                        return tableBase;
                    }
                    if (prop in wasmImports && !wasmImports[prop].stub) {
                      var res = wasmImports[prop];
                      return res;
                    }
                    if (!(prop in stubs)) {
                      var resolved;
                      stubs[prop] = (...args2) => {
                        resolved ||= resolveSymbol(prop);
                        return resolved(...args2);
                      };
                    }
                    return stubs[prop];
                  }
                };
                var proxy = new Proxy({}, proxyHandler);
                currentModuleWeakSymbols = metadata.weakImports;
                var info = {
                  "GOT.mem": new Proxy({}, GOTHandler),
                  "GOT.func": new Proxy({}, GOTHandler),
                  "env": proxy,
                  "wasi_snapshot_preview1": proxy
                };
                function postInstantiation(module, instance) {
                  updateTableMap(tableBase, metadata.tableSize);
                  moduleExports = relocateExports(instance.exports, memoryBase);
                  if (!flags.allowUndefined) {
                    reportUndefinedSymbols();
                  }
                  function addEmAsm(addr, body) {
                    var args = [];
                    var arity = 0;
                    for (; arity < 16; arity++) {
                      if (body.indexOf("$" + arity) != -1) {
                        args.push("$" + arity);
                      } else {
                        break;
                      }
                    }
                    args = args.join(",");
                    var func = `(${args}) => { ${body} };`;
                    ASM_CONSTS[start] = eval(func);
                  }
                  __name(addEmAsm, "addEmAsm");
                  if ("__start_em_asm" in moduleExports) {
                    var start = moduleExports["__start_em_asm"];
                    var stop = moduleExports["__stop_em_asm"];
                    while (start < stop) {
                      var jsString = UTF8ToString(start);
                      addEmAsm(start, jsString);
                      start = HEAPU8.indexOf(0, start) + 1;
                    }
                  }
                  function addEmJs(name, cSig, body) {
                    var jsArgs = [];
                    cSig = cSig.slice(1, -1);
                    if (cSig != "void") {
                      cSig = cSig.split(",");
                      for (var i in cSig) {
                        var jsArg = cSig[i].split(" ").pop();
                        jsArgs.push(jsArg.replace("*", ""));
                      }
                    }
                    var func = `(${jsArgs}) => ${body};`;
                    moduleExports[name] = eval(func);
                  }
                  __name(addEmJs, "addEmJs");
                  for (var name in moduleExports) {
                    if (name.startsWith("__em_js__")) {
                      var start = moduleExports[name];
                      var jsString = UTF8ToString(start);
                      var parts = jsString.split("<::>");
                      addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                      delete moduleExports[name];
                    }
                  }
                  var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
                  if (applyRelocs) {
                    if (runtimeInitialized) {
                      applyRelocs();
                    } else {
                      __RELOC_FUNCS__.push(applyRelocs);
                    }
                  }
                  var init = moduleExports["__wasm_call_ctors"];
                  if (init) {
                    if (runtimeInitialized) {
                      init();
                    } else {
                      addOnPostCtor(init);
                    }
                  }
                  return moduleExports;
                }
                __name(postInstantiation, "postInstantiation");
                if (flags.loadAsync) {
                  return (async () => {
                    var instance2;
                    if (binary instanceof WebAssembly.Module) {
                      instance2 = new WebAssembly.Instance(binary, info);
                    } else {
                      ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
                    }
                    return postInstantiation(binary, instance2);
                  })();
                }
                var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
                var instance = new WebAssembly.Instance(module, info);
                return postInstantiation(module, instance);
              }
              __name(loadModule, "loadModule");
              flags = {
                ...flags,
                rpath: {
                  parentLibPath: libName,
                  paths: metadata.runtimePaths
                }
              };
              if (flags.loadAsync) {
                return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
              }
              metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
              return loadModule();
            }, "loadWebAssemblyModule");
            var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
              for (var [sym, exp] of Object.entries(exports2)) {
                const setImport = /* @__PURE__ */ __name((target) => {
                  if (!isSymbolDefined(target)) {
                    wasmImports[target] = exp;
                  }
                }, "setImport");
                setImport(sym);
                const main_alias = "__main_argc_argv";
                if (sym == "main") {
                  setImport(main_alias);
                }
                if (sym == main_alias) {
                  setImport("main");
                }
              }
            }, "mergeLibSymbols");
            var asyncLoad = /* @__PURE__ */ __name(async (url) => {
              var arrayBuffer = await readAsync(url);
              return new Uint8Array(arrayBuffer);
            }, "asyncLoad");
            function loadDynamicLibrary(libName2, flags2 = {
              global: true,
              nodelete: true
            }, localScope2, handle2) {
              var dso = LDSO.loadedLibsByName[libName2];
              if (dso) {
                if (!flags2.global) {
                  if (localScope2) {
                    Object.assign(localScope2, dso.exports);
                  }
                } else if (!dso.global) {
                  dso.global = true;
                  mergeLibSymbols(dso.exports, libName2);
                }
                if (flags2.nodelete && dso.refcount !== Infinity) {
                  dso.refcount = Infinity;
                }
                dso.refcount++;
                if (handle2) {
                  LDSO.loadedLibsByHandle[handle2] = dso;
                }
                return flags2.loadAsync ? Promise.resolve(true) : true;
              }
              dso = newDSO(libName2, handle2, "loading");
              dso.refcount = flags2.nodelete ? Infinity : 1;
              dso.global = flags2.global;
              function loadLibData() {
                if (handle2) {
                  var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
                  var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
                  if (data && dataSize) {
                    var libData = HEAP8.slice(data, data + dataSize);
                    return flags2.loadAsync ? Promise.resolve(libData) : libData;
                  }
                }
                var libFile = locateFile(libName2);
                if (flags2.loadAsync) {
                  return asyncLoad(libFile);
                }
                if (!readBinary) {
                  throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
                }
                return readBinary(libFile);
              }
              __name(loadLibData, "loadLibData");
              function getExports() {
                if (flags2.loadAsync) {
                  return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
                }
                return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
              }
              __name(getExports, "getExports");
              function moduleLoaded(exports2) {
                if (dso.global) {
                  mergeLibSymbols(exports2, libName2);
                } else if (localScope2) {
                  Object.assign(localScope2, exports2);
                }
                dso.exports = exports2;
              }
              __name(moduleLoaded, "moduleLoaded");
              if (flags2.loadAsync) {
                return getExports().then((exports2) => {
                  moduleLoaded(exports2);
                  return true;
                });
              }
              moduleLoaded(getExports());
              return true;
            }
            __name(loadDynamicLibrary, "loadDynamicLibrary");
            var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
              for (var [symName, entry] of Object.entries(GOT)) {
                if (entry.value == 0) {
                  var value = resolveGlobalSymbol(symName, true).sym;
                  if (!value && !entry.required) {
                    continue;
                  }
                  if (typeof value == "function") {
                    entry.value = addFunction(value, value.sig);
                  } else if (typeof value == "number") {
                    entry.value = value;
                  } else {
                    throw new Error(`bad export type for '${symName}': ${typeof value}`);
                  }
                }
              }
            }, "reportUndefinedSymbols");
            var runDependencies = 0;
            var dependenciesFulfilled = null;
            var removeRunDependency = /* @__PURE__ */ __name((id) => {
              runDependencies--;
              Module["monitorRunDependencies"]?.(runDependencies);
              if (runDependencies == 0) {
                if (dependenciesFulfilled) {
                  var callback = dependenciesFulfilled;
                  dependenciesFulfilled = null;
                  callback();
                }
              }
            }, "removeRunDependency");
            var addRunDependency = /* @__PURE__ */ __name((id) => {
              runDependencies++;
              Module["monitorRunDependencies"]?.(runDependencies);
            }, "addRunDependency");
            var loadDylibs = /* @__PURE__ */ __name(async () => {
              if (!dynamicLibraries.length) {
                reportUndefinedSymbols();
                return;
              }
              addRunDependency("loadDylibs");
              for (var lib of dynamicLibraries) {
                await loadDynamicLibrary(lib, {
                  loadAsync: true,
                  global: true,
                  nodelete: true,
                  allowUndefined: true
                });
              }
              reportUndefinedSymbols();
              removeRunDependency("loadDylibs");
            }, "loadDylibs");
            var noExitRuntime = true;
            function setValue(ptr, value, type = "i8") {
              if (type.endsWith("*")) type = "*";
              switch (type) {
                case "i1":
                  HEAP8[ptr] = value;
                  break;
                case "i8":
                  HEAP8[ptr] = value;
                  break;
                case "i16":
                  LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
                  break;
                case "i32":
                  LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
                  break;
                case "i64":
                  LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
                  break;
                case "float":
                  LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
                  break;
                case "double":
                  LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
                  break;
                case "*":
                  LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
                  break;
                default:
                  abort(`invalid type for setValue: ${type}`);
              }
            }
            __name(setValue, "setValue");
            var ___memory_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1024);
            var ___stack_high = 82240;
            var ___stack_low = 16704;
            var ___stack_pointer = new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            }, 82240);
            var ___table_base = new WebAssembly.Global({
              "value": "i32",
              "mutable": false
            }, 1);
            var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
            __abort_js.sig = "v";
            var getHeapMax = /* @__PURE__ */ __name(() => (
              // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
              // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
              // for any code that deals with heap sizes, which would require special
              // casing all heap size related code to treat 0 specially.
              2147483648
            ), "getHeapMax");
            var growMemory = /* @__PURE__ */ __name((size) => {
              var oldHeapSize = wasmMemory.buffer.byteLength;
              var pages = (size - oldHeapSize + 65535) / 65536 | 0;
              try {
                wasmMemory.grow(pages);
                updateMemoryViews();
                return 1;
              } catch (e) {
              }
            }, "growMemory");
            var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
              var oldSize = HEAPU8.length;
              requestedSize >>>= 0;
              var maxHeapSize = getHeapMax();
              if (requestedSize > maxHeapSize) {
                return false;
              }
              for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
                var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
                overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
                var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
                var replacement = growMemory(newSize);
                if (replacement) {
                  return true;
                }
              }
              return false;
            }, "_emscripten_resize_heap");
            _emscripten_resize_heap.sig = "ip";
            var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
            _fd_close.sig = "ii";
            var INT53_MAX = 9007199254740992;
            var INT53_MIN = -9007199254740992;
            var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
            function _fd_seek(fd, offset, whence, newOffset) {
              offset = bigintToI53Checked(offset);
              return 70;
            }
            __name(_fd_seek, "_fd_seek");
            _fd_seek.sig = "iijip";
            var printCharBuffers = [null, [], []];
            var printChar = /* @__PURE__ */ __name((stream, curr) => {
              var buffer = printCharBuffers[stream];
              if (curr === 0 || curr === 10) {
                (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
                buffer.length = 0;
              } else {
                buffer.push(curr);
              }
            }, "printChar");
            var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
              var num = 0;
              for (var i2 = 0; i2 < iovcnt; i2++) {
                var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
                var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
                iov += 8;
                for (var j = 0; j < len; j++) {
                  printChar(fd, HEAPU8[ptr + j]);
                }
                num += len;
              }
              LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
              return 0;
            }, "_fd_write");
            _fd_write.sig = "iippp";
            function _tree_sitter_log_callback(isLexMessage, messageAddress) {
              if (Module.currentLogCallback) {
                const message = UTF8ToString(messageAddress);
                Module.currentLogCallback(message, isLexMessage !== 0);
              }
            }
            __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
            function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
              const INPUT_BUFFER_SIZE = 10 * 1024;
              const string = Module.currentParseCallback(index, {
                row,
                column
              });
              if (typeof string === "string") {
                setValue(lengthAddress, string.length, "i32");
                stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
              } else {
                setValue(lengthAddress, 0, "i32");
              }
            }
            __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
            function _tree_sitter_progress_callback(currentOffset, hasError) {
              if (Module.currentProgressCallback) {
                return Module.currentProgressCallback({
                  currentOffset,
                  hasError
                });
              }
              return false;
            }
            __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
            function _tree_sitter_query_progress_callback(currentOffset) {
              if (Module.currentQueryProgressCallback) {
                return Module.currentQueryProgressCallback({
                  currentOffset
                });
              }
              return false;
            }
            __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
            var runtimeKeepaliveCounter = 0;
            var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
            var _proc_exit = /* @__PURE__ */ __name((code) => {
              EXITSTATUS = code;
              if (!keepRuntimeAlive()) {
                Module["onExit"]?.(code);
                ABORT = true;
              }
              quit_(code, new ExitStatus(code));
            }, "_proc_exit");
            _proc_exit.sig = "vi";
            var exitJS = /* @__PURE__ */ __name((status, implicit) => {
              EXITSTATUS = status;
              _proc_exit(status);
            }, "exitJS");
            var handleException = /* @__PURE__ */ __name((e) => {
              if (e instanceof ExitStatus || e == "unwind") {
                return EXITSTATUS;
              }
              quit_(1, e);
            }, "handleException");
            var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
              var len = 0;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var c = str.charCodeAt(i2);
                if (c <= 127) {
                  len++;
                } else if (c <= 2047) {
                  len += 2;
                } else if (c >= 55296 && c <= 57343) {
                  len += 4;
                  ++i2;
                } else {
                  len += 3;
                }
              }
              return len;
            }, "lengthBytesUTF8");
            var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
              if (!(maxBytesToWrite > 0)) return 0;
              var startIdx = outIdx;
              var endIdx = outIdx + maxBytesToWrite - 1;
              for (var i2 = 0; i2 < str.length; ++i2) {
                var u = str.codePointAt(i2);
                if (u <= 127) {
                  if (outIdx >= endIdx) break;
                  heap[outIdx++] = u;
                } else if (u <= 2047) {
                  if (outIdx + 1 >= endIdx) break;
                  heap[outIdx++] = 192 | u >> 6;
                  heap[outIdx++] = 128 | u & 63;
                } else if (u <= 65535) {
                  if (outIdx + 2 >= endIdx) break;
                  heap[outIdx++] = 224 | u >> 12;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                } else {
                  if (outIdx + 3 >= endIdx) break;
                  heap[outIdx++] = 240 | u >> 18;
                  heap[outIdx++] = 128 | u >> 12 & 63;
                  heap[outIdx++] = 128 | u >> 6 & 63;
                  heap[outIdx++] = 128 | u & 63;
                  i2++;
                }
              }
              heap[outIdx] = 0;
              return outIdx - startIdx;
            }, "stringToUTF8Array");
            var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
            var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
            var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
              var size = lengthBytesUTF8(str) + 1;
              var ret = stackAlloc(size);
              stringToUTF8(str, ret, size);
              return ret;
            }, "stringToUTF8OnStack");
            var AsciiToString = /* @__PURE__ */ __name((ptr) => {
              var str = "";
              while (1) {
                var ch = HEAPU8[ptr++];
                if (!ch) return str;
                str += String.fromCharCode(ch);
              }
            }, "AsciiToString");
            var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
              maxBytesToWrite ??= 2147483647;
              if (maxBytesToWrite < 2) return 0;
              maxBytesToWrite -= 2;
              var startPtr = outPtr;
              var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
              for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
                var codeUnit = str.charCodeAt(i2);
                LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
                outPtr += 2;
              }
              LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
              return outPtr - startPtr;
            }, "stringToUTF16");
            LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
              /* little endian */
              ((x) => x),
              ((x) => x),
              void 0,
              ((x) => x)
            ] : [
              /* big endian */
              ((x) => x),
              ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
              void 0,
              ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
            ];
            function LE_HEAP_UPDATE() {
              HEAPU16.unsigned = ((x) => x & 65535);
              HEAPU32.unsigned = ((x) => x >>> 0);
            }
            __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
            {
              initMemory();
              if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
              if (Module["print"]) out = Module["print"];
              if (Module["printErr"]) err = Module["printErr"];
              if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
              if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
              if (Module["arguments"]) arguments_ = Module["arguments"];
              if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
              if (Module["preInit"]) {
                if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
                while (Module["preInit"].length > 0) {
                  Module["preInit"].shift()();
                }
              }
            }
            Module["setValue"] = setValue;
            Module["getValue"] = getValue;
            Module["UTF8ToString"] = UTF8ToString;
            Module["stringToUTF8"] = stringToUTF8;
            Module["lengthBytesUTF8"] = lengthBytesUTF8;
            Module["AsciiToString"] = AsciiToString;
            Module["stringToUTF16"] = stringToUTF16;
            Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
            Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
            var ASM_CONSTS = {};
            var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
            function assignWasmExports(wasmExports2) {
              Module["_malloc"] = _malloc = wasmExports2["malloc"];
              Module["_calloc"] = _calloc = wasmExports2["calloc"];
              Module["_realloc"] = _realloc = wasmExports2["realloc"];
              Module["_free"] = _free = wasmExports2["free"];
              Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
              Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
              Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
              Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
              Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
              Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
              Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
              Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
              Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
              Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
              Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
              Module["_strlen"] = _strlen = wasmExports2["strlen"];
              Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
              Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
              Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
              Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
              Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
              Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
              Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
              Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
              Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
              Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
              Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
              Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
              Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
              Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
              Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
              Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
              Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
              Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
              Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
              Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
              Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
              Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
              Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
              Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
              Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
              Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
              Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
              Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
              Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
              Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
              Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
              Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
              Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
              Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
              Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
              Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
              Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
              Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
              Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
              Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
              Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
              Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
              Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
              Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
              Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
              Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
              Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
              Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
              Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
              Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
              Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
              Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
              Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
              Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
              Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
              Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
              Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
              Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
              Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
              Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
              Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
              Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
              Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
              Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
              Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
              Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
              Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
              Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
              Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
              Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
              Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
              Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
              Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
              Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
              Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
              Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
              Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
              Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
              Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
              Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
              Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
              Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
              Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
              Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
              Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
              Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
              Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
              Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
              Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
              Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
              Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
              Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
              Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
              Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
              Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
              Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
              Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
              Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
              Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
              Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
              Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
              Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
              Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
              Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
              Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
              Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
              Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
              Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
              Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
              Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
              Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
              Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
              Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
              Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
              Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
              Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
              Module["_memset"] = _memset = wasmExports2["memset"];
              Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
              Module["_memmove"] = _memmove = wasmExports2["memmove"];
              Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
              Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
              Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
              Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
              Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
              Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
              Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
              Module["_memchr"] = _memchr = wasmExports2["memchr"];
              Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
              Module["_strncat"] = _strncat = wasmExports2["strncat"];
              Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
              Module["_towlower"] = _towlower = wasmExports2["towlower"];
              Module["_towupper"] = _towupper = wasmExports2["towupper"];
              _setThrew = wasmExports2["setThrew"];
              __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
              __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
              _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
              ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
            }
            __name(assignWasmExports, "assignWasmExports");
            var wasmImports = {
              /** @export */
              __heap_base: ___heap_base,
              /** @export */
              __indirect_function_table: wasmTable,
              /** @export */
              __memory_base: ___memory_base,
              /** @export */
              __stack_high: ___stack_high,
              /** @export */
              __stack_low: ___stack_low,
              /** @export */
              __stack_pointer: ___stack_pointer,
              /** @export */
              __table_base: ___table_base,
              /** @export */
              _abort_js: __abort_js,
              /** @export */
              emscripten_resize_heap: _emscripten_resize_heap,
              /** @export */
              fd_close: _fd_close,
              /** @export */
              fd_seek: _fd_seek,
              /** @export */
              fd_write: _fd_write,
              /** @export */
              memory: wasmMemory,
              /** @export */
              tree_sitter_log_callback: _tree_sitter_log_callback,
              /** @export */
              tree_sitter_parse_callback: _tree_sitter_parse_callback,
              /** @export */
              tree_sitter_progress_callback: _tree_sitter_progress_callback,
              /** @export */
              tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
            };
            function callMain(args2 = []) {
              var entryFunction = resolveGlobalSymbol("main").sym;
              if (!entryFunction) return;
              args2.unshift(thisProgram);
              var argc = args2.length;
              var argv = stackAlloc((argc + 1) * 4);
              var argv_ptr = argv;
              args2.forEach((arg) => {
                LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
                argv_ptr += 4;
              });
              LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
              try {
                var ret = entryFunction(argc, argv);
                exitJS(
                  ret,
                  /* implicit = */
                  true
                );
                return ret;
              } catch (e) {
                return handleException(e);
              }
            }
            __name(callMain, "callMain");
            function run(args2 = arguments_) {
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              preRun();
              if (runDependencies > 0) {
                dependenciesFulfilled = run;
                return;
              }
              function doRun() {
                Module["calledRun"] = true;
                if (ABORT) return;
                initRuntime();
                preMain();
                readyPromiseResolve?.(Module);
                Module["onRuntimeInitialized"]?.();
                var noInitialRun = Module["noInitialRun"] || false;
                if (!noInitialRun) callMain(args2);
                postRun();
              }
              __name(doRun, "doRun");
              if (Module["setStatus"]) {
                Module["setStatus"]("Running...");
                setTimeout(() => {
                  setTimeout(() => Module["setStatus"](""), 1);
                  doRun();
                }, 1);
              } else {
                doRun();
              }
            }
            __name(run, "run");
            var wasmExports;
            wasmExports = await createWasm();
            run();
            if (runtimeInitialized) {
              moduleRtn = Module;
            } else {
              moduleRtn = new Promise((resolve4, reject) => {
                readyPromiseResolve = resolve4;
                readyPromiseReject = reject;
              });
            }
            return moduleRtn;
          };
        })();
        if (typeof exports === "object" && typeof module === "object") {
          module.exports = Module;
          module.exports.default = Module;
        } else if (typeof define === "function" && define["amd"])
          define([], () => Module);
      }
    });
    var index_exports = {};
    __export(index_exports, {
      CaptureQuantifier: () => CaptureQuantifier,
      Edit: () => Edit,
      LANGUAGE_VERSION: () => LANGUAGE_VERSION,
      Language: () => Language,
      LookaheadIterator: () => LookaheadIterator,
      MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
      Node: () => Node,
      Parser: () => Parser,
      Query: () => Query,
      Tree: () => Tree,
      TreeCursor: () => TreeCursor
    });
    module.exports = __toCommonJS(index_exports);
    var Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point, index) {
        let newIndex = index;
        const newPoint = { ...point };
        if (index >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index - this.oldEndIndex);
          const originalRow = point.row;
          newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
        } else if (index > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range) {
        const newRange = {
          startIndex: range.startIndex,
          startPosition: { ...range.startPosition },
          endIndex: range.endIndex,
          endPosition: { ...range.endPosition }
        };
        if (range.endIndex >= this.oldEndIndex) {
          if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
              column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
            column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    var SIZE_OF_SHORT = 2;
    var SIZE_OF_INT = 4;
    var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    var SIZE_OF_NODE = 5 * SIZE_OF_INT;
    var SIZE_OF_POINT = 2 * SIZE_OF_INT;
    var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    var ZERO_POINT = { row: 0, column: 0 };
    var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    function assertInternal(x) {
      if (x !== INTERNAL) throw new Error("Illegal constructor");
    }
    __name(assertInternal, "assertInternal");
    function isPoint(point) {
      return !!point && typeof point.row === "number" && typeof point.column === "number";
    }
    __name(isPoint, "isPoint");
    function setModule(module2) {
      C = module2;
    }
    __name(setModule, "setModule");
    var C;
    function newFinalizer(handler) {
      try {
        return new FinalizationRegistry(handler);
      } catch (e) {
        console.error("Unsupported FinalizationRegistry:", e);
        return;
      }
    }
    __name(newFinalizer, "newFinalizer");
    var finalizer = newFinalizer((address) => {
      C._ts_lookahead_iterator_delete(address);
    });
    var LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address, language) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        finalizer?.register(this, address, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    function getText(tree, startIndex, endIndex, startPosition) {
      const length = endIndex - startIndex;
      let result = tree.textCallback(startIndex, startPosition);
      if (result) {
        startIndex += result.length;
        while (startIndex < endIndex) {
          const string = tree.textCallback(startIndex, startPosition);
          if (string && string.length > 0) {
            startIndex += string.length;
            result += string;
          } else {
            break;
          }
        }
        if (startIndex > endIndex) {
          result = result.slice(0, length);
        }
      }
      return result ?? "";
    }
    __name(getText, "getText");
    var finalizer2 = newFinalizer((address) => {
      C._ts_tree_delete(address);
    });
    var Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address, language, textCallback) {
        assertInternal(internal);
        this[0] = address;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, offsetBytes, "i32");
        marshalPoint(address + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    var finalizer3 = newFinalizer((handles) => {
      marshalTreeCursor({ handles });
      C._ts_tree_cursor_delete_wasm(0);
    });
    var TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      handles = [0, 0, 0, 0];
      // Internal handles for Wasm, shared with the finalizer.
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.handles, this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        return new _TreeCursor(INTERNAL, this.tree);
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this.handles.fill(0);
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given position.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(node.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = node.tree;
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
        this.tree = cursor.tree;
      }
    };
    var Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address) return null;
        return C.AsciiToString(address);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, index, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address);
              address += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        if (types.includes("ERROR")) {
          symbols.push(65535);
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address);
            address += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address, start2, "i32");
        C.setValue(address + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address, start2);
        marshalPoint(address + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
        this.startPosition = point;
        this.startIndex = index;
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address);
        C._free(address);
        return result;
      }
    };
    function unmarshalCaptures(query, tree, address, patternIndex, result) {
      for (let i2 = 0, n = result.length; i2 < n; i2++) {
        const captureIndex = C.getValue(address, "i32");
        address += SIZE_OF_INT;
        const node = unmarshalNode(tree, address);
        address += SIZE_OF_NODE;
        result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
      }
      return address;
    }
    __name(unmarshalCaptures, "unmarshalCaptures");
    function marshalNode(node, index = 0) {
      let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
      C.setValue(address, node.id, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node.startPosition.row, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node.startPosition.column, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, node[0], "i32");
    }
    __name(marshalNode, "marshalNode");
    function unmarshalNode(tree, address = TRANSFER_BUFFER) {
      const id = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      if (id === 0) return null;
      const index = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const row = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const column = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const other = C.getValue(address, "i32");
      const result = new Node(INTERNAL, {
        id,
        tree,
        startIndex: index,
        startPosition: { row, column },
        other
      });
      return result;
    }
    __name(unmarshalNode, "unmarshalNode");
    function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
      C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
      C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
      C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
      C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
    }
    __name(marshalTreeCursor, "marshalTreeCursor");
    function unmarshalTreeCursor({ handles }) {
      handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
      handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
      handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
      handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
    }
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    function marshalPoint(address, point) {
      C.setValue(address, point.row, "i32");
      C.setValue(address + SIZE_OF_INT, point.column, "i32");
    }
    __name(marshalPoint, "marshalPoint");
    function unmarshalPoint(address) {
      const result = {
        row: C.getValue(address, "i32") >>> 0,
        column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
      };
      return result;
    }
    __name(unmarshalPoint, "unmarshalPoint");
    function marshalRange(address, range) {
      marshalPoint(address, range.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, range.endPosition);
      address += SIZE_OF_POINT;
      C.setValue(address, range.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, range.endIndex, "i32");
      address += SIZE_OF_INT;
    }
    __name(marshalRange, "marshalRange");
    function unmarshalRange(address) {
      const result = {};
      result.startPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.endPosition = unmarshalPoint(address);
      address += SIZE_OF_POINT;
      result.startIndex = C.getValue(address, "i32") >>> 0;
      address += SIZE_OF_INT;
      result.endIndex = C.getValue(address, "i32") >>> 0;
      return result;
    }
    __name(unmarshalRange, "unmarshalRange");
    function marshalEdit(edit, address = TRANSFER_BUFFER) {
      marshalPoint(address, edit.startPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.oldEndPosition);
      address += SIZE_OF_POINT;
      marshalPoint(address, edit.newEndPosition);
      address += SIZE_OF_POINT;
      C.setValue(address, edit.startIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, edit.oldEndIndex, "i32");
      address += SIZE_OF_INT;
      C.setValue(address, edit.newEndIndex, "i32");
      address += SIZE_OF_INT;
    }
    __name(marshalEdit, "marshalEdit");
    function unmarshalLanguageMetadata(address) {
      const major_version = C.getValue(address, "i32");
      const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
      const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
      return { major_version, minor_version, patch_version };
    }
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    var Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address) {
        assertInternal(internal);
        this[0] = address;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address, "i16");
            address += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address) return new LookaheadIterator(INTERNAL, address, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary2;
        if (input instanceof Uint8Array) {
          binary2 = input;
        } else if (globalThis.process?.versions.node) {
          const fs22 = await import("fs/promises");
          binary2 = await fs22.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary2 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary2 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName2 = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName2) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName2]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    var import_web_tree_sitter = __toESM(require_web_tree_sitter(), 1);
    var Module2 = null;
    async function initializeBinding(moduleOptions) {
      return Module2 ??= await (0, import_web_tree_sitter.default)(moduleOptions);
    }
    __name(initializeBinding, "initializeBinding");
    function checkModule() {
      return !!Module2;
    }
    __name(checkModule, "checkModule");
    var TRANSFER_BUFFER;
    var LANGUAGE_VERSION;
    var MIN_COMPATIBLE_VERSION;
    var finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    var Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address;
        if (!language) {
          address = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address = language[0];
          const version = C._ts_language_abi_version(address);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address, options.includedRanges[i2]);
            address += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address);
            address += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    var PREDICATE_STEP_TYPE_CAPTURE = 1;
    var PREDICATE_STEP_TYPE_STRING = 2;
    var QUERY_WORD_REGEX = /[\w-]+/g;
    var CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    var QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    var QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    function parseAnyPredicate(steps, index, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
        );
      }
      if (!isCaptureStep(steps[1])) {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
        );
      }
      const isPositive = operator === "eq?" || operator === "any-eq?";
      const matchAll = !operator.startsWith("any-");
      if (isCaptureStep(steps[2])) {
        const captureName1 = steps[1].name;
        const captureName2 = steps[2].name;
        textPredicates[index].push((captures) => {
          const nodes1 = [];
          const nodes2 = [];
          for (const c of captures) {
            if (c.name === captureName1) nodes1.push(c.node);
            if (c.name === captureName2) nodes2.push(c.node);
          }
          const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
            return positive ? n1.text === n2.text : n1.text !== n2.text;
          }, "compare");
          return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
        });
      } else {
        const captureName = steps[1].name;
        const stringValue = steps[2].value;
        const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
        const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
        textPredicates[index].push((captures) => {
          const nodes = [];
          for (const c of captures) {
            if (c.name === captureName) nodes.push(c.node);
          }
          const test2 = isPositive ? matches : doesNotMatch;
          return matchAll ? nodes.every(test2) : nodes.some(test2);
        });
      }
    }
    __name(parseAnyPredicate, "parseAnyPredicate");
    function parseMatchPredicate(steps, index, operator, textPredicates) {
      if (steps.length !== 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      if (steps[2].type !== "string") {
        throw new Error(
          `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
        );
      }
      const isPositive = operator === "match?" || operator === "any-match?";
      const matchAll = !operator.startsWith("any-");
      const captureName = steps[1].name;
      const regex = new RegExp(steps[2].value);
      textPredicates[index].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        const test2 = /* @__PURE__ */ __name((text, positive) => {
          return positive ? regex.test(text) : !regex.test(text);
        }, "test");
        if (nodes.length === 0) return !isPositive;
        return matchAll ? nodes.every((text) => test2(text, isPositive)) : nodes.some((text) => test2(text, isPositive));
      });
    }
    __name(parseMatchPredicate, "parseMatchPredicate");
    function parseAnyOfPredicate(steps, index, operator, textPredicates) {
      if (steps.length < 2) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
        );
      }
      if (steps[1].type !== "capture") {
        throw new Error(
          `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
        );
      }
      const isPositive = operator === "any-of?";
      const captureName = steps[1].name;
      const stringSteps = steps.slice(2);
      if (!stringSteps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const values = stringSteps.map((s) => s.value);
      textPredicates[index].push((captures) => {
        const nodes = [];
        for (const c of captures) {
          if (c.name === captureName) nodes.push(c.node.text);
        }
        if (nodes.length === 0) return !isPositive;
        return nodes.every((text) => values.includes(text)) === isPositive;
      });
    }
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(
          `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
        );
      }
      if (!steps.every(isStringStep)) {
        throw new Error(
          `Arguments to \`#${operator}\` predicate must be strings.".`
        );
      }
      const properties = operator === "is?" ? assertedProperties : refutedProperties;
      if (!properties[index]) properties[index] = {};
      properties[index][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseIsPredicate, "parseIsPredicate");
    function parseSetDirective(steps, index, setProperties) {
      if (steps.length < 2 || steps.length > 3) {
        throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
      }
      if (!steps.every(isStringStep)) {
        throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
      }
      if (!setProperties[index]) setProperties[index] = {};
      setProperties[index][steps[1].value] = steps[2]?.value ?? null;
    }
    __name(parseSetDirective, "parseSetDirective");
    function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
      if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
        const name2 = captureNames[stepValueId];
        steps.push({ type: "capture", name: name2 });
      } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
        steps.push({ type: "string", value: stringValues[stepValueId] });
      } else if (steps.length > 0) {
        if (steps[0].type !== "string") {
          throw new Error("Predicates must begin with a literal value");
        }
        const operator = steps[0].value;
        switch (operator) {
          case "any-not-eq?":
          case "not-eq?":
          case "any-eq?":
          case "eq?":
            parseAnyPredicate(steps, index, operator, textPredicates);
            break;
          case "any-not-match?":
          case "not-match?":
          case "any-match?":
          case "match?":
            parseMatchPredicate(steps, index, operator, textPredicates);
            break;
          case "not-any-of?":
          case "any-of?":
            parseAnyOfPredicate(steps, index, operator, textPredicates);
            break;
          case "is?":
          case "is-not?":
            parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
            break;
          case "set!":
            parseSetDirective(steps, index, setProperties);
            break;
          default:
            predicates[index].push({ operator, operands: steps.slice(1) });
        }
        steps.length = 0;
      }
    }
    __name(parsePattern, "parsePattern");
    function indexForByteOffset(source, byteOffset) {
      return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
    }
    __name(indexForByteOffset, "indexForByteOffset");
    var finalizer5 = newFinalizer((address) => {
      C._ts_query_delete(address);
    });
    var Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** @internal */
      source;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source) {
        const sourceLength = C.lengthBytesUTF8(source);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source, sourceAddress, sourceLength + 1);
        const address = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address);
        const captureCount = C._ts_query_capture_count(address);
        const patternCount = C._ts_query_pattern_count(address);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.source = source;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex !== 0 && startIndex > endIndex) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureCount = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          const captureIndex = C.getValue(address, "i32");
          address += SIZE_OF_INT;
          captures.length = captureCount;
          address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the index where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the index where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
        return indexForByteOffset(this.source, byteOffset);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if the step at the given index in the query's source is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(index) {
        const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
      }
    };
    module.exports.default = module.exports;
  }
});

// test/e2e/code-server.e2e.ts
var import_node_test = require("node:test");
var assert = __toESM2(require("node:assert/strict"));
var import_node_child_process2 = require("node:child_process");
var fs8 = __toESM2(require("node:fs"));
var os = __toESM2(require("node:os"));
var path6 = __toESM2(require("node:path"));
var import_playwright_core = require("playwright-core");

// server/src/engine/go/syntax.ts
function nodeRange(node) {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column }
  };
}
function walk(root, visit) {
  const cursor = root.walk();
  try {
    let descend = visit(cursor.currentNode) !== false;
    for (; ; ) {
      if (descend && cursor.gotoFirstChild()) {
        descend = visit(cursor.currentNode) !== false;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || cursor.currentNode.id === root.id) return;
      }
      descend = visit(cursor.currentNode) !== false;
    }
  } finally {
    cursor.delete();
  }
}
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_declaration", "method_declaration", "func_literal"]);
function enclosingFunction(node) {
  for (let n = node.parent; n; n = n.parent) if (FUNCTION_TYPES.has(n.type)) return n;
  return null;
}
function enclosingDeclaration(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "function_declaration" || n.type === "method_declaration") return n;
  }
  return null;
}
function field(node, name2) {
  return node.childForFieldName(name2);
}
function namedChildren(node) {
  if (!node) return [];
  return node.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
function unparen(node) {
  let n = node;
  while (n.type === "parenthesized_expression" && n.namedChildCount === 1) n = n.namedChild(0);
  return n;
}
function callArguments(call) {
  return namedChildren(field(call, "arguments"));
}
function isVariadicCall(call) {
  const args2 = field(call, "arguments");
  return !!args2 && args2.children.some((c) => c?.type === "...");
}
function selectorParts(node) {
  if (node.type !== "selector_expression") return null;
  const operand = field(node, "operand");
  const fieldNode = field(node, "field");
  if (!operand || !fieldNode || operand.type !== "identifier") return null;
  return [operand.text, fieldNode.text];
}
function blockStatements(block) {
  if (!block) return [];
  const out2 = [];
  for (const child of namedChildren(block)) {
    if (child.type === "statement_list") out2.push(...namedChildren(child));
    else out2.push(child);
  }
  return out2;
}
function functionBody(fn) {
  return field(fn, "body");
}
function lineIndent(text, node) {
  const lineStart = text.lastIndexOf("\n", node.startIndex - 1) + 1;
  let end = lineStart;
  while (end < text.length && (text[end] === " " || text[end] === "	")) end++;
  return text.slice(lineStart, end);
}

// server/src/engine/knowledge/context-api.ts
var CONTEXT_PKG = "context";
var CANCEL_FUNCS = /* @__PURE__ */ new Map([
  ["WithCancel", { callText: "cancel()" }],
  ["WithTimeout", { callText: "cancel()" }],
  ["WithDeadline", { callText: "cancel()" }],
  ["WithCancelCause", { callText: "cancel(nil)" }],
  ["WithTimeoutCause", { callText: "cancel()" }],
  ["WithDeadlineCause", { callText: "cancel()" }]
]);
var ROOT_CONTEXT_FUNCS = /* @__PURE__ */ new Set(["Background", "TODO"]);

// server/src/engine/interceptors/own-body.ts
function walkOwnBody(fn, visit) {
  const body2 = functionBody(fn);
  if (!body2) return;
  walk(body2, (node) => {
    if (node.type === "func_literal") return false;
    visit(node);
    return true;
  });
}
function isCallOf(call, name2) {
  if (call.type !== "call_expression") return false;
  const fn = field(call, "function");
  return fn?.type === "identifier" && fn.text === name2;
}
function nextCalls(shape) {
  const name2 = shape.nextName;
  if (!name2) return [];
  const calls = [];
  walkOwnBody(shape.fn, (node) => {
    if (isCallOf(node, name2)) calls.push(node);
  });
  return calls;
}
function nextEscapes(shape) {
  const name2 = shape.nextName;
  const body2 = functionBody(shape.fn);
  if (!name2 || !body2) return false;
  let escapes = false;
  walk(body2, (node) => {
    if (escapes) return false;
    if (node.type !== "identifier" || node.text !== name2) return true;
    const call = node.parent;
    const direct = call?.type === "call_expression" && field(call, "function")?.id === node.id;
    if (!direct) escapes = true;
    else for (let n = call.parent; n && n.id !== shape.fn.id; n = n.parent) if (n.type === "func_literal") escapes = true;
    return true;
  });
  return escapes;
}
function contextArgument(shape, call) {
  return callArguments(call)[shape.kind === "stream-server" ? 1 : 0] ?? null;
}

// server/src/engine/interceptors/context-flow.ts
var MAX_ORIGIN_DEPTH = 100;
var METADATA_PKG = "google.golang.org/grpc/metadata";
var METADATA_DERIVERS = /* @__PURE__ */ new Set(["NewIncomingContext", "NewOutgoingContext", "AppendToOutgoingContext"]);
var DERIVERS = [
  {
    pkg: CONTEXT_PKG,
    names: /* @__PURE__ */ new Set(["WithValue", "WithCancel", "WithTimeout", "WithDeadline", "WithCancelCause", "WithTimeoutCause", "WithDeadlineCause", "WithoutCancel"])
  },
  { pkg: METADATA_PKG, names: METADATA_DERIVERS }
];
function bindingsOf(stmt) {
  let names2 = [];
  let values = [];
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement" && stmt.children.some((c) => c?.type === "=")) {
    names2 = namedChildren(field(stmt, "left"));
    values = namedChildren(field(stmt, "right"));
  } else if (stmt.type === "var_spec") {
    names2 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    values = namedChildren(field(stmt, "value"));
  } else if (stmt.type === "range_clause" || stmt.type === "receive_statement") {
    names2 = namedChildren(field(stmt, "left"));
  } else if (stmt.type === "type_switch_statement") {
    names2 = namedChildren(field(stmt, "alias"));
  }
  const out2 = [];
  names2.forEach((nameNode, i2) => {
    if (nameNode.type !== "identifier" || nameNode.text === "_") return;
    const single = values.length === 1 && names2.length > 1;
    out2.push({ name: nameNode.text, nameNode, value: single ? values[0] : values[i2] ?? null, index: single ? i2 : 0, statement: stmt });
  });
  return out2;
}
function parameterNames(list) {
  return namedChildren(list).flatMap((d) => d.childrenForFieldName("name").filter((n) => n !== null).map((n) => n.text));
}
var ContextFlow = class {
  constructor(file, shape) {
    this.file = file;
    this.shape = shape;
    const fn = shape.fn;
    this.receiver = parameterNames(field(fn, "receiver"))[0] ?? null;
    for (const name2 of [...parameterNames(field(fn, "parameters")), ...parameterNames(field(fn, "result"))]) this.otherParams.add(name2);
    walkOwnBody(fn, (node) => {
      for (const b of bindingsOf(node)) {
        const list = this.locals.get(b.name) ?? [];
        list.push(b);
        this.locals.set(b.name, list);
      }
    });
  }
  file;
  shape;
  locals = /* @__PURE__ */ new Map();
  /** Parameters, results and receiver other than the incoming ctx/stream: origin unknown. */
  otherParams = /* @__PURE__ */ new Set();
  receiver;
  depth = 0;
  isIncomingName(name2) {
    return name2 === this.shape.ctxName || name2 === this.shape.streamName;
  }
  /** A call to a known context-deriving function (context.With*, metadata.*Context). */
  isDeriverCall(call) {
    return DERIVERS.some((d) => this.file.isCallTo(call, d.pkg, d.names));
  }
  isRootCall(node) {
    return node.type === "call_expression" && callArguments(node).length === 0 && this.file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS);
  }
  origin(expr, seen = /* @__PURE__ */ new Set()) {
    if (this.depth >= MAX_ORIGIN_DEPTH) return "unknown";
    this.depth++;
    try {
      return this.originOf(expr, seen);
    } finally {
      this.depth--;
    }
  }
  originOf(expr, seen) {
    const node = unparen(expr);
    if (node.type === "identifier") return this.identifierOrigin(node.text, seen);
    if (node.type === "selector_expression") return this.fieldOrigin(node);
    if (node.type !== "call_expression") return "unknown";
    if (this.isRootCall(node)) return "root";
    const fn = field(node, "function");
    const first = callArguments(node)[0];
    if (!first && fn?.type === "selector_expression" && field(fn, "field")?.text === "Context") {
      const operand = field(fn, "operand");
      return operand?.type === "identifier" && this.identifierOrigin(operand.text, seen) === "incoming" ? "incoming" : "unknown";
    }
    if (!first) return "unknown";
    const inner = this.origin(first, seen);
    if (this.isDeriverCall(node)) return inner;
    return inner === "incoming" ? "incoming" : "unknown";
  }
  identifierOrigin(name2, seen) {
    if (this.isIncomingName(name2)) return "incoming";
    const bindings = this.locals.get(name2);
    if (!bindings) return this.otherParams.has(name2) ? "unknown" : "unrelated";
    if (seen.has(name2)) return "unknown";
    seen.add(name2);
    const origins = bindings.map((b) => b.value && b.index === 0 ? this.origin(b.value, seen) : "unknown");
    seen.delete(name2);
    if (origins.includes("incoming")) return "incoming";
    if (origins.includes("unknown") || this.otherParams.has(name2)) return "unknown";
    return origins.every((o) => o === "root") ? "root" : "unrelated";
  }
  /** `s.ctx`, `pkg.RootCtx`: a value that outlives the request, unless read from a local. */
  fieldOrigin(selector) {
    const operand = field(selector, "operand");
    if (operand?.type !== "identifier") return "unknown";
    if (this.locals.has(operand.text) || this.otherParams.has(operand.text) && operand.text !== this.receiver) return "unknown";
    return "unrelated";
  }
  /** The part of a dropping expression a fix can replace: a root call or a field, possibly under context.With* calls. */
  replaceableDrop(expr) {
    let node = unparen(expr);
    for (; ; ) {
      if (this.isRootCall(node)) return node;
      if (node.type === "selector_expression" && this.fieldOrigin(node) === "unrelated") return node;
      const first = node.type === "call_expression" && this.isDeriverCall(node) ? callArguments(node)[0] : void 0;
      if (!first) return null;
      node = unparen(first);
    }
  }
  /** Locals holding a context derived from the incoming one by a known deriving call (or a tracer's Start). */
  derivedBindings() {
    const out2 = [];
    for (const bindings of this.locals.values()) {
      for (const b of bindings) {
        if (!b.value || b.index !== 0 || b.value.type !== "call_expression") continue;
        if (!this.isDeriverCall(b.value) && !isSpanStart(b)) continue;
        const first = callArguments(b.value)[0];
        if (first && this.origin(first) === "incoming") out2.push(b);
      }
    }
    return out2.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
  }
  /** The latest derived context visible at node (declared before it in an enclosing block), else the incoming ctx name. */
  bestContextAt(node) {
    let best = this.shape.ctxName;
    for (const b of this.derivedBindings()) {
      if (b.statement.endIndex <= node.startIndex && visibleAt(b.statement, node)) best = b.name;
    }
    return best;
  }
};
function isSpanStart(b) {
  const fn = b.value ? field(b.value, "function") : null;
  return fn?.type === "selector_expression" && field(fn, "field")?.text === "Start" && b.statement.type !== "var_spec";
}
function visibleAt(statement, node) {
  let decl = statement;
  while (decl && (decl.type === "var_spec" || decl.type === "var_spec_list")) decl = decl.parent;
  const scope = decl?.parent;
  if (!scope) return false;
  for (let n = node.parent; n; n = n.parent) {
    if (n.id === scope.id) return true;
    if (FUNCTION_TYPES.has(n.type)) return false;
  }
  return false;
}

// server/src/engine/interceptors/paths.ts
var EXIT_CALLS = [
  { pkg: "os", names: /* @__PURE__ */ new Set(["Exit"]) },
  { pkg: "log", names: /* @__PURE__ */ new Set(["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"]) }
];
var SWITCH_TYPES = /* @__PURE__ */ new Set(["expression_switch_statement", "type_switch_statement", "select_statement"]);
var CASE_TYPES = /* @__PURE__ */ new Set(["expression_case", "type_case", "communication_case", "default_case"]);
function returnValues(ret) {
  const list = namedChildren(ret)[0];
  if (!list) return [];
  return list.type === "expression_list" ? namedChildren(list) : [list];
}
function isEmptySuccessReturn(ret) {
  const values = returnValues(ret);
  return values.length > 0 && values.every((v) => v.type === "nil");
}
function isSuccessReturn(ret) {
  const values = returnValues(ret);
  return values.length > 0 && values[values.length - 1].type === "nil";
}
var MAX_DEPTH = 200;
var PathWalker = class {
  constructor(file, nextName) {
    this.file = file;
    this.nextName = nextName;
  }
  file;
  nextName;
  emptyReturns = [];
  /** Set when nesting went beyond MAX_DEPTH: the result is not trusted. */
  tooDeep = false;
  depth = 0;
  /** Whether node (outside nested func literals) calls next. */
  calls(node) {
    if (!node) return false;
    let found = false;
    walk(node, (n) => {
      if (found || n.type === "func_literal") return false;
      if (isCallOf(n, this.nextName)) found = true;
      return !found;
    });
    return found;
  }
  endsRun(stmt) {
    const call = namedChildren(stmt)[0];
    if (!call || call.type !== "call_expression") return false;
    return isCallOf(call, "panic") || EXIT_CALLS.some((e) => this.file.isCallTo(call, e.pkg, e.names));
  }
  sequence(stmts, calledIn) {
    let called = calledIn;
    for (const stmt of stmts) {
      const flow = this.statement(stmt, called);
      if (flow.terminates) return flow;
      called = flow.called;
    }
    return { called, terminates: false };
  }
  statement(stmt, called) {
    if (this.depth >= MAX_DEPTH) {
      this.tooDeep = true;
      return { called: true, terminates: false };
    }
    this.depth++;
    try {
      return this.statementKind(stmt, called);
    } finally {
      this.depth--;
    }
  }
  statementKind(stmt, called) {
    switch (stmt.type) {
      case "return_statement":
        if (!called && !this.calls(stmt) && isEmptySuccessReturn(stmt)) this.emptyReturns.push(stmt);
        return { called: true, terminates: true };
      case "expression_statement":
        if (this.endsRun(stmt)) return { called: true, terminates: true };
        return { called: called || this.calls(stmt), terminates: false };
      case "block":
        return this.sequence(blockStatements(stmt), called);
      case "labeled_statement": {
        const inner = namedChildren(stmt).find((c) => c.type !== "label_name");
        return inner ? this.statement(inner, called) : { called, terminates: false };
      }
      case "if_statement":
        return this.ifStatement(stmt, called);
      case "for_statement":
        return this.forStatement(stmt, called);
      case "break_statement":
        return { called, terminates: false };
      case "continue_statement":
      case "goto_statement":
        return { called: true, terminates: true };
      case "go_statement":
      case "defer_statement":
        return { called, terminates: false };
      default:
        if (SWITCH_TYPES.has(stmt.type)) return this.switchStatement(stmt, called);
        return { called: called || this.calls(stmt), terminates: false };
    }
  }
  ifStatement(stmt, calledIn) {
    const c = calledIn || this.calls(field(stmt, "initializer")) || this.calls(field(stmt, "condition"));
    const consequence = field(stmt, "consequence");
    const alternative = field(stmt, "alternative");
    const branches = [consequence ? this.statement(consequence, c) : { called: c, terminates: false }];
    branches.push(alternative ? this.statement(alternative, c) : { called: c, terminates: false });
    return join(branches);
  }
  forStatement(stmt, calledIn) {
    const body2 = field(stmt, "body");
    const header = namedChildren(stmt).filter((c2) => c2.id !== body2?.id);
    const c = calledIn || header.some((h) => this.headerCalls(h));
    if (body2) this.statement(body2, c);
    const after2 = c || this.calls(body2);
    return { called: after2, terminates: header.length === 0 && !hasBreak(body2) };
  }
  /** A for clause's init and condition run before the body; its update does not. */
  headerCalls(header) {
    if (header.type !== "for_clause") return this.calls(header);
    return this.calls(field(header, "initializer")) || this.calls(field(header, "condition"));
  }
  switchStatement(stmt, calledIn) {
    const c = calledIn || this.calls(field(stmt, "initializer")) || this.calls(field(stmt, "value"));
    const cases = namedChildren(stmt).filter((n) => CASE_TYPES.has(n.type));
    const branches = [];
    for (const kase of cases) {
      const entry = c || this.calls(field(kase, "communication"));
      const stmts = namedChildren(kase).filter((n) => n.type === "statement_list").flatMap((n) => namedChildren(n));
      branches.push(this.sequence(stmts, entry));
    }
    const covered = stmt.type === "select_statement" || cases.some((k) => k.type === "default_case");
    if (!covered) branches.push({ called: c, terminates: false });
    return join(branches);
  }
};
function join(branches) {
  const open = branches.filter((b) => !b.terminates);
  if (open.length === 0) return { called: true, terminates: true };
  return { called: open.every((b) => b.called), terminates: false };
}
function hasBreak(body2) {
  if (!body2) return false;
  let found = false;
  walk(body2, (n) => {
    if (found || n.type === "func_literal") return false;
    if (n.type === "break_statement" || n.type === "goto_statement") found = true;
    return !found;
  });
  return found;
}
function answersItself(shape) {
  const reply = shape.replyName;
  const stream = shape.streamName;
  let answers = false;
  walkOwnBody(shape.fn, (n) => {
    if (answers) return;
    if (reply && n.type === "identifier" && n.text === reply) {
      const call = n.parent?.parent;
      answers = !(call?.type === "call_expression" && shape.nextName !== null && isCallOf(call, shape.nextName));
    }
    if (stream && n.type === "selector_expression" && field(n, "operand")?.text === stream && field(n, "field")?.text === "SendMsg") answers = true;
  });
  return answers;
}
function analyzeNextPaths(file, shape) {
  if (nextEscapes(shape) || answersItself(shape)) return { unknown: true, neverCalled: false, emptyReturns: [] };
  const returns = [];
  walkOwnBody(shape.fn, (n) => {
    if (n.type === "return_statement") returns.push(n);
  });
  if (!shape.nextName || nextCalls(shape).length === 0) {
    return { unknown: false, neverCalled: returns.some(isSuccessReturn), emptyReturns: [] };
  }
  const walker = new PathWalker(file, shape.nextName);
  walker.sequence(blockStatements(functionBody(shape.fn)), false);
  if (walker.tooDeep) return { unknown: true, neverCalled: false, emptyReturns: [] };
  return { unknown: false, neverCalled: false, emptyReturns: walker.emptyReturns };
}

// server/src/engine/interceptors/recovery.ts
function callsRecover(fn) {
  let found = false;
  walkOwnBody(fn, (n) => {
    if (!found && isCallOf(n, "recover")) found = true;
  });
  return found;
}
function declarationsNamed(file, name2) {
  const out2 = [];
  walk(file.root, (n) => {
    if (n.type === "source_file") return true;
    if ((n.type === "function_declaration" || n.type === "method_declaration") && field(n, "name")?.text === name2) out2.push(n);
    return false;
  });
  return out2;
}
function deferRecovers(file, deferStmt) {
  const call = deferStmt.namedChildren.find((c) => c?.type === "call_expression");
  const callee = call ? field(call, "function") : null;
  if (!callee) return false;
  if (callee.type === "func_literal") return callsRecover(callee);
  const name2 = callee.type === "selector_expression" ? field(callee, "field")?.text : callee.type === "identifier" ? callee.text : void 0;
  if (!name2) return false;
  const local = declarationsNamed(file, name2);
  if (local.length > 0) return local.some(callsRecover);
  return name2.toLowerCase().includes("recover");
}
function hasDeferredRecover(file, fn) {
  let found = false;
  walkOwnBody(fn, (n) => {
    if (!found && n.type === "defer_statement" && deferRecovers(file, n)) found = true;
  });
  return found;
}

// server/src/engine/interceptors/shape.ts
var GRPC_PKG = "google.golang.org/grpc";
function flattenParams(list) {
  const params = [];
  for (const decl of namedChildren(list)) {
    if (decl.type !== "parameter_declaration" && decl.type !== "variadic_parameter_declaration") continue;
    const type = field(decl, "type");
    if (!type) continue;
    const variadic = decl.type === "variadic_parameter_declaration";
    const names2 = decl.childrenForFieldName("name").filter((n) => n !== null);
    if (names2.length === 0) params.push({ name: null, type, variadic });
    for (const n of names2) params.push({ name: n.text === "_" ? null : n.text, type, variadic });
  }
  return params;
}
function isGrpcType(file, type, name2, pointer = false) {
  let t = type;
  if (pointer) {
    if (t.type !== "pointer_type" || !t.namedChild(0)) return false;
    t = t.namedChild(0);
  }
  if (t.type !== "qualified_type") return false;
  const pkg = field(t, "package");
  return !!pkg && field(t, "name")?.text === name2 && file.imports.pathOf(pkg.text) === GRPC_PKG;
}
function isContextType(file, type) {
  if (type.type !== "qualified_type") return false;
  const pkg = field(type, "package");
  return !!pkg && field(type, "name")?.text === "Context" && file.imports.pathOf(pkg.text) === "context";
}
function kindOf(file, p) {
  const t = (i2, name2, pointer = false) => isGrpcType(file, p[i2].type, name2, pointer);
  if (p.length === 4 && t(2, "UnaryServerInfo", true) && t(3, "UnaryHandler") && isContextType(file, p[0].type)) return "unary-server";
  if (p.length === 4 && t(1, "ServerStream") && t(2, "StreamServerInfo", true) && t(3, "StreamHandler")) return "stream-server";
  if (p.length === 7 && t(4, "ClientConn", true) && t(5, "UnaryInvoker") && p[6].variadic && isContextType(file, p[0].type)) return "unary-client";
  if (p.length === 6 && t(1, "StreamDesc", true) && t(2, "ClientConn", true) && t(4, "Streamer") && isContextType(file, p[0].type)) return "stream-client";
  return null;
}
var NEXT_INDEX = { "unary-server": 3, "stream-server": 3, "unary-client": 5, "stream-client": 4 };
function interceptorShape(file, fn) {
  if (fn.type !== "function_declaration" && fn.type !== "method_declaration" && fn.type !== "func_literal") return null;
  const params = flattenParams(field(fn, "parameters"));
  const kind = kindOf(file, params);
  if (!kind) return null;
  return {
    kind,
    fn,
    ctxName: kind === "stream-server" ? null : params[0].name,
    nextName: params[NEXT_INDEX[kind]].name,
    streamName: kind === "stream-server" ? params[1].name : null,
    replyName: kind === "unary-client" ? params[3].name : null
  };
}
function interceptorsIn(file) {
  const shapes = [];
  walk(file.root, (node) => {
    if (!FUNCTION_TYPES.has(node.type)) return true;
    const shape = interceptorShape(file, node);
    if (shape) shapes.push(shape);
    return true;
  });
  return shapes;
}
var NEXT_ROLE = {
  "unary-server": "handler",
  "stream-server": "handler",
  "unary-client": "invoker",
  "stream-client": "streamer"
};
function interceptorNameNode(shape) {
  return field(shape.fn, "name") ?? shape.fn.child(0) ?? shape.fn;
}
function interceptorLabel(shape) {
  const name2 = field(shape.fn, "name");
  return name2 ? `interceptor ${name2.text}` : "this interceptor";
}
function interceptorsToCheck(file) {
  return file.path.endsWith("_test.go") ? [] : interceptorsIn(file);
}

// server/src/engine/interceptors/body.ts
function panicCalls(fn) {
  const calls = [];
  walkOwnBody(fn, (n) => {
    if (isCallOf(n, "panic")) calls.push(n);
  });
  return calls;
}
function droppedContextCalls(shape, flow) {
  if (shape.kind === "stream-server") return [];
  const out2 = [];
  for (const call of nextCalls(shape)) {
    const argument = contextArgument(shape, call);
    if (!argument) continue;
    const origin = flow.origin(argument);
    if (origin === "root" || origin === "unrelated") out2.push({ call, argument });
  }
  return out2;
}
function factsOf(file, shape) {
  const paths = analyzeNextPaths(file, shape);
  return {
    kind: shape.kind,
    callsNextOnEveryPath: paths.unknown || !paths.neverCalled && paths.emptyReturns.length === 0,
    passesContext: droppedContextCalls(shape, new ContextFlow(file, shape)).length === 0,
    mayPanic: panicCalls(shape.fn).length > 0,
    recovers: hasDeferredRecover(file, shape.fn)
  };
}
function interceptorFacts(file, fn) {
  const shape = interceptorShape(file, fn);
  return shape ? factsOf(file, shape) : null;
}

// server/src/engine/knowledge/grpc-api.ts
var GRPC_PKG2 = "google.golang.org/grpc";
var NEW_CLIENT_SINCE = "v1.63.0";
var CLIENT_CONSTRUCTORS = /* @__PURE__ */ new Map([
  ["NewClient", { targetArg: 0, deprecated: false }],
  ["Dial", { targetArg: 0, deprecated: true }],
  ["DialContext", { targetArg: 1, deprecated: true }]
]);
var CONN_METHODS_RETURNING_STREAMS = /* @__PURE__ */ new Set(["NewStream"]);
var NEW_CLIENT = "NewClient";
var DEPRECATED_DIAL_OPTIONS = /* @__PURE__ */ new Set(["WithBlock"]);
var INTERCEPTOR_NEXT_TYPES = /* @__PURE__ */ new Map([
  ["UnaryHandler", "unary-server"],
  ["StreamHandler", "stream-server"],
  ["UnaryInvoker", "unary-client"],
  ["Streamer", "stream-client"]
]);

// server/src/engine/chains/middleware.ts
var MW_V1 = "github.com/grpc-ecosystem/go-grpc-middleware";
var MW_V2 = "github.com/grpc-ecosystem/go-grpc-middleware/v2";
var SELECTOR_PKG = `${MW_V2}/interceptors/selector`;

// server/src/engine/chains/extract.ts
var MAX_EXPR_DEPTH = 6;
var CONDITIONAL_TYPES = /* @__PURE__ */ new Set([
  "if_statement",
  "for_statement",
  "expression_switch_statement",
  "type_switch_statement",
  "select_statement",
  "func_literal"
]);
var MAX_TEXT = 80;
function shortText(text) {
  const firstLine = text.split("\n", 1)[0];
  return firstLine.length <= MAX_TEXT && firstLine.length === text.length ? text : `${firstLine.slice(0, MAX_TEXT)}\u2026`;
}
function spreadsLast(call) {
  return callArguments(call).at(-1)?.type === "variadic_argument";
}
function baseTypeName(type) {
  let t = type;
  while (t && (t.type === "pointer_type" || t.type === "generic_type")) t = t.type === "generic_type" ? field(t, "type") : t.namedChild(0);
  return t && t.type === "type_identifier" ? t.text : null;
}
function exprFact(file, raw, types, depth = 0) {
  const node = unparen(raw);
  const base = { text: shortText(node.text), range: nodeRange(node), ref: null };
  if (depth > MAX_EXPR_DEPTH) return { kind: "other", ...base };
  switch (node.type) {
    case "identifier":
      return { kind: "ident", ...base };
    case "selector_expression": {
      const operand = field(node, "operand");
      const name2 = field(node, "field");
      if (!operand || !name2) return { kind: "other", ...base };
      const importPath = operand.type === "identifier" ? file.imports.pathOf(operand.text) : void 0;
      if (importPath) return { kind: "selector", ...base, ref: { pkg: importPath, name: name2.text } };
      return { kind: "member", ...base, member: { operand: operand.text, operandType: types[operand.text] ?? null, name: name2.text } };
    }
    case "call_expression": {
      const fn = field(node, "function");
      if (!fn) return { kind: "other", ...base };
      const args2 = callArguments(node).map((arg) => exprFact(file, arg.type === "variadic_argument" ? arg.namedChild(0) ?? arg : arg, types, depth + 1));
      return { kind: "call", ...base, text: shortText(unparen(fn).text), callee: exprFact(file, fn, types, depth + 1), args: args2, spread: spreadsLast(node) };
    }
    case "func_literal": {
      const body2 = interceptorFacts(file, node);
      return { kind: "funcLit", ...base, text: "func literal", body: body2 };
    }
    case "composite_literal": {
      const type = field(node, "type");
      if (type?.type !== "slice_type") return { kind: "other", ...base };
      const elements = namedChildren(field(node, "body")).filter((el) => el.type === "literal_element").flatMap((el) => el.namedChild(0) ? [exprFact(file, el.namedChild(0), types, depth + 1)] : []);
      return { kind: "slice", ...base, elements };
    }
    default:
      return { kind: "other", ...base };
  }
}
function conditionalScope(node, fnBody) {
  for (let n = node.parent; n && n.id !== fnBody.id; n = n.parent) {
    if (CONDITIONAL_TYPES.has(n.type)) return nodeRange(n);
  }
  return null;
}
function isAppendTo(value, name2) {
  if (value.type !== "call_expression") return false;
  const fn = field(value, "function");
  const first = callArguments(value)[0];
  return fn?.type === "identifier" && fn.text === "append" && first?.type === "identifier" && first.text === name2;
}
function bindingsOf2(file, stmt, fnBody, types) {
  const pairs = [];
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement" && stmt.childForFieldName("operator")?.text === "=") {
    const left = namedChildren(field(stmt, "left"));
    const right = namedChildren(field(stmt, "right"));
    if (right.length === left.length || right.length === 1) left.forEach((l, i2) => pairs.push([l, i2 === 0 || right.length > 1 ? right[i2] ?? null : null]));
  } else if (stmt.type === "var_spec") {
    const names2 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    const values = namedChildren(field(stmt, "value"));
    names2.forEach((n, i2) => pairs.push([n, values[i2] ?? null]));
  }
  const scope = conditionalScope(stmt, fnBody);
  const out2 = [];
  for (const [target, rawValue] of pairs) {
    if (target.type !== "identifier" || target.text === "_") continue;
    const at = nodeRange(stmt).start;
    const value = rawValue ? unparen(rawValue) : null;
    if (value && isAppendTo(value, target.text)) {
      const args2 = callArguments(value).slice(1);
      const values = args2.map((a) => exprFact(file, a.type === "variadic_argument" ? a.namedChild(0) ?? a : a, types));
      out2.push({ name: target.text, mode: "append", values, spread: spreadsLast(value), scope, at });
      continue;
    }
    if (value) {
      const literal = value.type === "unary_expression" ? value.namedChild(0) : value;
      const typeName2 = literal?.type === "composite_literal" ? baseTypeName(field(literal, "type")) : null;
      if (typeName2) types[target.text] = typeName2;
    }
    out2.push({ name: target.text, mode: "assign", values: value ? [exprFact(file, value, types)] : [], spread: false, scope, at });
  }
  return out2;
}
function carriesChainValues(file, result) {
  if (!result) return false;
  const first = result.type === "parameter_list" ? field(namedChildren(result)[0] ?? result, "type") : result;
  let type = first;
  while (type && (type.type === "slice_type" || type.type === "pointer_type")) type = type.type === "slice_type" ? field(type, "element") : type.namedChild(0);
  if (!type) return false;
  return type.type === "function_type" || qualifiedTypeText(file, type).startsWith(`${GRPC_PKG2}.`);
}
function functionFact(file, decl, hasConstructor) {
  const name2 = field(decl, "name");
  const body2 = field(decl, "body");
  if (!name2 || !body2) return null;
  const parameters = field(decl, "parameters");
  const interceptorBody = interceptorFacts(file, decl);
  const carries = carriesChainValues(file, field(decl, "result"));
  if (!interceptorBody && !carries && !hasConstructor) return null;
  const types = {};
  const params = [];
  const receiver = decl.type === "method_declaration" ? namedChildren(field(decl, "receiver"))[0] : void 0;
  for (const param of [...receiver ? [receiver] : [], ...namedChildren(parameters)]) {
    const typeName2 = baseTypeName(field(param, "type"));
    for (const n of param.childrenForFieldName("name")) {
      if (!n) continue;
      params.push(n.text);
      if (typeName2) types[n.text] = typeName2;
    }
  }
  const receiverType = receiver ? baseTypeName(field(receiver, "type")) : null;
  const locals = [];
  const returns = [];
  walk(body2, (node) => {
    if (node.type === "short_var_declaration" || node.type === "assignment_statement" || node.type === "var_spec") {
      locals.push(...bindingsOf2(file, node, body2, types));
    } else if (node.type === "return_statement" && carries && !insideLiteral(node, body2)) {
      const first = namedChildren(namedChildren(node)[0] ?? null)[0] ?? namedChildren(node)[0];
      if (first && first.type !== "nil") returns.push(exprFact(file, first, types));
    }
    return true;
  });
  return {
    name: name2.text,
    receiver: decl.type === "method_declaration" ? receiverType : null,
    range: nodeRange(name2),
    body: interceptorBody,
    returns,
    locals,
    params,
    paramTypes: types
  };
}
function insideLiteral(node, body2) {
  for (let n = node.parent; n && n.id !== body2.id; n = n.parent) if (n.type === "func_literal") return true;
  return false;
}
function constructorCalls(file) {
  if (!file.imports.has(GRPC_PKG2)) return [];
  const out2 = [];
  walk(file.root, (node) => {
    if (node.type !== "call_expression") return true;
    const callee = file.callee(node);
    if (callee?.pkg !== GRPC_PKG2) return true;
    if (callee.name === "NewServer") out2.push({ node, kind: "server", name: callee.name, skip: 0 });
    const client = CLIENT_CONSTRUCTORS.get(callee.name);
    if (client) out2.push({ node, kind: "client", name: callee.name, skip: client.targetArg + 1 });
    return true;
  });
  return out2;
}
function packageVars(file) {
  const out2 = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "var_declaration") continue;
    const specs = namedChildren(decl).flatMap((c) => c.type === "var_spec_list" ? namedChildren(c) : [c]);
    for (const spec of specs) {
      if (spec.type !== "var_spec") continue;
      const names2 = spec.childrenForFieldName("name").filter((n) => n !== null);
      const values = namedChildren(field(spec, "value"));
      names2.forEach((n, i2) => {
        const value = values[i2] ? exprFact(file, values[i2], {}) : null;
        if (value && value.kind !== "other") out2.push({ name: n.text, value, range: nodeRange(n) });
      });
    }
  }
  return out2;
}
function resultTypes(file) {
  const out2 = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "function_declaration") continue;
    const name2 = field(decl, "name");
    const result = field(decl, "result");
    const first = result?.type === "parameter_list" ? field(namedChildren(result)[0] ?? result, "type") : result;
    const typeName2 = baseTypeName(first);
    if (name2 && typeName2) out2[name2.text] = typeName2;
  }
  return out2;
}
function extractChainFacts(file) {
  const calls = constructorCalls(file);
  const declsWithConstructor = new Set(calls.map((c) => enclosingDeclaration(c.node)?.id));
  const functions = [];
  const indexOfDecl = /* @__PURE__ */ new Map();
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "function_declaration" && decl.type !== "method_declaration") continue;
    const fact = functionFact(file, decl, declsWithConstructor.has(decl.id));
    if (!fact) continue;
    indexOfDecl.set(decl.id, functions.length);
    functions.push(fact);
  }
  const constructors = calls.map(({ node, kind, name: name2, skip }) => {
    const decl = enclosingDeclaration(node);
    const functionIndex = decl ? indexOfDecl.get(decl.id) ?? null : null;
    const types = functionIndex === null ? {} : functions[functionIndex].paramTypes;
    const args2 = callArguments(node).slice(skip);
    const options = args2.map((a) => exprFact(file, a.type === "variadic_argument" ? a.namedChild(0) ?? a : a, types));
    return { kind, name: name2, range: nodeRange(node), options, spread: spreadsLast(node), functionIndex };
  });
  return {
    constructors,
    functions,
    vars: packageVars(file),
    resultTypes: resultTypes(file),
    middlewareV1Version: file.requiredVersion(MW_V1) ?? null
  };
}

// server/src/engine/fixes/imports.ts
function isStandardLibrary(importPath) {
  return !(importPath.split("/")[0] ?? "").includes(".");
}
function lines(file) {
  return file.text.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
}
function endOfLine(fileLines, line) {
  return { line, character: fileLines[line]?.length ?? 0 };
}
function leadingWhitespace(line) {
  let end = 0;
  while (end < line.length && (line[end] === " " || line[end] === "	")) end++;
  return line.slice(0, end);
}
function runsOf(specs) {
  const runs = [];
  for (const spec of specs) {
    const run2 = runs[runs.length - 1];
    const last = run2?.[run2.length - 1];
    if (run2 && last && spec.range.start.line <= last.range.end.line + 1) run2.push(spec);
    else runs.push([spec]);
  }
  return runs;
}
function commonPrefixLength(a, b) {
  let i2 = 0;
  while (i2 < a.length && i2 < b.length && a[i2] === b[i2]) i2++;
  return i2;
}
function matchingRun(runs, importPath) {
  const std = isStandardLibrary(importPath);
  const candidates = runs.filter((run2) => run2.every((s) => isStandardLibrary(s.path) === std));
  if (std) return candidates[0];
  let best;
  let bestScore = -1;
  for (const run2 of candidates) {
    const score = Math.max(...run2.map((s) => commonPrefixLength(s.path, importPath)));
    if (score >= bestScore) [best, bestScore] = [run2, score];
  }
  return best;
}
function insertIntoBlock(file, fileLines, specs, importPath) {
  const first = specs[0];
  const indent = leadingWhitespace(fileLines[first.range.start.line] ?? "") || "	";
  const newSpec = `${indent}"${importPath}"`;
  const run2 = matchingRun(runsOf(specs), importPath);
  const at = (position, newText) => ({ file: file.path, range: { start: position, end: position }, newText });
  if (!run2) {
    if (isStandardLibrary(importPath)) return at({ line: first.range.start.line, character: 0 }, `${newSpec}

`);
    return at(endOfLine(fileLines, specs[specs.length - 1].range.end.line), `

${newSpec}`);
  }
  const next = run2.findIndex((s) => s.path > importPath);
  if (next === 0) return at({ line: run2[0].range.start.line, character: 0 }, `${newSpec}
`);
  const previous = run2[next < 0 ? run2.length - 1 : next - 1];
  return at(endOfLine(fileLines, previous.range.end.line), `
${newSpec}`);
}
function convertToBlock(file, single, importPath) {
  const existing = file.text.slice(offsetOf(file.text, single.range.start), offsetOf(file.text, single.range.end));
  const entries = [
    { path: single.path, text: existing },
    { path: importPath, text: `"${importPath}"` }
  ].sort((a, b) => Number(isStandardLibrary(b.path)) - Number(isStandardLibrary(a.path)) || (a.path < b.path ? -1 : 1));
  const separator = isStandardLibrary(entries[0].path) === isStandardLibrary(entries[1].path) ? "\n" : "\n\n";
  return { file: file.path, range: single.range, newText: `(
	${entries[0].text}${separator}	${entries[1].text}
)` };
}
function offsetOf(text, position) {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf("\n", offset) + 1;
  return offset + position.character;
}
function addImportEdits(file, importPath) {
  const layout = file.imports.layout;
  if (layout.specs.some((s) => s.path === importPath && !s.explicitAlias)) return [];
  const fileLines = lines(file);
  const block = layout.blocks.find((b) => b.specs.length > 0 && !b.specs.every((s) => s.path === "C"));
  if (block) return [insertIntoBlock(file, fileLines, block.specs, importPath)];
  const singles = layout.specs;
  if (singles.length === 1 && singles[0].path !== "C") return [convertToBlock(file, singles[0], importPath)];
  const last = singles[singles.length - 1];
  if (last) {
    const end2 = endOfLine(fileLines, last.range.end.line);
    return [{ file: file.path, range: { start: end2, end: end2 }, newText: `
import "${importPath}"` }];
  }
  if (!layout.packageClauseEnd) return [];
  const end = endOfLine(fileLines, layout.packageClauseEnd.line);
  return [{ file: file.path, range: { start: end, end }, newText: `

import "${importPath}"` }];
}
function removeImportEdit(file, importPath) {
  const block = file.imports.layout.blocks.find((b) => b.specs.some((s) => s.path === importPath));
  const spec = block?.specs.find((s) => s.path === importPath);
  if (!block || !spec || spec.range.start.line !== spec.range.end.line) return null;
  const fileLines = lines(file);
  const line = spec.range.start.line;
  if (line <= block.range.start.line || line >= block.range.end.line) return null;
  const isSpecLine = (n) => n > block.range.start.line && n < block.range.end.line && (fileLines[n] ?? "").trim() !== "";
  if (!isSpecLine(line - 1) && !isSpecLine(line + 1)) return null;
  return { file: file.path, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: "" };
}

// server/src/engine/suppressions.ts
var DIRECTIVE = "ctxlens:ignore";
function readSuppressions(root) {
  const byLine = /* @__PURE__ */ new Map();
  walk(root, (node) => {
    if (node.type !== "comment") return true;
    const body2 = node.text.startsWith("//") ? node.text.slice(2).trimStart() : "";
    if (!body2.startsWith(DIRECTIVE)) return false;
    const ruleId = body2.slice(DIRECTIVE.length).trim().split(/\s+/)[0];
    if (!ruleId) return false;
    for (const line of [node.startPosition.row, node.startPosition.row + 1]) {
      let rules = byLine.get(line);
      if (!rules) byLine.set(line, rules = /* @__PURE__ */ new Set());
      rules.add(ruleId);
    }
    return false;
  });
  return byLine;
}
function isSuppressed(suppressions, line, ruleId) {
  return suppressions.get(line)?.has(ruleId) ?? false;
}

// server/src/engine/extract-facts.ts
function qualifiedTypeText(file, type) {
  if (type.type === "pointer_type") {
    const inner = type.namedChild(0);
    return inner ? `*${qualifiedTypeText(file, inner)}` : type.text;
  }
  if (type.type === "qualified_type") {
    const pkg = field(type, "package");
    const name2 = field(type, "name");
    const importPath = pkg ? file.imports.pathOf(pkg.text) : void 0;
    if (importPath && name2) return `${importPath}.${name2.text}`;
  }
  return type.text;
}
function parametersOf(file, parameterList) {
  const params = [];
  let variadic = false;
  for (const decl of namedChildren(parameterList)) {
    const type = field(decl, "type");
    if (!type) continue;
    if (decl.type === "variadic_parameter_declaration") variadic = true;
    const typeText = type.text;
    const qualifiedType = qualifiedTypeText(file, type);
    const names2 = decl.childrenForFieldName("name").filter((n) => n !== null);
    if (names2.length === 0) params.push({ name: null, typeText, qualifiedType });
    for (const name2 of names2) params.push({ name: name2.text, typeText, qualifiedType });
  }
  return { params, variadic };
}
function receiverTypeName(receiver) {
  const decl = namedChildren(receiver)[0];
  let type = decl ? field(decl, "type") : null;
  while (type && (type.type === "pointer_type" || type.type === "generic_type" || type.type === "parenthesized_type")) {
    type = type.type === "generic_type" ? field(type, "type") : type.namedChild(0);
  }
  return type?.text ?? null;
}
function functionFacts(file) {
  const out2 = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "function_declaration" && decl.type !== "method_declaration") continue;
    const name2 = field(decl, "name");
    if (!name2) continue;
    const { params, variadic } = parametersOf(file, field(decl, "parameters"));
    out2.push({
      name: name2.text,
      receiver: decl.type === "method_declaration" ? receiverTypeName(field(decl, "receiver")) : null,
      params,
      variadic,
      range: nodeRange(name2)
    });
  }
  return out2;
}
function nilArgumentFacts(file) {
  const out2 = [];
  walk(file.root, (node) => {
    if (node.type !== "call_expression") return true;
    const args2 = callArguments(node);
    const spread = isVariadicCall(node) ? args2.length - 1 : -1;
    const nilIndexes = args2.flatMap((arg, i2) => arg.type === "nil" && i2 !== spread ? [i2] : []);
    if (nilIndexes.length === 0) return true;
    const callee = file.callee(node);
    if (!callee) return true;
    for (const argIndex of nilIndexes) out2.push({ callee, argIndex, range: nodeRange(args2[argIndex]) });
    return true;
  });
  return out2;
}
function contextImportFact(file) {
  const name2 = file.imports.nameOf("context");
  if (name2) return { name: name2, edits: [] };
  const edits = addImportEdits(file, "context");
  return edits.length > 0 ? { name: "context", edits } : void 0;
}
function extractFacts(file) {
  const nilArguments = nilArgumentFacts(file);
  return {
    path: file.path,
    packagePath: file.packagePath,
    packageName: file.packageName,
    functions: functionFacts(file),
    nilArguments,
    contextImport: nilArguments.length > 0 ? contextImportFact(file) : void 0,
    suppressions: readSuppressions(file.root),
    chains: extractChainFacts(file)
  };
}

// server/src/engine/analyze.ts
function toFinding(meta, report, file, range, config) {
  const setting = config.rules[meta.id];
  if (setting === "off") return null;
  return {
    rule: meta.id,
    severity: setting ?? meta.defaultSeverity,
    message: report.message,
    file,
    range,
    fixes: report.fixes ?? [],
    related: report.related ?? []
  };
}
function analyzeFile(file, rules, config) {
  const facts = extractFacts(file);
  const findings = [];
  const problems = [];
  for (const rule of rules) {
    if (config.rules[rule.meta.id] === "off") continue;
    try {
      rule.check({
        file,
        config,
        report(report) {
          const range = report.range ?? (report.node ? nodeRange(report.node) : null);
          if (!range || isSuppressed(facts.suppressions, range.start.line, rule.meta.id)) return;
          const finding = toFinding(rule.meta, report, report.file ?? file.path, range, config);
          if (finding) findings.push(finding);
        }
      });
    } catch (error) {
      problems.push(`rule ${rule.meta.id} failed on ${file.path}: ${error.message}`);
    }
  }
  return { facts, findings, problems };
}

// server/src/engine/go/parser.ts
var fs2 = __toESM2(require("node:fs"));
var path = __toESM2(require("node:path"));
var import_web_tree_sitter2 = __toESM2(require_web_tree_sitter2());
var WASM_FILES = ["web-tree-sitter.wasm", "tree-sitter-go.wasm"];
function locateWasm(name2) {
  const candidates = [path.join(__dirname, name2), path.join(__dirname, "wasm", name2)];
  for (const candidate of candidates) if (fs2.existsSync(candidate)) return candidate;
  const pkg = name2 === "tree-sitter-go.wasm" ? "tree-sitter-go/tree-sitter-go.wasm" : "web-tree-sitter/web-tree-sitter.wasm";
  return require.resolve(pkg);
}
var ready;
var GoParser = class _GoParser {
  constructor(parser) {
    this.parser = parser;
  }
  parser;
  static load() {
    ready ??= (async () => {
      await import_web_tree_sitter2.Parser.init({ locateFile: () => locateWasm(WASM_FILES[0]) });
      const language = await import_web_tree_sitter2.Language.load(locateWasm(WASM_FILES[1]));
      const parser = new import_web_tree_sitter2.Parser();
      parser.setLanguage(language);
      return new _GoParser(parser);
    })();
    return ready;
  }
  /** Parses text; with oldTree (already edited) the parse is incremental. Callers delete the tree. */
  parse(text, oldTree) {
    const tree = this.parser.parse(text, oldTree ?? null);
    if (!tree) throw new Error("tree-sitter returned no tree");
    return tree;
  }
};

// server/src/engine/index/modules.ts
var fs3 = __toESM2(require("node:fs"));
var path2 = __toESM2(require("node:path"));

// server/src/engine/index/gomod.ts
function tokens(line) {
  const out2 = [];
  let i2 = 0;
  while (i2 < line.length) {
    const ch = line[i2];
    if (ch === " " || ch === "	" || ch === "\r") {
      i2++;
      continue;
    }
    if (ch === "/" && line[i2 + 1] === "/") break;
    if (ch === '"' || ch === "`") {
      const close = line.indexOf(ch, i2 + 1);
      const end = close < 0 ? line.length : close;
      out2.push(line.slice(i2 + 1, end));
      i2 = end + 1;
      continue;
    }
    let j = i2;
    while (j < line.length && !" 	\r".includes(line[j]) && !(line[j] === "/" && line[j + 1] === "/")) j++;
    out2.push(line.slice(i2, j));
    i2 = j;
  }
  return out2;
}
function eachDirective(text, onDirective) {
  let block = null;
  for (const line of text.split("\n")) {
    const t = tokens(line);
    if (t.length === 0) continue;
    if (block) {
      if (t[0] === ")") block = null;
      else onDirective(block, t);
      continue;
    }
    if (t[1] === "(") {
      block = t[0];
      continue;
    }
    onDirective(t[0], t.slice(1));
  }
}
function parseGoMod(text) {
  const mod = { modulePath: "", goVersion: null, requires: /* @__PURE__ */ new Map() };
  eachDirective(text, (verb, args2) => {
    if (verb === "module" && args2[0]) mod.modulePath = args2[0];
    else if (verb === "go" && args2[0]) mod.goVersion = args2[0];
    else if (verb === "require" && args2[0] && args2[1]) mod.requires.set(args2[0], args2[1]);
  });
  return mod;
}
function compareVersions(a, b) {
  const parse = (v) => {
    const [core = "", pre] = v.replace(/^v/, "").split("-", 2);
    return { nums: core.split(".").map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i2 = 0; i2 < Math.max(pa.nums.length, pb.nums.length); i2++) {
    const d = (pa.nums[i2] ?? 0) - (pb.nums[i2] ?? 0);
    if (d !== 0) return d;
  }
  if (pa.pre && !pb.pre) return -1;
  if (!pa.pre && pb.pre) return 1;
  return 0;
}
function versionAtLeast(version, minimum) {
  return !!version && compareVersions(version, minimum) >= 0;
}

// server/src/engine/index/modules.ts
var ModuleResolver = class {
  constructor(readFile = readIfExists) {
    this.readFile = readFile;
  }
  readFile;
  byDir = /* @__PURE__ */ new Map();
  /** The module containing file (absolute path), or null outside any module. */
  moduleFor(file) {
    return this.lookup(path2.dirname(file));
  }
  /** The import path of the package in file's directory. */
  packagePathFor(file) {
    const module2 = this.moduleFor(file);
    if (!module2 || !module2.mod.modulePath) return null;
    const rel = path2.relative(module2.dir, path2.dirname(file)).split(path2.sep).join("/");
    return rel ? `${module2.mod.modulePath}/${rel}` : module2.mod.modulePath;
  }
  /** Forgets cached go.mod contents (after a go.mod changed on disk). */
  invalidate() {
    this.byDir.clear();
  }
  lookup(dir) {
    const cached = this.byDir.get(dir);
    if (cached !== void 0) return cached;
    const text = this.readFile(path2.join(dir, "go.mod"));
    let found;
    if (text !== void 0) found = { dir, mod: parseGoMod(text) };
    else {
      const parent = path2.dirname(dir);
      found = parent === dir ? null : this.lookup(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
};
function readIfExists(file) {
  try {
    return fs3.readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}

// server/src/engine/fixes/edits.ts
function replaceNode(file, node, newText) {
  return { file: file.path, range: nodeRange(node), newText };
}
function insertStatementAfter(file, stmt, statementText) {
  const next = stmt.nextSibling;
  const trailing = next?.type === "comment" && next.startPosition.row === stmt.endPosition.row ? next : null;
  const end = nodeRange(trailing ?? stmt).end;
  return { file: file.path, range: { start: end, end }, newText: `
${lineIndent(file.text, stmt)}${statementText}` };
}

// server/src/engine/flow/request-context.ts
var CONTEXT_CARRIERS = [
  { pkg: "context", name: "Context", pointer: false, source: "context", expression: (p) => p },
  { pkg: "net/http", name: "Request", pointer: true, source: "http-request", expression: (p) => `${p}.Context()` },
  { pkg: "github.com/gin-gonic/gin", name: "Context", pointer: true, source: "gin", expression: (p) => `${p}.Request.Context()` },
  { pkg: "github.com/labstack/echo/v4", name: "Context", pointer: false, source: "echo", expression: (p) => `${p}.Request().Context()` },
  { pkg: "google.golang.org/grpc", name: "ServerStream", pointer: false, source: "grpc-stream", expression: (p) => `${p}.Context()` }
];
function carrierOf(file, type) {
  const pointer = type.type === "pointer_type";
  const named = pointer ? type.namedChild(0) : type;
  if (!named || named.type !== "qualified_type") return void 0;
  const pkg = field(named, "package");
  const name2 = field(named, "name");
  const importPath = pkg ? file.imports.pathOf(pkg.text) : void 0;
  if (!importPath || !name2) return void 0;
  return CONTEXT_CARRIERS.find((c) => c.pkg === importPath && c.name === name2.text && c.pointer === pointer);
}
function ownRequestContext(file, fn) {
  let best = null;
  for (const decl of namedChildren(field(fn, "parameters"))) {
    const type = field(decl, "type");
    if (!type || decl.type !== "parameter_declaration") continue;
    const carrier = carrierOf(file, type);
    const name2 = decl.childrenForFieldName("name").find((n) => n && n.text !== "_");
    if (!carrier || !name2) continue;
    const found = { source: carrier.source, paramName: name2.text, expression: carrier.expression(name2.text), owner: fn };
    if (carrier.source === "context") return found;
    best ??= found;
  }
  return best;
}
function requestContextAt(file, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (!FUNCTION_TYPES.has(n.type)) continue;
    const own = ownRequestContext(file, n);
    if (own) return isHidden(own, node) ? null : own;
  }
  return null;
}
var SCOPE_TYPES = /* @__PURE__ */ new Set([
  "block",
  "expression_case",
  "type_case",
  "default_case",
  "communication_case",
  "if_statement",
  "for_statement",
  "expression_switch_statement",
  "type_switch_statement",
  ...FUNCTION_TYPES
]);
function scopeOf(decl) {
  for (let n = decl.parent; n; n = n.parent) if (SCOPE_TYPES.has(n.type)) return n;
  return null;
}
function identifiersIn(list) {
  return namedChildren(list).filter((n) => n.type === "identifier");
}
function declarationsIn(owner) {
  const out2 = [];
  const add = (names2, scope, declaration) => names2.forEach((name2) => out2.push({ name: name2, scope, visibleFrom: declaration.endIndex }));
  const body2 = field(owner, "body");
  if (!body2) return out2;
  walk(body2, (node) => {
    switch (node.type) {
      case "short_var_declaration":
      case "receive_statement":
        add(identifiersIn(field(node, "left")), scopeOf(node), node);
        break;
      case "range_clause":
        if (node.children.some((c) => c?.type === ":=")) add(identifiersIn(field(node, "left")), scopeOf(node), node);
        break;
      case "var_spec":
      case "const_spec":
        add(node.childrenForFieldName("name").filter((n) => n !== null), scopeOf(node), node);
        break;
      case "type_switch_statement": {
        const value = field(node, "value");
        if (value) add(identifiersIn(field(node, "alias")), node, value);
        break;
      }
      case "func_literal":
        for (const list of [field(node, "parameters"), field(node, "result")]) {
          for (const decl of namedChildren(list)) add(decl.childrenForFieldName("name").filter((n) => n !== null), node, decl);
        }
        break;
    }
    return true;
  });
  return out2;
}
function contains(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function isHidden(context, use) {
  const body2 = field(context.owner, "body");
  return declarationsIn(context.owner).some(
    ({ name: name2, scope, visibleFrom }) => name2.text === context.paramName && scope !== null && scope.id !== body2?.id && contains(scope, use) && visibleFrom <= use.startIndex
  );
}

// server/src/engine/rules/ctx-background-in-request.ts
var LATER_CALLBACKS = [
  { pkg: "context", name: "AfterFunc" },
  { pkg: "time", name: "AfterFunc" }
];
function runsDetached(file, call, owner) {
  for (let n = call.parent; n && n.id !== owner.id; n = n.parent) {
    if (n.type === "go_statement" || n.type === "defer_statement") return true;
    if (n.type === "func_literal" && n.parent?.type === "argument_list") {
      const outer = n.parent.parent;
      if (outer && LATER_CALLBACKS.some((cb) => file.isCallTo(outer, cb.pkg, cb.name))) return true;
    }
  }
  return false;
}
function replacesParameter(call, context) {
  const list = call.parent;
  const assignment = list?.parent;
  if (list?.type !== "expression_list" || assignment?.type !== "assignment_statement") return false;
  if (field(assignment, "right")?.id !== list.id) return false;
  const index = list.namedChildren.findIndex((c) => c?.id === call.id);
  const target = field(assignment, "left")?.namedChildren[index];
  return target?.type === "identifier" && target.text === context.paramName;
}
function passedToNext(file, call) {
  const outer = call.parent?.type === "argument_list" ? call.parent.parent : null;
  const callee = outer ? field(outer, "function") : null;
  if (callee?.type !== "identifier") return false;
  for (let fn = enclosingFunction(call); fn; fn = enclosingFunction(fn)) {
    const shape = interceptorShape(file, fn);
    if (shape) return shape.nextName === callee.text;
  }
  return false;
}
function isOnlyUseOfPackage(file, call, pkgName) {
  let uses = 0;
  walk(file.root, (node) => {
    if (node.id === call.id) return false;
    const qualifier = node.type === "selector_expression" ? field(node, "operand") : node.type === "qualified_type" ? field(node, "package") : null;
    if (qualifier?.text === pkgName) uses++;
    return uses === 0;
  });
  return uses === 0;
}
function useRequestContextFix(file, call, context, pkgName) {
  const edits = [replaceNode(file, call, context.expression)];
  if (context.source !== "context" && isOnlyUseOfPackage(file, call, pkgName)) {
    const removal = removeImportEdit(file, CONTEXT_PKG);
    if (!removal) return null;
    edits.push(removal);
  }
  return { title: `Use the request's context: ${context.expression}`, edits };
}
function fixes(file, call, context) {
  const pkgName = field(field(call, "function"), "operand")?.text;
  if (!pkgName) return [];
  const useContext = useRequestContextFix(file, call, context, pkgName);
  const out2 = useContext ? [useContext] : [];
  if (versionAtLeast(file.goVersion, "1.21")) {
    const detached = `${pkgName}.WithoutCancel(${context.expression})`;
    out2.push({ title: `Keep the request's values but outlive it: ${detached}`, edits: [replaceNode(file, call, detached)] });
  }
  return out2;
}
var ctxBackgroundInRequest = {
  meta: {
    id: "ctx-background-in-request",
    defaultSeverity: "warning",
    summary: "context.Background()/TODO() in a function that already has a request context.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    if (file.path.endsWith("_test.go")) return;
    walk(file.root, (node) => {
      if (node.type !== "call_expression" || callArguments(node).length > 0) return true;
      if (!file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS)) return true;
      const context = requestContextAt(file, node);
      if (!context || runsDetached(file, node, context.owner) || replacesParameter(node, context) || passedToNext(file, node)) return true;
      report({
        node,
        message: `${node.text} ignores the request's context (${context.expression}): its deadline, cancellation and values are lost`,
        fixes: fixes(file, node, context)
      });
      return true;
    });
  }
};

// server/src/engine/fixes/defer-cancel.ts
var LOOP_OR_FUNCTION = /* @__PURE__ */ new Set(["for_statement", "func_literal", "function_declaration", "method_declaration"]);
function canDeferAfter(site) {
  if (site.statement.type !== "short_var_declaration") return false;
  const parent = site.statement.parent;
  if (!parent || parent.type !== "statement_list" && parent.type !== "block") return false;
  for (let n = parent; n; n = n.parent) {
    if (LOOP_OR_FUNCTION.has(n.type)) return n.type !== "for_statement";
  }
  return false;
}
function cancelCallText(funcName, name2) {
  return CANCEL_FUNCS.get(funcName).callText.replace("cancel", name2);
}

// server/src/engine/flow/cancel-sites.ts
function leftAndRight(stmt) {
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement") {
    if (stmt.type === "assignment_statement" && field(stmt, "operator")?.text !== "=") return null;
    return [namedChildren(field(stmt, "left")), namedChildren(field(stmt, "right"))];
  }
  if (stmt.type === "var_spec") {
    const names2 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    return [names2, namedChildren(field(stmt, "value"))];
  }
  return null;
}
var BINDING_TYPES = ["short_var_declaration", "assignment_statement", "var_spec"];
var sitesByFile = /* @__PURE__ */ new WeakMap();
function findCancelSites(file) {
  const cached = sitesByFile.get(file);
  if (cached) return cached;
  const sites = [];
  for (const node of file.root.descendantsOfType(BINDING_TYPES)) {
    const sides = leftAndRight(node);
    if (!sides) continue;
    const [left, right] = sides;
    if (left.length !== 2 || right.length !== 1) continue;
    const call = unparen(right[0]);
    const callee = file.callee(call);
    if (!callee || callee.pkg !== CONTEXT_PKG || !CANCEL_FUNCS.has(callee.name)) continue;
    sites.push({
      statement: node,
      call,
      funcName: callee.name,
      ctxTarget: left[0],
      cancelTarget: left[1],
      declares: node.type !== "assignment_statement"
    });
  }
  sitesByFile.set(file, sites);
  return sites;
}

// server/src/engine/fixes/names.ts
function freshName(scope, base) {
  const used = /* @__PURE__ */ new Set();
  walk(scope, (node) => {
    if (node.type === "identifier") used.add(node.text);
  });
  if (!used.has(base)) return base;
  for (let i2 = 2; ; i2++) if (!used.has(`${base}${i2}`)) return `${base}${i2}`;
}

// server/src/engine/rules/ctx-cancel-discarded.ts
function deferFix(file, site) {
  if (!canDeferAfter(site)) return [];
  const fn = enclosingFunction(site.statement);
  const body2 = fn ? functionBody(fn) : null;
  if (!body2) return [];
  const name2 = freshName(body2, "cancel");
  const callText = cancelCallText(site.funcName, name2);
  return [
    {
      title: `Name the cancel func and defer ${callText}`,
      edits: [replaceNode(file, site.cancelTarget, name2), insertStatementAfter(file, site.statement, `defer ${callText}`)]
    }
  ];
}
var ctxCancelDiscarded = {
  meta: {
    id: "ctx-cancel-discarded",
    defaultSeverity: "error",
    summary: "The cancel func of context.WithCancel/WithTimeout/WithDeadline is assigned to _ and never called.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (site.cancelTarget.type !== "identifier" || site.cancelTarget.text !== "_") continue;
      report({
        node: site.cancelTarget,
        message: `the cancel func of context.${site.funcName} is discarded: the context's timer and resources live until the parent is cancelled`,
        fixes: deferFix(file, site)
      });
    }
  }
};

// server/src/engine/flow/cancel-paths.ts
var NOTHING = { falls: false, breaks: false, continues: false, leaks: false, doubt: false };
var FALLS = { ...NOTHING, falls: true };
var DOUBT = { ...NOTHING, doubt: true };
var UNKNOWABLE = /* @__PURE__ */ new Set(["select_statement", "goto_statement", "labeled_statement", "fallthrough_statement"]);
var SWITCHES = /* @__PURE__ */ new Set(["expression_switch_statement", "type_switch_statement"]);
var CASES = /* @__PURE__ */ new Set(["expression_case", "type_case", "default_case"]);
var PathWalker2 = class {
  constructor(name2, endsProgram2) {
    this.name = name2;
    this.endsProgram = endsProgram2;
  }
  name;
  endsProgram;
  sequence(statements) {
    const flow = { ...FALLS };
    for (const stmt of statements) {
      const step = this.statement(stmt);
      flow.breaks ||= step.breaks;
      flow.continues ||= step.continues;
      flow.leaks ||= step.leaks;
      flow.doubt ||= step.doubt;
      flow.falls = step.falls;
      if (!flow.falls || flow.doubt) break;
    }
    return flow;
  }
  statement(stmt) {
    if (UNKNOWABLE.has(stmt.type)) return DOUBT;
    switch (stmt.type) {
      case "expression_statement":
      case "defer_statement":
      case "go_statement": {
        const call = namedChildren(stmt)[0];
        if (call?.type === "call_expression" && this.isCancelCall(call)) return NOTHING;
        if (stmt.type === "expression_statement" && call?.type === "call_expression" && this.endsProgram(call)) return NOTHING;
        return this.simple(stmt);
      }
      case "return_statement":
        return { ...NOTHING, leaks: true };
      case "break_statement":
        return field(stmt, "label") || namedChildren(stmt).length > 0 ? DOUBT : { ...NOTHING, breaks: true };
      case "continue_statement":
        return field(stmt, "label") || namedChildren(stmt).length > 0 ? DOUBT : { ...NOTHING, continues: true };
      case "block":
        return this.sequence(blockBody(stmt));
      case "if_statement":
        return this.ifStatement(stmt);
      case "expression_switch_statement":
      case "type_switch_statement":
        return this.switchStatement(stmt);
      case "for_statement":
        return this.forStatement(stmt);
      default:
        return this.simple(stmt);
    }
  }
  /** A statement without control flow: it cannot call the cancel func, and must not touch it. */
  simple(stmt) {
    return this.mentions(stmt) ? DOUBT : FALLS;
  }
  ifStatement(stmt) {
    const initializer = field(stmt, "initializer");
    const condition = field(stmt, "condition");
    if (initializer && this.mentions(initializer) || condition && this.mentions(condition)) return DOUBT;
    const consequence = this.sequence(blockBody(field(stmt, "consequence")));
    const alternative = field(stmt, "alternative");
    const other = alternative ? this.statement(alternative) : FALLS;
    return union(consequence, other);
  }
  switchStatement(stmt) {
    let flow = { ...NOTHING };
    let hasDefault = false;
    for (const child of namedChildren(stmt)) {
      if (!CASES.has(child.type)) {
        if (this.mentions(child)) return DOUBT;
        continue;
      }
      if (child.type === "default_case") hasDefault = true;
      const body2 = this.sequence(caseBody(child));
      flow = union(flow, { ...body2, falls: body2.falls || body2.breaks, breaks: false });
    }
    return hasDefault ? flow : union(flow, FALLS);
  }
  forStatement(stmt) {
    const body2 = field(stmt, "body");
    const header = namedChildren(stmt).filter((c) => c.id !== body2?.id);
    if (header.some((h) => this.mentions(h))) return DOUBT;
    const flow = this.sequence(blockBody(body2));
    const endless = header.length === 0 || header[0].type === "for_clause" && !field(header[0], "condition");
    return { ...NOTHING, leaks: flow.leaks, doubt: flow.doubt, falls: !endless || flow.breaks };
  }
  isCancelCall(call) {
    const fn = field(call, "function");
    return fn?.type === "identifier" && fn.text === this.name;
  }
  mentions(node) {
    let found = false;
    walk(node, (n) => {
      if (n.type === "identifier" && n.text === this.name) found = true;
      return !found;
    });
    return found;
  }
};
function union(a, b) {
  return {
    falls: a.falls || b.falls,
    breaks: a.breaks || b.breaks,
    continues: a.continues || b.continues,
    leaks: a.leaks || b.leaks,
    doubt: a.doubt || b.doubt
  };
}
function blockBody(block) {
  return namedChildren(block).flatMap((c) => c.type === "statement_list" ? namedChildren(c) : [c]);
}
function caseBody(clause) {
  return namedChildren(clause).filter((c) => c.type === "statement_list").flatMap((c) => namedChildren(c));
}
function followingStatements(stmt) {
  const out2 = [];
  for (let n = stmt.nextNamedSibling; n; n = n.nextNamedSibling) if (n.type !== "comment") out2.push(n);
  return out2;
}
function cancelPathVerdict(variable, endsProgram2) {
  const walker = new PathWalker2(variable.name, endsProgram2);
  let pending = { falls: true, breaks: false, continues: false };
  let current = variable.statement;
  for (; ; ) {
    if (pending.falls) {
      const rest = walker.sequence(followingStatements(current));
      if (rest.doubt) return "unknown";
      if (rest.leaks) return "leaks";
      pending = { falls: rest.falls, breaks: pending.breaks || rest.breaks, continues: pending.continues || rest.continues };
    }
    if (!pending.falls && !pending.breaks && !pending.continues) return "called";
    const list = current.parent;
    if (list.id === variable.scope.id) return "leaks";
    const outer = enclosingListed(list);
    if (!outer) return "unknown";
    if (SWITCHES.has(outer.type)) pending = { ...pending, falls: pending.falls || pending.breaks, breaks: false };
    current = outer;
  }
}
function enclosingListed(list) {
  let n = list.parent;
  if (n?.type === "block") n = n.parent;
  else if (n && CASES.has(n.type)) n = n.parent;
  else return null;
  while (n?.type === "if_statement" && n.parent?.type === "if_statement") n = n.parent;
  if (!n || !(n.type === "if_statement" || n.type === "statement_list" || SWITCHES.has(n.type))) {
    return null;
  }
  if (n.type === "statement_list") return list.parent;
  return n.parent?.type === "statement_list" ? n : null;
}

// server/src/engine/flow/cancel-var.ts
function listStatement(site) {
  let stmt = site.statement;
  if (stmt.type === "var_spec") {
    while (stmt && stmt.type !== "var_declaration") stmt = stmt.parent;
  }
  return stmt && isListed(stmt) ? stmt : null;
}
function boundNames(stmt) {
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement") return namedChildren(field(stmt, "left"));
  if (stmt.type === "var_declaration") {
    const out2 = [];
    walk(stmt, (n) => {
      if (n.type === "var_spec") out2.push(...n.childrenForFieldName("name").filter((c) => c?.type === "identifier"));
      return n.type === "var_declaration" || n.type === "var_spec_list";
    });
    return out2;
  }
  return [];
}
function declares(stmt, name2) {
  if (stmt.type !== "short_var_declaration" && stmt.type !== "var_declaration") return false;
  return boundNames(stmt).some((n) => n.type === "identifier" && n.text === name2);
}
function isListed(node) {
  return node.parent?.type === "statement_list";
}
function findDeclaration(stmt, name2, fn) {
  let current = stmt;
  for (; ; ) {
    const earlier = earlierDeclaration(current, name2);
    if (earlier) return earlier;
    let up = current.parent;
    for (; up && up.id !== fn.id; up = up.parent) {
      if (up.type !== "statement_list" && up.type !== "block" && headerDeclares(up, name2)) return null;
      if (isListed(up)) break;
    }
    if (!up || up.id === fn.id) return null;
    current = up;
  }
}
var HEADER_FIELDS = ["initializer", "alias"];
function headerDeclares(stmt, name2) {
  let found = false;
  for (const child of namedChildren(stmt)) {
    if (child.type === "block" || child.type.endsWith("_case")) continue;
    walk(child, (n) => {
      if (n.type === "func_literal") return false;
      if (n.type === "identifier" && n.text === name2 && isBinding(n)) found = true;
      return !found;
    });
  }
  return found || HEADER_FIELDS.some((f) => field(stmt, f)?.text === name2);
}
function isBinding(ident) {
  const parent = ident.parent;
  if (!parent) return false;
  if (parent.type === "var_spec") return parent.childrenForFieldName("name").some((c) => c?.id === ident.id);
  if (parent.type !== "expression_list") return false;
  const holder = parent.parent;
  return !!holder && field(holder, "left")?.id === parent.id;
}
function isCalled(ident) {
  const parent = ident.parent;
  return parent?.type === "call_expression" && field(parent, "function")?.id === ident.id;
}
function resolveCancelVar(site) {
  const target = site.cancelTarget;
  if (target.type !== "identifier" || target.text === "_") return null;
  const name2 = target.text;
  const statement = listStatement(site);
  const fn = statement && enclosingFunction(statement);
  if (!statement || !fn) return null;
  const declaration = declares(statement, name2) ? earlierDeclaration(statement, name2) ?? statement : findDeclaration(statement, name2, fn);
  if (!declaration) return null;
  const scope = declaration.parent;
  let escapes = false;
  let shadowed = false;
  for (let stmt = declaration; stmt; stmt = stmt.nextNamedSibling) {
    walk(stmt, (n) => {
      if (n.type !== "identifier" || n.text !== name2) return true;
      if (enclosingFunction(n)?.id !== fn.id || !(isCalled(n) || isBinding(n))) escapes = true;
      else if (isBinding(n) && n.parent?.parent?.type !== "assignment_statement" && bindingStatement(n).parent?.id !== scope.id) shadowed = true;
      return true;
    });
  }
  return shadowed ? null : { name: name2, statement, scope, escapes };
}
function earlierDeclaration(stmt, name2) {
  for (let prev = stmt.previousNamedSibling; prev; prev = prev.previousNamedSibling) if (declares(prev, name2)) return prev;
  return null;
}
function bindingStatement(ident) {
  let n = ident.parent;
  if (n.type === "expression_list") return n.parent ?? n;
  while (n.parent && n.type !== "var_declaration") n = n.parent;
  return n;
}

// server/src/engine/rules/ctx-cancel-not-called.ts
var PROGRAM_ENDS = /* @__PURE__ */ new Map([
  ["os", /* @__PURE__ */ new Set(["Exit"])],
  ["log", /* @__PURE__ */ new Set(["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"])],
  ["runtime", /* @__PURE__ */ new Set(["Goexit"])],
  ["syscall", /* @__PURE__ */ new Set(["Exit"])]
]);
var STOPPING_METHODS = /* @__PURE__ */ new Set(["Fatal", "Fatalf", "Fatalln", "FailNow", "Skip", "Skipf", "SkipNow"]);
function endsProgram(file, call) {
  const fn = field(call, "function");
  if (fn?.type === "identifier" && fn.text === "panic") return true;
  const callee = file.callee(call);
  if (callee) return !!PROGRAM_ENDS.get(callee.pkg)?.has(callee.name);
  const method = fn?.type === "selector_expression" ? field(fn, "field")?.text : void 0;
  return !!method && STOPPING_METHODS.has(method);
}
function deferFix2(file, site, name2) {
  if (!canDeferAfter(site)) return [];
  const callText = cancelCallText(site.funcName, name2);
  return [{ title: `Defer ${callText}`, edits: [insertStatementAfter(file, site.statement, `defer ${callText}`)] }];
}
var ctxCancelNotCalled = {
  meta: {
    id: "ctx-cancel-not-called",
    defaultSeverity: "warning",
    summary: "A cancel func that some path never calls, defers, returns, stores or passes on.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      const variable = resolveCancelVar(site);
      if (!variable || variable.escapes) continue;
      if (cancelPathVerdict(variable, (call) => endsProgram(file, call)) !== "leaks") continue;
      report({
        node: site.cancelTarget,
        message: `${variable.name} (from context.${site.funcName}) is not called on every path: a path leaves without cancelling, so the context's timer and resources outlive their use`,
        fixes: deferFix2(file, site, variable.name)
      });
    }
  }
};

// server/src/engine/fixes/wrap-in-func.ts
var LOOPS_AND_SWITCHES = /* @__PURE__ */ new Set(["for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"]);
function jumpsStayInside(body2) {
  let ok2 = true;
  walk(body2, (n) => {
    if (n.type === "func_literal") return false;
    if (n.type === "return_statement" || n.type === "goto_statement") ok2 = false;
    else if (n.type === "break_statement" || n.type === "continue_statement") {
      const labeled = n.namedChildren.some((c) => c?.type === "label_name");
      const targets = n.type === "break_statement" ? LOOPS_AND_SWITCHES : /* @__PURE__ */ new Set(["for_statement"]);
      ok2 = !labeled && hasAncestorWithin(n, body2, targets);
    }
    return ok2;
  });
  return ok2;
}
function hasAncestorWithin(node, stop2, types) {
  for (let n = node.parent; n && n.id !== stop2.id; n = n.parent) if (types.has(n.type)) return true;
  return false;
}
function hasMultilineToken(body2) {
  let found = false;
  walk(body2, (n) => {
    if ((n.type === "raw_string_literal" || n.type === "comment") && n.startPosition.row !== n.endPosition.row) found = true;
    return !found;
  });
  return found;
}
function wrapLoopBodyInFunc(file, loop, body2) {
  if (!jumpsStayInside(body2) || hasMultilineToken(body2)) return null;
  const lines2 = file.text.slice(body2.startIndex + 1, body2.endIndex - 1).split("\n");
  if (lines2.length < 3 || lines2[0].trim() !== "" || lines2[lines2.length - 1].trim() !== "") return null;
  const indent = lineIndent(file.text, loop);
  const inner = lines2.slice(1, -1).map((line) => line.trim() === "" ? "" : `	${line}`);
  const text = [`{`, `${indent}	func() {`, ...inner, `${indent}	}()`, `${indent}}`].join("\n");
  return { file: file.path, range: nodeRange(body2), newText: text };
}

// server/src/engine/rules/ctx-defer-cancel-in-loop.ts
function enclosingLoop(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "for_statement") return n;
    if (FUNCTION_TYPES.has(n.type)) return null;
  }
  return null;
}
function contains2(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function siteInLoop(sites, body2, deferStmt, name2) {
  const fn = enclosingFunction(deferStmt);
  let found;
  for (const s of sites) {
    const block = s.statement.parent;
    if (s.cancelTarget.type !== "identifier" || s.cancelTarget.text !== name2) continue;
    if (s.statement.startIndex > deferStmt.startIndex || !block || !contains2(block, deferStmt)) continue;
    if (contains2(body2, s.statement) && enclosingFunction(s.statement)?.id === fn?.id) found = s;
  }
  return found;
}
function wrapFix(file, loop, body2) {
  const edit = wrapLoopBodyInFunc(file, loop, body2);
  return edit ? [{ title: "Wrap the loop body in func() { \u2026 }() so the defer runs every iteration", edits: [edit] }] : [];
}
var ctxDeferCancelInLoop = {
  meta: {
    id: "ctx-defer-cancel-in-loop",
    defaultSeverity: "warning",
    summary: "`defer cancel()` inside a loop body: every iteration's context and timer live until the function returns.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    const sites = findCancelSites(file);
    if (sites.length === 0) return;
    for (const node of file.root.descendantsOfType("defer_statement")) {
      const call = namedChildren(node)[0];
      const callee = call?.type === "call_expression" ? field(call, "function") : null;
      const loop = enclosingLoop(node);
      const body2 = loop && field(loop, "body");
      if (callee?.type !== "identifier" || !loop || !body2) continue;
      const site = siteInLoop(sites, body2, node, callee.text);
      if (!site) continue;
      report({
        node,
        message: `defer ${call.text} runs when the function returns, not at the end of the iteration: each iteration's context from context.${site.funcName} and its timer pile up until then`,
        fixes: wrapFix(file, loop, body2)
      });
    }
  }
};

// server/src/engine/rules/ctx-nil.ts
var CONTEXT_TYPE = "context.Context";
var STD_CONTEXT_FIRST = /* @__PURE__ */ new Map([
  ["context", /* @__PURE__ */ new Set(["WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause", "WithValue", "WithoutCancel", "Cause", "AfterFunc"])],
  ["net/http", /* @__PURE__ */ new Set(["NewRequestWithContext"])],
  ["net/http/httptrace", /* @__PURE__ */ new Set(["WithClientTrace", "ContextClientTrace"])],
  ["os/exec", /* @__PURE__ */ new Set(["CommandContext"])],
  ["os/signal", /* @__PURE__ */ new Set(["NotifyContext"])],
  ["runtime/pprof", /* @__PURE__ */ new Set(["Do", "WithLabels", "SetGoroutineLabels", "Label", "ForLabels"])],
  ["runtime/trace", /* @__PURE__ */ new Set(["NewTask", "StartRegion", "WithRegion", "Log", "Logf"])]
]);
function parameterType(facts, nil) {
  if (STD_CONTEXT_FIRST.get(nil.callee.pkg)?.has(nil.callee.name)) return nil.argIndex === 0 ? CONTEXT_TYPE : void 0;
  const fn = facts.findFunction(nil.callee.pkg, nil.callee.name);
  if (!fn || fn.params.length === 0) return void 0;
  const last = fn.params.length - 1;
  if (fn.variadic && nil.argIndex >= last) return fn.params[last].qualifiedType;
  return fn.params[nil.argIndex]?.qualifiedType;
}
function todoFix(file, nil) {
  const contextImport = file.contextImport;
  if (!contextImport) return [];
  const todo = contextImport.name === "." ? "TODO()" : `${contextImport.name}.TODO()`;
  return [{ title: `Pass ${todo} (better: the caller's ctx)`, edits: [{ file: file.path, range: nil.range, newText: todo }, ...contextImport.edits] }];
}
var ctxNil = {
  meta: {
    id: "ctx-nil",
    defaultSeverity: "error",
    summary: "nil passed where a context.Context is expected.",
    fixable: true
  },
  scope: "workspace",
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const nil of file.nilArguments) {
        if (parameterType(facts, nil) !== CONTEXT_TYPE) continue;
        const callee = nil.callee.pkg === file.packagePath ? nil.callee.name : `${nil.callee.pkg}.${nil.callee.name}`;
        report({
          file: file.path,
          range: nil.range,
          message: `nil passed as the context of ${callee}: it panics as soon as the context is used (Done, Err, Value, deriving from it)`,
          fixes: todoFix(file, nil)
        });
      }
    }
  }
};

// server/src/engine/knowledge/durations.ts
var TIME_PKG = "time";
var NANOSECONDS = /* @__PURE__ */ new Map([
  ["Nanosecond", 1],
  ["Microsecond", 1e3],
  ["Millisecond", 1e6],
  ["Second", 1e9],
  ["Minute", 6e10],
  ["Hour", 36e11]
]);
var MAX_DEPTH2 = 32;
function intValue(text) {
  const digits = text.split("_").join("");
  const legacyOctal = digits.length > 1 && digits[0] === "0" && digits[1] >= "0" && digits[1] <= "9";
  const value = legacyOctal ? parseInt(digits, 8) : Number(digits);
  return Number.isFinite(value) ? value : null;
}
function floatValue(text) {
  const value = Number(text.split("_").join(""));
  return Number.isFinite(value) ? value : null;
}
function nonConstantNames(root) {
  const names2 = /* @__PURE__ */ new Set();
  walk(root, (n) => {
    if (n.type === "parameter_declaration" || n.type === "variadic_parameter_declaration" || n.type === "var_spec") {
      for (const name2 of n.childrenForFieldName("name")) if (name2?.type === "identifier") names2.add(name2.text);
    } else if (n.type === "short_var_declaration" || n.type === "range_clause" || n.type === "receive_statement") {
      for (const name2 of namedChildren(field(n, "left"))) if (name2.type === "identifier") names2.add(name2.text);
    }
    return true;
  });
  return names2;
}
function fileConstants(root) {
  const constants = /* @__PURE__ */ new Map();
  walk(root, (n) => {
    if (n.type !== "const_spec") return true;
    const names2 = n.childrenForFieldName("name").filter((c) => c?.type === "identifier");
    const values = namedChildren(field(n, "value"));
    names2.forEach((name2, i2) => {
      const value = values.length === names2.length ? values[i2] : null;
      constants.set(name2.text, constants.has(name2.text) ? null : value);
    });
    return false;
  });
  return constants;
}
var DurationEvaluator = class {
  constructor(file) {
    this.file = file;
    this.constants = fileConstants(file.root);
    this.shadowed = nonConstantNames(file.root);
  }
  file;
  constants;
  shadowed;
  /** The expression's value in nanoseconds, or null when it is not known statically. */
  nanoseconds(expr) {
    return this.evaluate(expr, 0);
  }
  evaluate(expr, depth) {
    if (depth > MAX_DEPTH2) return null;
    switch (expr.type) {
      case "parenthesized_expression": {
        const inner = namedChildren(expr)[0];
        return inner ? this.evaluate(inner, depth + 1) : null;
      }
      case "int_literal":
        return intValue(expr.text);
      case "float_literal":
        return floatValue(expr.text);
      case "selector_expression": {
        const name2 = this.file.qualify(expr);
        return name2?.pkg === TIME_PKG ? NANOSECONDS.get(name2.name) ?? null : null;
      }
      case "identifier":
        return this.constant(expr.text, depth);
      case "unary_expression": {
        const operand = field(expr, "operand");
        const value = operand ? this.evaluate(operand, depth + 1) : null;
        const operator = field(expr, "operator")?.text;
        if (value === null) return null;
        return operator === "-" ? -value : operator === "+" ? value : null;
      }
      case "binary_expression":
        return this.binary(expr, depth);
      case "call_expression":
        return this.conversion(expr, depth);
      default:
        return null;
    }
  }
  constant(name2, depth) {
    const value = this.constants.get(name2);
    if (!value || this.shadowed.has(name2)) return null;
    return this.evaluate(value, depth + 1);
  }
  binary(expr, depth) {
    const left = field(expr, "left");
    const right = field(expr, "right");
    const a = left ? this.evaluate(left, depth + 1) : null;
    const b = right ? this.evaluate(right, depth + 1) : null;
    if (a === null || b === null) return null;
    switch (field(expr, "operator")?.text) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        if (b === 0) return null;
        return Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b;
      default:
        return null;
    }
  }
  /** time.Duration(n): the conversion keeps n's value. */
  conversion(call, depth) {
    const fn = field(call, "function");
    const name2 = fn ? this.file.qualify(fn) : null;
    const args2 = namedChildren(field(call, "arguments"));
    if (name2?.pkg !== TIME_PKG || name2.name !== "Duration" || args2.length !== 1) return null;
    return this.evaluate(args2[0], depth + 1);
  }
};
var UNITS = [
  ["h", 36e11],
  ["m", 6e10],
  ["s", 1e9],
  ["ms", 1e6],
  ["\xB5s", 1e3],
  ["ns", 1]
];
function formatDuration(ns) {
  if (ns === 0) return "0s";
  if (ns < 0) return `-${formatDuration(-ns)}`;
  if (ns < 1e9) {
    const [unit, size] = UNITS.find(([, size2]) => ns >= size2) ?? UNITS[UNITS.length - 1];
    return `${Number((ns / size).toPrecision(6))}${unit}`;
  }
  let rest = ns;
  let text = "";
  for (const [unit, size] of UNITS.slice(0, 2)) {
    const whole = Math.floor(rest / size);
    if (whole > 0) text += `${whole}${unit}`;
    rest -= whole * size;
  }
  return rest > 0 ? `${text}${Number((rest / 1e9).toPrecision(9))}s` : text;
}

// server/src/engine/rules/ctx-timeout-exceeds-parent.ts
var TIMEOUTS = /* @__PURE__ */ new Set(["WithTimeout", "WithTimeoutCause"]);
var DEADLINES = /* @__PURE__ */ new Set(["WithDeadline", "WithDeadlineCause"]);
function durationArgument(file, site) {
  const arg = callArguments(site.call)[1];
  if (!arg) return null;
  if (TIMEOUTS.has(site.funcName)) return arg;
  if (!DEADLINES.has(site.funcName)) return null;
  const add = unparen(arg);
  const method = add.type === "call_expression" ? field(add, "function") : null;
  const receiver = method?.type === "selector_expression" ? field(method, "operand") : null;
  if (!receiver || field(method, "field")?.text !== "Add") return null;
  const now = unparen(receiver);
  if (!file.isCallTo(now, "time", "Now") || callArguments(now).length !== 0) return null;
  const addArgs = callArguments(add);
  return addArgs.length === 1 ? addArgs[0] : null;
}
function contains3(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function reboundBetween(fn, name2, from, to) {
  let rebound = false;
  walk(fn, (n) => {
    if (n.endIndex <= from || n.startIndex >= to) return false;
    if (n.type === "identifier" && n.text === name2 && n.startIndex >= from && isRebinding(n)) rebound = true;
    return !rebound;
  });
  return rebound;
}
function isRebinding(ident) {
  const parent = ident.parent;
  if (!parent) return false;
  if (parent.type === "unary_expression") return field(parent, "operator")?.text === "&";
  if (parent.type === "var_spec" || parent.type === "parameter_declaration") return true;
  if (parent.type !== "expression_list") return false;
  return !!parent.parent && field(parent.parent, "left")?.id === parent.id;
}
function reboundInLoop(parent, child, name2) {
  for (let n = child.parent; n && !contains3(n, parent); n = n.parent) {
    if (n.type === "for_statement" && reboundBetween(n, name2, n.startIndex, n.endIndex)) return true;
  }
  return false;
}
function parentSite(sites, child) {
  const parentArg = callArguments(child.call)[0];
  const parent = parentArg && unparen(parentArg);
  const fn = enclosingFunction(child.statement);
  if (!parent || parent.type !== "identifier" || !fn) return null;
  let found = null;
  for (const site of sites) {
    if (site.statement.endIndex > child.statement.startIndex) break;
    const block = site.statement.parent;
    if (site.ctxTarget.type !== "identifier" || site.ctxTarget.text !== parent.text) continue;
    if (block && contains3(block, child.statement) && enclosingFunction(site.statement)?.id === fn.id) found = site;
  }
  if (!found || reboundInLoop(found.statement, child.statement, parent.text)) return null;
  return reboundBetween(fn, parent.text, found.statement.endIndex, child.statement.startIndex) ? null : found;
}
var ctxTimeoutExceedsParent = {
  meta: {
    id: "ctx-timeout-exceeds-parent",
    defaultSeverity: "warning",
    summary: "A derived timeout that is not shorter than its parent's: the child deadline never fires.",
    fixable: false
  },
  scope: "file",
  check({ file, report }) {
    const sites = findCancelSites(file).filter((s) => durationArgument(file, s) !== null);
    if (sites.length < 2) return;
    const durations = new DurationEvaluator(file);
    for (const child of sites) {
      const childArg = durationArgument(file, child);
      const childValue = durations.nanoseconds(childArg);
      const parent = childValue === null ? null : parentSite(sites, child);
      if (childValue === null || !parent) continue;
      const parentArg = durationArgument(file, parent);
      const parentValue = durations.nanoseconds(parentArg);
      if (parentValue === null || childValue < parentValue) continue;
      report({
        node: childArg,
        message: `this timeout (${formatDuration(childValue)}) is not shorter than its parent's (${formatDuration(parentValue)}, line ${parent.statement.startPosition.row + 1}): the parent's deadline always comes first, so this one never fires`,
        related: [{ file: file.path, range: nodeRange(parentArg), message: `the parent context's timeout (${formatDuration(parentValue)})` }]
      });
    }
  }
};

// server/src/engine/rules/ctx-value-builtin-key.ts
var BUILTIN_TYPES = /* @__PURE__ */ new Set([
  "string",
  "bool",
  "byte",
  "rune",
  "int",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
  "float32",
  "float64",
  "complex64",
  "complex128"
]);
var LITERAL_TYPES = /* @__PURE__ */ new Map([
  ["interpreted_string_literal", "string"],
  ["raw_string_literal", "string"],
  ["int_literal", "int"],
  ["float_literal", "float64"],
  ["rune_literal", "rune"],
  ["imaginary_literal", "complex128"],
  ["true", "bool"],
  ["false", "bool"],
  ["iota", "int"]
]);
var MAX_RESOLVE_DEPTH = 8;
var SCOPE_TYPES2 = /* @__PURE__ */ new Set([
  "source_file",
  "block",
  "expression_case",
  "type_case",
  "default_case",
  "communication_case",
  "if_statement",
  "for_statement",
  "expression_switch_statement",
  "type_switch_statement",
  "function_declaration",
  "method_declaration",
  "func_literal"
]);
function scopeOf2(node) {
  for (let n = node.parent; n; n = n.parent) if (SCOPE_TYPES2.has(n.type)) return n;
  return null;
}
function names(node) {
  return node.childrenForFieldName("name").filter((n) => n !== null);
}
function declarationsOf(root, name2) {
  const out2 = [];
  walk(root, (node) => {
    if (node.type === "const_declaration") {
      let inherited = { type: null, values: [] };
      for (const spec of namedChildren(node)) {
        if (spec.type !== "const_spec") continue;
        const values = namedChildren(field(spec, "value"));
        if (values.length > 0) inherited = { type: field(spec, "type"), values };
        names(spec).forEach((n, i2) => n.text === name2 && out2.push({ name: n, scope: scopeOf2(node), visibleFrom: spec.endIndex, type: inherited.type, value: inherited.values[i2] ?? null }));
      }
    } else if (node.type === "var_spec") {
      const values = namedChildren(field(node, "value"));
      names(node).forEach((n, i2) => n.text === name2 && out2.push({ name: n, scope: scopeOf2(node), visibleFrom: node.endIndex, type: field(node, "type"), value: values[i2] ?? null }));
    } else if (node.type === "short_var_declaration") {
      const left = namedChildren(field(node, "left"));
      const right = namedChildren(field(node, "right"));
      const value = (i2) => left.length === right.length ? right[i2] : null;
      left.forEach((n, i2) => n.text === name2 && out2.push({ name: n, scope: scopeOf2(node), visibleFrom: node.endIndex, type: null, value: value(i2) }));
    } else if (node.type === "parameter_declaration" || node.type === "variadic_parameter_declaration") {
      const fn = node.parent?.parent;
      const type = node.type === "parameter_declaration" ? field(node, "type") : null;
      if (fn) names(node).forEach((n) => n.text === name2 && out2.push({ name: n, scope: fn, visibleFrom: node.endIndex, type, value: null }));
    } else if (node.type === "range_clause" || node.type === "type_switch_statement" || node.type === "receive_statement") {
      const list = field(node, node.type === "type_switch_statement" ? "alias" : "left");
      for (const n of namedChildren(list)) if (n.text === name2) out2.push({ name: n, scope: scopeOf2(n) ?? node, visibleFrom: n.endIndex, type: null, value: null });
    }
    return true;
  });
  return out2.filter((d) => d.scope !== null);
}
function contains4(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
function resolve(file, use) {
  let best = null;
  for (const decl of declarationsOf(file.root, use.text)) {
    const packageLevel = decl.scope.type === "source_file";
    if (!contains4(decl.scope, use) || !packageLevel && decl.visibleFrom > use.startIndex) continue;
    if (!best || contains4(best.scope, decl.scope)) best = decl;
  }
  return best;
}
function builtinTypeOf(file, expr, depth) {
  const node = unparen(expr);
  const literal = LITERAL_TYPES.get(node.type);
  if (literal) return literal;
  if (depth > MAX_RESOLVE_DEPTH) return null;
  switch (node.type) {
    case "call_expression": {
      const fn = field(node, "function");
      return fn?.type === "identifier" && BUILTIN_TYPES.has(fn.text) && callArguments(node).length === 1 ? fn.text : null;
    }
    case "unary_expression": {
      const operand = field(node, "operand");
      return operand ? builtinTypeOf(file, operand, depth + 1) : null;
    }
    case "binary_expression": {
      const left = field(node, "left");
      const right = field(node, "right");
      const leftType = left ? builtinTypeOf(file, left, depth + 1) : null;
      return leftType && right && builtinTypeOf(file, right, depth + 1) ? leftType : null;
    }
    case "identifier": {
      const decl = resolve(file, node);
      if (!decl) return null;
      if (decl.type) return decl.type.type === "type_identifier" && BUILTIN_TYPES.has(decl.type.text) ? decl.type.text : null;
      return decl.value ? builtinTypeOf(file, decl.value, depth + 1) : null;
    }
    default:
      return null;
  }
}
var ctxValueBuiltinKey = {
  meta: {
    id: "ctx-value-builtin-key",
    defaultSeverity: "hint",
    summary: "context.WithValue keyed by a value of a built-in type (string, int): keys of different packages collide.",
    fixable: false
  },
  scope: "file",
  check({ file, report }) {
    walk(file.root, (node) => {
      if (node.type !== "call_expression" || !file.isCallTo(node, CONTEXT_PKG, "WithValue")) return true;
      const key = callArguments(node)[1];
      const type = key ? builtinTypeOf(file, key, 0) : null;
      if (key && type) {
        report({
          node: key,
          message: `context.WithValue keyed by a ${type}: any package using the same ${type} reads or overwrites this value; use an unexported key type (type ctxKey struct{})`
        });
      }
      return true;
    });
  }
};

// server/src/engine/flow/client-conns.ts
function seesGrpc(file) {
  return file.imports.has(GRPC_PKG2) || file.packagePath === GRPC_PKG2;
}
function findDialSites(file) {
  const sites = [];
  if (!seesGrpc(file)) return sites;
  walk(file.root, (node) => {
    if (node.type !== "call_expression") return true;
    const callee = file.callee(node);
    const fnNode = field(node, "function");
    const fn = enclosingFunction(node);
    if (callee?.pkg === GRPC_PKG2 && CLIENT_CONSTRUCTORS.has(callee.name) && fnNode && fn) {
      sites.push({ call: node, callee: fnNode, funcName: callee.name, fn });
    }
    return true;
  });
  return sites;
}
function bindingOf(call) {
  const list = call.parent;
  if (list?.type !== "expression_list" || namedChildren(list).length !== 1) return null;
  const holder = list.parent;
  if (!holder) return null;
  if (holder.type === "var_spec" && field(holder, "value")?.id === list.id) {
    const statement = holder.parent?.type === "var_declaration" ? holder.parent : null;
    return statement ? { statement, targets: holder.childrenForFieldName("name") } : null;
  }
  const isAssignment = holder.type === "short_var_declaration" || holder.type === "assignment_statement";
  if (!isAssignment || field(holder, "right")?.id !== list.id) return null;
  if (holder.type === "assignment_statement" && holder.childForFieldName("operator")?.text !== "=") return null;
  return { statement: holder, targets: namedChildren(field(holder, "left")) };
}
function declaredLocallyBefore(body2, name2, offset) {
  let found = false;
  walk(body2, (node) => {
    if (found || node.startIndex >= offset) return false;
    if (node.type === "var_spec") found = node.childrenForFieldName("name").some((n) => n.text === name2);
    else if (node.type === "short_var_declaration") found = namedChildren(field(node, "left")).some((n) => n.text === name2);
    return !found;
  });
  return found;
}
function localConnOf(site) {
  const binding = bindingOf(site.call);
  if (!binding || binding.targets.length !== 2) return null;
  const [conn, err2] = binding.targets;
  if (conn.type !== "identifier" || conn.text === "_" || err2.type !== "identifier") return null;
  const body2 = functionBody(site.fn);
  if (!body2) return null;
  const isLocal = binding.statement.type !== "assignment_statement" || declaredLocallyBefore(body2, conn.text, binding.statement.startIndex);
  if (!isLocal) return null;
  return { statement: binding.statement, conn, err: err2.text === "_" ? null : err2 };
}
var MAX_HOLDER_DEPTH = 4;
function isGeneratedClientConstructor(call) {
  const fn = field(call, "function");
  const name2 = fn?.type === "selector_expression" ? field(fn, "field")?.text : fn?.type === "identifier" ? fn.text : void 0;
  if (!name2 || name2.length <= "NewClient".length) return false;
  return name2.startsWith("New") && name2.endsWith("Client") && callArguments(call).length === 1;
}
function selectorOn(expr) {
  const selector = expr.parent;
  if (selector?.type !== "selector_expression" || field(selector, "operand")?.id !== expr.id) return null;
  const call = selector.parent;
  const isCall = call?.type === "call_expression" && field(call, "function")?.id === selector.id;
  return { name: field(selector, "field")?.text ?? "", call: isCall ? call : null };
}
function firstResultTarget(call, fn) {
  const list = call.parent;
  const holder = list?.parent;
  if (list?.type !== "expression_list" || namedChildren(list).length !== 1 || !holder) return null;
  if (holder.type !== "short_var_declaration" && holder.type !== "assignment_statement") return null;
  if (field(holder, "right")?.id !== list.id) return null;
  const first = namedChildren(field(holder, "left"))[0];
  if (first?.type !== "identifier") return null;
  const body2 = functionBody(fn);
  const isLocal = first.text === "_" || holder.type === "short_var_declaration" || !!body2 && declaredLocallyBefore(body2, first.text, holder.startIndex);
  return isLocal ? first : null;
}
function worst(kinds) {
  for (const kind of ["escape", "passed", "kept", "close"]) if (kinds.includes(kind)) return kind;
  return "neutral";
}
function leaves(depth) {
  return depth >= 2 ? "kept" : "escape";
}
function isTransientUse(expr) {
  const type = expr.parent?.type;
  return type === "expression_statement" || type === "defer_statement" || type === "go_statement" || type === "binary_expression";
}
function holderUse(expr, fn, depth) {
  const selector = selectorOn(expr);
  if (selector) {
    if (selector.name === "Close") return "close";
    return selector.call ? resultUse(selector.call, fn, depth + 1) : "neutral";
  }
  return isTransientUse(expr) ? "neutral" : leaves(depth);
}
function resultUse(call, fn, depth) {
  if (depth > MAX_HOLDER_DEPTH) return "kept";
  if (isTransientUse(call) || selectorOn(call)) return holderUse(call, fn, depth);
  const target = firstResultTarget(call, fn);
  if (!target) return leaves(depth);
  if (target.text === "_") return "neutral";
  return worst(usesOf(fn, target, (id) => holderUse(id, fn, depth), leaves(depth)));
}
function connUseKind(id, fn) {
  const parent = id.parent;
  if (!parent) return "escape";
  const selector = selectorOn(id);
  if (selector) {
    if (selector.name === "Close") return "close";
    const returnsStream = selector.call && CONN_METHODS_RETURNING_STREAMS.has(selector.name);
    return returnsStream ? resultUse(selector.call, fn, 2) : "neutral";
  }
  if (parent.type === "argument_list") {
    const call = parent.parent;
    return call && isGeneratedClientConstructor(call) ? resultUse(call, fn, 1) : "passed";
  }
  if (parent.type === "binary_expression") {
    const operator = parent.childForFieldName("operator")?.text;
    if (operator === "==" || operator === "!=") return "neutral";
  }
  return "escape";
}
function usesOf(fn, binding, kindOf2, captured) {
  const body2 = functionBody(fn);
  const kinds = [];
  if (!body2) return kinds;
  walk(body2, (node) => {
    if (node.type !== "identifier" || node.text !== binding.text || node.id === binding.id) return true;
    if (node.parent?.type === "var_spec" && !field(node.parent, "value")) return true;
    const kind = kindOf2(node);
    const inClosure = enclosingFunction(node)?.id !== fn.id;
    kinds.push(inClosure && kind !== "close" ? worst([kind, captured]) : kind);
    return true;
  });
  return kinds;
}
function connFate(site, local) {
  const kinds = usesOf(site.fn, local.conn, (id) => connUseKind(id, site.fn), "escape");
  return {
    closed: kinds.includes("close"),
    kept: kinds.includes("kept"),
    passed: kinds.includes("passed"),
    escapes: kinds.includes("escape")
  };
}

// server/src/engine/rules/grpc-deprecated-dial.ts
var FIX_TITLE = `Use grpc.${NEW_CLIENT} (note: it resolves targets with the "dns" scheme by default where Dial used "passthrough", and it connects on the first RPC instead of dialling now)`;
function isLocalDeclaration(id) {
  const parent = id.parent;
  if (!parent) return false;
  if (parent.type === "var_spec") return parent.childrenForFieldName("name").some((n) => n.id === id.id);
  const holder = parent.type === "expression_list" ? parent.parent : null;
  if (!holder || field(holder, "left")?.id !== parent.id) return false;
  return holder.type === "short_var_declaration" || holder.type === "range_clause" && holder.child(1)?.type === ":=";
}
function hasParameter(fn, name2) {
  return namedChildren(field(fn, "parameters")).some((p) => p.childrenForFieldName("name").some((n) => n.text === name2));
}
function usesOutside(scope, expr, name2) {
  let uses = 0;
  walk(scope, (n) => {
    if (n.type === "import_declaration" || n.id === expr.id) return false;
    if (FUNCTION_TYPES.has(n.type) && hasParameter(n, name2)) return false;
    if ((n.type === "identifier" || n.type === "package_identifier") && n.text === name2 && !isLocalDeclaration(n)) uses++;
    return true;
  });
  return uses;
}
function declaresLocally(body2, name2) {
  let declared = false;
  walk(body2, (n) => {
    if (n.type === "identifier" && n.text === name2 && isLocalDeclaration(n)) declared = true;
    return !declared;
  });
  return declared;
}
function removableWithoutUnused(file, expr) {
  const fn = enclosingDeclaration(expr) ?? enclosingFunction(expr);
  const body2 = fn ? functionBody(fn) : null;
  if (!body2) return false;
  const names2 = /* @__PURE__ */ new Set();
  walk(expr, (n) => {
    if (n.type === "identifier") names2.add(n.text);
  });
  for (const name2 of names2) {
    if (declaresLocally(body2, name2)) {
      if (usesOutside(body2, expr, name2) === 0) return false;
    } else if (file.imports.pathOf(name2) && usesOutside(file.root, expr, name2) === 0) return false;
  }
  return true;
}
function firstArgumentEnd(text, first, next) {
  const comma = first.nextSibling;
  const comment = comma?.nextSibling;
  if (comma?.type !== "," || comment?.type !== "comment" || comment.startIndex >= next.startIndex) return nodeRange(next).start;
  const startsLine = lineIndent(text, first).length === first.startPosition.column;
  return startsLine ? nodeRange(comment).start : nodeRange(comma).end;
}
function newClientFix(file, call, selector) {
  const name2 = field(selector, "field");
  if (selector.type !== "selector_expression" || !name2) return [];
  const edits = [replaceNode(file, name2, NEW_CLIENT)];
  const args2 = callArguments(call);
  const targetArg = CLIENT_CONSTRUCTORS.get(name2.text).targetArg;
  if (targetArg > 0) {
    const [ctx, target] = [args2[0], args2[targetArg]];
    if (!ctx || !target || !removableWithoutUnused(file, ctx)) return [];
    edits.push({ file: file.path, range: { start: nodeRange(ctx).start, end: firstArgumentEnd(file.text, ctx, target) }, newText: "" });
  }
  return [{ title: FIX_TITLE, edits }];
}
var grpcDeprecatedDial = {
  meta: {
    id: "grpc-deprecated-dial",
    defaultSeverity: "hint",
    summary: "grpc.Dial, grpc.DialContext and grpc.WithBlock are deprecated since grpc-go v1.63: use grpc.NewClient.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    if (!seesGrpc(file) || !versionAtLeast(file.requiredVersion(GRPC_PKG2), NEW_CLIENT_SINCE)) return;
    walk(file.root, (node) => {
      if (node.type !== "call_expression") return true;
      const callee = file.callee(node);
      const fn = field(node, "function");
      if (callee?.pkg !== GRPC_PKG2 || !fn) return true;
      if (CLIENT_CONSTRUCTORS.get(callee.name)?.deprecated) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${NEW_CLIENT_SINCE}: use grpc.${NEW_CLIENT}, which resolves targets with the "dns" scheme by default and connects lazily`,
          fixes: newClientFix(file, node, fn)
        });
      } else if (DEPRECATED_DIAL_OPTIONS.has(callee.name)) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${NEW_CLIENT_SINCE} and ignored by grpc.${NEW_CLIENT}: a connection that is up at dial time can still fail later, so RPCs must handle Unavailable anyway`
        });
      }
      return true;
    });
  }
};

// server/src/engine/flow/request-scope.ts
var HTTP_PKG = "net/http";
var CONTEXT_PKG2 = "context";
function typeName(file, type) {
  if (!type) return null;
  const pointer = type.type === "pointer_type";
  const base = pointer ? type.namedChild(0) : type;
  if (!base) return null;
  if (base.type === "type_identifier") return { pkg: null, name: base.text, pointer };
  if (base.type !== "qualified_type") return null;
  const pkgNode = field(base, "package");
  const nameNode = field(base, "name");
  const pkg = pkgNode ? file.imports.pathOf(pkgNode.text) : void 0;
  return pkg && nameNode ? { pkg, name: nameNode.text, pointer } : null;
}
function parameterTypes(file, list) {
  const out2 = [];
  for (const decl of namedChildren(list)) {
    if (decl.type !== "parameter_declaration" && decl.type !== "variadic_parameter_declaration") continue;
    const type = typeName(file, field(decl, "type"));
    const names2 = Math.max(1, decl.childrenForFieldName("name").length);
    for (let i2 = 0; i2 < names2; i2++) out2.push(decl.type === "variadic_parameter_declaration" ? null : type);
  }
  return out2;
}
function is(t, pkg, name2, pointer) {
  return !!t && t.pkg === pkg && t.name === name2 && t.pointer === pointer;
}
var FRAMEWORK_REQUEST_TYPES = [
  { pkg: "github.com/gin-gonic/gin", name: "Context", pointer: true },
  { pkg: "github.com/labstack/echo/v4", name: "Context", pointer: false }
];
function isHttpHandler(params) {
  if (params.some((t) => FRAMEWORK_REQUEST_TYPES.some((f) => is(t, f.pkg, f.name, f.pointer)))) return true;
  return params.some((t) => is(t, HTTP_PKG, "ResponseWriter", false)) && params.some((t) => is(t, HTTP_PKG, "Request", true));
}
function isInterceptor(params) {
  return params.some((t) => !!t && t.pkg === GRPC_PKG2 && !t.pointer && INTERCEPTOR_NEXT_TYPES.has(t.name));
}
function structDeclaredInFile(file, name2) {
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "type_declaration") continue;
    for (const spec of namedChildren(decl)) {
      if (spec.type !== "type_spec" || field(spec, "name")?.text !== name2) continue;
      const type = field(spec, "type");
      return type?.type === "struct_type" ? type : null;
    }
  }
  return null;
}
function embedsUnimplementedServer(file, struct) {
  const fields = namedChildren(struct).find((c) => c.type === "field_declaration_list");
  return namedChildren(fields ?? null).some((decl) => {
    if (decl.type !== "field_declaration" || field(decl, "name")) return false;
    const embedded = typeName(file, field(decl, "type"));
    return !!embedded && embedded.pkg !== null && embedded.name.startsWith("Unimplemented") && embedded.name.endsWith("Server");
  });
}
function isGrpcMethod(file, method, params) {
  if (params.length !== 2 || !is(params[0], CONTEXT_PKG2, "Context", false)) return false;
  const request = params[1];
  if (!request?.pointer || request.pkg === null) return false;
  const results2 = parameterTypes(file, field(method, "result"));
  if (results2.length !== 2 || !results2[0]?.pointer || results2[0].pkg === null) return false;
  if (!is(results2[1], null, "error", false)) return false;
  const receiver = parameterTypes(file, field(method, "receiver"))[0];
  if (!receiver || receiver.pkg !== null) return false;
  const struct = structDeclaredInFile(file, receiver.name);
  return !!struct && embedsUnimplementedServer(file, struct);
}
function requestScopeOf(file, fn) {
  const params = parameterTypes(file, field(fn, "parameters"));
  if (isHttpHandler(params)) return "http-handler";
  if (isInterceptor(params)) return "grpc-interceptor";
  if (fn.type === "method_declaration" && isGrpcMethod(file, fn, params)) return "grpc-method";
  return null;
}

// server/src/engine/rules/grpc-dial-in-request.ts
var SCOPE_NAMES = {
  "http-handler": "an HTTP handler",
  "grpc-interceptor": "a gRPC interceptor",
  "grpc-method": "a gRPC service method"
};
var TERMINATING_CALLS = /* @__PURE__ */ new Map([
  ["log", /* @__PURE__ */ new Set(["Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"])],
  ["os", /* @__PURE__ */ new Set(["Exit"])]
]);
function terminates(file, stmt) {
  if (!stmt) return false;
  if (stmt.type === "return_statement") return true;
  if (stmt.type !== "expression_statement") return false;
  const call = stmt.namedChild(0);
  if (call?.type !== "call_expression") return false;
  const fn = field(call, "function");
  if (fn?.type === "identifier" && fn.text === "panic") return true;
  const callee = file.callee(call);
  return !!callee && !!TERMINATING_CALLS.get(callee.pkg)?.has(callee.name);
}
function isErrorCheck(file, stmt, errName) {
  if (stmt?.type !== "if_statement" || field(stmt, "initializer") || field(stmt, "alternative")) return false;
  const condition = field(stmt, "condition");
  const cond = condition ? unparen(condition) : null;
  if (cond?.type !== "binary_expression" || cond.childForFieldName("operator")?.text !== "!=") return false;
  const [left, right] = [field(cond, "left"), field(cond, "right")];
  if (left?.type !== "identifier" || left.text !== errName || right?.type !== "nil") return false;
  const body2 = blockStatements(field(stmt, "consequence"));
  return terminates(file, body2[body2.length - 1]);
}
function insideLoop(node, fn) {
  for (let n = node.parent; n && n.id !== fn.id; n = n.parent) if (n.type === "for_statement") return true;
  return false;
}
function deferCloseFix(file, site, local) {
  if (!local.err || insideLoop(local.statement, site.fn)) return [];
  const parent = local.statement.parent;
  if (!parent) return [];
  const siblings = blockStatements(parent.type === "statement_list" ? parent.parent : parent);
  const next = siblings[siblings.findIndex((s) => s.id === local.statement.id) + 1];
  if (!isErrorCheck(file, next, local.err.text)) return [];
  const statement = `defer ${local.conn.text}.Close()`;
  return [{ title: `Close the connection when the function returns: ${statement}`, edits: [insertStatementAfter(file, next, statement)] }];
}
function functionName(fn) {
  return fn.type === "func_literal" ? null : field(fn, "name")?.text ?? null;
}
var TEST_PREFIXES = ["Test", "Example", "Benchmark", "Fuzz"];
function runsOnce(file, fn) {
  const name2 = functionName(fn);
  if (fn.type !== "function_declaration" || !name2) return false;
  if (name2 === "main" || name2 === "init") return true;
  return file.path.endsWith("_test.go") && TEST_PREFIXES.some((prefix) => name2.startsWith(prefix));
}
var grpcDialInRequest = {
  meta: {
    id: "grpc-dial-in-request",
    defaultSeverity: "warning",
    summary: "A gRPC client connection created per request (in a handler or interceptor) or leaked on every call.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const site of findDialSites(file)) {
      const local = localConnOf(site);
      if (!local) continue;
      const fate = connFate(site, local);
      if (fate.escapes || fate.passed) continue;
      const dial = `grpc.${site.funcName}`;
      const scope = requestScopeOf(file, site.fn);
      const fixes2 = fate.closed || fate.kept ? [] : deferCloseFix(file, site, local);
      if (scope) {
        const cost = `${dial} in ${SCOPE_NAMES[scope]} opens a new client connection on every request (name resolution, TCP, TLS and HTTP/2 handshakes each time)`;
        const tail = fate.closed ? ": create it once at startup and share it" : ", and never closes it: one connection leaked per request";
        report({ node: site.callee, message: cost + tail, fixes: fixes2 });
        continue;
      }
      const name2 = functionName(site.fn);
      if (!name2 || runsOnce(file, site.fn) || fate.closed || fate.kept) continue;
      report({
        node: site.callee,
        message: `the connection from ${dial} is never closed and does not leave ${name2}: a connection and its goroutines leaked on every call`,
        fixes: fixes2
      });
    }
  }
};

// server/src/engine/rules/interceptor-context-dropped.ts
var interceptorContextDropped = {
  meta: {
    id: "interceptor-context-dropped",
    defaultSeverity: "error",
    summary: "handler/invoker/streamer is called with a context not derived from the incoming one.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      const flow = new ContextFlow(file, shape);
      for (const { call, argument } of droppedContextCalls(shape, flow)) {
        const next = shape.nextName ?? NEXT_ROLE[shape.kind];
        const replaced = flow.replaceableDrop(argument);
        const best = flow.bestContextAt(call);
        const fixes2 = replaced && best ? [{ title: `Pass ${best} on`, edits: [replaceNode(file, replaced, best)] }] : [];
        report({
          node: argument,
          message: `${next} is called with ${argument.text}, not with a context derived from the incoming one: its deadline, cancellation, metadata and trace spans are lost`,
          fixes: fixes2
        });
      }
    }
  }
};

// server/src/engine/go/imports.ts
function defaultImportName(importPath) {
  const parts2 = importPath.split("/");
  let last = parts2[parts2.length - 1] ?? importPath;
  if (/^v\d+$/.test(last) && parts2.length > 1) last = parts2[parts2.length - 2];
  const dot = last.indexOf(".");
  if (dot > 0) last = last.slice(0, dot);
  return last.replace(/-/g, "_").replace(/^go_/, "");
}
function stringLiteralValue(node) {
  const text = node.text;
  return text.length >= 2 ? text.slice(1, -1) : text;
}
function readImports(root) {
  const specs = [];
  const blocks = [];
  let packageClauseEnd = null;
  for (const decl of namedChildren(root)) {
    if (decl.type === "package_clause") packageClauseEnd = nodeRange(decl).end;
    if (decl.type !== "import_declaration") continue;
    for (const child of namedChildren(decl)) {
      const list = child.type === "import_spec_list" ? namedChildren(child) : [child];
      const blockSpecs = [];
      for (const specNode of list) {
        if (specNode.type !== "import_spec") continue;
        const pathNode = field(specNode, "path");
        if (!pathNode) continue;
        const importPath = stringLiteralValue(pathNode);
        const alias = field(specNode, "name");
        const spec = {
          path: importPath,
          name: alias ? alias.text : defaultImportName(importPath),
          explicitAlias: !!alias,
          range: nodeRange(specNode)
        };
        specs.push(spec);
        blockSpecs.push(spec);
      }
      if (child.type === "import_spec_list") blocks.push({ range: nodeRange(child), specs: blockSpecs });
    }
  }
  return { specs, blocks, packageClauseEnd };
}
var ImportTable = class {
  constructor(layout) {
    this.layout = layout;
    for (const spec of layout.specs) {
      if (spec.name !== "_" && spec.name !== ".") this.byName.set(spec.name, spec.path);
    }
  }
  layout;
  byName = /* @__PURE__ */ new Map();
  pathOf(localName) {
    return this.byName.get(localName);
  }
  /** The local name under which importPath is visible, if imported. */
  nameOf(importPath) {
    return this.layout.specs.find((s) => s.path === importPath && s.name !== "_")?.name;
  }
  has(importPath) {
    return this.layout.specs.some((s) => s.path === importPath);
  }
};

// server/src/engine/interceptors/fix-imports.ts
function overlaps(a, b) {
  const before2 = (x, y) => x.line < y.line || x.line === y.line && x.character < y.character;
  return before2(a.range.start, b.range.end) && before2(b.range.start, a.range.end);
}
function importsForFix(file, paths) {
  const names2 = /* @__PURE__ */ new Map();
  const edits = [];
  for (const importPath of paths) {
    const existing = file.imports.nameOf(importPath);
    if (existing && existing !== ".") {
      names2.set(importPath, existing);
      continue;
    }
    const name2 = defaultImportName(importPath);
    if (file.imports.pathOf(name2)) return null;
    names2.set(importPath, name2);
    edits.push(...addImportEdits(file, importPath));
  }
  for (let i2 = 0; i2 < edits.length; i2++) for (let j = i2 + 1; j < edits.length; j++) if (overlaps(edits[i2], edits[j])) return null;
  return { names: names2, edits };
}

// server/src/engine/rules/interceptor-goroutine-unrecovered.ts
function deferRecoverFix(file, literal) {
  const body2 = field(literal, "body");
  const first = namedChildren(body2)[0];
  if (!body2 || body2.startPosition.row === body2.endPosition.row || first && first.startPosition.row === body2.startPosition.row) return [];
  const imports = importsForFix(file, ["log"]);
  if (!imports) return [];
  const indent = `${lineIndent(file.text, body2)}	`;
  const text = `
${indent}defer func() {
${indent}	if r := recover(); r != nil {
${indent}		${imports.names.get("log")}.Printf("ctxlens: recovered panic in goroutine: %v", r)
${indent}	}
${indent}}()`;
  const row = body2.startPosition.row;
  const line = file.text.split("\n")[row] ?? "";
  const at = { line: row, character: line.endsWith("\r") ? line.length - 1 : line.length };
  return [{ title: "Recover panics inside the goroutine", edits: [{ file: file.path, range: { start: at, end: at }, newText: text }, ...imports.edits] }];
}
var interceptorGoroutineUnrecovered = {
  meta: {
    id: "interceptor-goroutine-unrecovered",
    defaultSeverity: "warning",
    summary: "A goroutine started in an interceptor without its own deferred recover(): the chain's recovery cannot catch its panics.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      walkOwnBody(shape.fn, (node) => {
        if (node.type !== "go_statement") return;
        const call = namedChildren(node).find((c) => c.type === "call_expression");
        const literal = call ? field(call, "function") : null;
        if (literal?.type !== "func_literal" || hasDeferredRecover(file, literal)) return;
        report({
          node: node.child(0) ?? node,
          message: `goroutine started in ${interceptorLabel(shape)} without its own deferred recover(): a panic in it kills the process, and no recovery interceptor can catch it`,
          fixes: deferRecoverFix(file, literal)
        });
      });
    }
  }
};

// server/src/engine/rules/interceptor-next-not-called.ts
var interceptorNextNotCalled = {
  meta: {
    id: "interceptor-next-not-called",
    defaultSeverity: "error",
    summary: "An interceptor never calls handler/invoker/streamer, or returns success without calling it on some path.",
    fixable: false
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      const paths = analyzeNextPaths(file, shape);
      const next = shape.nextName ?? NEXT_ROLE[shape.kind];
      const server2 = shape.kind.endsWith("server");
      const effect = server2 ? "the RPC succeeds without its handler ever running" : 'the call "succeeds" without ever being sent';
      if (paths.neverCalled) {
        report({ node: interceptorNameNode(shape), message: `${interceptorLabel(shape)} never calls ${next} but can return success: ${effect}` });
      }
      for (const ret of paths.emptyReturns) {
        report({ node: ret, message: `\`${ret.text}\` without calling ${next} on this path: ${effect}; return an error to reject the call` });
      }
    }
  }
};

// server/src/engine/rules/interceptor-panics.ts
var STATUS_PKG = "google.golang.org/grpc/status";
var CODES_PKG = "google.golang.org/grpc/codes";
var STRING_FORMATTERS = /* @__PURE__ */ new Set(["Sprintf", "Sprint", "Sprintln"]);
var ERROR_MAKERS = [
  { pkg: "errors", name: "New" },
  { pkg: "fmt", name: "Errorf" }
];
var SIMPLE_OPERANDS = /* @__PURE__ */ new Set(["interpreted_string_literal", "raw_string_literal", "identifier", "selector_expression", "call_expression"]);
function isStringLiteral(node) {
  return node.type === "interpreted_string_literal" || node.type === "raw_string_literal";
}
function concatenation(value) {
  const parts2 = [];
  let node = value;
  while (node.type === "binary_expression" && field(node, "operator")?.text === "+") {
    const right = field(node, "right");
    const left = field(node, "left");
    if (!right || !left || SIMPLE_OPERANDS.has(right.type) === false) return null;
    parts2.unshift(right);
    node = left;
  }
  if (parts2.length === 0 || !SIMPLE_OPERANDS.has(node.type)) return null;
  return [node, ...parts2];
}
function messageOf(file, value) {
  if (isStringLiteral(value) || file.isCallTo(value, "fmt", STRING_FORMATTERS)) return { text: value.text, needsFmt: false };
  const parts2 = concatenation(value);
  if (parts2?.some(isStringLiteral)) return { text: parts2.map((p) => p.text).join("+"), needsFmt: false };
  if (value.type === "identifier" && value.text === "err" || ERROR_MAKERS.some((e) => file.isCallTo(value, e.pkg, e.name))) {
    return { text: `${value.text}.Error()`, needsFmt: false };
  }
  return { text: `fmt.Sprint(${value.text})`, needsFmt: true };
}
function returnErrorFix(file, shape, call) {
  const statement = call.parent;
  const [value, extra] = callArguments(call);
  if (statement?.type !== "expression_statement" || !value || extra) return [];
  const message = messageOf(file, value);
  const imports = importsForFix(file, message.needsFmt ? [CODES_PKG, "fmt", STATUS_PKG] : [CODES_PKG, STATUS_PKG]);
  if (!imports) return [];
  const fmtName = imports.names.get("fmt");
  const text = fmtName && fmtName !== "fmt" ? `${fmtName}.${message.text.slice("fmt.".length)}` : message.text;
  const error = `${imports.names.get(STATUS_PKG)}.Error(${imports.names.get(CODES_PKG)}.Internal, ${text})`;
  const zeros = shape.kind === "unary-server" || shape.kind === "stream-client" ? "nil, " : "";
  return [{ title: `Return ${error} instead of panicking`, edits: [replaceNode(file, statement, `return ${zeros}${error}`), ...imports.edits] }];
}
var interceptorPanics = {
  meta: {
    id: "interceptor-panics",
    defaultSeverity: "warning",
    summary: "panic(...) in an interceptor: the process crashes unless a recovery interceptor runs before it.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      const effect = shape.kind.endsWith("server") ? "it crashes the whole server unless a recovery interceptor runs before this one" : "it crashes the calling process";
      for (const call of panicCalls(shape.fn)) {
        report({ node: call, message: `panic in ${interceptorLabel(shape)}: ${effect}; return a status error instead`, fixes: returnErrorFix(file, shape, call) });
      }
    }
  }
};

// server/src/engine/rules/interceptor-result-discarded.ts
function discards(call) {
  const parent = call.parent;
  if (parent?.type === "expression_statement") return true;
  const assignment = parent?.parent;
  if (parent?.type !== "expression_list" || assignment?.type !== "assignment_statement") return false;
  if (field(assignment, "right")?.id !== parent.id || namedChildren(parent).length !== 1) return false;
  return namedChildren(field(assignment, "left")).every((n) => n.type === "identifier" && n.text === "_");
}
var interceptorResultDiscarded = {
  meta: {
    id: "interceptor-result-discarded",
    defaultSeverity: "warning",
    summary: "An interceptor calls handler/invoker/streamer and drops its response and error.",
    fixable: false
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      const lost = shape.kind === "unary-server" ? "the handler's response and error never reach the client" : shape.kind === "stream-server" ? "the handler's error never reaches the client" : "the call's outcome is lost";
      for (const call of nextCalls(shape)) {
        if (discards(call)) report({ node: call, message: `the result of ${field(call, "function")?.text ?? "next"}(\u2026) is discarded: ${lost}` });
      }
    }
  }
};

// server/src/engine/interceptors/stream-context.ts
function mentions(node, names2) {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === "identifier" && names2.has(n.text)) found = true;
    return !found;
  });
  return found;
}
function wrapsStream(flow, shape, stream, derivedNames) {
  let wraps = false;
  const streamOnly = /* @__PURE__ */ new Set([stream]);
  walkOwnBody(shape.fn, (n) => {
    if (wraps) return;
    if (n.type === "composite_literal" && mentions(n, streamOnly)) wraps = true;
    if (n.type === "call_expression" && field(n, "function")?.text !== shape.nextName && !flow.isDeriverCall(n)) {
      if (callArguments(n).some((a) => a.type === "identifier" && a.text === stream)) wraps = true;
    }
    if (n.type === "assignment_statement") {
      const left = namedChildren(field(n, "left"));
      const right = field(n, "right");
      if (left.some((l) => l.type === "selector_expression") && right && mentions(right, derivedNames)) wraps = true;
    }
  });
  return wraps;
}
function addsForHandler(file, b) {
  if (!b.value) return false;
  return file.isCallTo(b.value, "context", "WithValue") || file.isCallTo(b.value, METADATA_PKG, METADATA_DERIVERS) || isSpanStart(b);
}
function usedForSideCall(flow, shape, name2) {
  let used = false;
  walkOwnBody(shape.fn, (n) => {
    if (used || n.type !== "call_expression" || flow.isDeriverCall(n) || field(n, "function")?.text === shape.nextName) return;
    if (callArguments(n).some((a) => a.type === "identifier" && a.text === name2)) used = true;
  });
  return used;
}
function lostStreamContexts(file, shape) {
  const stream = shape.streamName;
  if (shape.kind !== "stream-server" || !stream || !shape.nextName || nextEscapes(shape)) return [];
  const flow = new ContextFlow(file, shape);
  const derived = flow.derivedBindings().filter((b) => addsForHandler(file, b) && !usedForSideCall(flow, shape, b.name));
  if (derived.length === 0 || wrapsStream(flow, shape, stream, new Set(derived.map((d) => d.name)))) return [];
  const out2 = [];
  for (const call of nextCalls(shape)) {
    const argument = callArguments(call)[1];
    if (argument?.type !== "identifier" || argument.text !== stream) continue;
    const visible = derived.filter((d) => d.statement.endIndex <= call.startIndex && visibleAt(d.statement, call));
    const latest = visible[visible.length - 1];
    if (latest) out2.push({ streamArgument: argument, derived: latest });
  }
  return out2;
}

// server/src/engine/rules/interceptor-stream-context-lost.ts
var WRAPPER = "wrappedStream";
function topLevel(file, type) {
  return namedChildren(file.root).filter((n) => n.type === type);
}
function hasOwnWrapper(file) {
  const spec = topLevel(file, "type_declaration").flatMap((d) => namedChildren(d)).find((s) => s.type === "type_spec" && field(s, "name")?.text === WRAPPER);
  const fields = namedChildren(namedChildren(field(spec ?? file.root, "type"))[0] ?? null);
  if (!spec || fields.length !== 2) return false;
  const [embedded, ctx] = fields;
  const embeddedType = embedded && field(embedded, "type");
  if (!embeddedType || field(embedded, "name") || !embeddedType.text.endsWith(".ServerStream")) return false;
  if (field(ctx, "name")?.text !== "ctx" || !field(ctx, "type")?.text.endsWith(".Context")) return false;
  return topLevel(file, "method_declaration").some((m) => field(m, "name")?.text === "Context" && field(m, "receiver")?.text.includes(WRAPPER));
}
function typeNameInUse(file, name2) {
  let used = false;
  walk(file.root, (n) => {
    if (used) return false;
    if ((n.type === "type_identifier" || n.type === "identifier") && n.text === name2) used = true;
    return !used;
  });
  return used;
}
function wrapFix2(file, lost) {
  const imports = importsForFix(file, ["context", GRPC_PKG]);
  if (!imports) return [];
  const reuse = hasOwnWrapper(file);
  const wrapper = reuse || !typeNameInUse(file, WRAPPER) ? WRAPPER : freshName(file.root, WRAPPER);
  const stream = lost.streamArgument.text;
  const edits = [replaceNode(file, lost.streamArgument, `&${wrapper}{${stream}, ${lost.derived.name}}`)];
  if (!reuse) {
    const grpc = imports.names.get(GRPC_PKG);
    const context = imports.names.get("context");
    const lines2 = file.text.split("\n");
    const at = { line: lines2.length - 1, character: lines2[lines2.length - 1].length };
    const lead = file.text.endsWith("\n") ? "\n" : "\n\n";
    const declaration = `${lead}// ${wrapper} is a ${grpc}.ServerStream whose Context() returns a derived context.
type ${wrapper} struct {
	${grpc}.ServerStream
	ctx ${context}.Context
}

func (w *${wrapper}) Context() ${context}.Context { return w.ctx }
`;
    edits.push({ file: file.path, range: { start: at, end: at }, newText: declaration }, ...imports.edits);
  }
  return [{ title: `Wrap ${stream} so Context() returns ${lost.derived.name}`, edits }];
}
var interceptorStreamContextLost = {
  meta: {
    id: "interceptor-stream-context-lost",
    defaultSeverity: "warning",
    summary: "A stream server interceptor derives a new ctx from ss.Context() but passes the original stream on.",
    fixable: true
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsToCheck(file)) {
      for (const lost of lostStreamContexts(file, shape)) {
        const stream = lost.streamArgument.text;
        report({
          node: lost.streamArgument,
          message: `${lost.derived.name} is derived from ${stream}.Context() but ${stream} is passed on unchanged: the handler's ${stream}.Context() never carries what was added to ${lost.derived.name}`,
          fixes: wrapFix2(file, lost),
          related: [{ file: file.path, range: nodeRange(lost.derived.nameNode), message: `${lost.derived.name} is derived here` }]
        });
      }
    }
  }
};

// server/src/engine/rules/index.ts
var RULES = [ctxBackgroundInRequest, ctxCancelDiscarded, ctxCancelNotCalled, ctxDeferCancelInLoop, ctxNil, ctxTimeoutExceedsParent, ctxValueBuiltinKey, grpcDeprecatedDial, grpcDialInRequest, interceptorContextDropped, interceptorGoroutineUnrecovered, interceptorNextNotCalled, interceptorPanics, interceptorResultDiscarded, interceptorStreamContextLost].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
var FILE_RULES = RULES.filter((r) => r.scope === "file");
var WORKSPACE_RULES = RULES.filter((r) => r.scope === "workspace");
var RULE_IDS = new Set(RULES.map((r) => r.meta.id));

// server/src/engine/source-file.ts
var SourceFile = class {
  constructor(path7, text, root, module2, packagePath) {
    this.path = path7;
    this.text = text;
    this.root = root;
    this.module = module2;
    this.packagePath = packagePath;
    this.imports = new ImportTable(readImports(root));
    const clause = root.namedChildren.find((c) => c?.type === "package_clause");
    this.packageName = clause?.namedChild(0)?.text ?? "";
  }
  path;
  text;
  root;
  module;
  packagePath;
  imports;
  packageName;
  /** A required module's version from go.mod, if any. */
  requiredVersion(modulePath) {
    return this.module?.mod.requires.get(modulePath);
  }
  get goVersion() {
    return this.module?.mod.goVersion ?? null;
  }
  /**
   * What an expression names: `pkg.Name` through the imports, or a bare identifier as a
   * name of this file's own package. Null for anything else (method values, locals).
   */
  qualify(expr) {
    const node = unparen(expr);
    const parts2 = selectorParts(node);
    if (parts2) {
      const importPath = this.imports.pathOf(parts2[0]);
      return importPath ? { pkg: importPath, name: parts2[1] } : null;
    }
    if (node.type === "identifier" && this.packagePath) return { pkg: this.packagePath, name: node.text };
    return null;
  }
  /** The qualified callee of a call_expression (`context.WithCancel(...)` → context/WithCancel). */
  callee(call) {
    if (call.type !== "call_expression") return null;
    const fn = field(call, "function");
    return fn ? this.qualify(fn) : null;
  }
  /** True when call calls one of names in package pkg. */
  isCallTo(call, pkg, names2) {
    const callee = this.callee(call);
    if (!callee || callee.pkg !== pkg) return false;
    return typeof names2 === "string" ? callee.name === names2 : names2.has(callee.name);
  }
};

// server/src/engine/analyzer.ts
var Analyzer = class _Analyzer {
  constructor(parser) {
    this.parser = parser;
  }
  parser;
  modules = new ModuleResolver();
  static async create() {
    return new _Analyzer(await GoParser.load());
  }
  sourceFile(path7, text, tree) {
    return new SourceFile(path7, text, tree.rootNode, this.modules.moduleFor(path7), this.modules.packagePathFor(path7));
  }
  /** Analyses text; the returned tree belongs to the caller (keep it for incremental parsing, or delete it). */
  analyze(path7, text, config, oldTree) {
    const tree = this.parser.parse(text, oldTree);
    return { analysis: analyzeFile(this.sourceFile(path7, text, tree), FILE_RULES, config), tree };
  }
};

// server/src/engine/index/discover.ts
var fs4 = __toESM2(require("node:fs"));
var path3 = __toESM2(require("node:path"));

// server/src/engine/index/glob.ts
function globToRegExp(glob) {
  let out2 = "";
  for (let i2 = 0; i2 < glob.length; i2++) {
    const ch = glob[i2];
    if (ch === "*") {
      if (glob[i2 + 1] === "*") {
        const slash = glob[i2 + 2] === "/";
        out2 += slash ? "(?:.*/)?" : ".*";
        i2 += slash ? 2 : 1;
      } else out2 += "[^/]*";
    } else if (ch === "?") out2 += "[^/]";
    else out2 += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out2}$`);
}
function matchesAny(relPath, globs) {
  if (globs.length === 0) return false;
  const parts2 = relPath.split("/");
  for (let i2 = parts2.length; i2 > 0; i2--) {
    const prefix = parts2.slice(0, i2).join("/");
    if (globs.some((g) => g.test(prefix))) return true;
  }
  return false;
}

// server/src/engine/index/discover.ts
function isSkippedDir(name2) {
  return name2 === "vendor" || name2 === "testdata" || name2 === "node_modules" || name2.startsWith(".") || name2.startsWith("_");
}
function discoverGoFiles(roots, options) {
  const globs = options.exclude.map(globToRegExp);
  const found = /* @__PURE__ */ new Set();
  const excluded = (p) => matchesAny(path3.relative(options.base, p).split(path3.sep).join("/"), globs);
  const stack = [];
  for (const root of roots) {
    const stat = fs4.statSync(root);
    if (stat.isFile()) {
      if (root.endsWith(".go")) found.add(path3.resolve(root));
    } else stack.push(path3.resolve(root));
  }
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = fs4.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path3.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name) && !excluded(full)) stack.push(full);
      } else if (entry.isFile() && entry.name.endsWith(".go") && !excluded(full)) found.add(full);
    }
  }
  return [...found].sort();
}

// server/src/engine/read-source.ts
var fs5 = __toESM2(require("node:fs"));

// server/src/engine/go/generated.ts
var HEADER_SCAN_LIMIT = 64 * 1024;
function isGeneratedSource(text) {
  const head = text.length > HEADER_SCAN_LIMIT ? text.slice(0, HEADER_SCAN_LIMIT) : text;
  for (const rawLine of head.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (line.startsWith("// Code generated ") && line.endsWith(" DO NOT EDIT.")) return true;
    if (line.startsWith("package ")) return false;
  }
  return false;
}
function looksBinary(bytes) {
  const end = Math.min(bytes.length, 8192);
  for (let i2 = 0; i2 < end; i2++) if (bytes[i2] === 0) return true;
  return false;
}

// server/src/engine/read-source.ts
var MAX_SOURCE_BYTES = 16 * 1024 * 1024;
function readGoSource(file, includeGenerated) {
  let bytes;
  try {
    bytes = fs5.readFileSync(file);
  } catch (error) {
    return { skipped: `cannot read: ${error.code ?? error.message}` };
  }
  return checkSource(bytes, includeGenerated);
}
function checkSource(bytes, includeGenerated) {
  if (bytes.length > MAX_SOURCE_BYTES) return { skipped: `larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MiB` };
  if (looksBinary(bytes)) return { skipped: "binary content, not Go source" };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (!includeGenerated && isGeneratedSource(text)) return { skipped: "generated code" };
  return { text };
}

// server/src/engine/types.ts
function comparePositions(a, b) {
  return a.line - b.line || a.character - b.character;
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return comparePositions(a.range.start, b.range.start) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// server/src/engine/workspace.ts
var Workspace = class {
  facts = /* @__PURE__ */ new Map();
  fileFindings = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  functionsStale = true;
  get files() {
    return this.facts;
  }
  setFile(facts, findings) {
    this.facts.set(facts.path, facts);
    this.fileFindings.set(facts.path, findings);
    this.functionsStale = true;
  }
  removeFile(path7) {
    this.facts.delete(path7);
    this.fileFindings.delete(path7);
    this.functionsStale = true;
  }
  findFunction(pkg, name2) {
    if (this.functionsStale) this.indexFunctions();
    return this.functions.get(`${pkg}\0${name2}`);
  }
  /** All findings: the stored file-rule findings plus a fresh run of the workspace rules. */
  findings(rules, config) {
    const result = this.runWorkspaceRules(rules, config);
    for (const list of this.fileFindings.values()) result.findings.push(...list);
    result.findings.sort(compareFindings);
    return result;
  }
  /** The stored file-rule findings of one file (the server republishes files one at a time). */
  fileFindingsOf(path7) {
    return this.fileFindings.get(path7) ?? [];
  }
  /** A fresh run of the workspace rules only, unsorted. */
  runWorkspaceRules(rules, config) {
    const findings = [];
    const problems = [];
    for (const rule of rules) {
      if (config.rules[rule.meta.id] === "off") continue;
      try {
        rule.check({
          facts: this,
          config,
          report: (report) => {
            const suppressions = this.facts.get(report.file)?.suppressions;
            if (suppressions && isSuppressed(suppressions, report.range.start.line, rule.meta.id)) return;
            const finding = toFinding(rule.meta, report, report.file, report.range, config);
            if (finding) findings.push(finding);
          }
        });
      } catch (error) {
        problems.push(`rule ${rule.meta.id} failed: ${error.message}`);
      }
    }
    return { findings, problems };
  }
  indexFunctions() {
    this.functions.clear();
    for (const file of this.facts.values()) {
      if (!file.packagePath) continue;
      for (const fn of file.functions) {
        if (fn.receiver === null) this.functions.set(`${file.packagePath}\0${fn.name}`, fn);
      }
    }
    this.functionsStale = false;
  }
};

// server/src/engine/check.ts
async function checkPaths(roots, config, base) {
  const analyzer = await Analyzer.create();
  const workspace = new Workspace();
  const skipped = [];
  const problems = [];
  let filesAnalysed = 0;
  for (const file of discoverGoFiles(roots, { exclude: config.exclude, base })) {
    const read = readGoSource(file, config.includeGenerated);
    if ("skipped" in read) {
      skipped.push({ file, reason: read.skipped });
      continue;
    }
    const { analysis, tree } = analyzer.analyze(file, read.text, config);
    tree.delete();
    workspace.setFile(analysis.facts, analysis.findings);
    problems.push(...analysis.problems);
    filesAnalysed++;
  }
  const result = workspace.findings(WORKSPACE_RULES, config);
  return { findings: result.findings, filesAnalysed, skipped, problems: [...problems, ...result.problems] };
}

// server/src/engine/config.ts
function defaultConfig() {
  return { rules: {}, exclude: [], includeGenerated: false };
}

// test/support/apply-edits.ts
function offsetAt(text, line, character) {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + character;
}
function applyEdits(text, edits) {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.range.start.line, e.range.start.character), end: offsetAt(text, e.range.end.line, e.range.end.character), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i2 = 1; i2 < spans.length; i2++) {
    if (spans[i2].start < spans[i2 - 1].end) throw new Error("overlapping edits");
  }
  let out2 = text;
  for (const span of [...spans].reverse()) out2 = out2.slice(0, span.start) + span.newText + out2.slice(span.end);
  return out2;
}

// test/e2e/code-server/files.ts
var fs6 = __toESM2(require("node:fs"));
var path4 = __toESM2(require("node:path"));
function untilFile(file, ready2, timeoutMs, what) {
  return new Promise((resolve4, reject) => {
    let last = "";
    const check = () => {
      try {
        last = fs6.readFileSync(file, "utf8");
      } catch {
        return false;
      }
      return ready2(last);
    };
    const finish = (settle) => {
      watcher.close();
      clearTimeout(timer);
      settle();
    };
    const watcher = fs6.watch(path4.dirname(file), (_event, name2) => {
      if (name2 === path4.basename(file) && check()) finish(() => resolve4(last));
    });
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${file})`))), timeoutMs);
    if (check()) finish(() => resolve4(last));
  });
}

// test/e2e/code-server/server.ts
var import_node_child_process = require("node:child_process");
var fs7 = __toESM2(require("node:fs"));
var path5 = __toESM2(require("node:path"));
function codeServerIn(cache2) {
  const install = {
    node: path5.join(cache2, "node24", "node_modules", "node", "bin", "node"),
    entry: path5.join(cache2, "code-server", "node_modules", "code-server", "out", "node", "entry.js")
  };
  for (const file of Object.values(install)) if (!fs7.existsSync(file)) throw new Error(`${file} is missing: run scripts/setup-e2e.sh`);
  return install;
}
var SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "window.commandCenter": false,
  "editor.minimap.enabled": false,
  "files.autoSave": "off",
  "git.enabled": false
};
var CodeServer = class {
  constructor(install, home) {
    this.install = install;
    this.userDataDir = path5.join(home, "user-data");
    this.extensionsDir = path5.join(home, "extensions");
    this.config = path5.join(home, "config.yaml");
    fs7.mkdirSync(path5.join(this.userDataDir, "User"), { recursive: true });
    fs7.mkdirSync(this.extensionsDir, { recursive: true });
    fs7.writeFileSync(this.config, "auth: none\ncert: false\n");
    fs7.writeFileSync(path5.join(this.userDataDir, "User", "settings.json"), JSON.stringify(SETTINGS, null, 2));
  }
  install;
  process;
  userDataDir;
  extensionsDir;
  config;
  args() {
    return [
      this.install.entry,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--config",
      this.config,
      "--user-data-dir",
      this.userDataDir,
      "--extensions-dir",
      this.extensionsDir
    ];
  }
  /** Installs a .vsix the way a user would (`code-server --install-extension`). */
  installExtension(vsix2) {
    return (0, import_node_child_process.execFileSync)(this.install.node, [...this.args(), "--install-extension", vsix2], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  }
  /** Starts the server on a free port; resolves with its URL once it says it is listening. */
  start(env, log) {
    const child = (0, import_node_child_process.spawn)(this.install.node, [...this.args(), "--bind-addr", "127.0.0.1:0"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    this.process = child;
    if (process.env.CTXLENS_E2E_PIDFILE && child.pid) fs7.writeFileSync(process.env.CTXLENS_E2E_PIDFILE, String(child.pid));
    child.stderr.pipe(log);
    return new Promise((resolve4, reject) => {
      let seen = "";
      child.stdout.on("data", (chunk) => {
        log.write(chunk);
        seen += chunk.toString("utf8");
        const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (listening) resolve4(`${listening[1]}/`);
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => reject(new Error(`code-server exited (${code ?? signal}) before listening; see its log`)));
    });
  }
  get pid() {
    return this.process?.pid;
  }
  /** Ends code-server and everything it started (its process group). */
  async stop() {
    const child = this.process;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve4) => child.once("exit", () => resolve4()));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }, 5e3);
    await exited;
    clearTimeout(timer);
    if (process.env.CTXLENS_E2E_PIDFILE) fs7.writeFileSync(process.env.CTXLENS_E2E_PIDFILE, "");
  }
};

// test/e2e/code-server/workbench.ts
var CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];
var VIEWPORT = { width: 1400, height: 900 };
async function openFolder(page, serverUrl2, folder) {
  await page.goto(`${serverUrl2}?folder=${encodeURIComponent(folder)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 12e4 });
  await page.locator(".explorer-folders-view .monaco-list-row").first().waitFor({ timeout: 12e4 });
}
async function runCommand(page, label) {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`>${label}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: label }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}
async function openFile(page, relativePath) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(relativePath);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: relativePath.split("/").pop() }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page.locator(".editor-instance .monaco-editor .view-lines").first().waitFor();
}
async function goTo(page, line, column) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

// test/e2e/code-server.e2e.ts
var REPO = path6.resolve(__dirname, "..", "..");
var ARTIFACTS = path6.join(REPO, "test-results", "e2e");
var SUITE_TIMEOUT_MS = 8 * 6e4;
var manifest = JSON.parse(fs8.readFileSync(path6.join(REPO, "package.json"), "utf8"));
var vsix = process.env.CTXLENS_VSIX ?? path6.join(REPO, `${manifest.name}-${manifest.version}.vsix`);
var cache = process.env.CTXLENS_E2E_CACHE ?? path6.join(os.homedir(), ".cache", "ctxlens-e2e");
var scratch = fs8.mkdtempSync(path6.join(os.tmpdir(), "ctxlens-e2e-"));
var suiteWorkspace = copyExamples("suite");
var uiWorkspace = copyExamples("ui");
var results = path6.join(scratch, "results.json");
var server = new CodeServer(codeServerIn(cache), path6.join(scratch, "code-server"));
var serverUrl = "";
var browser;
function copyExamples(name2) {
  const target = path6.join(scratch, "workspaces", name2, "examples");
  fs8.cpSync(path6.join(REPO, "examples"), target, { recursive: true });
  return target;
}
function packDriver() {
  const out2 = path6.join(scratch, "ctxlens-e2e-driver.vsix");
  const vsce = path6.join(REPO, "node_modules", "@vscode", "vsce", "vsce");
  (0, import_node_child_process2.execFileSync)(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--skip-license", "--out", out2], { cwd: path6.join(REPO, "test", "e2e", "driver"), stdio: "ignore" });
  return out2;
}
async function newPage() {
  assert.ok(browser);
  const context = await browser.newContext({ viewport: VIEWPORT });
  return context.newPage();
}
async function screenshot(page, name2) {
  await page.screenshot({ path: path6.join(ARTIFACTS, `${name2}.png`) });
}
(0, import_node_test.before)(async () => {
  assert.ok(fs8.existsSync(vsix), `${vsix} exists (npm run package)`);
  fs8.mkdirSync(ARTIFACTS, { recursive: true });
  server.installExtension(vsix);
  server.installExtension(packDriver());
  const log = fs8.createWriteStream(path6.join(ARTIFACTS, "code-server.log"));
  serverUrl = await server.start(
    {
      ...process.env,
      CTXLENS_E2E_WORKSPACE: suiteWorkspace,
      CTXLENS_E2E_SUITE: path6.join(__dirname, "suite", "index.js"),
      CTXLENS_E2E_RESULTS: results
    },
    log
  );
  browser = await import_playwright_core.chromium.launch({ executablePath: process.env.CTXLENS_CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
(0, import_node_test.after)(async () => {
  await browser?.close();
  await server.stop();
  fs8.rmSync(scratch, { recursive: true, force: true });
});
(0, import_node_test.test)("the suite in the extension host of code-server", async (t) => {
  const page = await newPage();
  await openFolder(page, serverUrl, suiteWorkspace);
  const report = JSON.parse(await untilFile(results, (text) => text.length > 0, SUITE_TIMEOUT_MS, "the suite results"));
  await screenshot(page, "suite-window");
  await page.context().close();
  assert.equal(report.error, void 0, report.error);
  assert.ok(report.tests.length > 0, "the suite ran tests");
  for (const result of report.tests) {
    await t.test(result.title, (sub) => {
      if (result.state === "pending") return sub.skip();
      assert.equal(result.state, "passed", result.error);
    });
  }
});
async function engineFindings(root) {
  return (await checkPaths([root], defaultConfig(), root)).findings;
}
var SEVERITY_LABELS = { error: "Error", warning: "Warning", info: "Info" };
(0, import_node_test.test)("the Problems panel lists the findings of the example workspace", async () => {
  const shown = (await engineFindings(uiWorkspace)).filter((f) => f.severity !== "hint");
  assert.ok(shown.length > 0);
  const labels = shown.map((f) => `${SEVERITY_LABELS[f.severity]}: ${f.message} at line ${f.range.start.line + 1} and character ${f.range.start.character + 1}`);
  const page = await newPage();
  await openFolder(page, serverUrl, uiWorkspace);
  await page.keyboard.press("Control+Shift+M");
  await runCommand(page, "View: Toggle Maximized Panel");
  await page.locator(`#markers-panel-arialabel[aria-label="Showing ${shown.length} problems"]`).waitFor({ state: "attached", timeout: 12e4 });
  const missing = await page.waitForFunction(
    (expected) => {
      const rows = [...document.querySelectorAll(".markers-panel .monaco-list-row")].map((row) => row.getAttribute("aria-label") ?? "");
      const absent = expected.filter((label) => !rows.some((row) => row.startsWith(label)));
      return absent.length === 0 ? true : void 0;
    },
    labels,
    { timeout: 3e4 }
  ).then(() => []).catch(async () => {
    const rows = await page.locator(".markers-panel .monaco-list-row").evaluateAll((all) => all.map((row) => row.getAttribute("aria-label")));
    return labels.filter((label) => !rows.some((row) => row?.startsWith(label)));
  });
  await screenshot(page, "problems-panel");
  await runCommand(page, "View: Toggle Maximized Panel");
  await page.context().close();
  assert.deepEqual(missing, [], "rows missing from the Problems panel");
});
(0, import_node_test.test)("the light bulb quick fix changes the file", async () => {
  const finding = (await engineFindings(uiWorkspace)).find((f) => f.fixes.length > 0 && f.fixes[0].edits.every((e) => e.file === f.file));
  assert.ok(finding, "the example workspace has a fixable finding");
  const fix = finding.fixes[0];
  const expected = applyEdits(fs8.readFileSync(finding.file, "utf8"), fix.edits);
  const page = await newPage();
  await openFolder(page, serverUrl, uiWorkspace);
  await openFile(page, path6.relative(uiWorkspace, finding.file));
  await goTo(page, finding.range.start.line + 1, 1);
  await page.locator('.monaco-editor .view-overlays [class*="squiggly-"]').first().waitFor({ state: "attached", timeout: 12e4 });
  await goTo(page, finding.range.start.line + 1, finding.range.start.character + 1);
  const bulb = page.locator(".editor-instance .lightBulbWidget");
  await bulb.waitFor({ timeout: 6e4 });
  await bulb.click();
  const item = page.locator(".action-widget .monaco-list-row", { hasText: fix.title });
  await item.waitFor();
  await screenshot(page, "light-bulb-fix");
  await item.click();
  await page.keyboard.press("Control+S");
  await untilFile(finding.file, (text) => text === expected, 6e4, "the fixed file on disk");
  await screenshot(page, "after-fix");
  await page.context().close();
});
//# sourceMappingURL=code-server.e2e.js.map
