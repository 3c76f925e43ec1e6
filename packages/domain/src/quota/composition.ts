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
 * A breakdown safe to publish, or null. Published only when every non-empty group has at least `minCount` people
 * (`>= minCount`): a group of 1 or 2 would point at someone, and suppressing that group alone would not help (it
 * could be recovered by subtracting the others from the total), so the whole breakdown is withheld. A group of 0
 * is shown (nobody is pointed at). `minCount` of 0 or 1 publishes everything.
 */
export function suppressSmall<K extends string>(
  counts: Record<K, number>,
  minCount: number,
): Record<K, number> | null {
  for (const n of Object.values(counts) as number[]) if (n > 0 && n < minCount) return null;
  return counts;
}
