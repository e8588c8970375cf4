// Go's convention for generated files: a line `// Code generated … DO NOT EDIT.` before the
// package clause. Checked on the text so that huge generated files are never parsed.

const HEADER_SCAN_LIMIT = 64 * 1024;

export function isGeneratedSource(text: string): boolean {
  const head = text.length > HEADER_SCAN_LIMIT ? text.slice(0, HEADER_SCAN_LIMIT) : text;
  for (const rawLine of head.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.startsWith('// Code generated ') && line.endsWith(' DO NOT EDIT.')) return true;
    if (line.startsWith('package ')) return false;
  }
  return false;
}

/** A NUL byte in the first 8 KiB marks binary content that is not Go source. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
