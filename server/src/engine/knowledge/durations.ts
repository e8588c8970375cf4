// time.Duration values known without running the program: number literals, time units,
// time.Duration(n) conversions, arithmetic on them, and constants declared in the same file.
import { field, namedChildren, type SyntaxNode } from '../go/syntax';
import type { SourceFile } from '../go/source-file';

const TIME_PKG = 'time';
const NANOSECONDS: ReadonlyMap<string, number> = new Map([
  ['Nanosecond', 1],
  ['Microsecond', 1e3],
  ['Millisecond', 1e6],
  ['Second', 1e9],
  ['Minute', 60e9],
  ['Hour', 3600e9],
]);

/** Deep enough for any hand-written constant chain; bounds recursion on cyclic or generated input. */
const MAX_DEPTH = 32;

/** Reads a Go integer literal (decimal, 0x, 0o, 0b, legacy 0-octal; `_` separators). */
function intValue(text: string): number | null {
  const digits = text.split('_').join('');
  const legacyOctal = digits.length > 1 && digits[0] === '0' && digits[1]! >= '0' && digits[1]! <= '9';
  const value = legacyOctal ? parseInt(digits, 8) : Number(digits);
  return Number.isFinite(value) ? value : null;
}

function floatValue(text: string): number | null {
  const value = Number(text.split('_').join(''));
  return Number.isFinite(value) ? value : null;
}

/** Names bound in this file other than by const: parameters, variables, receivers (they may shadow a constant). */
function nonConstantNames(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const type of ['parameter_declaration', 'variadic_parameter_declaration', 'var_spec']) {
    for (const n of file.nodesOfType(type)) {
      for (const name of n.childrenForFieldName('name')) if (name?.type === 'identifier') names.add(name.text);
    }
  }
  for (const type of ['short_var_declaration', 'range_clause', 'receive_statement']) {
    for (const n of file.nodesOfType(type)) {
      for (const name of namedChildren(field(n, 'left'))) if (name.type === 'identifier') names.add(name.text);
    }
  }
  return names;
}

/** Constant name → its value expression; names declared twice (or by iota-style repetition) map to null. */
function fileConstants(file: SourceFile): Map<string, SyntaxNode | null> {
  const constants = new Map<string, SyntaxNode | null>();
  for (const n of file.nodesOfType('const_spec')) {
    // The field also holds the commas between the names.
    const names = n.childrenForFieldName('name').filter((c): c is SyntaxNode => c?.type === 'identifier');
    const values = namedChildren(field(n, 'value'));
    names.forEach((name, i) => {
      const value = values.length === names.length ? values[i]! : null;
      constants.set(name.text, constants.has(name.text) ? null : value);
    });
  }
  return constants;
}

export class DurationEvaluator {
  /** The file's constants and other bound names, read on the first named duration (most are literals). */
  private names: { constants: Map<string, SyntaxNode | null>; shadowed: Set<string> } | null = null;

  constructor(private readonly file: SourceFile) {}

  /** The expression's value in nanoseconds, or null when it is not known statically. */
  nanoseconds(expr: SyntaxNode): number | null {
    return this.evaluate(expr, 0);
  }

  private evaluate(expr: SyntaxNode, depth: number): number | null {
    if (depth > MAX_DEPTH) return null;
    switch (expr.type) {
      case 'parenthesized_expression': {
        const inner = namedChildren(expr)[0];
        return inner ? this.evaluate(inner, depth + 1) : null;
      }
      case 'int_literal':
        return intValue(expr.text);
      case 'float_literal':
        return floatValue(expr.text);
      case 'selector_expression': {
        const name = this.file.qualify(expr);
        return name?.pkg === TIME_PKG ? (NANOSECONDS.get(name.name) ?? null) : null;
      }
      case 'identifier':
        return this.constant(expr.text, depth);
      case 'unary_expression': {
        const operand = field(expr, 'operand');
        const value = operand ? this.evaluate(operand, depth + 1) : null;
        const operator = field(expr, 'operator')?.text;
        if (value === null) return null;
        return operator === '-' ? -value : operator === '+' ? value : null;
      }
      case 'binary_expression':
        return this.binary(expr, depth);
      case 'call_expression':
        return this.conversion(expr, depth);
      default:
        return null;
    }
  }

  private constant(name: string, depth: number): number | null {
    this.names ??= { constants: fileConstants(this.file), shadowed: nonConstantNames(this.file) };
    const value = this.names.constants.get(name);
    if (!value || this.names.shadowed.has(name)) return null;
    return this.evaluate(value, depth + 1);
  }

  private binary(expr: SyntaxNode, depth: number): number | null {
    const left = field(expr, 'left');
    const right = field(expr, 'right');
    const a = left ? this.evaluate(left, depth + 1) : null;
    const b = right ? this.evaluate(right, depth + 1) : null;
    if (a === null || b === null) return null;
    switch (field(expr, 'operator')?.text) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) return null;
        return Number.isInteger(a) && Number.isInteger(b) ? Math.trunc(a / b) : a / b;
      default:
        return null;
    }
  }

  /** time.Duration(n): the conversion keeps n's value. */
  private conversion(call: SyntaxNode, depth: number): number | null {
    const fn = field(call, 'function');
    const name = fn ? this.file.qualify(fn) : null;
    const args = namedChildren(field(call, 'arguments'));
    if (name?.pkg !== TIME_PKG || name.name !== 'Duration' || args.length !== 1) return null;
    return this.evaluate(args[0]!, depth + 1);
  }
}

const UNITS: readonly [string, number][] = [
  ['h', 3600e9],
  ['m', 60e9],
  ['s', 1e9],
  ['ms', 1e6],
  ['µs', 1e3],
  ['ns', 1],
];

/** A short human form: 2s, 1m30s, 500ms, 1.5µs. */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 0) return `-${formatDuration(-ns)}`;
  if (ns < 1e9) {
    const [unit, size] = UNITS.find(([, size]) => ns >= size) ?? UNITS[UNITS.length - 1]!;
    return `${Number((ns / size).toPrecision(6))}${unit}`;
  }
  let rest = ns;
  let text = '';
  for (const [unit, size] of UNITS.slice(0, 2)) {
    const whole = Math.floor(rest / size);
    if (whole > 0) text += `${whole}${unit}`;
    rest -= whole * size;
  }
  return rest > 0 ? `${text}${Number((rest / 1e9).toPrecision(9))}s` : text;
}
