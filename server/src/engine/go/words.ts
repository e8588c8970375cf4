// Words of Go text as identifiers: what a name search matches (a whole identifier, never part of a longer one).

/** Letters, digits and `_` (NaN, outside the text, is not). Non-ASCII letters count too. */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

/** True when word stands in text as a whole identifier (not inside a longer one). */
export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** True when an identifier of text starts with start (`Register` in `RegisterGreeterServer`). */
export function containsWordStart(text: string, start: string): boolean {
  for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) if (!isWordChar(text.charCodeAt(at - 1))) return true;
  return false;
}

/** Calls visit with each identifier-like word of text, in order, until it returns true; true when one did. */
export function someWord(text: string, visit: (word: string) => boolean): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      if (visit(text.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}
