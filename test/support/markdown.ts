// Fenced code blocks of a Markdown page with the heading they sit under, read as CommonMark
// reads them: ATX headings outside code, fences of three or more backticks or tildes indented
// at most three spaces, closed by a fence of the same character at least as long.

export interface CodeBlock {
  /** The text of the nearest heading above the block (`Bad` for `## Bad`). */
  heading: string;
  /** The info string's first word (`go`). */
  language: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let heading = '';
  let open: { fence: string; language: string; line: number; indent: number; body: string[] } | null = null;
  lines.forEach((text, i) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length) {
        blocks.push({ heading, language: open.language, code: `${open.body.join('\n')}\n`, line: open.line });
        open = null;
      } else {
        // Content lines lose up to the opening fence's indentation.
        open.body.push(text.replace(new RegExp(`^ {0,${open.indent}}`), ''));
      }
      return;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      open = { fence: fence[1]!, language: fence[2] ?? '', line: i + 1, indent: text.length - text.trimStart().length, body: [] };
      return;
    }
    const title = HEADING.exec(text);
    if (title) heading = (title[1] ?? '').trim();
  });
  return blocks;
}
