// A digest of a file's facts: two analyses of a file with the same digest say the same to every
// workspace rule and to the chain model, so a store of the second changes nothing downstream.
import { createHash } from 'node:crypto';
import type { FileFacts } from './file-facts';

/** Maps and sets (the suppression directives) as their entries: JSON.stringify writes them as `{}`. */
function plain(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

export function factsDigest(facts: FileFacts): string {
  return createHash('sha1').update(JSON.stringify(facts, plain)).digest('base64');
}
