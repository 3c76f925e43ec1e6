/**
 * The number of admissions still to come as a sum of independent chances (a Poisson-binomial distribution): its
 * exact probabilities, quantiles and tail, what the forecast's interval and the chance of reaching a target are
 * read from.
 */

/** The share of the distribution the forecast's interval holds: from its 10th to its 90th percentile. */
export const FORECAST_INTERVAL = 0.8;

/** P(X = k) for k = 0..n, X the number of successes among independent trials with chances `chances`. */
export function poissonBinomial(chances: readonly number[]): number[] {
  let dist = [1];
  for (const raw of chances) {
    const p = Math.min(1, Math.max(0, raw));
    if (p === 0) continue;
    const next = new Array<number>(dist.length + 1).fill(0);
    for (let k = 0; k < dist.length; k++) {
      const d = dist[k] as number;
      next[k] = (next[k] as number) + d * (1 - p);
      next[k + 1] = (next[k + 1] as number) + d * p;
    }
    dist = next;
  }
  return dist;
}

/**
 * The number still to come when the chances themselves are unsure: the Poisson-binomial of `chances` spread by a
 * normal error of `variance` on its mean (the model's own uncertainty), as P(Y = y) for y = 0..n (n the candidates:
 * what falls outside is put on the ends). With no variance it is the Poisson-binomial itself.
 */
export function predictiveDistribution(chances: readonly number[], variance: number): number[] {
  const dist = poissonBinomial(chances);
  if (!(variance > 1e-9)) return dist;
  const sd = Math.sqrt(variance);
  const n = dist.length - 1;
  // P(Y ≤ y) = Σ_k P(X = k) Φ((y + ½ − k) / sd), each integer taking the half-unit around it.
  const atMost = (y: number) => dist.reduce((s, p, k) => s + p * normalCdf((y + 0.5 - k) / sd), 0);
  const out: number[] = [];
  let below = 0;
  for (let y = 0; y <= n; y++) {
    const upTo = y === n ? 1 : atMost(y);
    out.push(Math.max(0, upTo - below));
    below = upTo;
  }
  return out;
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The smallest k with P(X ≤ k) ≥ q (a tiny tolerance absorbs rounding in the sums). */
export function quantile(dist: readonly number[], q: number): number {
  let cumulative = 0;
  for (let k = 0; k < dist.length; k++) {
    cumulative += dist[k] as number;
    if (cumulative >= q - 1e-9) return k;
  }
  return dist.length - 1;
}

/** P(X ≥ k). */
export function chanceOfAtLeast(dist: readonly number[], k: number): number {
  if (k <= 0) return 1;
  let tail = 0;
  for (let i = k; i < dist.length; i++) tail += dist[i] as number;
  return Math.min(1, tail);
}

/** The central interval holding {@link FORECAST_INTERVAL} of the distribution: its 10th and 90th percentiles. */
export function centralInterval(dist: readonly number[]): { low: number; high: number } {
  const tail = (1 - FORECAST_INTERVAL) / 2;
  return { low: quantile(dist, tail), high: quantile(dist, 1 - tail) };
}
