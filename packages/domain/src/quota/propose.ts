/**
 * A suggested split of a commune's target across its cells: proportional to a weight (members, or the candidate
 * pool) with a floor per cell, by the largest-remainder method. Only a suggestion: the commune decides.
 */

/** One cell and its weight: members, candidates in the pool, or any non-negative count. */
export interface SplitWeight {
  cellId: string;
  weight: number;
}

/**
 * Splits `total` across `cells` in proportion to their weights, each cell getting at least `floor`.
 *
 * - The parts always sum to `max(total, floor × cells)`: when the floors alone exceed the total, every cell gets
 *   the floor and the sum is above the total (the policy wins over the total; `checkSplit` has nothing to say then).
 * - After the floors, the rest is shared by weight; whole parts first, then one more each to the largest
 *   remainders, ties broken by the larger weight, then by the cell's position (stable, deterministic).
 * - All weights 0 (or negative, read as 0): the rest is shared equally.
 * - `total` and `floor` are whole numbers ≥ 0; an empty list gets an empty split.
 */
export function proposeSplit(
  total: number,
  cells: readonly SplitWeight[],
  floor = 1,
): { cellId: string; target: number }[] {
  if (cells.length === 0) return [];
  const rest = Math.max(0, total - floor * cells.length);
  const weights = cells.map((c) => Math.max(0, c.weight));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (weightSum === 0 ? rest / cells.length : (rest * w) / weightSum));
  const parts = shares.map((s) => Math.floor(s));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, remainder: s - Math.floor(s), weight: weights[i] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return cells.map((c, i) => ({ cellId: c.cellId, target: floor + (parts[i] ?? 0) }));
}
