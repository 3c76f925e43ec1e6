import { describe, expect, it } from 'vitest';
import { ruleSetOn, ruleSets } from './rule-sets.js';

describe('rule sets by date', () => {
  it.each([
    ['2016-07-25', '29-QD/TW'],
    ['2021-07-29', '29-QD/TW'],
    ['2021-07-30', '24-QD/TW'],
    ['2025-01-19', '24-QD/TW'],
    ['2025-01-20', '232-QD/TW'],
    ['2025-06-30', '232-QD/TW'],
    ['2025-07-01', '294-QD/TW'],
  ])('a step on %s is judged by %s (each set in force from its first day)', (date, id) => {
    expect(ruleSetOn(date).id).toBe(id);
  });
  it('no rule set before 25/07/2016', () => {
    expect(() => ruleSetOn('2016-07-24')).toThrow(RangeError);
  });
  it('every number carries a citation and a confidence', () => {
    for (const set of ruleSets)
      for (const p of Object.values(set.numbers)) {
        expect(p.citation.length).toBeGreaterThan(0);
        expect(['H', 'M', 'L']).toContain(p.confidence);
      }
  });
});
