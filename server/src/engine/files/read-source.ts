// Reads a .go file from disk, refusing what is not Go source.
import * as fs from 'node:fs';
import { isGeneratedSource, looksBinary } from '../go/generated';

/** Larger files are not parsed: no hand-written Go file is this large. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/**
 * Why text is not analysed: it could not be read (an error to report), it is generated code
 * (left out by configuration), or it is not Go source ctxlens can analyse (binary, too large).
 */
export type SkipKind = 'unreadable' | 'generated' | 'unsuitable';

export type SourceRead = { text: string } | { skipped: string; kind: SkipKind };

export function readGoSource(file: string, includeGenerated: boolean): SourceRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { skipped: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, kind: 'unreadable' };
  }
  return checkSource(bytes, includeGenerated);
}

export function checkSource(bytes: Uint8Array, includeGenerated: boolean): SourceRead {
  if (bytes.length > MAX_SOURCE_BYTES) return { skipped: `larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MiB`, kind: 'unsuitable' };
  if (looksBinary(bytes)) return { skipped: 'binary content, not Go source', kind: 'unsuitable' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!includeGenerated && isGeneratedSource(text)) return { skipped: 'generated code', kind: 'generated' };
  return { text };
}
