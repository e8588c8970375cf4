// Line breaks as LSP and editors count them: `\n`, `\r\n` and a lone `\r`. tree-sitter breaks
// rows at `\n` only, so a lone `\r` is handed to it as `\n`: same length, same offsets, and
// every row and column of the tree is then an LSP line and character. (Go itself reads a lone
// `\r` as a space; code that differs by it, such as a line comment running on past one, is
// read as the editor shows it.)

/** text with each lone `\r` (not followed by `\n`) replaced by `\n`; text itself when it has none. */
export function withLspLineBreaks(text: string): string {
  let at = text.indexOf('\r');
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (; at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) === 10) continue;
    parts.push(text.slice(from, at), '\n');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Where text ends when inserted at (row, column): rows advance at each LSP line break (a `\r`
 * last in text is none when the text it is inserted before starts with `\n`).
 */
export function pointAfter(row: number, column: number, text: string, followedByLf: boolean): { row: number; column: number } {
  let lineStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : followedByLf ? 10 : -1;
    if (code === 10 || (code === 13 && next !== 10)) {
      row++;
      lineStart = i;
    }
  }
  return lineStart < 0 ? { row, column: column + text.length } : { row, column: text.length - lineStart - 1 };
}
