// file: URIs ↔ absolute paths. Other schemes (untitled:, git:) are not analysed.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}
