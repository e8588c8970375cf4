// Mutators of Go source, go.mod and .ctxlens.json bytes. Each takes the bytes and the run's
// generator and returns new bytes; inputs stack one to four of them.
import type { Corpus } from './corpus';
import { NESTING_SHAPES, nestFragment, nestedFile } from './nesting';
import type { Prng } from './prng';

export type Mutator = (bytes: Buffer, rng: Prng, corpus: Corpus) => Buffer;

/** A mutator with its name and how often it is picked relative to the others in its table. */
export type MutatorEntry = [name: string, mutator: Mutator, weight: number];

/** Tokens the token mutators insert: Go punctuation, keywords and the names the rules look for. */
const GO_TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  ':=',
  '=',
  '.',
  '...',
  '*',
  '&',
  '<-',
  '"',
  '`',
  "'",
  '/*',
  '*/',
  '//',
  '\n',
  'func',
  'return',
  'defer',
  'go',
  'if',
  'else',
  'for',
  'range',
  'switch',
  'case',
  'select',
  'default',
  'var',
  'const',
  'type',
  'struct',
  'interface',
  'map',
  'chan',
  'package',
  'import',
  'nil',
  '_',
  'ctx',
  'cancel',
  'err',
  'handler',
  'context.Context',
  'context.Background()',
  'context.TODO()',
  'context.WithCancel(ctx)',
  'context.WithTimeout(ctx, time.Second)',
  'grpc.NewServer(',
  'grpc.Dial(',
  'grpc.ChainUnaryInterceptor(',
  'grpc.UnaryInterceptor(',
  'ss.Context()',
  'info',
  'req',
  'recover()',
  'panic(err)',
  '//ctxlens:ignore',
  '// ctxlens:ignore ctx-nil',
  '"context"',
  '\t',
  ' ',
];

/** Byte sequences that are not UTF-8: a lone continuation, an overlong form, a surrogate, a cut sequence. */
const INVALID_UTF8 = [[0xff], [0xfe], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x28, 0xa1], [0xf0, 0x90, 0x28], [0xc3]];

const text = (bytes: Buffer) => bytes.toString('utf8');
const bytesOf = (s: string) => Buffer.from(s, 'utf8');

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

function insertAt(bytes: Buffer, at: number, piece: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** A random line boundary of bytes. */
function lineBoundary(bytes: Buffer, rng: Prng): number {
  return rng.pick(lineStarts(bytes));
}

/** The file split into tokens (runs of word characters, runs of spaces, single other characters) for token edits. */
function tokens(source: string): string[] {
  return source.match(/[A-Za-z0-9_]+|[ \t]+|\r?\n|[\s\S]/g) ?? [];
}

const truncate: Mutator = (bytes, rng) => bytes.subarray(0, rng.int(bytes.length + 1));

const byteEdits: Mutator = (bytes, rng) => {
  const edits = rng.between(1, 8);
  let result: Buffer = Buffer.from(bytes);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(result.length + 1);
    const op = rng.int(3);
    if (op === 0 && at < result.length) result[at] = rng.int(256) || 1;
    else if (op === 1) result = insertAt(result, at, Buffer.from([rng.int(127) + 1]));
    else result = Buffer.concat([result.subarray(0, at), result.subarray(at + rng.between(1, 4))]);
  }
  return result;
};

const tokenEdits: Mutator = (bytes, rng) => {
  const toks = tokens(text(bytes));
  if (toks.length === 0) return bytesOf(rng.pick(GO_TOKENS));
  const edits = rng.between(1, 6);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(toks.length);
    const op = rng.int(4);
    if (op === 0) toks.splice(at, 1);
    else if (op === 1) toks.splice(at, 0, toks[at]!);
    else if (op === 2) toks[at] = rng.pick(GO_TOKENS);
    else {
      const other = rng.int(toks.length);
      [toks[at], toks[other]] = [toks[other]!, toks[at]!];
    }
  }
  return bytesOf(toks.join(''));
};

/** The head of this file and the tail of a fixture or example file, cut at lines or anywhere. */
const splice: Mutator = (bytes, rng, corpus) => {
  const other = rng.pick(corpus.goFiles);
  const byLines = rng.chance(0.7);
  const cut = byLines ? lineBoundary(bytes, rng) : rng.int(bytes.length + 1);
  const from = byLines ? lineBoundary(other, rng) : rng.int(other.length + 1);
  return Buffer.concat([bytes.subarray(0, cut), other.subarray(from)]);
};

/** A run of lines from another seed file, inserted at a line of this one. */
const insertLines: Mutator = (bytes, rng, corpus) => {
  const other = rng.pick(corpus.goFiles);
  const starts = lineStarts(other);
  const first = rng.int(starts.length);
  const last = Math.min(starts.length - 1, first + rng.between(1, 30));
  return insertAt(bytes, lineBoundary(bytes, rng), other.subarray(starts[first], starts[last]));
};

/** Mostly shallow: deep nests are slow to parse, and a few go deep enough for recursion to show. */
function deepDepth(rng: Prng): number {
  const roll = rng.next();
  return roll < 0.7 ? rng.between(2, 60) : roll < 0.95 ? rng.between(100, 1000) : rng.between(1000, 5000);
}

/** A whole file of one nesting shape, or a nest dropped into a line of this file. */
const deepNesting: Mutator = (bytes, rng) => {
  const shape = rng.pick(NESTING_SHAPES);
  const depth = deepDepth(rng);
  if (rng.chance(0.5)) return bytesOf(nestedFile(shape, depth));
  const fragment = nestFragment(shape, depth);
  const line = shape.place === 'stmt' ? fragment : shape.place === 'type' ? `var _ ${fragment}\n` : `_ = ${fragment}\n`;
  return insertAt(bytes, lineBoundary(bytes, rng), bytesOf(line));
};

/** One very long line: a repeated token, a long string, a long argument list or a long comment. */
const longLine: Mutator = (bytes, rng) => {
  const roll = rng.next();
  const length = roll < 0.6 ? 500 : roll < 0.9 ? 4_000 : roll < 0.98 ? 40_000 : 200_000;
  const kinds = [
    () => `var long = "${'x'.repeat(length)}"\n`,
    () => `// ${'ctx '.repeat(length / 4)}\n`,
    () => `var _ = f(${'ctx, '.repeat(length / 5)}ctx)\n`,
    () => `${rng.pick(GO_TOKENS).repeat(Math.max(1, length / 8))}\n`,
    () => `var _ = []int{${'1,'.repeat(length / 2)}}\n`,
  ];
  return insertAt(bytes, lineBoundary(bytes, rng), bytesOf(rng.pick(kinds)()));
};

const invalidUtf8: Mutator = (bytes, rng) => {
  let out = bytes;
  for (let i = rng.between(1, 4); i > 0; i--) out = insertAt(out, rng.int(out.length + 1), Buffer.from(rng.pick(INVALID_UTF8)));
  return out;
};

/** A NUL byte: in the first 8 KiB the file is skipped as binary, so it is often put later. */
const nul: Mutator = (bytes, rng) => {
  const late = rng.chance(0.5);
  const padded = late ? Buffer.concat([bytes, bytesOf(`\n// ${'pad '.repeat(2100)}\n`)]) : bytes;
  const at = late ? 8200 + rng.int(Math.max(1, padded.length - 8200)) : rng.int(padded.length + 1);
  return insertAt(padded, Math.min(at, padded.length), Buffer.from([0]));
};

/** CRLF everywhere, lone CRs, a mix, a byte order mark at the start or inside. */
const lineEndings: Mutator = (bytes, rng) => {
  const source = text(bytes);
  switch (rng.int(5)) {
    case 0:
      return bytesOf(source.replace(/\r?\n/g, '\r\n'));
    case 1:
      return bytesOf(source.replace(/\r?\n/g, '\r'));
    case 2:
      return bytesOf(source.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r'])));
    case 3:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    default:
      return insertAt(bytes, lineBoundary(bytes, rng), Buffer.from([0xef, 0xbb, 0xbf]));
  }
};

export const GO_MUTATORS: readonly MutatorEntry[] = [
  ['truncate', truncate, 3],
  ['byte edits', byteEdits, 3],
  ['token edits', tokenEdits, 3],
  ['splice', splice, 3],
  ['insert lines', insertLines, 3],
  ['deep nesting', deepNesting, 1],
  ['long line', longLine, 1],
  ['invalid UTF-8', invalidUtf8, 3],
  ['NUL', nul, 3],
  ['line endings', lineEndings, 3],
];

/** go.mod breakage: the generic edits plus directives that are wrong in ways a parser may trip on. */
const goModDirectives: Mutator = (bytes, rng) => {
  const lines = [
    'module',
    'module ""',
    'module "example.com/q"',
    'module example.com/a example.com/b',
    'module (',
    ')',
    'go',
    'go 1.x',
    'replace',
    'replace example.com/x => ',
    'replace (\n\texample.com/x => ../x',
    'require (',
    'require example.com/x',
    'toolchain go1.99',
    '// module example.com/commented',
    `module example.com/${'a/'.repeat(500)}`,
    'module example.com/a\rmodule b',
  ];
  return insertAt(bytes, lineBoundary(bytes, rng), bytesOf(`${rng.pick(lines)}\n`));
};

export const GO_MOD_MUTATORS: readonly MutatorEntry[] = [
  ['truncate', truncate, 3],
  ['byte edits', byteEdits, 3],
  ['token edits', tokenEdits, 3],
  ['directives', goModDirectives, 3],
  ['invalid UTF-8', invalidUtf8, 3],
  ['line endings', lineEndings, 3],
];

/** JSON that is well-formed but of the wrong shape, or deeply nested, in place of a value or the whole file. */
const configValues: Mutator = (bytes, rng) => {
  const values = [
    'null',
    '1',
    '"off"',
    '[]',
    '{}',
    'true',
    '[[]]',
    '[["tracing"]]',
    '[["tracing", "nope"]]',
    '{"ctx-nil": 3}',
    '["**", 7]',
    `"${'*'.repeat(5000)}"`,
    '{'.repeat(2000) + '}'.repeat(2000),
    '['.repeat(3000) + ']'.repeat(3000),
    '"[["',
    '"{a,{b,{c}}}"',
  ];
  const source = text(bytes);
  const colons = [...source.matchAll(/:/g)].map((m) => m.index!);
  if (colons.length === 0 || rng.chance(0.2)) return bytesOf(rng.pick(values));
  const at = rng.pick(colons) + 1;
  return bytesOf(`${source.slice(0, at)} ${rng.pick(values)}${source.slice(at).replace(/^[^,}\]]*/, '')}`);
};

export const CONFIG_MUTATORS: readonly MutatorEntry[] = [
  ['truncate', truncate, 3],
  ['byte edits', byteEdits, 3],
  ['token edits', tokenEdits, 3],
  ['values', configValues, 3],
  ['invalid UTF-8', invalidUtf8, 3],
  ['line endings', lineEndings, 3],
];

/** Applies one to `max` mutators from the table; returns the new bytes and the mutators' names. */
function pickWeighted(table: readonly MutatorEntry[], rng: Prng): MutatorEntry {
  let roll = rng.next() * table.reduce((sum, [, , weight]) => sum + weight, 0);
  for (const entry of table) if ((roll -= entry[2]) < 0) return entry;
  return table[table.length - 1]!;
}

export function mutate(bytes: Buffer, table: readonly MutatorEntry[], rng: Prng, corpus: Corpus, max = 4): { bytes: Buffer; applied: string[] } {
  const applied: string[] = [];
  let out = bytes;
  for (let i = rng.between(1, max); i > 0; i--) {
    const [name, mutator] = pickWeighted(table, rng);
    out = mutator(out, rng, corpus);
    applied.push(name);
  }
  return { bytes: out, applied };
}
