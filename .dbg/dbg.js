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
    for (let key2 of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key2) && key2 !== except)
        __defProp2(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc2(from, key2)) || desc.enumerable });
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS2({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS2({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path7, { windows } = {}) => {
      const segs = path7.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS2({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS2({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens2[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens2.length; i2++) {
            tokens2[i2].value = "";
            tokens2[i2].output = "";
            delete tokens2[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens2.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS2({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS2({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

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
        for (let key2 of __getOwnPropNames(from))
          if (!__hasOwnProp.call(to, key2) && key2 !== except)
            __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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
                    return new Promise((resolve2, reject) => {
                      var xhr = new XMLHttpRequest();
                      xhr.open("GET", url, true);
                      xhr.responseType = "arraybuffer";
                      xhr.onload = () => {
                        if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                          resolve2(xhr.response);
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
                return new Promise((resolve2, reject) => {
                  Module["instantiateWasm"](info2, (mod, inst) => {
                    resolve2(receiveInstance(mod, inst));
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
              function failIf(condition, message4) {
                if (condition) throw new Error(message4);
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
                const message4 = UTF8ToString(messageAddress);
                Module.currentLogCallback(message4, isLexMessage !== 0);
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
              moduleRtn = new Promise((resolve2, reject) => {
                readyPromiseResolve = resolve2;
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
        const functionName2 = symbolNames.find((key2) => LANGUAGE_FUNCTION_REGEX.test(key2) && !key2.includes("external_scanner_"));
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
          const test = isPositive ? matches : doesNotMatch;
          return matchAll ? nodes.every(test) : nodes.some(test);
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
        const test = /* @__PURE__ */ __name((text, positive) => {
          return positive ? regex.test(text) : !regex.test(text);
        }, "test");
        if (nodes.length === 0) return !isPositive;
        return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
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

// server/src/engine/go/syntax.ts
function nodeRange(node) {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column }
  };
}
function walk(root, visit2) {
  const cursor = root.walk();
  try {
    let descend = visit2(cursor.currentNode) !== false;
    for (; ; ) {
      if (descend && cursor.gotoFirstChild()) {
        descend = visit2(cursor.currentNode) !== false;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || cursor.currentNode.id === root.id) return;
      }
      descend = visit2(cursor.currentNode) !== false;
    }
  } finally {
    cursor.delete();
  }
}
function containsNode(outer, inner) {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}
var FUNCTION_TYPES = /* @__PURE__ */ new Set(["function_declaration", "method_declaration", "func_literal"]);
function enclosingFunction(node) {
  let found = null;
  descendToward(node, FUNCTION_TYPES, (fn) => {
    found = fn;
    return true;
  });
  return found;
}
var DECLARATION_TYPES = /* @__PURE__ */ new Set(["function_declaration", "method_declaration"]);
function enclosingDeclaration(node) {
  let found = null;
  descendToward(node, DECLARATION_TYPES, (decl) => {
    found = decl;
    return false;
  });
  return found;
}
function descendToward(node, types, visit2) {
  const { startIndex, endIndex, id } = node;
  const cursor = node.tree.walk();
  try {
    do {
      if (cursor.nodeId === id) return;
      if (!types.has(cursor.nodeType)) continue;
      if (cursor.startIndex > startIndex || cursor.endIndex < endIndex) return;
      if (!visit2(cursor.currentNode)) return;
    } while (cursor.gotoFirstChildForIndex(startIndex));
  } finally {
    cursor.delete();
  }
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
function callOfSelectorField(name2) {
  const selector = name2.parent;
  if (name2.type !== "field_identifier" || selector?.type !== "selector_expression") return null;
  const call = selector.parent;
  return call?.type === "call_expression" && field(call, "function")?.id === selector.id ? call : null;
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

// server/src/engine/go/type-text.ts
function qualifiedTypeText(file, type) {
  let stars = "";
  let base = type;
  for (let inner = base.namedChild(0); base.type === "pointer_type" && inner; inner = base.namedChild(0)) {
    stars += "*";
    base = inner;
  }
  if (base.type === "qualified_type") {
    const pkg = field(base, "package");
    const name2 = field(base, "name");
    const importPath = pkg ? file.imports.pathOf(pkg.text) : void 0;
    if (importPath && name2) return `${stars}${importPath}.${name2.text}`;
  }
  return stars + base.text;
}

// server/src/engine/knowledge/context-api.ts
var CONTEXT_PKG = "context";
var CONTEXT_TYPE = `${CONTEXT_PKG}.Context`;
var CANCEL_FUNCS = /* @__PURE__ */ new Map([
  ["WithCancel", { callText: "cancel()", expiry: null }],
  ["WithTimeout", { callText: "cancel()", expiry: "timeout" }],
  ["WithDeadline", { callText: "cancel()", expiry: "deadline" }],
  ["WithCancelCause", { callText: "cancel(nil)", expiry: null }],
  ["WithTimeoutCause", { callText: "cancel()", expiry: "timeout" }],
  ["WithDeadlineCause", { callText: "cancel()", expiry: "deadline" }]
]);
function heldWithContext(funcName) {
  return CANCEL_FUNCS.get(funcName)?.expiry ? "its timer" : "its entry in the parent's children";
}
function livesUntil(funcName) {
  const expiry = CANCEL_FUNCS.get(funcName)?.expiry;
  if (expiry === "timeout") return "the timeout fires (or the parent is cancelled first)";
  if (expiry === "deadline") return "the deadline passes (or the parent is cancelled first)";
  return "the parent is cancelled";
}
var ROOT_CONTEXT_FUNCS = /* @__PURE__ */ new Set(["Background", "TODO"]);

// server/src/engine/interceptors/own-body.ts
function walkOwnBody(fn, visit2) {
  const body2 = functionBody(fn);
  if (!body2) return;
  walk(body2, (node) => {
    if (node.type === "func_literal") return false;
    visit2(node);
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
  let names4 = [];
  let values = [];
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement" && stmt.children.some((c) => c?.type === "=")) {
    names4 = namedChildren(field(stmt, "left"));
    values = namedChildren(field(stmt, "right"));
  } else if (stmt.type === "var_spec") {
    names4 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    values = namedChildren(field(stmt, "value"));
  } else if (stmt.type === "range_clause" || stmt.type === "receive_statement") {
    names4 = namedChildren(field(stmt, "left"));
  } else if (stmt.type === "type_switch_statement") {
    names4 = namedChildren(field(stmt, "alias"));
  }
  const out2 = [];
  names4.forEach((nameNode, i2) => {
    if (nameNode.type !== "identifier" || nameNode.text === "_") return;
    const single = values.length === 1 && names4.length > 1;
    out2.push({ name: nameNode.text, nameNode, value: single ? values[0] : values[i2] ?? null, index: single ? i2 : 0, statement: stmt });
  });
  return out2;
}
function parameterNames(list) {
  return namedChildren(list).flatMap(
    (d) => d.childrenForFieldName("name").filter((n) => n !== null).map((n) => n.text)
  );
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
    if (call?.type !== "call_expression") return false;
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
    const consequence2 = field(stmt, "consequence");
    const alternative = field(stmt, "alternative");
    const branches = [consequence2 ? this.statement(consequence2, c) : { called: c, terminates: false }];
    branches.push(alternative ? this.statement(alternative, c) : { called: c, terminates: false });
    return join(branches);
  }
  forStatement(stmt, calledIn) {
    const body2 = field(stmt, "body");
    const header = namedChildren(stmt).filter((c2) => c2.id !== body2?.id);
    const c = calledIn || header.some((h) => this.headerCalls(h));
    if (body2) this.statement(body2, c);
    const after = c || this.calls(body2);
    return { called: after, terminates: header.length === 0 && !hasBreak(body2) };
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
  return file.root.namedChildren.filter(
    (n) => (n?.type === "function_declaration" || n?.type === "method_declaration") && field(n, "name")?.text === name2
  );
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
function baseName(node) {
  let n = unparen(node);
  while (n && n.type !== "identifier") {
    n = n.type === "selector_expression" ? field(n, "operand") : n.type === "index_expression" ? field(n, "operand") : n.type === "unary_expression" ? field(n, "operand") : null;
  }
  return n?.text ?? null;
}
function valueFlows(fn) {
  const flows = [];
  const pair = (left, right) => {
    const names4 = left.map(baseName);
    right.forEach((source, i2) => {
      const targets = (left.length === right.length ? [names4[i2]] : names4).filter((t) => !!t);
      if (targets.length > 0) flows.push({ targets, source });
    });
  };
  walk(fn, (n) => {
    if (n.type === "short_var_declaration" || n.type === "assignment_statement") {
      pair(namedChildren(field(n, "left")), namedChildren(field(n, "right")));
    } else if (n.type === "receive_statement") {
      const right = field(n, "right");
      if (right) pair(namedChildren(field(n, "left")), [right]);
    } else if (n.type === "var_spec") {
      pair(
        n.childrenForFieldName("name").filter((x) => !!x),
        namedChildren(field(n, "value"))
      );
    } else if (n.type === "send_statement") {
      const channel = field(n, "channel");
      const value = field(n, "value");
      if (channel && value) pair([channel], [value]);
    }
  });
  return flows;
}
function mentions(expr) {
  const names4 = /* @__PURE__ */ new Set();
  let recovers = false;
  walk(expr, (n) => {
    if (n.type === "identifier") names4.add(n.text);
    if (isCallOf(n, "recover")) recovers = true;
  });
  return { names: names4, recovers };
}
function recoveredNames(file, fn) {
  const recovered = /* @__PURE__ */ new Set();
  if (!file.nodesAt("recover", fn.startIndex, fn.endIndex).some((n) => n.parent && isCallOf(n.parent, "recover"))) return recovered;
  const flows = valueFlows(fn).map((flow) => ({ ...flow, ...mentions(flow.source) }));
  for (let changed = true; changed; ) {
    changed = false;
    for (const flow of flows) {
      if (!flow.recovers && ![...flow.names].some((name2) => recovered.has(name2))) continue;
      for (const target of flow.targets) {
        if (recovered.has(target)) continue;
        recovered.add(target);
        changed = true;
      }
    }
  }
  return recovered;
}
function newPanicCalls(file, fn, calls) {
  if (calls.length === 0) return [];
  const recovered = recoveredNames(file, fn);
  return calls.filter((call) => {
    const value = callArguments(call)[0];
    if (!value) return true;
    const { names: names4, recovers } = mentions(value);
    return !recovers && ![...names4].some((name2) => recovered.has(name2));
  });
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
    const names4 = decl.childrenForFieldName("name").filter((n) => n !== null);
    if (names4.length === 0) params.push({ name: null, type, variadic });
    for (const n of names4) params.push({ name: n.text === "_" ? null : n.text, type, variadic });
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
var shapesByFile = /* @__PURE__ */ new WeakMap();
function interceptorsIn(file) {
  const cached = shapesByFile.get(file);
  if (cached) return cached;
  const shapes = [];
  if (file.imports.has(GRPC_PKG)) {
    const functions = [...FUNCTION_TYPES].flatMap((type) => file.nodesOfType(type));
    functions.sort((a, b) => a.startIndex - b.startIndex);
    for (const fn of functions) {
      const shape = interceptorShape(file, fn);
      if (shape) shapes.push(shape);
    }
  }
  shapesByFile.set(file, shapes);
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
var DIAL_UNDEPRECATED_IN = "v1.63.2";
var DIAL_DEPRECATED_AGAIN = "v1.64.0";
var CLIENT_CONSTRUCTORS = /* @__PURE__ */ new Map([
  ["NewClient", { targetArg: 0, deprecated: false }],
  ["Dial", { targetArg: 0, deprecated: true }],
  ["DialContext", { targetArg: 1, deprecated: true }]
]);
var CONN_METHODS_RETURNING_STREAMS = /* @__PURE__ */ new Set(["NewStream"]);
var NEW_CLIENT = "NewClient";
var DEPRECATED_DIAL_OPTIONS = /* @__PURE__ */ new Set(["WithBlock", "WithReturnConnectionError", "FailOnNonTempDialError"]);
var BLOCKING_DIAL_OPTIONS = /* @__PURE__ */ new Set([...DEPRECATED_DIAL_OPTIONS, "WithTimeout"]);
var CUSTOM_DIALER_OPTIONS = /* @__PURE__ */ new Set(["WithContextDialer", "WithDialer"]);
var SERVER_INTERCEPTOR_OPTIONS = /* @__PURE__ */ new Map([
  ["UnaryInterceptor", { stream: false, single: true }],
  ["StreamInterceptor", { stream: true, single: true }],
  ["ChainUnaryInterceptor", { stream: false, single: false }],
  ["ChainStreamInterceptor", { stream: true, single: false }]
]);
var CLIENT_INTERCEPTOR_OPTIONS = /* @__PURE__ */ new Map([
  ["WithUnaryInterceptor", { stream: false, single: true }],
  ["WithStreamInterceptor", { stream: true, single: true }],
  ["WithChainUnaryInterceptor", { stream: false, single: false }],
  ["WithChainStreamInterceptor", { stream: true, single: false }]
]);
var INTERCEPTOR_NEXT_TYPES = /* @__PURE__ */ new Map([
  ["UnaryHandler", "unary-server"],
  ["StreamHandler", "stream-server"],
  ["UnaryInvoker", "unary-client"],
  ["Streamer", "stream-client"]
]);

// server/src/engine/knowledge/grpc-middleware.ts
var MW_V1 = "github.com/grpc-ecosystem/go-grpc-middleware";
var MW_V2 = "github.com/grpc-ecosystem/go-grpc-middleware/v2";
var SELECTOR_PKG = `${MW_V2}/interceptors/selector`;
var V1_CHAIN_BUILDERS = /* @__PURE__ */ new Set(["ChainUnaryServer", "ChainStreamServer", "ChainUnaryClient", "ChainStreamClient"]);
var V1_CHAIN_OPTIONS = /* @__PURE__ */ new Map([
  ["WithUnaryServerChain", { stream: false }],
  ["WithStreamServerChain", { stream: true }]
]);
var V1_OPTIONS_BECAME_CHAINS = "v1.4.0";
var SELECTOR_WRAPPERS = /* @__PURE__ */ new Set([
  "UnaryServerInterceptor",
  "StreamServerInterceptor",
  "UnaryClientInterceptor",
  "StreamClientInterceptor"
]);

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
function specText(importPath, alias) {
  return alias ? `${alias} "${importPath}"` : `"${importPath}"`;
}
function insertIntoBlock(file, fileLines, specs, importPath, alias) {
  const first = specs[0];
  const indent = leadingWhitespace(fileLines[first.range.start.line] ?? "") || "	";
  const newSpec = `${indent}${specText(importPath, alias)}`;
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
function convertToBlock(file, single, importPath, alias) {
  const existing = file.text.slice(offsetOf(file.text, single.range.start), offsetOf(file.text, single.range.end));
  const entries = [
    { path: single.path, text: existing },
    { path: importPath, text: specText(importPath, alias) }
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
function addImportEdits(file, importPath, alias) {
  const layout = file.imports.layout;
  if (layout.specs.some((s) => s.path === importPath && (alias ? s.name === alias : !s.explicitAlias))) return [];
  const fileLines = lines(file);
  const block = layout.blocks.find((b) => b.specs.length > 0 && !b.specs.every((s) => s.path === "C"));
  if (block) return [insertIntoBlock(file, fileLines, block.specs, importPath, alias)];
  const singles = layout.specs;
  if (singles.length === 1 && singles[0].path !== "C") return [convertToBlock(file, singles[0], importPath, alias)];
  const last = singles[singles.length - 1];
  if (last) {
    const end2 = endOfLine(fileLines, last.range.end.line);
    return [{ file: file.path, range: { start: end2, end: end2 }, newText: `
import ${specText(importPath, alias)}` }];
  }
  if (!layout.packageClauseEnd) return [];
  const end = endOfLine(fileLines, layout.packageClauseEnd.line);
  return [{ file: file.path, range: { start: end, end }, newText: `

import ${specText(importPath, alias)}` }];
}
var NAMING_PARENTS = /* @__PURE__ */ new Set([
  "function_declaration",
  "type_spec",
  "type_alias",
  "var_spec",
  "const_spec",
  "parameter_declaration",
  "variadic_parameter_declaration"
]);
function declaresName(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (NAMING_PARENTS.has(parent.type)) return parent.childrenForFieldName("name").some((n) => n.id === node.id);
  const holder = parent.type === "expression_list" ? parent.parent : null;
  return (holder?.type === "short_var_declaration" || holder?.type === "range_clause") && holder.childForFieldName("left")?.id === parent.id;
}
function canImportAs(file, name2) {
  return !file.imports.pathOf(name2) && !file.nodesAt(name2).some(declaresName);
}
function freeAlias(file, importPath, taken) {
  const name2 = defaultImportName(importPath);
  const unused = (alias) => !taken.has(alias) && !file.imports.pathOf(alias) && file.nodesAt(alias).length === 0;
  const first = isStandardLibrary(importPath) ? `std${name2}` : `${name2}pkg`;
  if (unused(first)) return first;
  let n = 2;
  while (!unused(`${first}${n}`)) n++;
  return `${first}${n}`;
}
function overlaps(a, b) {
  const before2 = (x, y) => x.line < y.line || x.line === y.line && x.character < y.character;
  return before2(a.range.start, b.range.end) && before2(b.range.start, a.range.end);
}
function importsForFix(file, paths) {
  const names4 = /* @__PURE__ */ new Map();
  const edits = [];
  for (const importPath of paths) {
    const existing = file.imports.nameOf(importPath);
    if (existing && existing !== ".") {
      names4.set(importPath, existing);
      continue;
    }
    const name2 = defaultImportName(importPath);
    const taken = new Set(names4.values());
    const alias = canImportAs(file, name2) && !taken.has(name2) ? void 0 : freeAlias(file, importPath, taken);
    names4.set(importPath, alias ?? name2);
    edits.push(...addImportEdits(file, importPath, alias));
  }
  for (let i2 = 0; i2 < edits.length; i2++) for (let j = i2 + 1; j < edits.length; j++) if (overlaps(edits[i2], edits[j])) return null;
  return { names: names4, edits };
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

// server/src/engine/facts/recovery-import.ts
var RECOVERY_V2 = `${MW_V2}/interceptors/recovery`;
var RECOVERY_V1 = `${MW_V1}/recovery`;
var RECOVERY_V1_NAME = "grpc_recovery";
var RECOVERY_V2_NAME = "recovery";
var RECOVERY_V2_ALIAS = "grpcrecovery";
function recoveryImport(file) {
  const v1 = file.requiresDirectly(MW_V1) && !file.requiresDirectly(MW_V2);
  const path7 = v1 ? RECOVERY_V1 : RECOVERY_V2;
  const packageName = v1 ? RECOVERY_V1_NAME : RECOVERY_V2_NAME;
  const required = file.requiredVersion(v1 ? MW_V1 : MW_V2) !== void 0;
  const existing = file.imports.layout.specs.find((s) => s.path === path7 && s.name !== "_" && s.name !== ".");
  if (existing) return { path: path7, name: existing.explicitAlias ? existing.name : packageName, edits: [], required };
  const name2 = (v1 ? [RECOVERY_V1_NAME] : [RECOVERY_V2_NAME, RECOVERY_V2_ALIAS]).find((n) => !file.imports.pathOf(n));
  if (!name2) return null;
  const alias = v1 || name2 !== packageName ? name2 : void 0;
  return { path: path7, name: name2, edits: addImportEdits(file, path7, alias), required };
}

// server/src/engine/facts/chain-extract.ts
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
function exprFact(file, raw, types, depth = 0, withBodies = true) {
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
      const args2 = callArguments(node).map(
        (arg) => exprFact(file, arg.type === "variadic_argument" ? arg.namedChild(0) ?? arg : arg, types, depth + 1, withBodies)
      );
      return {
        kind: "call",
        ...base,
        text: shortText(unparen(fn).text),
        callee: exprFact(file, fn, types, depth + 1, withBodies),
        args: args2,
        spread: spreadsLast(node)
      };
    }
    case "func_literal": {
      const body2 = withBodies ? interceptorFacts(file, node) : null;
      return { kind: "funcLit", ...base, text: "func literal", body: body2 };
    }
    case "composite_literal": {
      const type = field(node, "type");
      if (type?.type !== "slice_type") return { kind: "other", ...base };
      const elements = namedChildren(field(node, "body")).filter((el) => el.type === "literal_element").flatMap((el) => el.namedChild(0) ? [exprFact(file, el.namedChild(0), types, depth + 1, withBodies)] : []);
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
    const right2 = namedChildren(field(stmt, "right"));
    if (right2.length === left.length || right2.length === 1)
      for (const [i2, l] of left.entries()) pairs.push([l, i2 === 0 || right2.length > 1 ? right2[i2] ?? null : null, right2.length === 1 ? i2 : 0]);
  } else if (stmt.type === "var_spec") {
    const names4 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    const values = namedChildren(field(stmt, "value"));
    for (const [i2, n] of names4.entries()) pairs.push([n, values[i2] ?? null, 0]);
  }
  const scope = conditionalScope(stmt, fnBody);
  const out2 = [];
  const right = namedChildren(field(stmt, "right"));
  for (const [target, raw, result] of pairs) {
    if (target.type !== "identifier" || target.text === "_") continue;
    const { start: at, end } = nodeRange(stmt);
    const rawValue = result > 0 && right[0] && unparen(right[0]).type === "call_expression" ? right[0] : raw;
    const value = rawValue ? unparen(rawValue) : null;
    if (value && result > 0 && rawValue === right[0]) {
      out2.push({ name: target.text, mode: "assign", values: [{ ...exprFact(file, value, types), result }], spread: false, scope, at, end });
      continue;
    }
    if (value && isAppendTo(value, target.text)) {
      const args2 = callArguments(value).slice(1);
      const values = args2.map((a) => exprFact(file, a.type === "variadic_argument" ? a.namedChild(0) ?? a : a, types));
      out2.push({ name: target.text, mode: "append", values, spread: spreadsLast(value), scope, at, end });
      continue;
    }
    if (value) {
      const literal = value.type === "unary_expression" ? value.namedChild(0) : value;
      const typeName2 = literal?.type === "composite_literal" ? baseTypeName(field(literal, "type")) : null;
      if (typeName2) types[target.text] = typeName2;
    }
    out2.push({ name: target.text, mode: "assign", values: value ? [exprFact(file, value, types)] : [], spread: false, scope, at, end });
  }
  return out2;
}
function literalType(file, literal) {
  const type = field(literal, "type");
  if (type?.type === "type_identifier") return { typePkg: null, type: type.text };
  if (type?.type !== "qualified_type") return null;
  const pkg = field(type, "package")?.text;
  const name2 = field(type, "name")?.text;
  const importPath = pkg ? file.imports.pathOf(pkg) : void 0;
  return importPath && name2 ? { typePkg: importPath, type: name2 } : null;
}
function literalFieldWrites(file, literal, types) {
  const struct = literalType(file, literal);
  if (!struct) return [];
  const out2 = [];
  for (const el of namedChildren(field(literal, "body"))) {
    if (el.type !== "keyed_element") continue;
    const key2 = unparen(field(el, "key")?.namedChild(0) ?? el);
    const value = field(el, "value")?.namedChild(0);
    if (key2.type !== "identifier" && key2.type !== "field_identifier") continue;
    if (!value) continue;
    out2.push({ ...struct, field: key2.text, mode: "assign", values: [exprFact(file, value, types)], spread: false, at: nodeRange(el).start });
  }
  return out2;
}
function assignedFieldWrites(file, stmt, types) {
  if (stmt.type !== "assignment_statement" || stmt.childForFieldName("operator")?.text !== "=") return [];
  const left = namedChildren(field(stmt, "left"));
  const right = namedChildren(field(stmt, "right"));
  if (left.length !== right.length) return [];
  const out2 = [];
  left.forEach((target, i2) => {
    const operand = target.type === "selector_expression" ? field(target, "operand") : null;
    const name2 = field(target, "field");
    const type = operand?.type === "identifier" ? types[operand.text] : void 0;
    const value = unparen(right[i2]);
    if (!type || !name2) return;
    const base = { typePkg: null, type, field: name2.text, at: nodeRange(stmt).start };
    const fn = value.type === "call_expression" ? field(value, "function") : null;
    const first = value.type === "call_expression" ? callArguments(value)[0] : void 0;
    if (fn?.type === "identifier" && fn.text === "append" && first && unparen(first).text === target.text) {
      const values = callArguments(value).slice(1).map((a) => exprFact(file, a.type === "variadic_argument" ? a.namedChild(0) ?? a : a, types));
      out2.push({ ...base, mode: "append", values, spread: spreadsLast(value) });
    } else {
      out2.push({ ...base, mode: "assign", values: [exprFact(file, value, types)], spread: false });
    }
  });
  return out2;
}
function addLiteralParamTypes(literal, types) {
  for (const param of namedChildren(field(literal, "parameters"))) {
    const typeName2 = baseTypeName(field(param, "type"));
    if (!typeName2) continue;
    for (const n of param.childrenForFieldName("name")) if (n) types[n.text] ??= typeName2;
  }
}
function structFields(file) {
  const out2 = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "type_declaration") continue;
    for (const spec of namedChildren(decl)) {
      const name2 = field(spec, "name");
      const type = field(spec, "type");
      if (spec.type !== "type_spec" || !name2 || type?.type !== "struct_type") continue;
      const list = namedChildren(type).find((c) => c.type === "field_declaration_list");
      out2[name2.text] = namedChildren(list ?? null).flatMap(
        (f) => f.type === "field_declaration" ? f.childrenForFieldName("name").flatMap((n) => n ? [n.text] : []) : []
      );
    }
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
  const types = {};
  const params = [];
  let variadic;
  const receiver = decl.type === "method_declaration" ? namedChildren(field(decl, "receiver"))[0] : void 0;
  for (const param of [...receiver ? [receiver] : [], ...namedChildren(parameters)]) {
    const typeName2 = baseTypeName(field(param, "type"));
    for (const n of param.childrenForFieldName("name")) {
      if (!n) continue;
      params.push(n.text);
      if (typeName2) types[n.text] = typeName2;
      if (param.type === "variadic_parameter_declaration") variadic = n.text;
    }
  }
  const receiverType = receiver ? baseTypeName(field(receiver, "type")) : null;
  const locals = [];
  const returns = [];
  const laterReturns = [];
  const fieldWrites = [];
  const calls = [];
  walk(body2, (node) => {
    if (node.type === "call_expression" && mayBindParameters(file, node, params)) calls.push(node);
    if (node.type === "func_literal") addLiteralParamTypes(node, types);
    else if (node.type === "composite_literal") fieldWrites.push(...literalFieldWrites(file, node, types));
    if (node.type === "assignment_statement") fieldWrites.push(...assignedFieldWrites(file, node, types));
    if (node.type === "short_var_declaration" || node.type === "assignment_statement" || node.type === "var_spec") {
      locals.push(...bindingsOf2(file, node, body2, types));
    } else if (node.type === "return_statement" && carries && !insideLiteral(node, body2)) {
      const results = namedChildren(node)[0]?.type === "expression_list" ? namedChildren(namedChildren(node)[0]) : namedChildren(node);
      const first = results[0];
      if (first && first.type !== "nil") returns.push(exprFact(file, first, types));
      results.slice(1).forEach((r, i2) => {
        if (r.type !== "nil") (laterReturns[i2] ??= []).push(exprFact(file, r, types));
      });
    }
    return true;
  });
  if (!interceptorBody && !carries && !hasConstructor && fieldWrites.length === 0 && calls.length === 0) return null;
  return {
    name: name2.text,
    receiver: decl.type === "method_declaration" ? receiverType : null,
    range: nodeRange(name2),
    extent: nodeRange(decl),
    body: interceptorBody,
    returns,
    locals,
    params,
    paramTypes: types,
    ...fieldWrites.length > 0 ? { fieldWrites } : {},
    ...variadic ? { variadic } : {},
    ...laterReturns.length > 0 ? { laterReturns } : {},
    ...calls.length > 0 ? { calls: calls.map((c) => exprFact(file, c, types, 0, false)) } : {}
  };
}
function mayBindParameters(file, call, params) {
  const fn = unparen(field(call, "function") ?? call);
  if (fn.type === "identifier") return fn.text !== "append" && fn.text !== "make" && !params.includes(fn.text);
  if (fn.type !== "selector_expression") return false;
  const operand = field(fn, "operand");
  const importPath = operand?.type === "identifier" ? file.imports.pathOf(operand.text) : void 0;
  return importPath === void 0 || importPath.split("/")[0].includes(".");
}
function insideLiteral(node, body2) {
  for (let n = node.parent; n && n.id !== body2.id; n = n.parent) if (n.type === "func_literal") return true;
  return false;
}
function constructorCalls(file) {
  if (!file.imports.has(GRPC_PKG2)) return [];
  const out2 = [];
  for (const name2 of ["NewServer", ...CLIENT_CONSTRUCTORS.keys()]) {
    for (const occurrence of file.nodesAt(name2)) {
      const node = callOfSelectorField(occurrence);
      if (!node || file.callee(node)?.pkg !== GRPC_PKG2) continue;
      const client = CLIENT_CONSTRUCTORS.get(name2);
      if (client) out2.push({ node, kind: "client", name: name2, skip: client.targetArg + 1 });
      else out2.push({ node, kind: "server", name: name2, skip: 0 });
    }
  }
  return out2.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
function packageVars(file) {
  const out2 = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "var_declaration") continue;
    const specs = namedChildren(decl).flatMap((c) => c.type === "var_spec_list" ? namedChildren(c) : [c]);
    for (const spec of specs) {
      if (spec.type !== "var_spec") continue;
      const names4 = spec.childrenForFieldName("name").filter((n) => n !== null);
      const values = namedChildren(field(spec, "value"));
      names4.forEach((n, i2) => {
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
function addFixTexts(file, raw, fact) {
  const setTexts = (n, f) => {
    const node = unparen(n);
    f.source = node.text;
    const lineStart = file.text.lastIndexOf("\n", node.startIndex - 1) + 1;
    const before2 = file.text.slice(lineStart, node.startIndex);
    if (before2.trim() === "") f.indent = before2;
    const lineEnd = file.text.indexOf("\n", node.endIndex);
    f.after = file.text.slice(node.endIndex, lineEnd < 0 ? file.text.length : lineEnd).replace(/\r$/, "");
  };
  if (raw.type === "variadic_argument") return;
  setTexts(raw, fact);
  const option = unparen(raw);
  if (option.type !== "call_expression" || !fact.args) return;
  callArguments(option).forEach((arg, i2) => {
    if (arg.type !== "variadic_argument" && fact.args[i2]) setTexts(arg, fact.args[i2]);
  });
}
function mayDefineChainParts(file) {
  return file.imports.has(GRPC_PKG2) || file.imports.layout.specs.some((spec) => spec.path.startsWith("github.com/grpc-ecosystem/"));
}
function libraryResults(file) {
  const out2 = {};
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "function_declaration") continue;
    const name2 = field(decl, "name");
    const result = field(decl, "result");
    let type = result?.type === "parameter_list" ? field(namedChildren(result)[0] ?? result, "type") : result;
    while (type?.type === "pointer_type") type = type.namedChild(0);
    const pkg = type?.type === "qualified_type" ? field(type, "package")?.text : void 0;
    const importPath = pkg ? file.imports.pathOf(pkg) : void 0;
    if (name2 && importPath) out2[name2.text] = importPath;
  }
  return out2;
}
function extractChainFacts(file) {
  const calls = constructorCalls(file);
  const declsWithConstructor = new Set(calls.map((c) => enclosingDeclaration(c.node)?.id));
  const functions = [];
  const indexOfDecl = /* @__PURE__ */ new Map();
  const declarations = mayDefineChainParts(file) ? namedChildren(file.root) : [];
  for (const decl of declarations) {
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
    for (const [i2, arg] of args2.entries()) addFixTexts(file, arg, options[i2]);
    const fn = field(node, "function");
    const callee = fn ? { text: fn.text, range: nodeRange(fn) } : void 0;
    return { kind, name: name2, range: nodeRange(node), options, spread: spreadsLast(node), functionIndex, callee };
  });
  return {
    constructors,
    functions,
    vars: packageVars(file),
    structFields: declarations.length > 0 ? structFields(file) : {},
    resultTypes: resultTypes(file),
    libraryResults: libraryResults(file),
    middlewareV1Version: file.requiredVersion(MW_V1) ?? null,
    recoveryImport: calls.some((c) => c.kind === "server") ? recoveryImport(file) : void 0
  };
}

// server/src/engine/flow/builtin-keys.ts
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
var MAX_TEXT_SEARCHES = 32;
var SCOPE_TYPES = /* @__PURE__ */ new Set([
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
function scopeOf(node) {
  for (let n = node.parent; n; n = n.parent) if (SCOPE_TYPES.has(n.type)) return n;
  return null;
}
function names(node) {
  return node.childrenForFieldName("name").filter((n) => n !== null);
}
function declaration(name2, scope, visibleFrom, type, value) {
  return { name: name2, packageLevel: scope.type === "source_file", scopeStart: scope.startIndex, scopeEnd: scope.endIndex, visibleFrom, type, value };
}
var Declarations = class {
  constructor(file) {
    this.file = file;
  }
  file;
  byName = /* @__PURE__ */ new Map();
  /** const_spec id → its type and values, repeating the previous spec's when it has none (iota lists); filled per const block. */
  constSpecs = /* @__PURE__ */ new Map();
  identifiers = null;
  /** The declaration an identifier refers to within this file: the innermost visible one. */
  resolve(use) {
    let best = null;
    for (const decl of this.of(use.text)) {
      const inScope = decl.packageLevel || decl.scopeStart <= use.startIndex && use.endIndex <= decl.scopeEnd && decl.visibleFrom <= use.startIndex;
      if (inScope && (!best || decl.scopeStart >= best.scopeStart)) best = decl;
    }
    return best;
  }
  of(name2) {
    let decls = this.byName.get(name2);
    if (!decls) {
      decls = this.occurrences(name2).flatMap((n) => this.declarationAt(n) ?? []);
      this.byName.set(name2, decls);
    }
    return decls;
  }
  /**
   * The identifiers spelled name: found from the text for the first few names, then from one
   * index of every identifier (each text search reads the whole file: thousands of names would
   * make it quadratic).
   */
  occurrences(name2) {
    if (this.byName.size < MAX_TEXT_SEARCHES) return this.file.nodesAt(name2);
    if (!this.identifiers) {
      this.identifiers = /* @__PURE__ */ new Map();
      for (const id of this.file.nodesOfType("identifier")) {
        const same = this.identifiers.get(id.text);
        if (same) same.push(id);
        else this.identifiers.set(id.text, [id]);
      }
    }
    return this.identifiers.get(name2) ?? [];
  }
  constSpec(spec) {
    let known = this.constSpecs.get(spec.id);
    if (known) return known;
    let inherited = { type: null, values: [] };
    for (const sibling of namedChildren(spec.parent)) {
      if (sibling.type !== "const_spec") continue;
      const values = namedChildren(field(sibling, "value"));
      if (values.length > 0) inherited = { type: field(sibling, "type"), values };
      this.constSpecs.set(sibling.id, inherited);
    }
    known = this.constSpecs.get(spec.id);
    return known ?? { type: null, values: [] };
  }
  /** The declaration a name node stands in, if it declares the name. */
  declarationAt(n) {
    const parent = n.parent;
    if (!parent || n.type !== "identifier") return null;
    const indexIn = (nodes) => nodes.findIndex((c) => c.id === n.id);
    if (parent.type === "const_spec") {
      const { type, values } = this.constSpec(parent);
      const scope = scopeOf(parent.parent ?? parent);
      return scope && declaration(n, scope, parent.endIndex, type, values[indexIn(names(parent))] ?? null);
    }
    if (parent.type === "var_spec") {
      const scope = scopeOf(parent);
      return scope && declaration(n, scope, parent.endIndex, field(parent, "type"), namedChildren(field(parent, "value"))[indexIn(names(parent))] ?? null);
    }
    if (parent.type === "parameter_declaration" || parent.type === "variadic_parameter_declaration") {
      const fn = parent.parent?.parent;
      const type = parent.type === "parameter_declaration" ? field(parent, "type") : null;
      return fn ? declaration(n, fn, parent.endIndex, type, null) : null;
    }
    const owner = parent.type === "expression_list" ? parent.parent : null;
    if (!owner) return null;
    if (owner.type === "short_var_declaration" && field(owner, "left")?.id === parent.id) {
      const left = namedChildren(parent);
      const right = namedChildren(field(owner, "right"));
      const scope = scopeOf(owner);
      return scope && declaration(n, scope, owner.endIndex, null, left.length === right.length ? right[indexIn(left)] : null);
    }
    const declaring = owner.type === "type_switch_statement" ? field(owner, "alias") : owner.type === "range_clause" || owner.type === "receive_statement" ? field(owner, "left") : null;
    if (declaring?.id !== parent.id) return null;
    return declaration(n, scopeOf(n) ?? owner, n.endIndex, null, null);
  }
};
function builtinTypeOf(file, decls, expr, depth) {
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
      return operand ? builtinTypeOf(file, decls, operand, depth + 1) : null;
    }
    case "binary_expression": {
      const left = field(node, "left");
      const right = field(node, "right");
      const leftType = left ? builtinTypeOf(file, decls, left, depth + 1) : null;
      return leftType && right && builtinTypeOf(file, decls, right, depth + 1) ? leftType : null;
    }
    case "identifier": {
      const decl = decls.resolve(node);
      if (!decl) return null;
      if (decl.type) return decl.type.type === "type_identifier" && BUILTIN_TYPES.has(decl.type.text) ? decl.type.text : null;
      return decl.value ? builtinTypeOf(file, decls, decl.value, depth + 1) : null;
    }
    default:
      return null;
  }
}
function keyIdentity(file, decls, key2) {
  const node = unparen(key2);
  if (LITERAL_TYPES.has(node.type)) return `literal ${node.text}`;
  const decl = node.type === "identifier" ? decls.resolve(node) : null;
  if (decl?.packageLevel) return `name ${node.text}`;
  return `${file.path}:${(decl?.name ?? node).startIndex}`;
}
function builtinKeyUses(file) {
  if (!file.imports.has(CONTEXT_PKG)) return [];
  const decls = new Declarations(file);
  const uses = [];
  for (const node of file.nodesAt("WithValue").map(callOfSelectorField)) {
    if (!node || !file.isCallTo(node, CONTEXT_PKG, "WithValue")) continue;
    const key2 = callArguments(node)[1];
    const type = key2 ? builtinTypeOf(file, decls, key2, 0) : null;
    if (key2 && type) uses.push({ key: keyIdentity(file, decls, key2), text: key2.text, type, range: nodeRange(key2) });
  }
  return uses;
}

// server/src/engine/flow/test-assertions.ts
var TESTING_PKG = "testing";
var ERROR_ASSERTIONS = /* @__PURE__ */ new Set([
  "Error",
  "Errorf",
  "ErrorIs",
  "ErrorIsf",
  "ErrorAs",
  "ErrorAsf",
  "ErrorContains",
  "ErrorContainsf",
  "EqualError",
  "EqualErrorf",
  "NotNil",
  "NotNilf"
]);
var FAILURES = /* @__PURE__ */ new Set(["Fatal", "Fatalf", "Error", "Errorf", "Fail", "FailNow", "panic"]);
function calleeName(call) {
  const fn = field(call, "function");
  if (fn?.type === "identifier") return fn.text;
  return fn?.type === "selector_expression" ? field(fn, "field")?.text ?? null : null;
}
function receiverName(call) {
  const fn = field(call, "function");
  const operand = fn?.type === "selector_expression" ? field(fn, "operand") : null;
  return operand?.type === "identifier" ? operand.text : null;
}
function testingParameters(file, fn) {
  const names4 = [];
  for (const param of namedChildren(field(fn, "parameters"))) {
    let type = field(param, "type");
    while (type?.type === "pointer_type") type = type.namedChild(0);
    const pkg = type?.type === "qualified_type" ? field(type, "package")?.text : void 0;
    if (pkg && file.imports.pathOf(pkg) === TESTING_PKG) names4.push(...param.childrenForFieldName("name").map((n) => n.text));
  }
  return names4;
}
function fails(stmt) {
  let found = false;
  walk(stmt, (n) => {
    if (n.type === "call_expression" && FAILURES.has(calleeName(n) ?? "")) found = true;
    return !found && !FUNCTION_TYPES.has(n.type);
  });
  return found;
}
function comparesWithNil(condition, matches) {
  const node = condition ? unparen(condition) : null;
  if (node?.type !== "binary_expression" || field(node, "operator")?.text !== "==") return false;
  const [left, right] = [field(node, "left"), field(node, "right")];
  if (!left || !right) return false;
  return right.type === "nil" && matches(unparen(left)) || left.type === "nil" && matches(unparen(right));
}
function failsWhenNil(stmt, matches) {
  return stmt?.type === "if_statement" && comparesWithNil(field(stmt, "condition"), matches) && fails(field(stmt, "consequence") ?? stmt);
}
function isErrorAssertion(call, testingNames) {
  if (call?.type !== "call_expression" || !ERROR_ASSERTIONS.has(calleeName(call) ?? "")) return false;
  const receiver = receiverName(call);
  return receiver === null || !testingNames.has(receiver);
}
function assertsErrorOf(stmt, names4, testingNames) {
  const call = stmt?.type === "expression_statement" ? stmt.namedChild(0) : null;
  return isErrorAssertion(call, testingNames) && callArguments(call).some((arg) => arg.type === "identifier" && names4.has(arg.text));
}
function nextStatement(stmt) {
  let next = stmt.nextNamedSibling;
  while (next?.type === "comment") next = next.nextNamedSibling;
  return next;
}
function resultAssertedNotNil(call, testingNames) {
  const list = call.parent;
  const stmt = list?.type === "expression_list" ? list.parent : null;
  if (stmt?.type !== "short_var_declaration" && stmt?.type !== "assignment_statement" || field(stmt, "right")?.id !== list.id) return false;
  const names4 = new Set(namedChildren(field(stmt, "left")).flatMap((n) => n.type === "identifier" && n.text !== "_" ? [n.text] : []));
  if (names4.size === 0) return false;
  const isName = (operand) => operand.type === "identifier" && names4.has(operand.text);
  const owner = stmt.parent;
  if (owner?.type === "if_statement" && field(owner, "initializer")?.id === stmt.id) return failsWhenNil(owner, isName);
  const next = nextStatement(stmt);
  return failsWhenNil(next, isName) || assertsErrorOf(next, names4, testingNames);
}
function callAssertedDirectly(call, testingNames) {
  const parent = call.parent;
  if (parent?.type === "argument_list" && isErrorAssertion(parent.parent, testingNames)) return true;
  const comparison = parent?.type === "binary_expression" ? parent : null;
  const ifStmt = comparison?.parent?.type === "if_statement" ? comparison.parent : null;
  return !!ifStmt && field(ifStmt, "condition")?.id === comparison.id && failsWhenNil(ifStmt, (operand) => operand.id === call.id);
}
var recoversByFile = /* @__PURE__ */ new WeakMap();
function defersRecover(file, fn) {
  let known = recoversByFile.get(file);
  if (!known) recoversByFile.set(file, known = /* @__PURE__ */ new Map());
  let recovers = known.get(fn.id);
  if (recovers === void 0) known.set(fn.id, recovers = file.text.slice(fn.startIndex, fn.endIndex).includes("recover(") && hasDeferredRecover(file, fn));
  return recovers;
}
function expectsPanic(file, fn) {
  const holder = fn.type === "func_literal" && fn.parent?.type === "argument_list" ? fn.parent.parent : null;
  if (holder?.type === "call_expression" && (calleeName(holder) ?? "").startsWith("Panics")) return true;
  return defersRecover(file, fn);
}
function assertsRejected(file, call) {
  if (!file.imports.has(TESTING_PKG)) return false;
  const functions = [];
  for (let n = call.parent; n; n = n.parent) if (FUNCTION_TYPES.has(n.type)) functions.push(n);
  const testingNames = new Set(functions.flatMap((fn) => testingParameters(file, fn)));
  if (testingNames.size === 0 && !file.path.endsWith("_test.go")) return false;
  const innermost = functions[0];
  return callAssertedDirectly(call, testingNames) || resultAssertedNotNil(call, testingNames) || !!innermost && expectsPanic(file, innermost);
}

// server/src/engine/knowledge/other-linters.ts
var LINTER_ALIASES = {
  govet: ["vet", "vetshadow"],
  staticcheck: ["megacheck"]
};
var STATICCHECK = "staticcheck";

// server/src/engine/config/suppressions.ts
var IGNORE = "ctxlens:ignore";
function noSuppressions() {
  return { ignore: /* @__PURE__ */ new Map(), nolint: [], lintIgnore: [] };
}
function readSuppressions(file) {
  const found = noSuppressions();
  const { text } = file;
  const hasIgnore = text.includes(IGNORE);
  const hasOthers = text.includes("nolint") || text.includes("//lint:");
  if (!hasIgnore && !hasOthers) return found;
  if (hasIgnore) readIgnores(file, found.ignore);
  if (hasOthers) {
    for (const group of commentGroups(file)) {
      for (const comment of group.comments) {
        const linters = nolintLinters(comment.text);
        if (linters !== void 0) found.nolint.push({ from: group.from, to: nolintEnd(file, group), linters });
        const lint = lintDirective(comment.text);
        if (lint) found.lintIgnore.push({ line: lint.fileWide ? null : lintIgnoreLine(file, group), checks: lint.checks });
      }
    }
  }
  return found;
}
function readIgnores(file, byLine) {
  for (const node of file.nodesOfType("comment")) {
    const body2 = node.text.startsWith("//") ? node.text.slice(2).trimStart() : "";
    if (!body2.startsWith(IGNORE)) continue;
    const ruleId = body2.slice(IGNORE.length).trim().split(/\s+/)[0];
    if (!ruleId) continue;
    for (const line of [node.startPosition.row, node.startPosition.row + 1]) {
      let rules = byLine.get(line);
      if (!rules) byLine.set(line, rules = /* @__PURE__ */ new Set());
      rules.add(ruleId);
    }
  }
}
function suppressedBy(suppressions, line, meta, honourOtherLinters) {
  if (suppressions.ignore.get(line)?.has(meta.id)) return "//ctxlens:ignore";
  if (!honourOtherLinters) return null;
  const names4 = linterNames(meta);
  for (const d of suppressions.nolint) {
    if (line >= d.from && line <= d.to && (d.linters === null || d.linters.some((l) => names4.has(l)))) return "//nolint";
  }
  const checks = staticcheckChecks(meta);
  for (const d of suppressions.lintIgnore) {
    if ((d.line === null || d.line === line) && d.checks.some((pattern) => checks.some((check) => globMatches(pattern, check)))) return "//lint:ignore";
  }
  return null;
}
function linterNames(meta) {
  const names4 = /* @__PURE__ */ new Set();
  for (const { linter } of meta.otherLinters ?? []) {
    names4.add(linter);
    for (const alias of LINTER_ALIASES[linter] ?? []) names4.add(alias);
  }
  return names4;
}
function staticcheckChecks(meta) {
  return (meta.otherLinters ?? []).flatMap((l) => l.linter === STATICCHECK ? l.checks ?? [] : []);
}
function nolintLinters(comment) {
  const text = comment.replace(/\r/g, "").replace(/^[/ ]+/, "");
  if (!/^nolint( |:|$)/.test(text)) return void 0;
  if (text.startsWith("nolint:all") || !text.startsWith("nolint:")) return null;
  const names4 = text.split("//")[0].slice("nolint:".length).split(",").map((n) => n.trim().toLowerCase());
  return names4.includes("all") ? null : names4;
}
function lintDirective(comment) {
  if (!comment.startsWith("//lint:")) return null;
  const [command, ...args2] = comment.replace(/\r/g, "").slice("//lint:".length).split(" ");
  if (command !== "ignore" && command !== "file-ignore" || args2.length < 2) return null;
  return { checks: args2[0].split(","), fileWide: command === "file-ignore" };
}
function globMatches(pattern, check) {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${source}$`).test(check);
}
function commentGroups(file) {
  const groups = [];
  let current = null;
  let reach = 0;
  for (const comment of file.nodesOfType("comment")) {
    const last = current?.comments[current.comments.length - 1];
    if (current && last && comment.startPosition.row <= last.endPosition.row + reach && isBlank(file.text, last.endIndex, comment.startIndex)) {
      current.comments.push(comment);
      current.to = comment.endPosition.row;
      continue;
    }
    current = { comments: [comment], from: comment.startPosition.row, to: comment.endPosition.row, column: comment.startPosition.column };
    reach = followsCode(file.text, comment) ? 0 : 1;
    groups.push(current);
  }
  return groups;
}
function isBlank(text, from, to) {
  return text.slice(from, to).trim() === "";
}
function followsCode(text, comment) {
  return !isBlank(text, text.lastIndexOf("\n", comment.startIndex - 1) + 1, comment.startIndex);
}
var NOT_IN_GO_AST = /* @__PURE__ */ new Set(["statement_list", "comment"]);
function nolintEnd(file, group) {
  const point = { row: group.to + 1, column: group.column };
  const node = file.root.descendantForPosition(point);
  if (!node || node.startPosition.row !== point.row || node.startPosition.column !== point.column) return group.to;
  let widest = null;
  for (let n = node; n && n.startIndex === node.startIndex; n = n.parent) if (!NOT_IN_GO_AST.has(n.type)) widest = n;
  if (!widest) return group.to;
  if (widest.type === "package_clause") return Number.MAX_SAFE_INTEGER;
  return Math.max(group.to, lastTokenLine(file, widest));
}
function lastTokenLine(file, node) {
  let end = node.endIndex;
  while (end > node.startIndex && /\s/.test(file.text[end - 1])) end--;
  return file.root.descendantForIndex(end - 1, end)?.endPosition.row ?? node.endPosition.row;
}
function lintIgnoreLine(file, group) {
  const first = group.comments[0];
  if (followsCode(file.text, first)) return group.from;
  const last = group.comments[group.comments.length - 1];
  let at = last.endIndex;
  while (at < file.text.length && /\s/.test(file.text[at])) at++;
  let line = group.to;
  for (let i2 = file.text.indexOf("\n", last.endIndex); i2 >= 0 && i2 < at; i2 = file.text.indexOf("\n", i2 + 1)) line++;
  return line;
}

// server/src/engine/config/test-code.ts
var path = __toESM2(require("node:path"));

// server/src/engine/files/glob.ts
var import_picomatch = __toESM2(require_picomatch2());
function globToRegExp(glob) {
  return import_picomatch.default.makeRe(glob, { dot: true });
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

// server/src/engine/config/test-code.ts
var DEFAULT_TEST_CODE_GLOBS = [
  "**/test/**",
  "**/tests/**",
  "**/e2e/**",
  "**/*testing/**",
  "**/testutil/**",
  "**/testutils/**",
  "**/testserver/**"
];
var TESTING_PKG2 = "testing";
var TESTING_POINTER_TYPES = /* @__PURE__ */ new Set(["T", "B", "F"]);
var TESTING_INTERFACES = /* @__PURE__ */ new Set(["TB"]);
function readTestCode(file) {
  const pathFromRootModule = file.module ? path.relative(file.module.outermostDir, file.path).split(path.sep).join("/") : null;
  const testFunctions = [];
  if (file.imports.has(TESTING_PKG2) && !file.path.endsWith("_test.go")) {
    for (const type of FUNCTION_TYPES) {
      for (const fn of file.nodesOfType(type)) if (takesTesting(file, fn)) testFunctions.push(nodeRange(fn));
    }
  }
  return { pathFromRootModule, testFunctions };
}
function takesTesting(file, fn) {
  return namedChildren(field(fn, "parameters")).some((decl) => {
    const type = field(decl, "type");
    if (type?.type === "pointer_type") return isTestingType(file, type.namedChild(0), TESTING_POINTER_TYPES);
    return isTestingType(file, type, TESTING_INTERFACES);
  });
}
function isTestingType(file, type, names4) {
  if (type?.type !== "qualified_type") return false;
  const pkg = field(type, "package");
  const name2 = field(type, "name");
  return !!pkg && !!name2 && names4.has(name2.text) && file.imports.pathOf(pkg.text) === TESTING_PKG2;
}
var compiled = /* @__PURE__ */ new WeakMap();
function isTestFile(filePath, facts, config) {
  if (filePath.endsWith("_test.go")) return true;
  if (facts.pathFromRootModule === null) return false;
  let globs = compiled.get(config.testCode);
  if (!globs) compiled.set(config.testCode, globs = config.testCode.map(globToRegExp));
  return matchesAny(facts.pathFromRootModule, globs);
}
function isTestCodeAt(filePath, facts, line, config) {
  return isTestFile(filePath, facts, config) || facts.testFunctions.some((r) => r.start.line <= line && line <= r.end.line);
}

// server/src/engine/facts/extract.ts
function parametersOf(file, parameterList) {
  const params = [];
  let variadic = false;
  for (const decl of namedChildren(parameterList)) {
    const type = field(decl, "type");
    if (!type) continue;
    if (decl.type === "variadic_parameter_declaration") variadic = true;
    const typeText = type.text;
    const qualifiedType = qualifiedTypeText(file, type);
    const names4 = decl.childrenForFieldName("name").filter((n) => n !== null);
    if (names4.length === 0) params.push({ name: null, typeText, qualifiedType, nilChecked: false });
    for (const name2 of names4) params.push({ name: name2.text, typeText, qualifiedType, nilChecked: false });
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
function comparedWithNil(file, name2, body2) {
  return file.nodesAt("nil", body2.startIndex, body2.endIndex).some((nil) => {
    const comparison = nil.parent;
    if (nil.type !== "nil" || comparison?.type !== "binary_expression") return false;
    const operator = field(comparison, "operator")?.text;
    const other = field(comparison, "left")?.id === nil.id ? field(comparison, "right") : field(comparison, "left");
    return (operator === "==" || operator === "!=") && other?.type === "identifier" && other.text === name2;
  });
}
function functionFacts(file) {
  const out2 = [];
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "function_declaration" && decl.type !== "method_declaration") continue;
    const name2 = field(decl, "name");
    if (!name2) continue;
    const { params, variadic } = parametersOf(file, field(decl, "parameters"));
    const body2 = field(decl, "body");
    for (const param of params) {
      if (body2 && param.name && param.qualifiedType === CONTEXT_TYPE) param.nilChecked = comparedWithNil(file, param.name, body2);
    }
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
  const calls = /* @__PURE__ */ new Set();
  for (const nil of file.nodesAt("nil")) {
    const call = nil.type === "nil" && nil.parent?.type === "argument_list" ? nil.parent.parent : null;
    if (call?.type !== "call_expression" || calls.has(call.id)) continue;
    calls.add(call.id);
    const args2 = callArguments(call);
    const nilIndexes = args2.flatMap((arg, i2) => arg.type === "nil" ? [i2] : []);
    if (nilIndexes.length === 0) continue;
    const callee = file.callee(call);
    if (!callee) continue;
    const rejectionAsserted = assertsRejected(file, call);
    for (const argIndex of nilIndexes) out2.push({ callee, argIndex, range: nodeRange(args2[argIndex]), rejectionAsserted });
  }
  return out2;
}
function contextImportFact(file) {
  if (file.imports.nameOf("context") === ".") return { name: ".", edits: [] };
  const imports = importsForFix(file, ["context"]);
  const name2 = imports?.names.get("context");
  return imports && name2 ? { name: name2, edits: imports.edits } : void 0;
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
    builtinKeys: builtinKeyUses(file),
    syntaxErrors: file.root.hasError,
    suppressions: readSuppressions(file),
    testCode: readTestCode(file),
    chains: extractChainFacts(file)
  };
}

// server/src/engine/run/report-policy.ts
function dropReason(facts, meta, line, config) {
  const directive = suppressedBy(facts.suppressions, line, meta, config.otherLinterSuppressions);
  if (directive) return directive;
  if (meta.inTestCode === "quiet" && isTestCodeAt(facts.path, facts.testCode, line, config)) return "test code";
  return null;
}
function skipsFile(facts, meta, config) {
  return meta.inTestCode === "quiet" && isTestFile(facts.path, facts.testCode, config);
}
function countSuppressed(counts, reason) {
  if (reason !== "test code") counts[reason] = (counts[reason] ?? 0) + 1;
}
function addCounts(into, from) {
  for (const [kind, n] of Object.entries(from)) into[kind] = (into[kind] ?? 0) + n;
}

// server/src/engine/run/analyze.ts
function toFinding(meta, report, file, range, config, parses) {
  const setting = config.rules[meta.id];
  if (setting === "off") return null;
  const fixes2 = (report.fixes ?? []).filter((fix) => fix.edits.every((edit) => parses(edit.file)));
  return {
    rule: meta.id,
    severity: setting ?? report.severity ?? meta.defaultSeverity,
    message: report.message,
    file,
    range,
    fixes: fixes2,
    related: report.related ?? []
  };
}
function analyzeFile(file, rules, config) {
  const facts = extractFacts(file);
  const findings = [];
  const problems = [];
  const suppressed = {};
  for (const rule of rules) {
    if (config.rules[rule.meta.id] === "off" || skipsFile(facts, rule.meta, config)) continue;
    try {
      rule.check({
        file,
        config,
        report(report) {
          const range = report.range ?? (report.node ? nodeRange(report.node) : null);
          if (!range) return;
          const dropped = dropReason(facts, rule.meta, range.start.line, config);
          if (dropped) {
            countSuppressed(suppressed, dropped);
            return;
          }
          const finding = toFinding(rule.meta, report, report.file ?? file.path, range, config, (path7) => path7 !== file.path || !facts.syntaxErrors);
          if (finding) findings.push(finding);
        }
      });
    } catch (error) {
      problems.push(`rule ${rule.meta.id} failed on ${file.path}: ${error.message}`);
    }
  }
  return { facts, findings, problems, suppressed };
}

// server/src/engine/go/line-breaks.ts
function withLspLineBreaks(text) {
  let at = text.indexOf("\r");
  if (at < 0) return text;
  const parts2 = [];
  let from = 0;
  for (; at >= 0; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) === 10) continue;
    parts2.push(text.slice(from, at), "\n");
    from = at + 1;
  }
  parts2.push(text.slice(from));
  return parts2.join("");
}

// server/src/engine/go/parser.ts
var fs2 = __toESM2(require("node:fs"));
var path2 = __toESM2(require("node:path"));
var import_web_tree_sitter2 = __toESM2(require_web_tree_sitter2());
var WASM_FILES = ["web-tree-sitter.wasm", "tree-sitter-go.wasm"];
function locateWasm(name2) {
  const candidates = [path2.join(__dirname, name2), path2.join(__dirname, "wasm", name2)];
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
  /**
   * Parses text; with oldTree (already edited) the parse is incremental. Callers delete the tree.
   * Throws ParseTimeout when the parse outlives its budget (junk that is not Go source makes
   * error recovery very slow), so that no input can hang the server or the CLI.
   */
  parse(text, oldTree, budgetMs = parseBudgetMs(text.length)) {
    const deadline = performance.now() + budgetMs;
    const progressCallback = (() => performance.now() > deadline);
    const tree = this.parser.parse(text, oldTree ?? null, { progressCallback });
    if (tree) return tree;
    this.parser.reset();
    throw new ParseTimeout(budgetMs);
  }
};
function parseBudgetMs(length) {
  return 2e3 + length / 1024;
}
var ParseTimeout = class extends Error {
  constructor(budgetMs) {
    super(`parsing took longer than ${(budgetMs / 1e3).toFixed(1)} s: not Go source?`);
  }
};

// server/src/engine/files/modules.ts
var fs3 = __toESM2(require("node:fs"));
var path3 = __toESM2(require("node:path"));

// server/src/engine/files/gomod.ts
function commentOf(line) {
  let quote = null;
  for (let i2 = 0; i2 < line.length; i2++) {
    const ch = line[i2];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "`") quote = ch;
    else if (ch === "/" && line[i2 + 1] === "/") return line.slice(i2 + 2).trim();
  }
  return "";
}
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
      else onDirective(block, t, commentOf(line));
      continue;
    }
    if (t[1] === "(") {
      block = t[0];
      continue;
    }
    onDirective(t[0], t.slice(1), commentOf(line));
  }
}
function parseGoMod(text) {
  const mod = { modulePath: "", goVersion: null, requires: /* @__PURE__ */ new Map(), indirect: /* @__PURE__ */ new Set() };
  eachDirective(text, (verb, args2, comment) => {
    if (verb === "module" && args2[0]) mod.modulePath = args2[0];
    else if (verb === "go" && args2[0]) mod.goVersion = args2[0];
    else if (verb === "require" && args2[0] && args2[1]) {
      mod.requires.set(args2[0], args2[1]);
      if (comment === "indirect" || comment.startsWith("indirect;")) mod.indirect.add(args2[0]);
    }
  });
  return mod;
}
function parseGoWork(text) {
  const dirs = [];
  eachDirective(text, (verb, args2) => {
    if (verb === "use" && args2[0]) dirs.push(args2[0]);
  });
  return dirs;
}
function compareVersions(a, b) {
  const parse3 = (v) => {
    const [core = "", pre] = v.replace(/^v/, "").split("-", 2);
    return { nums: core.split(".").map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const pa = parse3(a);
  const pb = parse3(b);
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

// server/src/engine/files/modules.ts
var ModuleResolver = class {
  constructor(readFile = readIfExists) {
    this.readFile = readFile;
  }
  readFile;
  byDir = /* @__PURE__ */ new Map();
  /** The module containing file (absolute path), or null outside any module. */
  moduleFor(file) {
    return this.lookup(path3.dirname(file));
  }
  /** The import path of the package in file's directory. */
  packagePathFor(file) {
    const module2 = this.moduleFor(file);
    if (!module2?.mod.modulePath) return null;
    const rel = path3.relative(module2.dir, path3.dirname(file)).split(path3.sep).join("/");
    return rel ? `${module2.mod.modulePath}/${rel}` : module2.mod.modulePath;
  }
  /** Forgets cached go.mod contents (after a go.mod changed on disk). */
  invalidate() {
    this.byDir.clear();
  }
  lookup(dir) {
    const cached = this.byDir.get(dir);
    if (cached !== void 0) return cached;
    const text = this.readFile(path3.join(dir, "go.mod"));
    let found;
    const parent = path3.dirname(dir);
    const above = parent === dir ? null : this.lookup(parent);
    if (text !== void 0) found = { dir, mod: parseGoMod(text), outermostDir: above?.outermostDir ?? dir };
    else found = above;
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

// server/src/engine/fixes/list-items.ts
function removeListItems(items, remove) {
  if (items.every((_, i2) => remove.has(i2))) return null;
  const cuts = [];
  for (let i2 = 0; i2 < items.length; i2++) {
    if (!remove.has(i2)) continue;
    let last = i2;
    while (remove.has(last + 1)) last++;
    cuts.push(i2 > 0 ? { start: items[i2 - 1].end, end: items[last].end } : { start: items[i2].start, end: items[last + 1].start });
    i2 = last;
  }
  return cuts;
}

// server/src/engine/rules/chain-deprecated-otel-interceptor.ts
var OTELGRPC = "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc";
var DEPRECATED_SINCE = "v0.46.0";
var DEPRECATED = /* @__PURE__ */ new Map([
  ["UnaryServerInterceptor", { removedIn: "v0.61.0", side: "server" }],
  ["UnaryClientInterceptor", { removedIn: "v0.61.0", side: "client" }],
  ["StreamServerInterceptor", { removedIn: "v0.62.0", side: "server" }],
  ["StreamClientInterceptor", { removedIn: "v0.63.0", side: "client" }]
]);
var REPLACEMENT = {
  server: { option: "StatsHandler", handler: "NewServerHandler" },
  client: { option: "WithStatsHandler", handler: "NewClientHandler" }
};
function replacementText(side, grpcName, otelName, handlerArgs = "") {
  return `${grpcName}.${REPLACEMENT[side].option}(${otelName}.${REPLACEMENT[side].handler}(${handlerArgs}))`;
}
function argumentsText(call) {
  return field(call, "arguments")?.text.slice(1, -1).trim() ?? "";
}
function message(name2, side, version, grpcName, otelName) {
  const { removedIn } = DEPRECATED.get(name2);
  const use = `use ${replacementText(side, grpcName, otelName)} instead`;
  if (versionAtLeast(version, removedIn))
    return `${otelName}.${name2} was removed in otelgrpc ${removedIn} (go.mod requires ${version}): this does not compile; ${use}`;
  return `${otelName}.${name2} is deprecated since otelgrpc ${DEPRECATED_SINCE} and removed in ${removedIn}: this does not compile after upgrading; ${use}`;
}
function callOfArgument(node) {
  const list = node.parent;
  return list?.type === "argument_list" && list.parent?.type === "call_expression" ? list.parent : null;
}
function qualifierOf(call) {
  const fn = field(call, "function");
  const operand = fn?.type === "selector_expression" ? field(fn, "operand") : null;
  return operand?.type === "identifier" ? operand.text : null;
}
var ConstructorEdit = class {
  constructor(file, ctor, side) {
    this.file = file;
    this.ctor = ctor;
    this.side = side;
  }
  file;
  ctor;
  side;
  isDeprecatedCall(node) {
    const callee = this.file.callee(node);
    return callee?.pkg === OTELGRPC && DEPRECATED.get(callee.name)?.side === this.side;
  }
  isInterceptorOption(node) {
    const callee = this.file.callee(node);
    const options = this.side === "server" ? SERVER_INTERCEPTOR_OPTIONS : CLIENT_INTERCEPTOR_OPTIONS;
    return callee?.pkg === GRPC_PKG2 && options.has(callee.name);
  }
  isOtelStatsHandler(node) {
    if (!this.file.isCallTo(node, GRPC_PKG2, REPLACEMENT[this.side].option)) return false;
    const arg = callArguments(node)[0];
    return !!arg && this.file.isCallTo(arg, OTELGRPC, REPLACEMENT[this.side].handler);
  }
  /**
   * Removes every deprecated otelgrpc interceptor of this side from the constructor's options
   * (an option left empty goes too) and adds one stats handler, unless there is one already.
   * One handler covers unary and stream calls, so the fix is the same for each interceptor.
   */
  fix(otelName) {
    const grpcName = qualifierOf(this.ctor);
    if (!grpcName) return null;
    const options = callArguments(this.ctor);
    const emptied = [];
    const edits = [];
    let firstTouched = null;
    const interceptorArgs = /* @__PURE__ */ new Set();
    options.forEach((option, i2) => {
      if (!this.isInterceptorOption(option)) return;
      const args2 = callArguments(option);
      const remove = new Set(args2.flatMap((a, j) => this.isDeprecatedCall(a) ? [j] : []));
      for (const j of remove) interceptorArgs.add(argumentsText(args2[j]));
      if (remove.size === 0) return;
      firstTouched ??= option;
      const cuts = removeListItems(args2.map(nodeRange), remove);
      if (cuts) edits.push(...cuts.map((range) => this.deletion(range)));
      else emptied.push(i2);
    });
    if (!firstTouched) return null;
    const hasHandler = options.some((o) => this.isOtelStatsHandler(o));
    if (!hasHandler && interceptorArgs.size > 1) return null;
    const handler = replacementText(this.side, grpcName, otelName, [...interceptorArgs][0]);
    if (!hasHandler && emptied.length > 0) {
      edits.push({ file: this.file.path, range: nodeRange(options[emptied.shift()]), newText: handler });
    } else if (!hasHandler) {
      edits.push(this.insertBefore(firstTouched, handler));
    }
    if (emptied.length > 0) {
      const cuts = removeListItems(options.map(nodeRange), new Set(emptied));
      if (!cuts) return null;
      edits.push(...cuts.map((range) => this.deletion(range)));
    }
    const title = hasHandler ? `Remove the deprecated otelgrpc interceptors (the ${REPLACEMENT[this.side].option} option already traces every call)` : `Replace the deprecated otelgrpc interceptors with ${handler}`;
    return { title, edits };
  }
  /** The option goes before `option`: on a line of its own when `option` starts its line. */
  insertBefore(option, text) {
    const { start: start2 } = nodeRange(option);
    const lineStart = this.file.text.lastIndexOf("\n", option.startIndex - 1) + 1;
    const indent = this.file.text.slice(lineStart, option.startIndex);
    const separator = indent.trim() === "" ? `,
${indent}` : ", ";
    return { file: this.file.path, range: { start: start2, end: start2 }, newText: `${text}${separator}` };
  }
  deletion(range) {
    return { file: this.file.path, range, newText: "" };
  }
};
function constructorAround(file, call, side) {
  const option = callOfArgument(call);
  const ctor = option ? callOfArgument(option) : null;
  const callee = ctor ? file.callee(ctor) : null;
  if (!option || !ctor || callee?.pkg !== GRPC_PKG2) return null;
  if (side === "server" ? callee.name !== "NewServer" : !CLIENT_CONSTRUCTORS.has(callee.name)) return null;
  const skip = side === "client" ? CLIENT_CONSTRUCTORS.get(callee.name).targetArg + 1 : 0;
  return callArguments(ctor).findIndex((a) => a.id === option.id) >= skip ? ctor : null;
}
var chainDeprecatedOtelInterceptor = {
  meta: {
    id: "chain-deprecated-otel-interceptor",
    defaultSeverity: "warning",
    summary: "otelgrpc interceptors are deprecated since otelgrpc v0.46.0 and removed in v0.61.0\u2013v0.63.0: use the stats handlers.",
    fixable: true,
    otherLinters: [{ linter: "staticcheck", checks: ["SA1019"] }],
    inTestCode: "report"
  },
  scope: "file",
  check({ file, report }) {
    if (!file.imports.has(OTELGRPC)) return;
    const version = file.requiredVersion(OTELGRPC);
    if (!version || !versionAtLeast(version, DEPRECATED_SINCE)) return;
    for (const selector of file.nodesOfType("selector_expression")) {
      const name2 = file.qualify(selector);
      const deprecated = name2?.pkg === OTELGRPC ? DEPRECATED.get(name2.name) : void 0;
      const otelName = field(selector, "operand")?.text;
      if (!name2 || !deprecated || !otelName) continue;
      const call = selector.parent?.type === "call_expression" && field(selector.parent, "function")?.id === selector.id ? selector.parent : null;
      const ctor = call ? constructorAround(file, call, deprecated.side) : null;
      const fix = ctor ? new ConstructorEdit(file, ctor, deprecated.side).fix(otelName) : null;
      const grpcName = (ctor && qualifierOf(ctor)) ?? file.imports.nameOf(GRPC_PKG2) ?? "grpc";
      report({ node: selector, message: message(name2.name, deprecated.side, version, grpcName, otelName), fixes: fix ? [fix] : [] });
    }
  }
};

// server/src/engine/rules/chain-interceptor-overwritten.ts
var CHAIN_OPTIONS = {
  server: { unary: "ChainUnaryInterceptor", stream: "ChainStreamInterceptor" },
  client: { unary: "WithChainUnaryInterceptor", stream: "WithChainStreamInterceptor" }
};
function sameRange(a, b) {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
function constructorOf(facts, chain) {
  return facts.files.get(chain.file)?.chains.constructors.find((c) => sameRange(c.range, chain.range));
}
function oneLineSource(expr) {
  return expr.source !== void 0 && !expr.source.includes("\n") ? expr.source : null;
}
function grpcOption(expr) {
  const callee = expr.kind === "call" ? expr.callee : void 0;
  if (callee?.kind !== "selector" || callee.ref?.pkg !== GRPC_PKG2 || !callee.text.endsWith(`.${callee.ref.name}`)) return null;
  return { name: callee.ref.name, qualifier: callee.text.slice(0, -callee.ref.name.length - 1) };
}
function literalOptionIndex(ctor, chain, single) {
  if (single.registered.file !== chain.file) return -1;
  const i2 = ctor.options.findIndex((o) => sameRange(o.range, single.registered.range));
  return ctor.spread && i2 === ctor.options.length - 1 ? -1 : i2;
}
function mergeFix(facts, chain, stream, singles) {
  const ctor = constructorOf(facts, chain);
  if (!ctor || singles.length !== 2) return [];
  const indices = singles.map((s) => literalOptionIndex(ctor, chain, s));
  if (indices.some((i2) => i2 < 0)) return [];
  const options = indices.map((i2) => ctor.options[i2]);
  const called = options.map(grpcOption);
  const args2 = options.map((o) => o.args?.length === 1 && !o.spread ? oneLineSource(o.args[0]) : null);
  if (called.some((c) => !c) || args2.some((a) => a === null)) return [];
  const chainOption = CHAIN_OPTIONS[chain.kind][stream];
  const merged = `${called[0].qualifier}.${chainOption}(${args2.join(", ")})`;
  const [first, second] = indices;
  const earlier = ctor.options.slice(0, first).findIndex((o) => {
    const option = grpcOption(o);
    return !option || option.name === chainOption;
  });
  const edits = [];
  const removed = /* @__PURE__ */ new Set([second]);
  if (earlier < 0) {
    edits.push({ file: chain.file, range: options[0].range, newText: merged });
  } else {
    const before2 = ctor.options[earlier];
    const at = before2.range.start;
    const separator = before2.indent !== void 0 ? `,
${before2.indent}` : ", ";
    edits.push({ file: chain.file, range: { start: at, end: at }, newText: `${merged}${separator}` });
    removed.add(first);
  }
  const cuts = removeListItems(
    ctor.options.map((o) => o.range),
    removed
  );
  if (!cuts) return [];
  edits.push(...cuts.map((range) => ({ file: chain.file, range, newText: "" })));
  const title = chain.kind === "server" ? `Merge both into one ${called[0].qualifier}.${chainOption}` : `Merge both into one ${called[0].qualifier}.${chainOption} (both will run; today only the last one does)`;
  return [{ title, edits }];
}
function names2(single) {
  return single.entries.map((e) => e.name).join(", ") || single.option;
}
function message2(chain, stream, singles) {
  const second = singles[1];
  if (chain.kind === "server") {
    return `${second.option} is given a second time: ${chain.constructor} panics at start-up ("The ${stream} server interceptor was already set and may not be reset."); chain them with one ${CHAIN_OPTIONS.server[stream]}`;
  }
  const last = singles[singles.length - 1];
  const lost = singles.slice(0, -1).map(names2).join(", ");
  return `${second.option} is given a second time: only the last one (${names2(last)}) runs, ${lost} is silently replaced; chain them with one ${CHAIN_OPTIONS.client[stream]}`;
}
function unconditional(singles) {
  return singles.every((s) => !s.conditional);
}
var chainInterceptorOverwritten = {
  meta: {
    id: "chain-interceptor-overwritten",
    defaultSeverity: "error",
    summary: "A single UnaryInterceptor/StreamInterceptor option given twice: the server panics at start-up, a client keeps only the last one.",
    fixable: true,
    inTestCode: "report"
  },
  scope: "workspace",
  check({ facts, report }) {
    const reported = /* @__PURE__ */ new Set();
    for (const chain of facts.chains) {
      for (const stream of ["unary", "stream"]) {
        const singles = chain.singles[stream];
        if (singles.length < 2 || !unconditional(singles)) continue;
        const second = singles[1];
        const atRegistration = second.registered.file === chain.file;
        const where = atRegistration ? second.registered : { file: chain.file, range: chain.range };
        const key2 = `${where.file}:${where.range.start.line}:${where.range.start.character}:${stream}`;
        if (reported.has(key2)) continue;
        reported.add(key2);
        const related = [{ ...singles[0].registered, message: `the first ${singles[0].option}` }];
        if (atRegistration) related.push({ file: chain.file, range: chain.range, message: `the ${chain.constructor} call` });
        else related.push({ ...second.registered, message: `the second ${second.option}` });
        report({ file: where.file, range: where.range, message: message2(chain, stream, singles), related, fixes: mergeFix(facts, chain, stream, singles) });
      }
    }
  }
};

// server/src/engine/types.ts
function comparePositions(a, b) {
  return a.line - b.line || a.character - b.character;
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return comparePositions(a.range.start, b.range.start) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// server/src/engine/chains/rule-support.ts
var STREAM_KINDS = ["unary", "stream"];
function lastSegment(name2) {
  return name2.slice(name2.lastIndexOf(".") + 1);
}
function classOf(entry, config) {
  const named = (names4) => names4.includes(entry.name) || names4.includes(lastSegment(entry.name));
  if (named(config.recoveryNames)) return "recovery";
  if (named(config.authNames)) return "auth";
  return entry.class;
}
function mayPanic(entry) {
  return entry.resolved && entry.body !== null && entry.library === null;
}
function sameRange2(a, b) {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
function within(inner, outer) {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
function constructorOf2(file, chain) {
  return file?.chains.constructors.find((c) => sameRange2(c.range, chain.range));
}
function placeOf(chain, ctor, at, what) {
  if (at.file === chain.file) return { range: at.range, related: [] };
  return { range: ctor.callee?.range ?? chain.range, related: [{ file: at.file, range: at.range, message: what }] };
}
function chainOptionName(chain, kind) {
  const name2 = kind === "unary" ? "ChainUnaryInterceptor" : "ChainStreamInterceptor";
  return chain.kind === "server" ? name2 : `With${name2}`;
}
function isGrpcCall(option, names4) {
  const ref = option.kind === "call" && option.callee?.kind === "selector" ? option.callee.ref : null;
  return ref?.pkg === GRPC_PKG2 && names4.includes(ref.name);
}
function literalOptions(ctor) {
  return ctor.spread ? ctor.options.slice(0, -1) : ctor.options;
}
function movableChainOptions(chain, ctor, kind) {
  const name2 = chainOptionName(chain, kind);
  return literalOptions(ctor).filter((o) => isGrpcCall(o, [name2]) && !o.spread && (o.args ?? []).every((a) => a.source !== void 0));
}
function argumentIndex(option, chain, at) {
  if (at.file !== chain.file) return -1;
  return (option.args ?? []).findIndex((a) => sameRange2(a.range, at.range));
}
function argumentContaining(option, chain, at) {
  if (at.file !== chain.file) return -1;
  return (option.args ?? []).findIndex((a) => within(at.range, a.range));
}
function insertAt(file, at, newText) {
  return { file, range: { start: at, end: at }, newText };
}
function insertBefore(file, first, text) {
  return insertAt(file, first.range.start, first.indent !== void 0 ? `${text},
${first.indent}` : `${text}, `);
}
function removeArguments(file, args2, closeLine, remove) {
  if (args2.every((_, i2) => remove.has(i2))) return null;
  const edits = [];
  for (let i2 = 0; i2 < args2.length; i2++) {
    if (!remove.has(i2)) continue;
    let last = i2;
    while (remove.has(last + 1)) last++;
    const first = args2[i2];
    const end = args2[last];
    const next = args2[last + 1];
    const previous = args2[i2 - 1];
    if (next) edits.push({ file, range: { start: first.range.start, end: next.range.start }, newText: "" });
    else if (previous && previous.range.end.line === first.range.start.line)
      edits.push({ file, range: { start: previous.range.end, end: end.range.end }, newText: "" });
    else if (first.indent !== void 0 && closeLine === end.range.end.line + 1) {
      edits.push({ file, range: { start: { line: first.range.start.line, character: 0 }, end: { line: end.range.end.line + 1, character: 0 } }, newText: "" });
    } else return null;
    i2 = last;
  }
  return edits;
}
function lineTail(arg) {
  const match = /^,( *)(\/\/.*)?$/.exec(arg.after ?? "");
  if (!match || (match[2] ?? "").includes("/*")) return null;
  return match[2] ? { padding: match[1], comment: match[2] } : { padding: "", comment: "" };
}
function endsWithComment(arg) {
  return !!arg && arg.indent !== void 0 && !!lineTail(arg)?.comment;
}
function insertAfterArgument(file, args2, k, texts) {
  const arg = args2[k];
  const next = args2[k + 1];
  if (endsWithComment(arg) && endsWithComment(next)) return null;
  if (next) return insertAt(file, next.range.start, texts.map((t) => next.indent !== void 0 ? `${t},
${next.indent}` : `${t}, `).join(""));
  if (arg.indent !== void 0 && lineTail(arg)) {
    const lineEnd = { line: arg.range.end.line, character: arg.range.end.character + arg.after.length };
    return insertAt(file, lineEnd, texts.map((t) => `
${arg.indent}${t},`).join(""));
  }
  return insertAt(file, arg.range.end, texts.map((t) => arg.indent !== void 0 ? `,
${arg.indent}${t}` : `, ${t}`).join(""));
}
function swapArguments(file, option, i2, j) {
  const a = option.args?.[i2];
  const b = option.args?.[j];
  if (!a || !b || a.source === void 0 || b.source === void 0) return [];
  return [
    { file, range: a.range, newText: b.source },
    { file, range: b.range, newText: a.source }
  ];
}
function mergeInsertions(edits) {
  const out2 = [];
  for (const edit of edits) {
    const isInsertion = (e) => comparePositions(e.range.start, e.range.end) === 0;
    const same = out2.find((e) => e.file === edit.file && isInsertion(e) && isInsertion(edit) && comparePositions(e.range.start, edit.range.start) === 0);
    if (same) same.newText += edit.newText;
    else out2.push({ ...edit });
  }
  return out2;
}

// server/src/engine/rules/chain-missing-recovery.ts
function lacksRecovery(chain, kind, config) {
  const entries = chain[kind];
  return entries.length > 0 && entries.every((e) => e.resolved) && !entries.some((e) => classOf(e, config) === "recovery");
}
function qualifier(text) {
  return text.slice(0, text.lastIndexOf("."));
}
var OBSERVABILITY = /* @__PURE__ */ new Set(["logging", "metrics", "tracing"]);
function outsideCount(entries, config) {
  let count = 0;
  for (let i2 = 0; i2 < entries.length && !mayPanic(entries[i2]); i2++) if (OBSERVABILITY.has(classOf(entries[i2], config))) count = i2 + 1;
  return count;
}
function convertSingle(chain, ctor, kind, recovery, at) {
  const single = chain.singles[kind][0];
  const singleName = kind === "unary" ? "UnaryInterceptor" : "StreamInterceptor";
  const chainName = chainOptionName(chain, kind);
  const options = literalOptions(ctor);
  const index = options.findIndex((o) => single.registered.file === chain.file && sameRange2(o.range, single.registered.range));
  const option = options[index];
  const arg = option?.args?.[0];
  if (!option?.callee || !arg || option.args.length !== 1 || !isGrpcCall(option, [singleName])) return null;
  if (!options.slice(0, index).every((o) => o.kind === "call" && o.callee?.kind === "selector" && o.callee.ref?.pkg === GRPC_PKG2 && o.callee.ref.name !== chainName))
    return null;
  const rename = { file: chain.file, range: option.callee.range, newText: `${qualifier(option.callee.text)}.${chainName}` };
  const insertion = at === 0 ? insertBefore(chain.file, arg, recovery) : insertAfterArgument(chain.file, option.args, 0, [recovery]);
  return insertion ? [rename, insertion] : null;
}
function recoveryEdits(chain, ctor, kind, recovery, at) {
  const file = chain.file;
  const singles = chain.singles[kind];
  if (singles.length > 1) return null;
  const fromSingle = singles[0]?.entries.length ?? 0;
  if (singles.length === 1 && at <= fromSingle) {
    const converted = at === 0 || at === fromSingle ? convertSingle(chain, ctor, kind, recovery, at) : null;
    if (converted || at < fromSingle) return converted;
  }
  const chained = chain[kind].slice(fromSingle);
  const position = at - fromSingle;
  const options = movableChainOptions(chain, ctor, kind);
  const before2 = chained[position - 1];
  if (before2) {
    for (const option of options) {
      const index = argumentContaining(option, chain, before2.registered);
      const insertion = index >= 0 ? insertAfterArgument(file, option.args, index, [recovery]) : null;
      if (index >= 0) return insertion && [insertion];
    }
  }
  const after = chained[position];
  const holder = after ? options.find((o) => argumentContaining(o, chain, after.registered) === 0) : void 0;
  if (holder) return [insertBefore(file, holder.args[0], recovery)];
  const firstOption = literalOptions(ctor)[0];
  if (position > 0 || ctor.spread || !firstOption || !ctor.callee) return null;
  return [insertBefore(file, firstOption, `${qualifier(ctor.callee.text)}.${chainOptionName(chain, kind)}(${recovery})`)];
}
function nameTaken(facts, file, ctor, name2, adding) {
  const fn = ctor.functionIndex === null ? null : file.chains.functions[ctor.functionIndex];
  if (fn && (fn.params.includes(name2) || fn.locals.some((l) => l.name === name2))) return true;
  if (!adding) return false;
  if (file.functions.some((f) => f.receiver === null && f.name === name2) || file.chains.vars.some((v) => v.name === name2)) return true;
  return file.packagePath !== null && facts.findFunction(file.packagePath, name2) !== void 0;
}
function addRecoveryFix(facts, config, file, chain, ctor, kinds) {
  const pkg = file.chains.recoveryImport;
  if (!pkg || nameTaken(facts, file, ctor, pkg.name, pkg.edits.length > 0)) return [];
  const edits = [];
  const added = [];
  for (const kind of kinds) {
    const recovery = `${pkg.name}.${kind === "unary" ? "Unary" : "Stream"}ServerInterceptor()`;
    const at = outsideCount(chain[kind], config);
    const kindEdits = recoveryEdits(chain, ctor, kind, recovery, at);
    if (!kindEdits) return [];
    edits.push(...kindEdits);
    added.push({ recovery, where: at === 0 ? "first" : `after ${chain[kind][at - 1].name}` });
  }
  const sameWhere = added.every((a) => a.where === added[0].where);
  const what = sameWhere ? `${added.map((a) => a.recovery).join(" and ")} ${added[0].where}` : added.map((a) => `${a.recovery} ${a.where}`).join(" and ");
  const needs = pkg.required ? "" : ` (go.mod needs ${MW_V2})`;
  return [{ title: `Add ${what}${needs}`, edits: [...mergeInsertions(edits), ...pkg.edits] }];
}
var chainMissingRecovery = {
  meta: {
    id: "chain-missing-recovery",
    defaultSeverity: "warning",
    summary: "A gRPC server with interceptors but no panic-recovery interceptor: one panic kills the process.",
    fixable: true,
    // Servers started by tests and test helpers live as long as the test: a panic there fails the test, as it should.
    inTestCode: "quiet"
  },
  scope: "workspace",
  check({ facts, config, report }) {
    for (const chain of facts.chains) {
      if (chain.kind !== "server" || chain.builtOutsideWorkspace) continue;
      const kinds = STREAM_KINDS.filter((kind) => lacksRecovery(chain, kind, config));
      if (kinds.length === 0) continue;
      const file = facts.files.get(chain.file);
      const ctor = constructorOf2(file, chain);
      if (!file || !ctor) continue;
      const which = kinds.length === 2 ? "unary and stream chains have" : `${kinds[0]} chain has`;
      report({
        file: chain.file,
        range: ctor.callee?.range ?? chain.range,
        message: `${chain.constructor}'s ${which} interceptors but no recovery interceptor: grpc-go does not recover panics, so one panic in a handler or interceptor kills the whole process`,
        fixes: addRecoveryFix(facts, config, file, chain, ctor, kinds)
      });
    }
  }
};

// server/src/engine/rules/chain-order.ts
var CONSEQUENCES = /* @__PURE__ */ new Map([
  ["tracing>logging", "its logs are written before the span exists and lack trace ids"],
  ["tracing>metrics", "its metrics are recorded outside the span and carry no exemplars"],
  ["auth>ratelimit", "unauthenticated calls spend the rate limit before they are rejected"],
  ["auth>validation", "unauthenticated calls are validated before they are rejected"],
  ["recovery>logging", "a recovered panic is never logged"]
]);
function consequence([before2, after]) {
  return CONSEQUENCES.get(`${before2}>${after}`) ?? `the order policy wants every ${before2} interceptor to run before every ${after} one`;
}
function swapFix(chain, ctor, kind, early, late) {
  for (const option of movableChainOptions(chain, ctor, kind)) {
    const i2 = argumentIndex(option, chain, early.registered);
    const j = argumentIndex(option, chain, late.registered);
    if (i2 < 0 || j < 0) continue;
    const edits = swapArguments(chain.file, option, i2, j);
    return edits.length > 0 ? [{ title: `Swap ${late.name} and ${early.name}`, edits }] : [];
  }
  return [];
}
var chainOrder = {
  meta: {
    id: "chain-order",
    defaultSeverity: "warning",
    summary: "Interceptors in an order the order policy forbids, e.g. tracing after logging (logs lose trace ids).",
    fixable: true,
    inTestCode: "quiet"
  },
  scope: "workspace",
  check({ facts, config, report }) {
    const reported = /* @__PURE__ */ new Set();
    for (const chain of facts.chains) {
      const ctor = constructorOf2(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const kind of STREAM_KINDS) {
        const entries = chain[kind];
        const classes = entries.map((e) => classOf(e, config));
        for (const pair of config.order) {
          const [before2, after] = pair;
          const firstAfter = classes.indexOf(after);
          if (firstAfter < 0) continue;
          entries.forEach((entry, j) => {
            if (j <= firstAfter || classes[j] !== before2) return;
            const blocker = entries[firstAfter];
            const place = placeOf(chain, ctor, entry.registered, `${entry.name} is registered here`);
            const key2 = `${chain.file}:${place.range.start.line}:${place.range.start.character}:${before2}>${after}`;
            if (reported.has(key2)) return;
            reported.add(key2);
            report({
              file: chain.file,
              range: place.range,
              message: `${entry.name} (${before2}) runs after ${blocker.name} (${after}) in the ${kind} chain of ${chain.constructor}: ${consequence(pair)}`,
              related: [...place.related, { file: blocker.registered.file, range: blocker.registered.range, message: `${blocker.name} runs first` }],
              fixes: swapFix(chain, ctor, kind, blocker, entry)
            });
          });
        }
      }
    }
  }
};

// server/src/engine/rules/chain-unprotected-interceptor.ts
function slotOf(chain, ctor, kind, entry) {
  for (const option of movableChainOptions(chain, ctor, kind)) {
    const index = argumentIndex(option, chain, entry.registered);
    if (index >= 0) return { option, index };
  }
  const singleName = kind === "unary" ? "UnaryInterceptor" : "StreamInterceptor";
  const single = literalOptions(ctor).findIndex(
    (o) => isGrpcCall(o, [singleName]) && !o.spread && o.args?.length === 1 && entry.registered.file === chain.file && sameRange2(o.args[0].range, entry.registered.range)
  );
  return single >= 0 ? { single } : null;
}
function unitEnd(arg) {
  return { line: arg.range.end.line, character: arg.range.end.character + (arg.after ?? "").length };
}
function permute(file, option, moved, recovery) {
  const args2 = option.args;
  const from = moved[0];
  const span = args2.slice(from, recovery + 1);
  const order = [...span.filter((_, i2) => !moved.includes(from + i2) && from + i2 !== recovery), args2[recovery], ...moved.map((i2) => args2[i2])];
  const swaps = (unit) => span.flatMap(
    (arg, i2) => order[i2] === arg ? [] : [
      {
        file,
        range: { start: arg.range.start, end: unit ? unitEnd(arg) : arg.range.end },
        newText: unit ? `${order[i2].source}${order[i2].after}` : order[i2].source
      }
    ]
  );
  const ownLines = span.every((a) => a.indent !== void 0 && a.indent === span[0].indent);
  if (!ownLines) return order.some((a) => a.source.includes("\n")) ? null : swaps(false);
  const tails = span.map(lineTail);
  const withComment = tails.filter((t) => !!t?.comment).length;
  if (withComment === 0) return swaps(false);
  const column = (a, i2) => a.source.length + tails[i2].padding.length;
  if (withComment < span.length || span.some((a, i2) => a.source.includes("\n") || column(a, i2) !== column(span[0], 0))) return null;
  return swaps(true);
}
function removeFromList(file, args2, closeLine, indices, keepComments) {
  for (const i2 of indices) {
    if (keepComments && endsWithComment(args2[i2])) return null;
    if (endsWithComment(args2[i2 - 1]) && endsWithComment(args2[i2 + 1])) return null;
  }
  return removeArguments(file, args2, closeLine, indices);
}
function moveAcross(chain, ctor, slots, recoveryOption, recovery) {
  const file = chain.file;
  const options = literalOptions(ctor);
  const sources = [];
  const removedOptions = /* @__PURE__ */ new Set();
  const byOption = /* @__PURE__ */ new Map();
  for (const slot of slots) {
    const arg = "single" in slot ? options[slot.single].args[0] : slot.option.args[slot.index];
    if (arg.source === void 0 || arg.source.includes("\n") || endsWithComment(arg)) return null;
    sources.push(arg.source);
    if ("single" in slot) removedOptions.add(slot.single);
    else byOption.set(slot.option, (byOption.get(slot.option) ?? /* @__PURE__ */ new Set()).add(slot.index));
  }
  const edits = [];
  for (const [option, indices] of byOption) {
    if (indices.size === option.args.length) {
      removedOptions.add(options.indexOf(option));
      continue;
    }
    const removal = removeFromList(file, option.args, option.range.end.line, indices, true);
    if (!removal) return null;
    edits.push(...removal);
  }
  if (removedOptions.size > 0) {
    const removal = removeFromList(file, ctor.options, ctor.range.end.line, removedOptions, false);
    if (!removal) return null;
    edits.push(...removal);
  }
  const insertion = insertAfterArgument(file, recoveryOption.args, recovery, sources);
  return insertion ? [...edits, insertion] : null;
}
function moveInsideRecoveryFix(chain, ctor, kind, recovery, outside) {
  if (chain.singles[kind].length > 1) return [];
  const target = slotOf(chain, ctor, kind, recovery);
  if (!target || "single" in target) return [];
  const slots = outside.map((entry) => slotOf(chain, ctor, kind, entry));
  if (slots.some((slot) => slot === null)) return [];
  const known = slots;
  const sameOption = known.every((slot) => !("single" in slot) && slot.option === target.option);
  const edits = sameOption ? permute(
    chain.file,
    target.option,
    known.map((slot) => slot.index),
    target.index
  ) : moveAcross(chain, ctor, known, target.option, target.index);
  if (!edits || edits.length === 0) return [];
  return [{ title: `Move ${outside.map((e) => e.name).join(", ")} after ${recovery.name}`, edits }];
}
function placeOf2(chain, ctor, entries) {
  const holder = literalOptions(ctor).find((o) => entries.every((e) => e.registered.file === chain.file && within(e.registered.range, o.range)));
  return holder?.callee?.range ?? holder?.range ?? ctor.callee?.range ?? chain.range;
}
function names3(entries) {
  const list = entries.map((e) => e.name);
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
var chainUnprotectedInterceptor = {
  meta: {
    id: "chain-unprotected-interceptor",
    defaultSeverity: "warning",
    summary: "An interceptor that can panic runs before (outside) the recovery interceptor: its panics are not recovered.",
    fixable: true,
    inTestCode: "quiet"
  },
  scope: "workspace",
  check({ facts, config, report }) {
    const reported = /* @__PURE__ */ new Set();
    for (const chain of facts.chains) {
      if (chain.kind !== "server" || chain.builtOutsideWorkspace) continue;
      const ctor = constructorOf2(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const kind of STREAM_KINDS) {
        const entries = chain[kind];
        if (entries.some((e) => !e.resolved)) continue;
        const first = entries.findIndex((e) => classOf(e, config) === "recovery");
        if (first <= 0) continue;
        const recovery = entries[first];
        const outside = entries.slice(0, first).filter(mayPanic);
        if (outside.length === 0) continue;
        const range = placeOf2(chain, ctor, outside);
        const key2 = `${chain.file}:${range.start.line}:${range.start.character}:${kind}`;
        if (reported.has(key2)) continue;
        reported.add(key2);
        const verb = outside.length === 1 ? "runs" : "run";
        report({
          file: chain.file,
          range,
          message: `${names3(outside)} ${verb} before (outside) ${recovery.name} in the ${kind} chain of ${chain.constructor}: a panic in ${outside.length === 1 ? "it" : "them"} is not recovered and kills the process`,
          related: [
            ...outside.map((e) => ({ file: e.registered.file, range: e.registered.range, message: `${e.name} runs outside recovery` })),
            { file: recovery.registered.file, range: recovery.registered.range, message: `the recovery interceptor ${recovery.name}` }
          ],
          fixes: moveInsideRecoveryFix(chain, ctor, kind, recovery, outside)
        });
      }
    }
  }
};

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

// server/src/engine/flow/cancel-sites.ts
function leftAndRight(stmt) {
  if (stmt.type === "short_var_declaration" || stmt.type === "assignment_statement") {
    if (stmt.type === "assignment_statement" && field(stmt, "operator")?.text !== "=") return null;
    return [namedChildren(field(stmt, "left")), namedChildren(field(stmt, "right"))];
  }
  if (stmt.type === "var_spec") {
    const names4 = stmt.childrenForFieldName("name").filter((n) => n !== null);
    return [names4, namedChildren(field(stmt, "value"))];
  }
  return null;
}
var BINDING_TYPES = /* @__PURE__ */ new Set(["short_var_declaration", "assignment_statement", "var_spec"]);
function bindingStatement(call) {
  let n = call.parent;
  while (n?.type === "parenthesized_expression") n = n.parent;
  if (n?.type !== "expression_list") return null;
  return n.parent && BINDING_TYPES.has(n.parent.type) ? n.parent : null;
}
var sitesByFile = /* @__PURE__ */ new WeakMap();
function findCancelSites(file) {
  const cached = sitesByFile.get(file);
  if (cached) return cached;
  const sites = [];
  const names4 = file.imports.has(CONTEXT_PKG) ? [...CANCEL_FUNCS.keys()] : [];
  for (const name2 of names4) {
    for (const node of file.nodesAt(name2)) {
      const call = callOfSelectorField(node);
      const statement = call && bindingStatement(call);
      const sides = statement && leftAndRight(statement);
      if (!call || !statement || !sides) continue;
      const [left, right] = sides;
      if (left.length !== 2 || right.length !== 1 || unparen(right[0]).id !== call.id) continue;
      const callee = file.callee(call);
      if (!callee || callee.pkg !== CONTEXT_PKG || callee.name !== name2) continue;
      sites.push({
        statement,
        call,
        funcName: name2,
        ctxTarget: left[0],
        cancelTarget: left[1],
        declares: statement.type !== "assignment_statement"
      });
    }
  }
  sites.sort((a, b) => a.statement.startIndex - b.statement.startIndex);
  sitesByFile.set(file, sites);
  return sites;
}

// server/src/engine/flow/cancel-paths.ts
var NOTHING = { falls: false, breaks: false, continues: false, leaks: false, doubt: false };
var FALLS = { ...NOTHING, falls: true };
var DOUBT = { ...NOTHING, doubt: true };
var MAX_NESTING = 200;
var UNKNOWABLE = /* @__PURE__ */ new Set(["select_statement", "goto_statement", "labeled_statement", "fallthrough_statement"]);
var SWITCHES = /* @__PURE__ */ new Set(["expression_switch_statement", "type_switch_statement"]);
var CASES = /* @__PURE__ */ new Set(["expression_case", "type_case", "default_case"]);
var PathWalker2 = class {
  constructor(name2, mentionOffsets, endsProgram2) {
    this.name = name2;
    this.mentionOffsets = mentionOffsets;
    this.endsProgram = endsProgram2;
  }
  name;
  mentionOffsets;
  endsProgram;
  depth = 0;
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
    if (UNKNOWABLE.has(stmt.type) || this.depth >= MAX_NESTING) return DOUBT;
    this.depth++;
    try {
      return this.nested(stmt);
    } finally {
      this.depth--;
    }
  }
  nested(stmt) {
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
    const consequence2 = this.sequence(blockBody(field(stmt, "consequence")));
    const alternative = field(stmt, "alternative");
    const other = alternative ? this.statement(alternative) : FALLS;
    return union(consequence2, other);
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
    return this.mentionOffsets.some((at) => at >= node.startIndex && at < node.endIndex);
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
  const walker = new PathWalker2(variable.name, variable.mentions, endsProgram2);
  let pending = { falls: true, breaks: false, continues: false };
  let current = variable.statement;
  for (let level = 0; level < MAX_NESTING; level++) {
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
  return "unknown";
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
  for (let level = 0; level < MAX_NESTING; level++) {
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
  return null;
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
function resolveCancelVar(file, site) {
  const target = site.cancelTarget;
  if (target.type !== "identifier" || target.text === "_") return null;
  const name2 = target.text;
  const statement = listStatement(site);
  const fn = statement && enclosingFunction(statement);
  if (!statement || !fn) return null;
  const declaration2 = declares(statement, name2) ? earlierDeclaration(statement, name2) ?? statement : findDeclaration(statement, name2, fn);
  if (!declaration2) return null;
  const scope = declaration2.parent;
  let escapes = false;
  let shadowed = false;
  const mentions3 = [];
  for (const n of file.nodesAt(name2, declaration2.startIndex, scope.endIndex)) {
    if (n.type !== "identifier") continue;
    mentions3.push(n.startIndex);
    if (enclosingFunction(n)?.id !== fn.id || !(isCalled(n) || isBinding(n))) escapes = true;
    else if (isBinding(n) && n.parent?.parent?.type !== "assignment_statement" && bindingStatement2(n).parent?.id !== scope.id) shadowed = true;
  }
  return shadowed ? null : { name: name2, statement, scope, escapes, mentions: mentions3 };
}
function earlierDeclaration(stmt, name2) {
  for (let prev = stmt.previousNamedSibling; prev; prev = prev.previousNamedSibling) if (declares(prev, name2)) return prev;
  return null;
}
function bindingStatement2(ident) {
  let n = ident.parent;
  if (n.type === "expression_list") return n.parent ?? n;
  while (n.parent && n.type !== "var_declaration") n = n.parent;
  return n;
}

// server/src/engine/flow/detached-work.ts
var LATER_CALLBACKS = [
  { pkg: "context", name: "AfterFunc" },
  { pkg: "time", name: "AfterFunc" }
];
var GOROUTINE_RUNNERS = /* @__PURE__ */ new Set(["Go", "TryGo", "Submit"]);
var STOP_HOOK_FIELDS = /* @__PURE__ */ new Set(["OnStop"]);
var STOP_HOOK_FUNCS = /* @__PURE__ */ new Set(["StopHook"]);
function calleeName2(call) {
  const fn = field(call, "function");
  if (fn?.type === "identifier") return fn.text;
  return fn?.type === "selector_expression" ? field(fn, "field")?.text ?? null : null;
}
function returnedByOwner(literal) {
  let n = literal.parent;
  if (n?.type === "expression_list") n = n.parent;
  return n?.type === "return_statement";
}
function isStopHook(literal) {
  const parent = literal.parent;
  if (parent?.type === "literal_element" && parent.parent?.type === "keyed_element") {
    const key2 = field(parent.parent, "key");
    return key2 !== null && key2.id !== parent.id && STOP_HOOK_FIELDS.has(key2.text);
  }
  const outer = parent?.type === "argument_list" ? parent.parent : null;
  const name2 = outer?.type === "call_expression" ? calleeName2(outer) : null;
  return !!name2 && STOP_HOOK_FUNCS.has(name2);
}
function literalRunsLater(file, literal) {
  if (returnedByOwner(literal) || isStopHook(literal)) return true;
  const parent = literal.parent;
  if (parent?.type !== "argument_list" || parent.parent?.type !== "call_expression") return false;
  const outer = parent.parent;
  if (LATER_CALLBACKS.some((cb) => file.isCallTo(outer, cb.pkg, cb.name))) return true;
  const name2 = calleeName2(outer);
  return !!name2 && field(outer, "function")?.type === "selector_expression" && GOROUTINE_RUNNERS.has(name2);
}
function runsDetached(file, call, owner) {
  for (let n = call.parent; n && n.id !== owner.id; n = n.parent) {
    if (n.type === "go_statement" || n.type === "defer_statement") return true;
    if (n.type === "func_literal" && literalRunsLater(file, n)) return true;
  }
  return owner.type === "func_literal" && isStopHook(owner);
}
function doneReceiveOperand(unary) {
  if (unary?.type !== "unary_expression" || unary.child(0)?.type !== "<-") return null;
  const call = field(unary, "operand");
  const fn = call?.type === "call_expression" && callArguments(call).length === 0 ? field(call, "function") : null;
  if (fn?.type !== "selector_expression" || field(fn, "field")?.text !== "Done") return null;
  return field(fn, "operand")?.text ?? null;
}
function doneCaseOperand(node) {
  if (node.type !== "communication_case") return null;
  const communication = field(node, "communication");
  if (communication?.type !== "receive_statement" || field(communication, "left")) return null;
  return doneReceiveOperand(field(communication, "right"));
}
var LEAVING_STATEMENTS = /* @__PURE__ */ new Set(["return_statement", "goto_statement", "break_statement", "continue_statement"]);
function caseStatements(caseNode) {
  const list = namedChildren(caseNode).find((c) => c.type === "statement_list");
  return namedChildren(list ?? null);
}
function cancellationPoint(stmt) {
  if (stmt.type === "expression_statement") return doneReceiveOperand(stmt.namedChild(0));
  if (stmt.type !== "select_statement") return null;
  for (const caseNode of namedChildren(stmt)) {
    const operand = doneCaseOperand(caseNode);
    const last = caseStatements(caseNode).at(-1);
    if (operand && !(last && LEAVING_STATEMENTS.has(last.type))) return operand;
  }
  return null;
}
var cancellationPointsByFile = /* @__PURE__ */ new WeakMap();
function cancellationPoints(file) {
  let byList = cancellationPointsByFile.get(file);
  if (byList) return byList;
  byList = /* @__PURE__ */ new Map();
  for (const name2 of file.nodesAt("Done")) {
    let stmt = name2;
    while (stmt && stmt.parent?.type !== "statement_list" && !FUNCTION_TYPES.has(stmt.type)) stmt = stmt.parent;
    const list = stmt?.parent;
    const operand = stmt && list?.type === "statement_list" ? cancellationPoint(stmt) : null;
    if (!stmt || !list || !operand) continue;
    const points = byList.get(list.id) ?? [];
    if (!points.some((p) => p.end === stmt.endIndex)) points.push({ operand, end: stmt.endIndex });
    byList.set(list.id, points);
  }
  cancellationPointsByFile.set(file, byList);
  return byList;
}
function afterCancellation(file, call, context) {
  const isContext = (operand) => operand === context.paramName || operand === context.expression;
  const points = cancellationPoints(file);
  for (let n = call.parent; n && n.id !== context.owner.id; n = n.parent) {
    if (isContext(doneCaseOperand(n))) return true;
    if (n.type === "statement_list" && points.get(n.id)?.some((p) => p.end <= call.startIndex && isContext(p.operand))) return true;
  }
  return false;
}
var sitesByCallFile = /* @__PURE__ */ new WeakMap();
function cancelSiteOf(file, withCall) {
  let byCall = sitesByCallFile.get(file);
  if (!byCall) sitesByCallFile.set(file, byCall = new Map(findCancelSites(file).map((s) => [s.call.id, s])));
  return byCall.get(withCall.id);
}
function keepsCancel(use, siteFn) {
  for (let n = use.parent; n && n.id !== siteFn?.id; n = n.parent) if (n.type === "go_statement") return true;
  const parent = use.parent;
  if (!parent) return false;
  if (parent.type === "literal_element" || parent.type === "argument_list") return true;
  if (parent.type !== "expression_list") return false;
  const holder = parent.parent;
  if (holder?.type === "return_statement") return true;
  if (holder?.type !== "assignment_statement" || field(holder, "right")?.id !== parent.id) return false;
  return namedChildren(field(holder, "left")).some((t) => t.type === "selector_expression" || t.type === "index_expression");
}
function isLongLivedRoot(file, call) {
  const args2 = call.parent;
  const withCall = args2?.type === "argument_list" ? args2.parent : null;
  const site = withCall && callArguments(withCall)[0]?.id === call.id ? cancelSiteOf(file, withCall) : void 0;
  if (!site) return false;
  if (site.cancelTarget.type === "selector_expression" || site.cancelTarget.type === "index_expression") return true;
  const cancel = resolveCancelVar(file, site);
  if (!cancel) return false;
  const siteFn = enclosingFunction(site.statement);
  return cancel.mentions.some((at) => {
    const use = file.root.descendantForIndex(at, at + cancel.name.length);
    return !!use && use.startIndex > site.statement.endIndex && keepsCancel(use, siteFn);
  });
}
var DETACH_REASON = /\b(background|detach\w*|outliv\w*|independ\w*|shut\s?down|lifetime|long[- ]lived|surviv\w*|cancel\w*|todo context)\b/i;
function prose(comment) {
  return comment.replace(/^\/\/\s*[\w.-]+:\S*/, "").replace(/"[^"]*"|`[^`]*`/g, "");
}
function commentsOnLine(file, lineStart, lineEnd) {
  const out2 = [];
  const line = file.text.slice(lineStart, lineEnd);
  for (let at = line.indexOf("//"); at >= 0; at = line.indexOf("//", at + 2)) {
    const node = file.root.descendantForIndex(lineStart + at, lineStart + at + 2);
    if (node?.type === "comment") {
      out2.push(node.text);
      at = node.endIndex - lineStart;
    }
  }
  return out2;
}
function explainedByComment(file, call) {
  const text = file.text;
  const lineStart = text.lastIndexOf("\n", call.startIndex - 1) + 1;
  const lineEnd = text.indexOf("\n", call.endIndex) === -1 ? text.length : text.indexOf("\n", call.endIndex);
  const comments = commentsOnLine(file, lineStart, lineEnd);
  let stmt = call;
  while (stmt.parent && stmt.parent.type !== "statement_list" && stmt.parent.type !== "block" && !FUNCTION_TYPES.has(stmt.parent.type)) stmt = stmt.parent;
  for (let start2 = text.lastIndexOf("\n", stmt.startIndex - 1) + 1; start2 > 0; ) {
    const above = text.lastIndexOf("\n", start2 - 2) + 1;
    const line = text.slice(above, start2 - 1);
    const at = above + line.length - line.trimStart().length;
    const node = text.startsWith("//", at) ? file.root.descendantForIndex(at, at + 2) : null;
    if (node?.type !== "comment") break;
    comments.push(node.text);
    start2 = above;
  }
  return comments.some((c) => DETACH_REASON.test(prose(c)));
}
var METRICS_WORDS = /* @__PURE__ */ new Set([
  "metric",
  "metrics",
  "monitor",
  "monitoring",
  "telemetry",
  "instrument",
  "instruments",
  "counter",
  "histogram",
  "gauge",
  "meter",
  "stats",
  "diag",
  "diagnostics"
]);
var METRICS_IMPORT = /metric|opencensus\.io\/stats|prometheus/;
function namesMetrics(identifier) {
  return identifier.split(/_|(?<=[a-z0-9])(?=[A-Z])/).some((word) => METRICS_WORDS.has(word.toLowerCase()));
}
function calleeChain(fn) {
  const out2 = [];
  let n = fn;
  while (n?.type === "selector_expression") {
    const name2 = field(n, "field");
    if (name2) out2.unshift(name2);
    n = field(n, "operand");
  }
  if (n?.type === "identifier") out2.unshift(n);
  return out2;
}
function recordsMetrics(file, call) {
  const args2 = call.parent;
  const outer = args2?.type === "argument_list" ? args2.parent : null;
  const fn = outer?.type === "call_expression" ? field(outer, "function") : null;
  if (!fn) return false;
  const chain = calleeChain(fn);
  const root = chain[0];
  const importPath = root && chain.length > 1 ? file.imports.pathOf(root.text) : void 0;
  return !!importPath && METRICS_IMPORT.test(importPath) || chain.some((name2) => namesMetrics(name2.text));
}
var CONTEXT_BUILDER = /context|ctx|^with/i;
function copiesValues(file, call, context) {
  const args2 = call.parent;
  const outer = args2?.type === "argument_list" ? args2.parent : null;
  if (!args2 || outer?.type !== "call_expression" || callArguments(outer)[0]?.id !== call.id) return false;
  const name2 = calleeName2(outer);
  if (!name2 || !CONTEXT_BUILDER.test(name2)) return false;
  return file.nodesAt(context.paramName, call.endIndex, args2.endIndex).some((n) => n.type === "identifier");
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
  if (named?.type !== "qualified_type") return void 0;
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
    if (own) return isHidden(file, own, node) ? null : own;
  }
  return null;
}
var SCOPE_TYPES2 = /* @__PURE__ */ new Set([
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
function scopeOf2(decl) {
  for (let n = decl.parent; n; n = n.parent) if (SCOPE_TYPES2.has(n.type)) return n;
  return null;
}
function identifiersIn(list) {
  return namedChildren(list).filter((n) => n.type === "identifier");
}
function declarationsIn(owner) {
  const out2 = [];
  const add = (names4, scope, declaration2) => {
    for (const name2 of names4) out2.push({ name: name2, scope, visibleFrom: declaration2.endIndex });
  };
  const body2 = field(owner, "body");
  if (!body2) return out2;
  walk(body2, (node) => {
    switch (node.type) {
      case "short_var_declaration":
      case "receive_statement":
        add(identifiersIn(field(node, "left")), scopeOf2(node), node);
        break;
      case "range_clause":
        if (node.children.some((c) => c?.type === ":=")) add(identifiersIn(field(node, "left")), scopeOf2(node), node);
        break;
      case "var_spec":
      case "const_spec":
        add(
          node.childrenForFieldName("name").filter((n) => n !== null),
          scopeOf2(node),
          node
        );
        break;
      case "type_switch_statement": {
        const value = field(node, "value");
        if (value) add(identifiersIn(field(node, "alias")), node, value);
        break;
      }
      case "func_literal":
        for (const list of [field(node, "parameters"), field(node, "result")]) {
          for (const decl of namedChildren(list))
            add(
              decl.childrenForFieldName("name").filter((n) => n !== null),
              node,
              decl
            );
        }
        break;
    }
    return true;
  });
  return out2;
}
var declarationsByFile = /* @__PURE__ */ new WeakMap();
function declarationsNamed2(file, owner, name2) {
  let byOwner = declarationsByFile.get(file);
  if (!byOwner) declarationsByFile.set(file, byOwner = /* @__PURE__ */ new Map());
  let byName = byOwner.get(owner.id);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    for (const declaration2 of declarationsIn(owner)) {
      const list = byName.get(declaration2.name.text);
      if (list) list.push(declaration2);
      else byName.set(declaration2.name.text, [declaration2]);
    }
    byOwner.set(owner.id, byName);
  }
  return byName.get(name2) ?? [];
}
function isHidden(file, context, use) {
  const body2 = field(context.owner, "body");
  return declarationsNamed2(file, context.owner, context.paramName).some(
    ({ scope, visibleFrom }) => scope !== null && scope.id !== body2?.id && containsNode(scope, use) && visibleFrom <= use.startIndex
  );
}

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
    const names4 = Math.max(1, decl.childrenForFieldName("name").length);
    for (let i2 = 0; i2 < names4; i2++) out2.push(decl.type === "variadic_parameter_declaration" ? null : type);
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
  const results = parameterTypes(file, field(method, "result"));
  if (results.length !== 2 || !results[0]?.pointer || results[0].pkg === null) return false;
  if (!is(results[1], null, "error", false)) return false;
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
function enclosingRequestScope(file, fn) {
  for (let n = fn; n; n = enclosingFunction(n)) {
    const scope = requestScopeOf(file, n);
    if (scope) return scope;
  }
  return null;
}

// server/src/engine/rules/ctx-background-in-request.ts
function replacesParameter(call, context) {
  const list = call.parent;
  const assignment = list?.parent;
  if (list?.type !== "expression_list" || assignment?.type !== "assignment_statement") return false;
  if (field(assignment, "right")?.id !== list.id) return false;
  const index = list.namedChildren.findIndex((c) => c?.id === call.id);
  const target = field(assignment, "left")?.namedChildren[index];
  return target?.type === "identifier" && target.text === context.paramName;
}
function buildsContexts(file, owner) {
  const result = field(owner, "result");
  if (!result) return false;
  const types = result.type === "parameter_list" ? namedChildren(result).flatMap((p) => field(p, "type") ?? []) : [result];
  return types.some((type) => qualifiedTypeText(file, type) === CONTEXT_TYPE);
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
var packageUsesByFile = /* @__PURE__ */ new WeakMap();
function packageUses(file, pkgName) {
  let counts = packageUsesByFile.get(file);
  if (!counts) packageUsesByFile.set(file, counts = /* @__PURE__ */ new Map());
  let count = counts.get(pkgName);
  if (count === void 0) {
    count = file.nodesAt(pkgName).filter((node) => {
      const parent = node.parent;
      if (parent?.type === "selector_expression") return field(parent, "operand")?.id === node.id;
      return parent?.type === "qualified_type" && field(parent, "package")?.id === node.id;
    }).length;
    counts.set(pkgName, count);
  }
  return count;
}
var REQUEST_ONLY_SOURCES = /* @__PURE__ */ new Set(["gin", "echo", "grpc-stream"]);
function contextKind(file, context) {
  if (REQUEST_ONLY_SOURCES.has(context.source) || enclosingRequestScope(file, context.owner)) return "request";
  return context.source === "context" ? "caller" : null;
}
function useContextFix(file, call, context, pkgName, kind) {
  const edits = [replaceNode(file, call, context.expression)];
  if (context.source !== "context" && packageUses(file, pkgName) === 1) {
    const removal = removeImportEdit(file, CONTEXT_PKG);
    if (!removal) return null;
    edits.push(removal);
  }
  return { title: `Use the ${kind}'s context: ${context.expression}`, edits };
}
function fixes(file, call, context, kind) {
  const pkgName = field(field(call, "function"), "operand")?.text;
  if (!pkgName) return [];
  const useContext = useContextFix(file, call, context, pkgName, kind);
  if (!versionAtLeast(file.goVersion, "1.21")) return kind === "request" && useContext ? [useContext] : [];
  const detached = `${pkgName}.WithoutCancel(${context.expression})`;
  const keepValues = { title: `Keep the ${kind}'s values but not its cancellation: ${detached}`, edits: [replaceNode(file, call, detached)] };
  const ordered = kind === "request" ? [useContext, keepValues] : [keepValues, useContext];
  return ordered.filter((fix) => fix !== null);
}
function meantToOutlive(file, call, context) {
  return runsDetached(file, call, context.owner) || afterCancellation(file, call, context) || recordsMetrics(file, call) || copiesValues(file, call, context) || isLongLivedRoot(file, call) || explainedByComment(file, call);
}
function message3(file, call, context, kind) {
  const lost = `${call.text} ignores the ${kind}'s context (${context.expression}): its deadline, cancellation and values are lost`;
  if (kind === "request") return lost;
  const keep = versionAtLeast(file.goVersion, "1.21") ? "keep its values with context.WithoutCancel or say why in a comment" : "say why in a comment";
  return `${lost}; if the work must outlive the caller, ${keep}`;
}
var ctxBackgroundInRequest = {
  meta: {
    id: "ctx-background-in-request",
    defaultSeverity: "warning",
    summary: "context.Background()/TODO() in a function that already has the request's or the caller's context.",
    fixable: true,
    otherLinters: [{ linter: "contextcheck" }],
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    if (!file.imports.has(CONTEXT_PKG)) return;
    const calls = [...ROOT_CONTEXT_FUNCS].flatMap((name2) => file.nodesAt(name2).map(callOfSelectorField));
    for (const node of calls) {
      if (!node || callArguments(node).length > 0 || !file.isCallTo(node, CONTEXT_PKG, ROOT_CONTEXT_FUNCS)) continue;
      const context = requestContextAt(file, node);
      if (!context || replacesParameter(node, context) || passedToNext(file, node) || buildsContexts(file, context.owner)) continue;
      const kind = contextKind(file, context);
      if (!kind || meantToOutlive(file, node, context)) continue;
      const severity = kind === "caller" ? "hint" : void 0;
      report({ node, message: message3(file, node, context, kind), severity, fixes: fixes(file, node, context, kind) });
    }
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
    fixable: true,
    otherLinters: [{ linter: "govet", checks: ["lostcancel"] }],
    inTestCode: "report"
  },
  scope: "file",
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (site.cancelTarget.type !== "identifier" || site.cancelTarget.text !== "_") continue;
      report({
        node: site.cancelTarget,
        message: `the cancel func of context.${site.funcName} is discarded: the context and ${heldWithContext(site.funcName)} live until ${livesUntil(site.funcName)}`,
        fixes: deferFix(file, site)
      });
    }
  }
};

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
function deferredAtOnce(site) {
  const next = site.statement.nextNamedSibling;
  const call = next?.type === "defer_statement" ? next.namedChild(0) : null;
  const fn = call?.type === "call_expression" ? field(call, "function") : null;
  return fn?.type === "identifier" && site.cancelTarget.type === "identifier" && fn.text === site.cancelTarget.text;
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
    fixable: true,
    otherLinters: [{ linter: "govet", checks: ["lostcancel"] }],
    inTestCode: "report"
  },
  scope: "file",
  check({ file, report }) {
    for (const site of findCancelSites(file)) {
      if (deferredAtOnce(site)) continue;
      const variable = resolveCancelVar(file, site);
      if (!variable || variable.escapes) continue;
      if (cancelPathVerdict(variable, (call) => endsProgram(file, call)) !== "leaks") continue;
      report({
        node: site.cancelTarget,
        message: `${variable.name} (from context.${site.funcName}) is not called on every path: a path leaves without cancelling, so the context and ${heldWithContext(site.funcName)} live until ${livesUntil(site.funcName)}`,
        fixes: deferFix2(file, site, variable.name)
      });
    }
  }
};

// server/src/engine/fixes/wrap-in-func.ts
var LOOPS_AND_SWITCHES = /* @__PURE__ */ new Set(["for_statement", "expression_switch_statement", "type_switch_statement", "select_statement"]);
function jumpsStayInside(body2) {
  let ok = true;
  walk(body2, (n) => {
    if (n.type === "func_literal") return false;
    if (n.type === "return_statement" || n.type === "goto_statement") ok = false;
    else if (n.type === "break_statement" || n.type === "continue_statement") {
      const labeled = n.namedChildren.some((c) => c?.type === "label_name");
      const targets = n.type === "break_statement" ? LOOPS_AND_SWITCHES : /* @__PURE__ */ new Set(["for_statement"]);
      ok = !labeled && hasAncestorWithin(n, body2, targets);
    }
    return ok;
  });
  return ok;
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
function siteInLoop(sites, body2, deferStmt, name2) {
  const fn = enclosingFunction(deferStmt);
  let found;
  for (const s of sites) {
    const block = s.statement.parent;
    if (s.cancelTarget.type !== "identifier" || s.cancelTarget.text !== name2) continue;
    if (s.statement.startIndex > deferStmt.startIndex || !block || !containsNode(block, deferStmt)) continue;
    if (containsNode(body2, s.statement) && enclosingFunction(s.statement)?.id === fn?.id) found = s;
  }
  return found;
}
function ctxHandedToGoroutine(file, site, body2) {
  if (site.ctxTarget.type !== "identifier") return false;
  return file.nodesAt(site.ctxTarget.text, body2.startIndex, body2.endIndex).some((use) => {
    if (use.type !== "identifier") return false;
    for (let n = use.parent; n && n.id !== body2.id; n = n.parent) if (n.type === "go_statement") return true;
    return false;
  });
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
    fixable: true,
    otherLinters: [{ linter: "gocritic", checks: ["deferInLoop"] }],
    // Tests pile up a few timers at most; the cost matters in long-running code.
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    const sites = findCancelSites(file);
    if (sites.length === 0) return;
    const defers = file.nodesAt("defer").flatMap((keyword) => keyword.parent?.type === "defer_statement" ? [keyword.parent] : []);
    for (const node of defers) {
      const call = namedChildren(node)[0];
      const callee = call?.type === "call_expression" ? field(call, "function") : null;
      const loop = enclosingLoop(node);
      const body2 = loop && field(loop, "body");
      if (callee?.type !== "identifier" || !loop || !body2) continue;
      const site = siteInLoop(sites, body2, node, callee.text);
      if (!site || ctxHandedToGoroutine(file, site, body2)) continue;
      report({
        node,
        message: `defer ${call.text} runs when the function returns, not at the end of the iteration: each iteration's context from context.${site.funcName} and ${heldWithContext(site.funcName)} pile up until then`,
        fixes: wrapFix(file, loop, body2)
      });
    }
  }
};

// server/src/engine/rules/ctx-nil.ts
var STD_CONTEXT_FIRST = /* @__PURE__ */ new Map([
  [
    "context",
    /* @__PURE__ */ new Set([
      "WithCancel",
      "WithCancelCause",
      "WithTimeout",
      "WithTimeoutCause",
      "WithDeadline",
      "WithDeadlineCause",
      "WithValue",
      "WithoutCancel",
      "Cause",
      "AfterFunc"
    ])
  ],
  ["net/http", /* @__PURE__ */ new Set(["NewRequestWithContext"])],
  ["net/http/httptrace", /* @__PURE__ */ new Set(["WithClientTrace", "ContextClientTrace"])],
  ["os/exec", /* @__PURE__ */ new Set(["CommandContext"])],
  ["os/signal", /* @__PURE__ */ new Set(["NotifyContext"])],
  ["runtime/pprof", /* @__PURE__ */ new Set(["Do", "WithLabels", "SetGoroutineLabels", "Label", "ForLabels"])],
  ["runtime/trace", /* @__PURE__ */ new Set(["NewTask", "StartRegion", "WithRegion", "Log", "Logf"])]
]);
function expectsContext(facts, nil) {
  if (STD_CONTEXT_FIRST.get(nil.callee.pkg)?.has(nil.callee.name)) return nil.argIndex === 0;
  const fn = facts.findFunction(nil.callee.pkg, nil.callee.name);
  if (!fn || fn.params.length === 0) return false;
  const last = fn.params.length - 1;
  const param = fn.variadic && nil.argIndex >= last ? fn.params[last] : fn.params[nil.argIndex];
  return param?.qualifiedType === CONTEXT_TYPE && !param.nilChecked;
}
function todoFix(facts, file, nil) {
  const contextImport = file.contextImport;
  if (!contextImport) return [];
  if (contextImport.edits.length > 0 && file.packagePath && facts.findFunction(file.packagePath, contextImport.name)) return [];
  const todo = contextImport.name === "." ? "TODO()" : `${contextImport.name}.TODO()`;
  return [{ title: `Pass ${todo} (better: the caller's ctx)`, edits: [{ file: file.path, range: nil.range, newText: todo }, ...contextImport.edits] }];
}
var ctxNil = {
  meta: {
    id: "ctx-nil",
    defaultSeverity: "error",
    summary: "nil passed where a context.Context is expected.",
    fixable: true,
    otherLinters: [{ linter: "staticcheck", checks: ["SA1012"] }],
    inTestCode: "report"
  },
  scope: "workspace",
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const nil of file.nilArguments) {
        if (nil.rejectionAsserted || !expectsContext(facts, nil)) continue;
        const callee = nil.callee.pkg === file.packagePath ? nil.callee.name : `${nil.callee.pkg}.${nil.callee.name}`;
        report({
          file: file.path,
          range: nil.range,
          message: `nil passed as the context of ${callee}: it panics as soon as the context is used (Done, Err, Value, deriving from it)`,
          fixes: todoFix(facts, file, nil)
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
function nonConstantNames(file) {
  const names4 = /* @__PURE__ */ new Set();
  for (const type of ["parameter_declaration", "variadic_parameter_declaration", "var_spec"]) {
    for (const n of file.nodesOfType(type)) {
      for (const name2 of n.childrenForFieldName("name")) if (name2?.type === "identifier") names4.add(name2.text);
    }
  }
  for (const type of ["short_var_declaration", "range_clause", "receive_statement"]) {
    for (const n of file.nodesOfType(type)) {
      for (const name2 of namedChildren(field(n, "left"))) if (name2.type === "identifier") names4.add(name2.text);
    }
  }
  return names4;
}
function fileConstants(file) {
  const constants = /* @__PURE__ */ new Map();
  for (const n of file.nodesOfType("const_spec")) {
    const names4 = n.childrenForFieldName("name").filter((c) => c?.type === "identifier");
    const values = namedChildren(field(n, "value"));
    names4.forEach((name2, i2) => {
      const value = values.length === names4.length ? values[i2] : null;
      constants.set(name2.text, constants.has(name2.text) ? null : value);
    });
  }
  return constants;
}
var DurationEvaluator = class {
  constructor(file) {
    this.file = file;
  }
  file;
  /** The file's constants and other bound names, read on the first named duration (most are literals). */
  names = null;
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
    this.names ??= { constants: fileConstants(this.file), shadowed: nonConstantNames(this.file) };
    const value = this.names.constants.get(name2);
    if (!value || this.names.shadowed.has(name2)) return null;
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
function reboundBetween(file, name2, from, to) {
  return file.nodesAt(name2, from, to).some((n) => n.type === "identifier" && isRebinding(n));
}
function isRebinding(ident) {
  const parent = ident.parent;
  if (!parent) return false;
  if (parent.type === "unary_expression") return field(parent, "operator")?.text === "&";
  if (parent.type === "var_spec" || parent.type === "parameter_declaration") return true;
  if (parent.type !== "expression_list") return false;
  return !!parent.parent && field(parent.parent, "left")?.id === parent.id;
}
function reboundInLoop(file, parent, child, name2) {
  for (let n = child.parent; n && !containsNode(n, parent); n = n.parent) {
    if (n.type === "for_statement" && reboundBetween(file, name2, n.startIndex, n.endIndex)) return true;
  }
  return false;
}
function parentSite(file, sites, child) {
  const parentArg = callArguments(child.call)[0];
  const parent = parentArg && unparen(parentArg);
  if (parent?.type !== "identifier") return null;
  let found = null;
  for (const site of sites) {
    if (site.statement.endIndex > child.statement.startIndex) break;
    if (site.ctxTarget.type !== "identifier" || site.ctxTarget.text !== parent.text) continue;
    const block = site.statement.parent;
    if (block && containsNode(block, child.statement)) found = site;
  }
  if (!found || reboundInLoop(file, found.statement, child.statement, parent.text)) return null;
  return reboundBetween(file, parent.text, found.statement.endIndex, child.statement.startIndex) ? null : found;
}
var ctxTimeoutExceedsParent = {
  meta: {
    id: "ctx-timeout-exceeds-parent",
    defaultSeverity: "warning",
    summary: "A derived timeout that is not shorter than its parent's: the child deadline never fires.",
    fixable: false,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    const sites = findCancelSites(file).filter((s) => durationArgument(file, s) !== null);
    if (sites.length < 2) return;
    const durations = new DurationEvaluator(file);
    const byFunction = /* @__PURE__ */ new Map();
    for (const site of sites) {
      const fn = enclosingFunction(site.statement);
      if (!fn) continue;
      const group = byFunction.get(fn.id) ?? byFunction.set(fn.id, []).get(fn.id);
      group.push(site);
    }
    for (const siblings of byFunction.values()) {
      if (siblings.length < 2) continue;
      for (const child of siblings) {
        const childArg = durationArgument(file, child);
        const childValue = durations.nanoseconds(childArg);
        const parent = childValue === null ? null : parentSite(file, siblings, child);
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
  }
};

// server/src/engine/rules/ctx-value-builtin-key.ts
var path4 = __toESM2(require("node:path"));
var MAX_RELATED = 20;
function usesByPackageAndKey(files) {
  const sorted = [...files].filter((f) => f.builtinKeys.length > 0).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const groups = /* @__PURE__ */ new Map();
  for (const file of sorted) {
    const pkg = `${file.packagePath ?? path4.dirname(file.path)}\0${file.packageName}`;
    for (const use of file.builtinKeys) {
      const group = `${pkg}\0${use.key}`;
      let uses = groups.get(group);
      if (!uses) groups.set(group, uses = []);
      uses.push({ file, use });
    }
  }
  return groups;
}
var ctxValueBuiltinKey = {
  meta: {
    id: "ctx-value-builtin-key",
    defaultSeverity: "hint",
    summary: "context.WithValue keyed by a value of a built-in type (string, int): keys of different packages collide.",
    fixable: false,
    otherLinters: [
      { linter: "staticcheck", checks: ["SA1029"] },
      { linter: "revive", checks: ["context-keys-type"] }
    ],
    inTestCode: "quiet"
  },
  scope: "workspace",
  // One finding per key and package, at its first use: the choice of key is one decision.
  check({ facts, report }) {
    for (const uses of usesByPackageAndKey(facts.files.values()).values()) {
      const [first, ...others] = uses;
      if (!first) continue;
      const { file, use } = first;
      const elsewhere = others.length > 0 ? ` (used as a key ${uses.length} times in this package)` : "";
      const related = others.slice(0, MAX_RELATED).map((o) => ({ file: o.file.path, range: o.use.range, message: `${o.use.text} is the same ${o.use.type} key` }));
      report({
        file: file.path,
        range: use.range,
        message: `context.WithValue keyed by a ${use.type}${elsewhere}: any package using the same ${use.type} reads or overwrites this value; use an unexported key type (type ctxKey struct{})`,
        related
      });
    }
  }
};

// server/src/engine/flow/client-conns.ts
function seesGrpc(file) {
  return file.imports.has(GRPC_PKG2) || file.packagePath === GRPC_PKG2;
}
function findDialSites(file) {
  const sites = [];
  if (!seesGrpc(file)) return sites;
  for (const node of file.nodesOfType("call_expression")) {
    const callee = file.callee(node);
    const fnNode = field(node, "function");
    const fn = enclosingFunction(node);
    if (callee?.pkg === GRPC_PKG2 && CLIENT_CONSTRUCTORS.has(callee.name) && fnNode && fn) {
      sites.push({ call: node, callee: fnNode, funcName: callee.name, fn });
    }
  }
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
  if (binding?.targets.length !== 2) return null;
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
var PASSTHROUGH = "passthrough:///";
var PASSTHROUGH_TITLE = `Use grpc.${NEW_CLIENT} with a "${PASSTHROUGH}" target, which hands the address to the dialer as Dial did (note: it connects on the first RPC instead of dialling now)`;
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
  const names4 = /* @__PURE__ */ new Set();
  walk(expr, (n) => {
    if (n.type === "identifier") names4.add(n.text);
  });
  for (const name2 of names4) {
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
function dialDeprecatedIn(version) {
  return versionAtLeast(version, DIAL_DEPRECATED_AGAIN) || versionAtLeast(version, NEW_CLIENT_SINCE) && !versionAtLeast(version, DIAL_UNDEPRECATED_IN);
}
function optionsSeen(file, call, options) {
  const decl = enclosingDeclaration(call);
  const body2 = decl ? functionBody(decl) : null;
  const spreads = options.filter((o) => o.type === "variadic_argument");
  for (const spread of spreads) {
    const slice = spread.namedChild(0);
    if (slice?.type !== "identifier" || !body2 || !declaresLocally(body2, slice.text)) return null;
  }
  const scope = spreads.length > 0 ? decl : call;
  const mentions3 = (names4) => [...names4].some((n) => file.nodesAt(n, scope.startIndex, scope.endIndex).length > 0);
  return { blocking: mentions3(BLOCKING_DIAL_OPTIONS), customDialer: mentions3(CUSTOM_DIALER_OPTIONS) };
}
function hasScheme(target) {
  return target.includes("://") || /^unix(-abstract)?:/.test(target);
}
function dnsResolvable(target) {
  const host = target.startsWith("[") ? target.slice(0, target.indexOf("]") + 1) : target.split(":")[0] ?? "";
  return host === "localhost" || host.includes(".") || host.startsWith("[");
}
function targetEdit(file, target, customDialer) {
  const literal = target.type === "interpreted_string_literal" || target.type === "raw_string_literal";
  if (!literal) return customDialer ? null : "unchanged";
  const value = target.text.slice(1, -1);
  if (hasScheme(value) || !customDialer && dnsResolvable(value)) return "unchanged";
  const quote = target.text[0];
  return replaceNode(file, target, `${quote}${PASSTHROUGH}${value}${quote}`);
}
function newClientFix(file, call, selector) {
  const name2 = field(selector, "field");
  if (selector.type !== "selector_expression" || !name2) return [];
  const edits = [replaceNode(file, name2, NEW_CLIENT)];
  const args2 = callArguments(call);
  const targetArg = CLIENT_CONSTRUCTORS.get(name2.text).targetArg;
  const target = args2[targetArg];
  const options = optionsSeen(file, call, args2.slice(targetArg + 1));
  if (!target || !options || options.blocking) return [];
  const targetFix = targetEdit(file, target, options.customDialer);
  if (!targetFix) return [];
  if (targetFix !== "unchanged") edits.push(targetFix);
  if (targetArg > 0) {
    const [ctx, target2] = [args2[0], args2[targetArg]];
    if (!ctx || !target2 || !removableWithoutUnused(file, ctx)) return [];
    edits.push({ file: file.path, range: { start: nodeRange(ctx).start, end: firstArgumentEnd(file.text, ctx, target2) }, newText: "" });
  }
  return [{ title: targetFix === "unchanged" ? FIX_TITLE : PASSTHROUGH_TITLE, edits }];
}
var grpcDeprecatedDial = {
  meta: {
    id: "grpc-deprecated-dial",
    defaultSeverity: "hint",
    summary: "grpc.Dial and grpc.DialContext are deprecated (grpc-go v1.63.0\u2013v1.63.1, and since v1.64.0 with WithBlock and the options NewClient ignores): use grpc.NewClient.",
    fixable: true,
    otherLinters: [{ linter: "staticcheck", checks: ["SA1019"] }],
    inTestCode: "report"
  },
  scope: "file",
  check({ file, report }) {
    const version = file.requiredVersion(GRPC_PKG2);
    const dialDeprecated = dialDeprecatedIn(version);
    if (!seesGrpc(file) || !dialDeprecated) return;
    const optionsDeprecated = versionAtLeast(version, DIAL_DEPRECATED_AGAIN);
    const since = optionsDeprecated ? DIAL_DEPRECATED_AGAIN : NEW_CLIENT_SINCE;
    for (const node of file.nodesOfType("call_expression")) {
      const callee = file.callee(node);
      const fn = field(node, "function");
      if (callee?.pkg !== GRPC_PKG2 || !fn) continue;
      if (CLIENT_CONSTRUCTORS.get(callee.name)?.deprecated) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${since} (supported throughout 1.x): use grpc.${NEW_CLIENT}, which resolves targets with the "dns" scheme by default and connects lazily`,
          fixes: newClientFix(file, node, fn)
        });
      } else if (optionsDeprecated && DEPRECATED_DIAL_OPTIONS.has(callee.name)) {
        report({
          node: fn,
          message: `grpc.${callee.name} is deprecated since grpc-go ${DIAL_DEPRECATED_AGAIN} and ignored by grpc.${NEW_CLIENT}: a connection that is up at dial time can still fail later, so RPCs must handle Unavailable anyway`
        });
      }
    }
  }
};

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
function runsOnce(fn) {
  const name2 = functionName(fn);
  return fn.type === "function_declaration" && (name2 === "main" || name2 === "init");
}
var grpcDialInRequest = {
  meta: {
    id: "grpc-dial-in-request",
    defaultSeverity: "warning",
    summary: "A gRPC client connection created per request (in a handler or interceptor) or leaked on every call.",
    fixable: true,
    inTestCode: "quiet"
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
      if (!name2 || runsOnce(site.fn) || fate.closed || fate.kept) continue;
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
    fixable: true,
    otherLinters: [{ linter: "contextcheck" }],
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
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
    fixable: true,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
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
    fixable: false,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const paths = analyzeNextPaths(file, shape);
      const next = shape.nextName ?? NEXT_ROLE[shape.kind];
      const server = shape.kind.endsWith("server");
      const effect = server ? "the RPC succeeds without its handler ever running" : 'the call "succeeds" without ever being sent';
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
var FIXED_MESSAGE = '"internal error"';
function isStringLiteral(node) {
  return node.type === "interpreted_string_literal" || node.type === "raw_string_literal";
}
function messageOf(value) {
  return isStringLiteral(value) ? { text: value.text, logValue: false } : { text: FIXED_MESSAGE, logValue: true };
}
function returnErrorFix(file, shape, call) {
  const statement = call.parent;
  const [value, extra] = callArguments(call);
  if (statement?.type !== "expression_statement" || !value || extra) return [];
  const message4 = messageOf(value);
  const imports = importsForFix(file, message4.logValue ? [CODES_PKG, "log", STATUS_PKG] : [CODES_PKG, STATUS_PKG]);
  if (!imports) return [];
  const error = `${imports.names.get(STATUS_PKG)}.Error(${imports.names.get(CODES_PKG)}.Internal, ${message4.text})`;
  const zeros = shape.kind === "unary-server" || shape.kind === "stream-client" ? "nil, " : "";
  const logged = value.type === "binary_expression" ? `(${value.text})` : value.text;
  const log = message4.logValue ? `${imports.names.get("log")}.Printf("panic in interceptor: %v", ${logged})
${lineIndent(file.text, statement)}` : "";
  return [{ title: `Return ${error} instead of panicking`, edits: [replaceNode(file, statement, `${log}return ${zeros}${error}`), ...imports.edits] }];
}
var interceptorPanics = {
  meta: {
    id: "interceptor-panics",
    defaultSeverity: "warning",
    summary: "panic(...) in an interceptor: the process crashes unless a recovery interceptor runs before it.",
    fixable: true,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const effect = shape.kind.endsWith("server") ? "it crashes the whole server unless a recovery interceptor runs before this one" : "it crashes the calling process";
      for (const call of newPanicCalls(file, shape.fn, panicCalls(shape.fn))) {
        report({
          node: call,
          message: `panic in ${interceptorLabel(shape)}: ${effect}; return a status error instead`,
          fixes: returnErrorFix(file, shape, call)
        });
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
    fixable: false,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
      const lost = shape.kind === "unary-server" ? "the handler's response and error never reach the client" : shape.kind === "stream-server" ? "the handler's error never reaches the client" : "the call's outcome is lost";
      for (const call of nextCalls(shape)) {
        if (discards(call)) report({ node: call, message: `the result of ${field(call, "function")?.text ?? "next"}(\u2026) is discarded: ${lost}` });
      }
    }
  }
};

// server/src/engine/interceptors/stream-context.ts
function mentions2(node, names4) {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === "identifier" && names4.has(n.text)) found = true;
    return !found;
  });
  return found;
}
function wrapsStream(flow, shape, stream, derivedNames) {
  let wraps = false;
  const streamOnly = /* @__PURE__ */ new Set([stream]);
  walkOwnBody(shape.fn, (n) => {
    if (wraps) return;
    if (n.type === "composite_literal" && mentions2(n, streamOnly)) wraps = true;
    if (n.type === "call_expression" && field(n, "function")?.text !== shape.nextName && !flow.isDeriverCall(n)) {
      if (callArguments(n).some((a) => a.type === "identifier" && a.text === stream)) wraps = true;
    }
    if (n.type === "assignment_statement") {
      const left = namedChildren(field(n, "left"));
      const right = field(n, "right");
      if (left.some((l) => l.type === "selector_expression") && right && mentions2(right, derivedNames)) wraps = true;
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
    const declaration2 = `${lead}// ${wrapper} is a ${grpc}.ServerStream whose Context() returns a derived context.
type ${wrapper} struct {
	${grpc}.ServerStream
	ctx ${context}.Context
}

func (w *${wrapper}) Context() ${context}.Context { return w.ctx }
`;
    edits.push({ file: file.path, range: { start: at, end: at }, newText: declaration2 }, ...imports.edits);
  }
  return [{ title: `Wrap ${stream} so Context() returns ${lost.derived.name}`, edits }];
}
var interceptorStreamContextLost = {
  meta: {
    id: "interceptor-stream-context-lost",
    defaultSeverity: "warning",
    summary: "A stream server interceptor derives a new ctx from ss.Context() but passes the original stream on.",
    fixable: true,
    inTestCode: "quiet"
  },
  scope: "file",
  check({ file, report }) {
    for (const shape of interceptorsIn(file)) {
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
var RULES = [
  chainDeprecatedOtelInterceptor,
  chainInterceptorOverwritten,
  chainMissingRecovery,
  chainOrder,
  chainUnprotectedInterceptor,
  ctxBackgroundInRequest,
  ctxCancelDiscarded,
  ctxCancelNotCalled,
  ctxDeferCancelInLoop,
  ctxNil,
  ctxTimeoutExceedsParent,
  ctxValueBuiltinKey,
  grpcDeprecatedDial,
  grpcDialInRequest,
  interceptorContextDropped,
  interceptorGoroutineUnrecovered,
  interceptorNextNotCalled,
  interceptorPanics,
  interceptorResultDiscarded,
  interceptorStreamContextLost
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
var FILE_RULES = RULES.filter((r) => r.scope === "file");
var WORKSPACE_RULES = RULES.filter((r) => r.scope === "workspace");
var RULE_IDS = new Set(RULES.map((r) => r.meta.id));

// server/src/engine/go/source-file.ts
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
  nodesByType = /* @__PURE__ */ new Map();
  /**
   * Every node of a type, in source order. The search runs inside tree-sitter's wasm (a JS
   * walk creates an object per node and costs many times the parse), once per type and file.
   */
  nodesOfType(type) {
    let nodes = this.nodesByType.get(type);
    if (!nodes) {
      nodes = this.root.descendantsOfType(type);
      this.nodesByType.set(type, nodes);
    }
    return nodes;
  }
  /**
   * The smallest nodes spanning each whole-word occurrence of word in the text, or in
   * [from, to) of it (comments and
   * strings included: callers check the node's type). The text only proposes positions; the
   * tree says what stands there. Far cheaper than a traversal when the word is rare.
   */
  nodesAt(word, from = 0, to = this.text.length) {
    const nodes = [];
    for (let at = this.text.indexOf(word, from); at >= 0 && at + word.length <= to; at = this.text.indexOf(word, at + word.length)) {
      if (isWordChar(this.text.charCodeAt(at - 1)) || isWordChar(this.text.charCodeAt(at + word.length))) continue;
      const node = this.root.descendantForIndex(at, at + word.length);
      if (node) nodes.push(node);
    }
    return nodes;
  }
  /** A required module's version from go.mod, if any. */
  requiredVersion(modulePath) {
    return this.module?.mod.requires.get(modulePath);
  }
  /** go.mod requires the module and not as `// indirect`: some package of the module imports it. */
  requiresDirectly(modulePath) {
    const mod = this.module?.mod;
    return !!mod && mod.requires.has(modulePath) && !mod.indirect.has(modulePath);
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
  isCallTo(call, pkg, names4) {
    const callee = this.callee(call);
    if (!callee || callee.pkg !== pkg) return false;
    return typeof names4 === "string" ? callee.name === names4 : names4.has(callee.name);
  }
};
function isWordChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code > 127;
}

// server/src/engine/run/analyzer.ts
var AnalysisFailed = class extends Error {
  constructor(cause) {
    super(`analysis failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
};
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
  /**
   * Analyses text; the returned tree belongs to the caller (keep it for incremental parsing, or
   * delete it). Throws ParseTimeout or AnalysisFailed, after deleting the new tree (oldTree stays the caller's).
   */
  analyze(path7, text, config, oldTree) {
    const source = withLspLineBreaks(text);
    const tree = this.parser.parse(source, oldTree);
    try {
      return { analysis: analyzeFile(this.sourceFile(path7, source, tree), FILE_RULES, config), tree };
    } catch (error) {
      tree.delete();
      throw new AnalysisFailed(error);
    }
  }
};

// server/src/engine/files/discover.ts
var fs4 = __toESM2(require("node:fs"));
var path5 = __toESM2(require("node:path"));
function isSkippedDir(name2) {
  return name2 === "vendor" || name2 === "testdata" || name2 === "node_modules" || name2.startsWith(".") || name2.startsWith("_");
}
function goWorkModules(root) {
  let text;
  try {
    text = fs4.readFileSync(path5.join(root, "go.work"), "utf8");
  } catch {
    return [];
  }
  return parseGoWork(text).map((dir) => path5.resolve(root, dir));
}
function discoverGoFiles(roots, options) {
  const globs = options.exclude.map(globToRegExp);
  const found = /* @__PURE__ */ new Set();
  const excluded = (p) => matchesAny(path5.relative(options.base, p).split(path5.sep).join("/"), globs);
  const stack = [];
  for (const root of roots) {
    const stat = fs4.statSync(root);
    if (stat.isFile()) {
      if (root.endsWith(".go")) found.add(path5.resolve(root));
    } else stack.push(path5.resolve(root), ...goWorkModules(path5.resolve(root)));
  }
  const visited = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const dir = stack.pop();
    if (visited.has(dir)) continue;
    visited.add(dir);
    let entries;
    try {
      entries = fs4.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      options.onSkipped?.(dir, `cannot read: ${error.code ?? error.message}`, true);
      continue;
    }
    for (const entry of entries) {
      const full = path5.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry.name) && !excluded(full)) stack.push(full);
      } else if (!entry.name.endsWith(".go") || excluded(full)) continue;
      else if (entry.isFile()) found.add(full);
      else if (entry.isSymbolicLink()) {
        const target = linkedGoFile(full, roots);
        if ("file" in target) found.add(target.file);
        else options.onSkipped?.(full, target.skipped, false);
      }
    }
  }
  return [...found].sort();
}
function linkedGoFile(link, roots) {
  let target;
  try {
    target = fs4.realpathSync(link);
    if (!fs4.statSync(target).isFile()) return { skipped: "symbolic link to something that is not a file" };
  } catch (error) {
    return { skipped: `broken symbolic link (${error.code ?? "error"})` };
  }
  for (const root of roots) {
    const rel = path5.relative(realpathOr(root), target);
    if (rel !== "" && !rel.startsWith("..") && !path5.isAbsolute(rel)) return { file: path5.join(path5.resolve(root), rel) };
  }
  return { skipped: "symbolic link to a file outside the analysed folders" };
}
function realpathOr(file) {
  try {
    return fs4.realpathSync(file);
  } catch {
    return path5.resolve(file);
  }
}

// server/src/engine/files/read-source.ts
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

// server/src/engine/files/read-source.ts
var MAX_SOURCE_BYTES = 16 * 1024 * 1024;
function readGoSource(file, includeGenerated) {
  let bytes;
  try {
    bytes = fs5.readFileSync(file);
  } catch (error) {
    return { skipped: `cannot read: ${error.code ?? error.message}`, kind: "unreadable" };
  }
  return checkSource(bytes, includeGenerated);
}
function checkSource(bytes, includeGenerated) {
  if (bytes.length > MAX_SOURCE_BYTES) return { skipped: `larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MiB`, kind: "unsuitable" };
  if (looksBinary(bytes)) return { skipped: "binary content, not Go source", kind: "unsuitable" };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (!includeGenerated && isGeneratedSource(text)) return { skipped: "generated code", kind: "generated" };
  return { text };
}

// server/src/engine/chains/classify.ts
var MW_V12 = "github.com/grpc-ecosystem/go-grpc-middleware";
var MW_V22 = "github.com/grpc-ecosystem/go-grpc-middleware/v2";
var LIBRARY_CLASSES = /* @__PURE__ */ new Map([
  [`${MW_V22}/interceptors/recovery`, "recovery"],
  [`${MW_V22}/interceptors/auth`, "auth"],
  [`${MW_V22}/interceptors/logging`, "logging"],
  [`${MW_V22}/interceptors/ratelimit`, "ratelimit"],
  [`${MW_V22}/interceptors/retry`, "retry"],
  [`${MW_V22}/interceptors/timeout`, "timeout"],
  [`${MW_V22}/interceptors/validator`, "validation"],
  [`${MW_V22}/interceptors/protovalidate`, "validation"],
  [`${MW_V22}/interceptors/realip`, "other"],
  [`${MW_V22}/interceptors/selector`, "other"],
  [`${MW_V22}/providers/prometheus`, "metrics"],
  [`${MW_V22}/providers/openmetrics`, "metrics"],
  [`${MW_V12}/providers/prometheus`, "metrics"],
  [`${MW_V12}/recovery`, "recovery"],
  [`${MW_V12}/auth`, "auth"],
  [`${MW_V12}/logging`, "logging"],
  [`${MW_V12}/ratelimit`, "ratelimit"],
  [`${MW_V12}/retry`, "retry"],
  [`${MW_V12}/validator`, "validation"],
  [`${MW_V12}/tags`, "other"],
  [`${MW_V12}/tracing/opentracing`, "tracing"],
  ["go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc", "tracing"],
  ["github.com/grpc-ecosystem/go-grpc-prometheus", "metrics"],
  ["github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc", "tracing"]
]);
function libraryClass(importPath) {
  for (let path7 = importPath; path7.includes("/"); path7 = path7.slice(0, path7.lastIndexOf("/"))) {
    const known = LIBRARY_CLASSES.get(path7);
    if (known) return known;
  }
  return null;
}
var NAME_CLASSES = [
  [["recover"], "recovery"],
  [["ratelimit", "limiter", "throttl"], "ratelimit"],
  [["auth", "jwt", "token", "login"], "auth"],
  [["trace", "tracing", "tracer", "otel", "span"], "tracing"],
  [["metric", "prom"], "metrics"],
  [["log"], "logging"],
  [["valid"], "validation"],
  [["retry", "retries"], "retry"],
  [["timeout", "deadline"], "timeout"]
];
function words(name2) {
  return name2.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}
function classByName(name2) {
  const parts2 = words(name2);
  const joined = parts2.map((w, i2) => w + (parts2[i2 + 1] ?? ""));
  for (const [prefixes, cls] of NAME_CLASSES) {
    if (prefixes.some((p) => parts2.some((w) => w.startsWith(p)) || joined.some((w) => w.startsWith(p)))) return cls;
  }
  return "other";
}
function workspaceClass(name2, body2) {
  if (body2?.recovers) return "recovery";
  return classByName(name2);
}

// server/src/engine/chains/reasons.ts
function functionDisplayName(fn) {
  return fn.receiver ? `${fn.receiver}.${fn.name}` : fn.name;
}
var DEPTH_REASON = "followed through too many variables and helpers";
function explainUnknown(expr, scope, index) {
  switch (expr.kind) {
    case "ident":
      if (scope.fn?.params.includes(expr.text)) return `parameter ${expr.text} of ${functionDisplayName(scope.fn)}`;
      if (scope.fn?.locals.some((b) => b.name === expr.text)) return "declared without a value";
      return "bound where ctxlens does not follow values (range, type switch or closure)";
    case "selector":
      return expr.ref && !index.inWorkspace(expr.ref.pkg) ? `from ${expr.ref.pkg}, outside the workspace` : "no variable or function ctxlens knows";
    case "member": {
      const member = expr.member;
      if (member?.operandType) return `${member.name} of ${member.operandType} is neither a method nor a field written in the workspace`;
      return `the type of ${member?.operand ?? "its operand"} is not known`;
    }
    case "call": {
      const callee = expr.callee;
      if (callee?.kind === "selector" && callee.ref && !index.inWorkspace(callee.ref.pkg)) return `built by ${expr.text}, outside the workspace`;
      return `built by ${expr.text}, which ctxlens cannot resolve to a workspace function`;
    }
    default:
      return "an expression ctxlens does not follow";
  }
}

// server/src/engine/index/workspace-index.ts
var path6 = __toESM2(require("node:path"));
function packageKey(file) {
  return file.packagePath ?? `dir:${path6.dirname(file.path)}`;
}
function key(pkg, name2) {
  return `${pkg}\0${name2}`;
}
var ChainIndex = class {
  functions = /* @__PURE__ */ new Map();
  methods = /* @__PURE__ */ new Map();
  methodsAnywhere = /* @__PURE__ */ new Map();
  vars = /* @__PURE__ */ new Map();
  resultTypes = /* @__PURE__ */ new Map();
  libraryResults = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Set();
  fieldWrites = /* @__PURE__ */ new Map();
  structFields = /* @__PURE__ */ new Map();
  callsByName = /* @__PURE__ */ new Map();
  constructor(facts) {
    for (const file of facts.files.values()) {
      const pkg = packageKey(file);
      this.packages.add(pkg);
      for (const [type, fields] of Object.entries(file.chains.structFields ?? {})) this.structFields.set(key(pkg, type), new Set(fields));
      for (const fn of file.chains.functions) {
        for (const call of fn.calls ?? []) push(this.callsByName, calledName(call), { file, fn, call });
        for (const write of fn.fieldWrites ?? []) push(this.fieldWrites, key(write.typePkg ?? pkg, `${write.type}.${write.field}`), { file, fn, write });
        const ref = { file, fn };
        if (fn.receiver === null) {
          this.functions.set(key(pkg, fn.name), ref);
          continue;
        }
        push(this.methods, key(pkg, fn.name), ref);
        push(this.methodsAnywhere, fn.name, ref);
      }
      for (const decl of file.chains.vars) this.vars.set(key(pkg, decl.name), { file, decl });
      for (const [fn, type] of Object.entries(file.chains.resultTypes)) this.resultTypes.set(key(pkg, fn), type);
      for (const [fn, importPath] of Object.entries(file.chains.libraryResults ?? {})) this.libraryResults.set(key(pkg, fn), importPath);
    }
    for (const writes of this.fieldWrites.values()) writes.sort(bySourceOrder);
  }
  inWorkspace(pkg) {
    return this.packages.has(pkg);
  }
  func(pkg, name2) {
    return this.functions.get(key(pkg, name2));
  }
  variable(pkg, name2) {
    return this.vars.get(key(pkg, name2));
  }
  /** The recorded calls whose callee ends in this name (`f(…)`, `pkg.f(…)`, `x.f(…)`). */
  callsNamed(name2) {
    return this.callsByName.get(name2) ?? [];
  }
  /** True when the workspace declares struct `type` in `pkg` with a field of that name. */
  declaresField(pkg, type, name2) {
    return this.structFields.get(key(pkg, type))?.has(name2) ?? false;
  }
  /** Every write to a struct field in the workspace, in file then source order. */
  writesOf(pkg, type, name2) {
    return this.fieldWrites.get(key(pkg, `${type}.${name2}`)) ?? [];
  }
  /** The package type a package-level function returns, if it returns one. */
  resultType(pkg, fn) {
    return this.resultTypes.get(key(pkg, fn));
  }
  /** The import path of the imported type a workspace function returns, if it returns one. */
  libraryResult(pkg, fn) {
    return this.libraryResults.get(key(pkg, fn));
  }
  /**
   * The method a method value `x.name` denotes: by x's type when known; otherwise the only
   * method of that name in the package, or else in the workspace (none or several: unknown).
   */
  method(pkg, receiverType, name2) {
    const inPackage = this.methods.get(key(pkg, name2)) ?? [];
    if (receiverType !== null) return inPackage.find((m) => m.fn.receiver === receiverType);
    if (inPackage.length === 1) return inPackage[0];
    if (inPackage.length > 1) return void 0;
    const anywhere = this.methodsAnywhere.get(name2) ?? [];
    return anywhere.length === 1 ? anywhere[0] : void 0;
  }
};
function calledName(call) {
  const callee = call.callee;
  if (!callee) return "";
  if (callee.kind === "selector") return callee.ref?.name ?? "";
  if (callee.kind === "member") return callee.member?.name ?? "";
  return callee.text;
}
function bySourceOrder(a, b) {
  if (a.file.path !== b.file.path) return a.file.path < b.file.path ? -1 : 1;
  return a.write.at.line - b.write.at.line || a.write.at.character - b.write.at.character;
}
function push(map, k, value) {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

// server/src/engine/chains/values.ts
var MAX_DEPTH3 = 12;
function returnsOf(fn, call) {
  return call.result ? fn.laterReturns?.[call.result - 1] ?? [] : fn.returns;
}
function isExported(name2) {
  return /^[A-Z]/.test(name2);
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.character < b.character;
}
function contains(range, at) {
  return !before(at, range.start) && before(at, range.end);
}
function conditionalAt(binding, at) {
  return binding.scope !== null && !contains(binding.scope, at);
}
var ValueResolver = class {
  constructor(index) {
    this.index = index;
  }
  index;
  /** Files whose facts were read (the chain depends on them). */
  touched = /* @__PURE__ */ new Set();
  location(scope, expr) {
    return { file: scope.file.path, range: expr.range };
  }
  /** The elements a slice expression holds, in order (`opts...`, `helper()...`, `[]T{…}`). */
  elements(expr, scope, conditional, depth = 0) {
    this.touched.add(scope.file.path);
    const unknown = (reason) => [this.unknownItem(expr, scope, conditional, null, reason)];
    if (depth > MAX_DEPTH3) return unknown(DEPTH_REASON);
    switch (expr.kind) {
      case "slice":
        return (expr.elements ?? []).map((el) => this.value(el, scope, conditional, this.location(scope, el), null, depth + 1));
      case "ident": {
        const writes = this.localWrites(scope, expr.text, expr.range.start);
        if (writes) return this.sliceFromWrites(writes, expr, scope, conditional, depth);
        if (scope.fn?.params.includes(expr.text)) return this.parameterElements(expr, scope, conditional, depth);
        const variable = this.index.variable(packageKey(scope.file), expr.text);
        return variable ? this.elements(variable.decl.value, { file: variable.file, fn: null }, conditional, depth + 1) : unknown();
      }
      case "selector": {
        const variable = expr.ref ? this.index.variable(expr.ref.pkg, expr.ref.name) : void 0;
        return variable ? this.elements(variable.decl.value, { file: variable.file, fn: null }, conditional, depth + 1) : unknown();
      }
      case "member": {
        const field2 = this.fieldOf(expr, scope);
        return field2 ? this.fieldElements(field2, expr, scope, conditional, depth) : unknown();
      }
      case "call": {
        const args2 = expr.args ?? [];
        if (expr.callee?.kind === "ident" && expr.callee.text === "make") return [];
        if (expr.callee?.kind === "ident" && expr.callee.text === "append" && args2[0]) {
          return [...this.elements(args2[0], scope, conditional, depth + 1), ...this.appended(args2.slice(1), !!expr.spread, scope, conditional, depth)];
        }
        const fn = this.calledFunction(expr, scope);
        if (!fn) return unknown();
        const returns = returnsOf(fn.fn, expr);
        const fnScope = { file: fn.file, fn: fn.fn };
        return returns.flatMap((r) => this.elements(r, fnScope, conditional || returns.length > 1, depth + 1));
      }
      default:
        return unknown();
    }
  }
  /** The value an expression denotes: locals and package variables followed, anything else as is. */
  value(expr, scope, conditional, registered, alias, depth = 0) {
    this.touched.add(scope.file.path);
    const item = { expr, scope, conditional, registered, alias, unknown: false };
    if (depth > MAX_DEPTH3) return { ...item, unknown: true, reason: DEPTH_REASON };
    if (expr.kind === "ident") {
      const writes = this.localWrites(scope, expr.text, expr.range.start);
      if (writes) {
        const last = [...writes].reverse().find((w) => w.mode === "assign");
        const value = last?.values[0];
        if (!last || !value) return { ...item, unknown: true };
        return this.value(value, scope, conditional || conditionalAt(last, expr.range.start), registered, expr.text, depth + 1);
      }
      if (scope.fn?.params.includes(expr.text)) return this.parameterValue(item, depth);
      const pkg = packageKey(scope.file);
      const variable = this.index.variable(pkg, expr.text);
      if (variable) return this.value(variable.decl.value, { file: variable.file, fn: null }, conditional, registered, expr.text, depth + 1);
      return this.index.func(pkg, expr.text) ? item : { ...item, unknown: true };
    }
    if (expr.kind === "member") {
      const field2 = this.fieldOf(expr, scope);
      if (field2) return this.fieldValue(field2, item, depth);
    }
    if (expr.kind === "selector" && expr.ref) {
      const variable = this.index.variable(expr.ref.pkg, expr.ref.name);
      if (variable) return this.value(variable.decl.value, { file: variable.file, fn: null }, conditional, registered, expr.text, depth + 1);
      if (this.index.inWorkspace(expr.ref.pkg) && !this.index.func(expr.ref.pkg, expr.ref.name)) return { ...item, unknown: true };
    }
    return item;
  }
  /** The calls in the workspace that call the function a scope is in. */
  callSites(scope) {
    const fn = scope.fn;
    if (!fn) return [];
    const inTest = (path7) => path7.endsWith("_test.go");
    return this.index.callsNamed(fn.name).filter((site) => (!inTest(site.file.path) || inTest(scope.file.path)) && this.calledFunction(site.call, { file: site.file, fn: site.fn })?.fn === fn);
  }
  /** What the caller passes for a parameter: the argument at its position (for a variadic one, the rest). */
  argumentsFor(fn, name2, call) {
    const position = fn.params.indexOf(name2) - (fn.receiver ? 1 : 0);
    if (position < 0) return null;
    const args2 = call.args ?? [];
    if (fn.variadic === name2) return { args: args2.slice(position), spread: !!call.spread };
    const arg = args2[position];
    return arg && !(call.spread && position === args2.length - 1) ? { args: [arg], spread: false } : null;
  }
  /**
   * The reason a parameter stays unknown: how many call sites it has. Only calls in files that
   * use grpc are seen, so an exported function's one visible call may not be its only one.
   */
  parameterReason(fn, name2, sites) {
    const count = sites === 0 ? "no call site in the files that use grpc" : sites === 1 ? "1 call site seen" : `${sites} call sites`;
    return `parameter ${name2} of ${functionDisplayName(fn)}${isExported(fn.name) ? " (exported)" : ""}, ${count}`;
  }
  /** A slice parameter's elements, from the only call site's arguments (unexported functions only). */
  parameterElements(expr, scope, conditional, depth) {
    const fn = scope.fn;
    const sites = this.callSites(scope);
    const bound = sites.length === 1 && !isExported(fn.name) ? this.argumentsFor(fn, expr.text, sites[0].call) : null;
    if (!bound || depth > MAX_DEPTH3)
      return [this.unknownItem(expr, scope, conditional, null, bound ? DEPTH_REASON : this.parameterReason(fn, expr.text, sites.length))];
    const site = sites[0];
    this.touched.add(site.file.path);
    const callerScope = { file: site.file, fn: site.fn };
    if (fn.variadic === expr.text) return this.appended(bound.args, bound.spread, callerScope, conditional, depth + 1);
    return this.elements(bound.args[0], callerScope, conditional, depth + 1);
  }
  /** A single-valued parameter: the only call site's argument. */
  parameterValue(item, depth) {
    const fn = item.scope.fn;
    const name2 = item.expr.text;
    const sites = this.callSites(item.scope);
    const bound = sites.length === 1 && fn.variadic !== name2 && !isExported(fn.name) ? this.argumentsFor(fn, name2, sites[0].call) : null;
    if (!bound) return { ...item, unknown: true, reason: this.parameterReason(fn, name2, sites.length) };
    const site = sites[0];
    this.touched.add(site.file.path);
    return this.value(bound.args[0], { file: site.file, fn: site.fn }, item.conditional, item.registered, name2, depth + 1);
  }
  /** The struct field `x.f` reads, when x's type is a workspace struct declaring f. */
  fieldOf(expr, scope) {
    const member = expr.member;
    if (expr.kind !== "member" || !member?.operandType) return null;
    const pkg = packageKey(scope.file);
    if (!this.index.declaresField(pkg, member.operandType, member.name)) return null;
    return { pkg, type: member.operandType, name: member.name };
  }
  /**
   * A slice field holds what every write in the workspace puts there: what is set first (several
   * settings are alternatives), then what is appended (only when the appending code runs).
   */
  fieldElements(field2, expr, scope, conditional, depth) {
    const writes = this.index.writesOf(field2.pkg, field2.type, field2.name);
    if (writes.length === 0) {
      if (!isExported(field2.name)) return [];
      return [this.unknownItem(expr, scope, conditional, null, `field ${field2.type}.${field2.name} is written nowhere in the workspace`)];
    }
    const sets = writes.filter((w) => w.write.mode === "assign");
    const appends = writes.filter((w) => w.write.mode === "append");
    const out2 = [];
    for (const { file, fn, write } of sets) {
      this.touched.add(file.path);
      if (write.values[0]) out2.push(...this.elements(write.values[0], { file, fn }, conditional || sets.length > 1, depth + 1));
    }
    for (const { file, fn, write } of appends) {
      this.touched.add(file.path);
      out2.push(...this.appended(write.values, write.spread, { file, fn }, true, depth));
    }
    return out2;
  }
  /** A single-valued field: the value of its only write; several writes or none stay unknown. */
  fieldValue(field2, item, depth) {
    const writes = this.index.writesOf(field2.pkg, field2.type, field2.name);
    const only = writes.length === 1 && writes[0].write.mode === "assign" ? writes[0] : null;
    if (only?.write.values[0]) {
      this.touched.add(only.file.path);
      return this.value(only.write.values[0], { file: only.file, fn: only.fn }, item.conditional, item.registered, item.expr.text, depth + 1);
    }
    const where = writes.length === 0 ? "written nowhere in the workspace" : `written in ${writes.length} places`;
    return { ...item, unknown: true, reason: `field ${field2.type}.${field2.name} is ${where}` };
  }
  /** The workspace function or method a call calls, if it can be told statically. */
  calledFunction(call, scope) {
    const callee = call.callee;
    if (!callee) return void 0;
    return this.functionNamed(callee, scope);
  }
  /** The workspace function or method an ident, `pkg.Name` or method value names. */
  functionNamed(expr, scope) {
    const found = this.lookupFunction(expr, scope);
    if (found) this.touched.add(found.file.path);
    return found;
  }
  lookupFunction(expr, scope) {
    if (expr.kind === "ident") {
      if (scope.fn?.locals.some((b) => b.name === expr.text) || scope.fn?.params.includes(expr.text)) return void 0;
      return this.index.func(packageKey(scope.file), expr.text);
    }
    if (expr.kind === "selector" && expr.ref) return this.index.func(expr.ref.pkg, expr.ref.name);
    if (expr.kind === "member" && expr.member) {
      const { operandType, name: name2 } = expr.member;
      if (operandType !== null) return this.index.method(packageKey(scope.file), operandType, name2);
      const maker = this.receiverMaker(expr, scope);
      if (maker?.library) return void 0;
      if (maker?.type) return this.index.method(maker.pkg, maker.type, name2);
      return this.index.method(packageKey(scope.file), null, name2);
    }
    return void 0;
  }
  /**
   * What made a method value's receiver: `m` in `m.UnaryServerInterceptor()` after
   * `m := grpcprom.NewServerMetrics()` is a library's value; after `c := cache.New()` (a
   * workspace function returning *Cache) it is a cache.Cache. Null when not made by a call.
   */
  receiverMaker(member, scope) {
    if (member.kind !== "member" || !member.member) return null;
    const operand = member.member.operand;
    if (scope.fn?.params.includes(operand)) return null;
    const writes = this.localWrites(scope, operand, member.range.start);
    const value = writes ? [...writes].reverse().find((w) => w.mode === "assign")?.values[0] : this.index.variable(packageKey(scope.file), operand)?.decl.value;
    if (value?.kind !== "call" || !value.callee) return null;
    const callee = value.callee;
    const made = callee.kind === "selector" && callee.ref ? callee.ref : callee.kind === "ident" && !writes?.some((w) => w.name === callee.text) ? { pkg: packageKey(scope.file), name: callee.text } : null;
    if (!made) return null;
    if (!this.index.inWorkspace(made.pkg)) return { pkg: made.pkg, type: null, library: true };
    const library = this.index.libraryResult(made.pkg, made.name);
    if (library && !this.index.inWorkspace(library)) return { pkg: library, type: null, library: true };
    return { pkg: made.pkg, type: this.index.resultType(made.pkg, made.name) ?? null, library: false };
  }
  /** The library a method value's receiver comes from, if a library call made it. */
  libraryOfReceiver(member, scope) {
    const maker = member ? this.receiverMaker(member, scope) : null;
    return maker?.library ? maker.pkg : null;
  }
  unknownItem(expr, scope, conditional, alias, reason) {
    return { expr, scope, conditional, registered: this.location(scope, expr), alias, unknown: true, ...reason ? { reason } : {} };
  }
  /** Why an unknown item stays unknown. */
  reasonOf(item) {
    return item.reason ?? explainUnknown(item.expr, item.scope, this.index);
  }
  /** The writes to a local variable before `at`, or null when it is not a local of the function. */
  localWrites(scope, name2, at) {
    const writes = scope.fn?.locals.filter((b) => b.name === name2 && before(b.end ?? b.at, at));
    return writes && writes.length > 0 ? writes : null;
  }
  /** A slice variable's elements: from its last unconditional assignment on, appends in order. */
  sliceFromWrites(writes, variable, scope, conditional, depth) {
    const at = variable.range.start;
    let start2 = 0;
    writes.forEach((w, i2) => {
      if (w.mode === "assign" && !conditionalAt(w, at)) start2 = i2;
    });
    const out2 = [];
    if (writes[start2].mode === "append" && scope.fn?.params.includes(variable.text)) out2.push(...this.parameterElements(variable, scope, conditional, depth));
    for (const write of writes.slice(start2)) {
      const cond = conditional || conditionalAt(write, at);
      if (write.mode === "append") out2.push(...this.appended(write.values, write.spread, scope, cond, depth));
      else if (write.values[0]) out2.push(...this.elements(write.values[0], scope, cond, depth + 1));
    }
    return out2;
  }
  appended(values, spread, scope, conditional, depth) {
    return values.flatMap(
      (v, i2) => spread && i2 === values.length - 1 ? this.elements(v, scope, conditional, depth + 1) : [this.value(v, scope, conditional, this.location(scope, v), null, depth + 1)]
    );
  }
};

// server/src/engine/chains/entries.ts
var EntryBuilder = class {
  constructor(values) {
    this.values = values;
  }
  values;
  /** The entries of interceptor arguments (`a, b, rest...`), in order. */
  entriesOfArgs(args2, spread, scope, conditional, depth = 0) {
    return args2.flatMap((arg, i2) => {
      const items = spread && i2 === args2.length - 1 ? this.values.elements(arg, scope, conditional, depth + 1) : [this.values.value(arg, scope, conditional, this.values.location(scope, arg), null, depth + 1)];
      return items.flatMap((item) => this.entriesOf(item, depth + 1));
    });
  }
  entriesOf(item, depth = 0) {
    const { expr, scope } = item;
    if (depth > MAX_DEPTH3) return [this.unresolved({ ...item, reason: DEPTH_REASON })];
    if (item.unknown) return [this.unresolved(item)];
    switch (expr.kind) {
      case "funcLit": {
        const name2 = item.alias ?? "func literal";
        return [
          this.entry(item, name2, {
            defined: this.values.location(scope, expr),
            body: expr.body ?? null,
            cls: workspaceClass(item.alias ?? "", expr.body ?? null)
          })
        ];
      }
      case "call":
        return this.entriesOfCall(item, depth);
      case "ident":
      case "selector":
      case "member": {
        const fn = this.values.functionNamed(expr, scope);
        if (fn) return [this.definedEntry(item, expr.text, fn)];
        if (expr.kind === "selector" && expr.ref) return [this.libraryEntry(item, expr.text, expr.ref.pkg)];
        const library = this.values.libraryOfReceiver(expr, scope);
        return [library ? this.libraryEntry(item, expr.text, library) : this.unresolved(item)];
      }
      default:
        return [this.unresolved(item)];
    }
  }
  entriesOfCall(item, depth) {
    const { expr, scope } = item;
    const args2 = expr.args ?? [];
    const ref = expr.callee?.kind === "selector" ? expr.callee.ref : null;
    if (ref?.pkg === SELECTOR_PKG && SELECTOR_WRAPPERS.has(ref.name) && args2[0]) {
      const inner = this.values.value(args2[0], scope, true, item.registered, null, depth + 1);
      return this.entriesOf(inner, depth + 1).map((e) => ({ ...e, conditional: true, wrappedBy: expr.text }));
    }
    if (ref?.pkg === MW_V1 && V1_CHAIN_BUILDERS.has(ref.name)) {
      return this.entriesOfArgs(args2, !!expr.spread, scope, item.conditional, depth + 1);
    }
    const fn = this.values.calledFunction(expr, scope);
    if (fn) return this.factoryEntries(item, fn, depth);
    if (ref && !this.values.index.inWorkspace(ref.pkg)) return [this.libraryEntry(item, expr.text, ref.pkg)];
    const library = this.values.libraryOfReceiver(expr.callee, scope);
    return [library ? this.libraryEntry(item, expr.text, library) : this.unresolved(item)];
  }
  /**
   * A call to a workspace function that makes an interceptor (`mw.Auth(secret)`): shown under
   * the call's name, defined at the function, with what its returned value is. A function
   * returning a chain of several (v1 ChainUnaryServer) stands for those.
   */
  factoryEntries(item, fn, depth) {
    const fnScope = { file: fn.file, fn: fn.fn };
    const returns = returnsOf(fn.fn, item.expr);
    const inner = returns.flatMap((r) => this.entriesOf(this.values.value(r, fnScope, item.conditional, item.registered, null, depth + 1), depth + 1));
    if (returns.length === 1 && inner.length > 1) return inner;
    const made = inner.find((e) => e.resolved);
    const name2 = item.expr.text;
    const body2 = made?.body ?? null;
    const cls = made && made.class !== "other" ? made.class : workspaceClass(name2, body2);
    return [this.asKnownLibrary(fn, this.entry(item, name2, { defined: { file: fn.file.path, range: fn.fn.range, extent: fn.fn.extent }, body: body2, cls }))];
  }
  definedEntry(item, name2, fn) {
    return this.asKnownLibrary(
      fn,
      this.entry(item, name2, {
        defined: { file: fn.file.path, range: fn.fn.range, extent: fn.fn.extent },
        body: fn.fn.body,
        cls: workspaceClass(fn.fn.name, fn.fn.body)
      })
    );
  }
  /**
   * A known library's interceptor stays a library interceptor when the workspace is that
   * library's own repository (but not the repository's example programs).
   */
  asKnownLibrary(fn, entry) {
    const pkg = fn.file.packagePath;
    const example = fn.file.packageName === "main" || !!pkg?.split("/").some((part) => part === "examples" || part === "example");
    const cls = pkg && !example ? libraryClass(pkg) : null;
    return cls ? { ...entry, class: cls, library: pkg } : entry;
  }
  libraryEntry(item, name2, library) {
    return { ...this.entry(item, name2, { defined: null, body: null, cls: libraryClass(library) ?? classByName(name2) }), library };
  }
  unresolved(item) {
    const name2 = item.alias ?? item.expr.text;
    return { ...this.entry(item, name2, { defined: null, body: null, cls: "other" }), resolved: false, reason: this.values.reasonOf(item) };
  }
  entry(item, name2, what) {
    return {
      name: name2,
      class: what.cls,
      registered: item.registered,
      defined: what.defined,
      conditional: item.conditional,
      resolved: true,
      body: what.body,
      library: null
    };
  }
};

// server/src/engine/chains/resolve.ts
var OptionCollector = class {
  constructor(values, entries, ctor, v1OptionsAreChains) {
    this.values = values;
    this.entries = entries;
    this.ctor = ctor;
    this.v1OptionsAreChains = v1OptionsAreChains;
  }
  values;
  entries;
  ctor;
  v1OptionsAreChains;
  chained = { unary: [], stream: [] };
  singles = { unary: [], stream: [] };
  builtOutsideWorkspace = false;
  add(item, depth = 0) {
    const { expr, scope } = item;
    if (depth > MAX_DEPTH3) {
      this.unknown({ ...item, reason: DEPTH_REASON });
      return;
    }
    if (item.unknown || expr.kind !== "call") {
      this.unknown(item);
      return;
    }
    const ref = expr.callee?.kind === "selector" ? expr.callee.ref : null;
    const args2 = expr.args ?? [];
    if (ref?.pkg === GRPC_PKG2) {
      const table = this.ctor.kind === "server" ? SERVER_INTERCEPTOR_OPTIONS : CLIENT_INTERCEPTOR_OPTIONS;
      const option = table.get(ref.name);
      if (!option) return;
      const stream = option.stream ? "stream" : "unary";
      if (!option.single) {
        this.chained[stream].push(...this.entries.entriesOfArgs(args2, !!expr.spread, scope, item.conditional));
        return;
      }
      const entries = args2[0] ? this.entries.entriesOf(this.values.value(args2[0], scope, item.conditional, this.values.location(scope, args2[0]), null)) : [];
      this.single(stream, item, entries);
      return;
    }
    const v1 = ref?.pkg === MW_V1 ? V1_CHAIN_OPTIONS.get(ref.name) : void 0;
    if (v1 && this.ctor.kind === "server") {
      const stream = v1.stream ? "stream" : "unary";
      const entries = this.entries.entriesOfArgs(args2, !!expr.spread, scope, item.conditional);
      if (this.v1OptionsAreChains) this.chained[stream].push(...entries);
      else this.single(stream, item, entries);
      return;
    }
    const fn = this.values.calledFunction(expr, scope);
    if (!fn) {
      this.unknown(item);
      return;
    }
    const fnScope = { file: fn.file, fn: fn.fn };
    const returns = returnsOf(fn.fn, expr);
    for (const r of returns) this.add(this.values.value(r, fnScope, item.conditional || returns.length > 1, item.registered, null), depth + 1);
  }
  single(stream, item, entries) {
    this.singles[stream].push({ option: item.expr.text, registered: item.registered, entries, conditional: item.conditional });
  }
  /** Options ctxlens cannot see into may install interceptors of either kind anywhere. */
  unknown(item) {
    const ref = item.expr.kind === "call" && item.expr.callee?.kind === "selector" ? item.expr.callee.ref : null;
    if (ref && !this.values.index.inWorkspace(ref.pkg)) this.builtOutsideWorkspace = true;
    const entry = this.entries.entriesOf({ ...item, unknown: true })[0];
    this.chained.unary.push(entry);
    this.chained.stream.push({ ...entry });
  }
};
function effective(kind, singles, chained) {
  const single = kind === "server" ? singles[0] : singles[singles.length - 1];
  return [...single?.entries ?? [], ...chained];
}
function chainOf(index, file, ctor) {
  const values = new ValueResolver(index);
  values.touched.add(file.path);
  const entries = new EntryBuilder(values);
  const v1Version = file.chains.middlewareV1Version;
  const collector = new OptionCollector(values, entries, ctor, v1Version === null || versionAtLeast(v1Version, V1_OPTIONS_BECAME_CHAINS));
  const scope = { file, fn: ctor.functionIndex === null ? null : file.chains.functions[ctor.functionIndex] ?? null };
  ctor.options.forEach((option, i2) => {
    const items = ctor.spread && i2 === ctor.options.length - 1 ? values.elements(option, scope, false) : [values.value(option, scope, false, values.location(scope, option), null)];
    for (const item of items) collector.add(item);
  });
  const { start: start2 } = ctor.range;
  return {
    id: `${file.path}:${start2.line}:${start2.character}`,
    file: file.path,
    range: ctor.range,
    kind: ctor.kind,
    constructor: `grpc.${ctor.name}`,
    unary: effective(ctor.kind, collector.singles.unary, collector.chained.unary),
    stream: effective(ctor.kind, collector.singles.stream, collector.chained.stream),
    singles: collector.singles,
    builtOutsideWorkspace: collector.builtOutsideWorkspace,
    files: [...values.touched].sort()
  };
}
function computeChains(facts) {
  const index = new ChainIndex(facts);
  const chains = [];
  const files = [...facts.files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const file of files) for (const ctor of file.chains.constructors) chains.push(chainOf(index, file, ctor));
  return chains;
}

// server/src/engine/run/workspace.ts
var Workspace = class {
  facts = /* @__PURE__ */ new Map();
  fileFindings = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  functionsStale = true;
  chainsCache = null;
  get files() {
    return this.facts;
  }
  setFile(facts, findings) {
    this.facts.set(facts.path, facts);
    this.fileFindings.set(facts.path, findings);
    this.invalidate();
  }
  removeFile(path7) {
    this.facts.delete(path7);
    this.fileFindings.delete(path7);
    this.invalidate();
  }
  /** Every server and client chain of the workspace, computed once per change of facts. */
  get chains() {
    this.chainsCache ??= computeChains(this);
    return this.chainsCache;
  }
  invalidate() {
    this.functionsStale = true;
    this.chainsCache = null;
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
    const suppressed = {};
    for (const rule of rules) {
      if (config.rules[rule.meta.id] === "off") continue;
      try {
        rule.check({
          facts: this,
          config,
          report: (report) => {
            const facts = this.facts.get(report.file);
            const dropped = facts && dropReason(facts, rule.meta, report.range.start.line, config);
            if (dropped) {
              countSuppressed(suppressed, dropped);
              return;
            }
            const finding = toFinding(rule.meta, report, report.file, report.range, config, (path7) => this.facts.get(path7)?.syntaxErrors === false);
            if (finding) findings.push(finding);
          }
        });
      } catch (error) {
        problems.push(`rule ${rule.meta.id} failed: ${error.message}`);
      }
    }
    return { findings, problems, suppressed };
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

// server/src/engine/run/check.ts
async function checkPaths(roots, config, base) {
  const analyzer = await Analyzer.create();
  const workspace = new Workspace();
  const skipped = [];
  const problems = [];
  const suppressed = {};
  let filesAnalysed = 0;
  const onSkipped = (file, reason, unreadable) => skipped.push({ file, reason, kind: unreadable ? "unreadable" : "policy" });
  for (const file of discoverGoFiles(roots, { exclude: config.exclude, base, onSkipped })) {
    const read = readGoSource(file, config.includeGenerated);
    if ("skipped" in read) {
      skipped.push({ file, reason: read.skipped, kind: read.kind === "unreadable" ? "unreadable" : "policy" });
      continue;
    }
    let analysed;
    try {
      analysed = analyzer.analyze(file, read.text, config);
    } catch (error) {
      if (!(error instanceof ParseTimeout || error instanceof AnalysisFailed)) throw error;
      skipped.push({ file, reason: error.message, kind: error instanceof AnalysisFailed ? "failed" : "policy" });
      continue;
    }
    const { analysis, tree } = analysed;
    tree.delete();
    workspace.setFile(analysis.facts, analysis.findings);
    problems.push(...analysis.problems);
    addCounts(suppressed, analysis.suppressed);
    filesAnalysed++;
  }
  const result = workspace.findings(WORKSPACE_RULES, config);
  addCounts(suppressed, result.suppressed);
  return { findings: result.findings, filesAnalysed, skipped, problems: [...problems, ...result.problems], suppressed, workspace };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// server/src/engine/config/config.ts
var DEFAULT_ORDER = [["tracing", "logging"]];
function defaultConfig() {
  return {
    rules: {},
    exclude: [],
    includeGenerated: false,
    order: DEFAULT_ORDER.map(([a, b]) => [a, b]),
    recoveryNames: [],
    authNames: [],
    otherLinterSuppressions: true,
    testCode: [...DEFAULT_TEST_CODE_GLOBS]
  };
}

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var FullTextDocument = class _FullTextDocument {
  constructor(uri, languageId, version, content) {
    this._uri = uri;
    this._languageId = languageId;
    this._version = version;
    this._content = content;
    this._lineOffsets = void 0;
  }
  get uri() {
    return this._uri;
  }
  get languageId() {
    return this._languageId;
  }
  get version() {
    return this._version;
  }
  getText(range) {
    if (range) {
      const start2 = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this._content.substring(start2, end);
    }
    return this._content;
  }
  update(changes, version) {
    for (const change of changes) {
      if (_FullTextDocument.isIncremental(change)) {
        const range = getWellformedRange(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
        const insertedEndOffset = startOffset + change.text.length;
        const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
        const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
        if (crlfAtStart || crlfAtEnd) {
          this._lineOffsets = void 0;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this._lineOffsets;
        const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
        if (endLine - startLine === addedLineOffsets.length) {
          for (let i2 = 0, len = addedLineOffsets.length; i2 < len; i2++) {
            lineOffsets[i2 + startLine + 1] = addedLineOffsets[i2];
          }
        } else {
          if (addedLineOffsets.length < 1e4) {
            lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
          } else {
            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
          }
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i2 = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i2 < len; i2++) {
            lineOffsets[i2] = lineOffsets[i2] + diff;
          }
        }
      } else if (_FullTextDocument.isFull(change)) {
        this._content = change.text;
        this._lineOffsets = void 0;
      } else {
        throw new Error("Unknown change event received");
      }
    }
    this._version = version;
  }
  getLineOffsets() {
    if (this._lineOffsets === void 0) {
      this._lineOffsets = computeLineOffsets(this._content, true);
    }
    return this._lineOffsets;
  }
  positionAt(offset) {
    offset = Math.max(Math.min(offset, this._content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0, high = lineOffsets.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }
  offsetAt(position) {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) {
      return this._content.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.ensureBeforeEOL(offset, lineOffset);
  }
  getLineRange(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
    } else if (line < 0) {
      return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }
  getEOLCharacters(line) {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      return "";
    } else if (line < 0) {
      return "";
    }
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
    const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
    return this._content.substring(eolOffset, nextLineOffset);
  }
  ensureBeforeEOL(offset, lineOffset) {
    while (offset > lineOffset && isEOL2(this._content.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }
  get lineCount() {
    return this.getLineOffsets().length;
  }
  static isIncremental(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
  }
  static isFull(event) {
    const candidate = event;
    return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
  }
};
var TextDocument;
(function(TextDocument2) {
  function create(uri, languageId, version, content) {
    return new FullTextDocument(uri, languageId, version, content);
  }
  TextDocument2.create = create;
  function update(document2, changes, version) {
    if (document2 instanceof FullTextDocument) {
      document2.update(changes, version);
      return document2;
    } else {
      throw new Error("TextDocument.update: document must be created by TextDocument.create");
    }
  }
  TextDocument2.update = update;
  function applyEdits2(document2, edits) {
    const text = document2.getText();
    const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
      const diff = a.range.start.line - b.range.start.line;
      if (diff === 0) {
        return a.range.start.character - b.range.start.character;
      }
      return diff;
    });
    let lastModifiedOffset = 0;
    const spans = [];
    for (const e of sortedEdits) {
      const startOffset = document2.offsetAt(e.range.start);
      if (startOffset < lastModifiedOffset) {
        throw new Error("Overlapping edit");
      } else if (startOffset > lastModifiedOffset) {
        spans.push(text.substring(lastModifiedOffset, startOffset));
      }
      if (e.newText.length) {
        spans.push(e.newText);
      }
      lastModifiedOffset = document2.offsetAt(e.range.end);
    }
    spans.push(text.substr(lastModifiedOffset));
    return spans.join("");
  }
  TextDocument2.applyEdits = applyEdits2;
})(TextDocument || (TextDocument = {}));
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i2 = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i2++] = left[leftIdx++];
    } else {
      data[i2++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i2++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i2++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text.charCodeAt(i2);
    if (isEOL2(ch)) {
      if (ch === 13 && i2 + 1 < text.length && text.charCodeAt(i2 + 1) === 10) {
        i2++;
      }
      result.push(textOffset + i2 + 1);
    }
  }
  return result;
}
function isEOL2(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start2 = range.start;
  const end = range.end;
  if (start2.line > end.line || start2.line === end.line && start2.character > end.character) {
    return { start: end, end: start2 };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}

// test/support/apply-edits.ts
function applyEdits(text, edits) {
  const doc = TextDocument.create("file:///edited.go", "go", 1, text);
  const spans = edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i2 = 1; i2 < spans.length; i2++) {
    if (spans[i2].start < spans[i2 - 1].end) throw new Error("overlapping edits");
  }
  let out2 = text;
  for (const span of [...spans].reverse()) out2 = out2.slice(0, span.start) + span.newText + out2.slice(span.end);
  return out2;
}

// .dbg/dbg.ts
(async () => {
  const root = process.argv[2];
  const rule = process.argv[3];
  const result = await checkPaths([root], defaultConfig(), root);
  for (const f of result.findings) {
    if (rule && f.rule !== rule) continue;
    for (const fix of f.fixes) {
      console.log("==", f.rule, f.range.start.line + 1, fix.title);
      for (const e of fix.edits) console.log(JSON.stringify(e));
      const file = fix.edits[0].file;
      const r = readGoSource(file, true);
      console.log(JSON.stringify(applyEdits(r.text, fix.edits.filter((e) => e.file === file))));
    }
  }
})();
