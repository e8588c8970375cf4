// Delta debugging (Zeller's ddmin) of a failing input: drop whole files, then chunks of
// lines, then chunks of bytes, keeping each cut that still fails the same way.
import type { FuzzInput } from './input';

/** Still fails the way the original did. */
export type StillFails = (input: FuzzInput) => Promise<boolean>;

/** The smallest list of units (by ddmin) for which test still holds; test(units) holds on entry. */
async function ddmin<T>(units: T[], test: (units: T[]) => Promise<boolean>, budget: { tests: number }): Promise<T[]> {
  let current = units;
  let chunks = 2;
  while (current.length >= 2 && budget.tests > 0) {
    const size = Math.ceil(current.length / chunks);
    let reduced = false;
    for (let start = 0; start < current.length && budget.tests > 0; start += size) {
      const complement = [...current.slice(0, start), ...current.slice(start + size)];
      budget.tests--;
      if (await test(complement)) {
        current = complement;
        chunks = Math.max(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (chunks >= current.length) break;
      chunks = Math.min(current.length, chunks * 2);
    }
  }
  return current;
}

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

const withFile = (input: FuzzInput, index: number, bytes: Buffer): FuzzInput => ({
  ...input,
  files: input.files.map((entry, i) => (i === index ? [entry[0], bytes] : entry)),
});

/** A smaller input that still fails; at most `maxTests` runs of the check. */
export async function minimise(input: FuzzInput, stillFails: StillFails, maxTests = 400): Promise<FuzzInput> {
  const budget = { tests: maxTests };
  let current: FuzzInput = { ...input, files: [...input.files] };
  const kept = await ddmin(current.files, (files) => stillFails({ ...current, files }), budget);
  current = { ...current, files: kept };
  for (const split of [splitLines, (b: Buffer) => [...b].map((byte) => Buffer.from([byte]))]) {
    for (let i = 0; i < current.files.length; i++) {
      const units = split(current.files[i]![1]);
      const small = await ddmin(units, (parts) => stillFails(withFile(current, i, Buffer.concat(parts))), budget);
      current = withFile(current, i, Buffer.concat(small));
    }
  }
  return current;
}
