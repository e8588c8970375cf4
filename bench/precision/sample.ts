// A seeded random sample, so that which findings were judged can be drawn again.
import { compareLocations, type ReportedFinding } from './score';

/** mulberry32: a small 32-bit generator, enough for shuffling a few hundred findings. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Up to `size` findings of each rule, drawn with `seed` (all of a rule with no more than `size`),
 * in path, line, rule order. The draw depends only on the seed and the set of findings.
 */
export function sampleByRule(findings: readonly ReportedFinding[], size: number, seed: number): ReportedFinding[] {
  const byRule = new Map<string, ReportedFinding[]>();
  const sorted = [...findings].sort((a, b) => compareLocations(a, b) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  for (const f of sorted) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const picked: ReportedFinding[] = [];
  for (const rule of [...byRule.keys()].sort()) {
    const list = byRule.get(rule)!;
    if (list.length <= size) {
      picked.push(...list);
      continue;
    }
    const random = generator(seed);
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    picked.push(...list.slice(0, size));
  }
  return picked.sort(compareLocations);
}
