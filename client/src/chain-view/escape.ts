// Text from the analysed code (names, paths, messages) goes into HTML only through here.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element body or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of text) out += ENTITIES[ch] ?? ch;
  return out;
}
