import { describe, expect, it } from 'vitest';
import {
  centralInterval,
  chanceOfAtLeast,
  normalCdf,
  poissonBinomial,
  predictiveDistribution,
  quantile,
} from './distribution.js';

describe('the number still to come', () => {
  it('Poisson-binomial: the exact probabilities of 0, 1, 2 among chances 0.5 and 0.2', () => {
    const d = poissonBinomial([0.5, 0.2]);
    expect(d[0]).toBeCloseTo(0.4, 12);
    expect(d[1]).toBeCloseTo(0.5, 12);
    expect(d[2]).toBeCloseTo(0.1, 12);
    expect(poissonBinomial([])).toEqual([1]);
  });

  it('the 80 % interval is the 10th to 90th percentile; the chance of at least k is the tail', () => {
    const d = poissonBinomial(Array.from({ length: 10 }, () => 0.5));
    expect(centralInterval(d)).toEqual({ low: 3, high: 7 });
    expect(quantile(d, 0.5)).toBe(5);
    expect(chanceOfAtLeast(d, 0)).toBe(1);
    expect(chanceOfAtLeast(d, 10)).toBeCloseTo(1 / 1024, 12);
  });

  it('an unsure mean widens the interval, keeps the total at 1 and the mean where it was', () => {
    const chances = Array.from({ length: 20 }, () => 0.5);
    const exact = predictiveDistribution(chances, 0);
    const unsure = predictiveDistribution(chances, 9);
    expect(unsure.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(unsure.reduce((a, p, k) => a + p * k, 0)).toBeCloseTo(10, 6);
    const a = centralInterval(exact);
    const b = centralInterval(unsure);
    expect(b.low).toBeLessThan(a.low);
    expect(b.high).toBeGreaterThan(a.high);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.2815515655)).toBeCloseTo(0.9, 6);
  });
});
