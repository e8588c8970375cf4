// Which findings belong to a chain: those that start inside its constructor call, or inside
// the registration or definition of one of its interceptors (for the lens count and `ctxlens chains`).
import type { Finding, Position, Range } from '../types';
import { comparePositions } from '../types';
import type { Chain, ChainEntry, Location } from './model';

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The finding starts inside the location (a definition's whole function when its extent is known). */
export function startsIn(finding: Finding, location: Location): boolean {
  return location.file === finding.file && contains(location.extent ?? location.range, finding.range.start);
}

function entryLocations(entries: readonly ChainEntry[]): Location[] {
  const locations: Location[] = [];
  for (const entry of entries) {
    locations.push(entry.registered);
    if (entry.defined) locations.push(entry.defined);
  }
  return locations;
}

function chainLocations(chain: Chain): Location[] {
  const singles = [...chain.singles.unary, ...chain.singles.stream];
  return [
    { file: chain.file, range: chain.range },
    ...entryLocations(chain.unary),
    ...entryLocations(chain.stream),
    ...singles.map((single) => single.registered),
    ...singles.flatMap((single) => entryLocations(single.entries)),
  ];
}

export function findingsOfChain(chain: Chain, findings: readonly Finding[]): Finding[] {
  const locations = chainLocations(chain);
  return findings.filter((finding) => locations.some((location) => startsIn(finding, location)));
}
