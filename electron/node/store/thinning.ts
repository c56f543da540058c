import type { VersionEntry } from '../../../core/api/contract.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long versions of each age are kept, and how far apart: the whole last day, hourly for a week, daily for 90 days. */
const TIERS = [
  { until: DAY, every: 0 },
  { until: 7 * DAY, every: HOUR },
  { until: 90 * DAY, every: DAY },
];

/**
 * The unnamed versions to drop, given an issue's versions (any order): within each tier the newest
 * of each hour or day stays; anything older than 90 days goes; named versions always stay.
 */
export function thinnedOut(versions: readonly VersionEntry[], now: number): string[] {
  const kept = new Set<string>();
  const doomed: string[] = [];
  for (const v of [...versions].sort((a, b) => Date.parse(b.time) - Date.parse(a.time))) {
    if (v.name) continue;
    const age = now - Date.parse(v.time);
    const tier = TIERS.find((t) => age < t.until);
    if (!tier) {
      doomed.push(v.id);
      continue;
    }
    if (tier.every === 0) continue;
    const bucket = `${tier.every}:${Math.floor(Date.parse(v.time) / tier.every)}`;
    if (kept.has(bucket)) doomed.push(v.id);
    else kept.add(bucket);
  }
  return doomed;
}
