import { createRng } from '../demo/rng.js';

/** How much synthetic data to make: the whole country, its first province, or that province's first commune. */
export type Scale = 'nation' | 'province' | 'commune';

/** The country the synthetic data is shaped on (2025, after the merger of provinces and communes). */
export const NATION = {
  provinces: 34,
  communes: 3_321,
  cells: 150_000,
  members: 5_600_000,
  /** Candidates entering the pool each year, nation-wide. */
  candidatesPerYear: 250_000,
  /** The years whose candidates are generated, with their full histories; the data is as of the last 31 December. */
  years: [2021, 2022, 2023, 2024, 2025],
} as const;

/** The day the generated data describes: nothing in it happens after this. */
export const GEN_AS_OF = `${NATION.years[NATION.years.length - 1]}-12-31`;

/** One commune of the plan: how many cells, members and new candidates each year it gets. */
export interface CommunePlan {
  /** 1-based within its province. */
  index: number;
  cells: number;
  members: number;
  /** New candidates in each of {@link NATION}.years. */
  candidatesPerYear: number[];
}

/** One province of the plan. */
export interface ProvincePlan {
  /** 1-based. */
  index: number;
  communes: CommunePlan[];
}

/**
 * Splits `total` into `weights.length` whole parts proportional to the weights (largest remainder), each at least
 * `min`: the parts always add up to `total` exactly. Requires `total >= min * weights.length`.
 */
export function splitTotal(total: number, weights: readonly number[], min = 0): number[] {
  const spare = total - min * weights.length;
  if (spare < 0)
    throw new RangeError(`cannot split ${total} into ${weights.length} parts of at least ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts.map((p) => p + min);
}

/** Weights in [0.5, 1.5): provinces, communes and cells differ in size, none is tiny. */
function weights(seed: number, count: number, spread = 1): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => 1 - spread / 2 + rng.next() * spread);
}

/**
 * The nation's plan from a seed: communes per province, then cells, members and yearly candidates per commune, each
 * split exactly so the totals of {@link NATION} hold. Smaller scales take the first province (and its first commune)
 * of the same plan, so a province run is exactly province 1 of a nation run. Pure: the same seed, the same plan.
 */
export function nationPlan(seed: number): ProvincePlan[] {
  const communesPer = splitTotal(NATION.communes, weights(seed, NATION.provinces), 1);
  const communeCount = communesPer.reduce((a, b) => a + b, 0);
  const communeWeights = weights(seed + 1, communeCount);
  const cells = splitTotal(NATION.cells, communeWeights, 3);
  // Members follow cells (a commune with more cells has more members), with their own noise.
  const memberWeights = weights(seed + 2, communeCount, 0.4).map((w, i) => w * (cells[i] ?? 0));
  const members = splitTotal(NATION.members, memberWeights);
  const perYear = NATION.years.map((_, y) =>
    splitTotal(
      NATION.candidatesPerYear,
      weights(seed + 3 + y, communeCount, 0.6).map((w, i) => w * (members[i] ?? 0)),
    ),
  );
  let next = 0;
  return communesPer.map((count, p) => ({
    index: p + 1,
    communes: Array.from({ length: count }, (_, c) => {
      const i = next++;
      return {
        index: c + 1,
        cells: cells[i] ?? 0,
        members: members[i] ?? 0,
        candidatesPerYear: perYear.map((year) => year[i] ?? 0),
      };
    }),
  }));
}

/** The plan of a scale: the nation, or its first province, or that province's first commune. */
export function planOf(scale: Scale, seed: number): ProvincePlan[] {
  const nation = nationPlan(seed);
  if (scale === 'nation') return nation;
  const first = nation[0];
  if (!first) throw new Error('the nation has no province');
  return [scale === 'province' ? first : { ...first, communes: first.communes.slice(0, 1) }];
}

/** Totals of a plan: what a load of it must add up to. */
export function planTotals(plan: readonly ProvincePlan[]): {
  provinces: number;
  communes: number;
  cells: number;
  members: number;
  candidates: number;
} {
  const communes = plan.flatMap((p) => p.communes);
  const sum = (f: (c: CommunePlan) => number) => communes.reduce((a, c) => a + f(c), 0);
  return {
    provinces: plan.length,
    communes: communes.length,
    cells: sum((c) => c.cells),
    members: sum((c) => c.members),
    candidates: sum((c) => c.candidatesPerYear.reduce((a, b) => a + b, 0)),
  };
}
