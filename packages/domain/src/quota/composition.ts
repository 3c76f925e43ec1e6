/**
 * The composition of new members: counts by gender and by age band at the admission decision, and the
 * suppression that lets such counts be published without pointing at a person.
 */
import type { IsoDate } from '../date.js';
import { ageInMonths } from '../rules/index.js';

/** Q-04's suggested age bands (confidence L): ≤ 30, 31–40, 41–50, 51–60, > 60 years at the decision. */
export const AGE_BANDS = ['<=30', '31-40', '41-50', '51-60', '>60'] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** Vietnamese headers for the age bands. */
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '<=30': 'Từ 30 tuổi trở xuống',
  '31-40': 'Từ 31 đến 40 tuổi',
  '41-50': 'Từ 41 đến 50 tuổi',
  '51-60': 'Từ 51 đến 60 tuổi',
  '>60': 'Trên 60 tuổi',
};

/** The band of someone born on `birthDate` on `on`, by whole years of age (E-03's month count, divided by 12). */
export function ageBandOn(birthDate: IsoDate, on: IsoDate): AgeBand {
  const years = Math.floor(ageInMonths(birthDate, on) / 12);
  if (years <= 30) return '<=30';
  if (years <= 40) return '31-40';
  if (years <= 50) return '41-50';
  if (years <= 60) return '51-60';
  return '>60';
}

/** Counts of each value of `keys` among `values` (every key present, 0 when none). */
export function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) if (v in out) out[v]++;
  return out;
}

/**
 * True when a breakdown can be published without pointing at anyone: it is empty (nobody to point at), or every
 * non-empty group has at least `minCount` people (`>=`) AND no group holds everyone. A group of 1 or 2 points at
 * someone, and withholding that group alone would not help (the total minus the others gives it back), so the whole
 * breakdown is withheld; a group holding everyone ("8 of 8 men") names every member's value. `minCount` of 0 or 1
 * still withholds a breakdown where one group holds everyone.
 */
export function safeToPublish<K extends string>(counts: Record<K, number>, minCount: number): boolean {
  const values = Object.values(counts) as number[];
  const total = values.reduce((n, v) => n + v, 0);
  if (total === 0) return true;
  return values.every((n) => n === 0 || (n >= minCount && n < total));
}

/** A breakdown as published: the period end it counts up to, and the counts. */
export interface PublishedBreakdown<K extends string> {
  on: IsoDate;
  counts: Record<K, number>;
}

/** The quarter ends of `year` on or before `through` (31/03, 30/06, 30/09, 31/12). */
export function quarterEndsThrough(year: number, through: IsoDate): IsoDate[] {
  return ['03-31', '06-30', '09-30', '12-31'].map((md) => `${year}-${md}`).filter((d) => d <= through);
}

/**
 * The breakdown of the year's new members that may be published for a day: counted at a quarter end only (so
 * consecutive days never differ by one admission), the latest quarter end on or before `through` whose breakdown
 * passes {@link safeToPublish} AND whose difference from every earlier published quarter passes it too
 * (complementary suppression: two published periods compared must not point at the people admitted between them).
 * Null when no quarter end qualifies. `members` are the year's new members with their decision day.
 */
export function publishedBreakdown<K extends string>(
  keys: readonly K[],
  members: readonly { on: IsoDate; value: K }[],
  year: number,
  through: IsoDate,
  minCount: number,
): PublishedBreakdown<K> | null {
  const published: PublishedBreakdown<K>[] = [];
  for (const end of quarterEndsThrough(year, through)) {
    const counts = tally(
      keys,
      members.filter((m) => m.on <= end).map((m) => m.value),
    );
    if (!safeToPublish(counts, minCount)) continue;
    const differs = (earlier: Record<K, number>) =>
      Object.fromEntries(keys.map((k) => [k, counts[k] - earlier[k]])) as Record<K, number>;
    if (published.every((p) => safeToPublish(differs(p.counts), minCount)))
      published.push({ on: end, counts });
  }
  return published.at(-1) ?? null;
}
