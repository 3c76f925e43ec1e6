import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';
import { citationOn, regulationName, ruleSetOn, ruleSets } from './rule-sets.js';

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
  it.each([
    ['2016-09-19', 'Quy định 29-QĐ/TW', 'Hướng dẫn 01-HD/TW 2012'],
    ['2016-09-20', 'Quy định 29-QĐ/TW', 'Hướng dẫn 01-HD/TW 2016'],
    ['2021-08-16', 'Quy định 24-QĐ/TW', 'Hướng dẫn 01-HD/TW 2016'],
    ['2021-09-27', 'Quy định 24-QĐ/TW', 'Hướng dẫn 01-HD/TW 2016'],
    ['2021-09-28', 'Quy định 24-QĐ/TW', 'Hướng dẫn 01-HD/TW 2021'],
    ['2025-06-08', 'Quy định 232-QĐ/TW', 'Hướng dẫn 01-HD/TW 2021'],
    ['2025-06-09', 'Quy định 232-QĐ/TW', 'Hướng dẫn 06-HD/TW 2025'],
    ['2025-07-01', 'Quy định 294-QĐ/TW', 'Hướng dẫn 06-HD/TW 2025'],
  ])(
    'a step on %s cites %s and %s: regulation and guide are picked by date independently',
    (date, reg, guide) => {
      const set = ruleSetOn(date);
      expect(set.texts).toMatchObject({ regulation: reg, guide });
      expect(set.numbers.certificateValidityMonths.citation.startsWith(guide)).toBe(true);
      expect(set.citations.overAge).toBe(`${reg}, điểm 1.1.2; ${guide}, Mục 1`);
    },
  );
  it('E-13: the youth age is cited to the Youth Law of 2005 until 31/12/2020 and to the 2020 law from 01/01/2021', () => {
    expect(ruleSetOn('2020-12-31').numbers.youthAgeMonths.citation).toBe('Luật Thanh niên 2005, Điều 1');
    expect(ruleSetOn('2021-01-01').numbers.youthAgeMonths.citation).toBe('Luật Thanh niên 2020, Điều 1');
  });
  it('T-05: the grassroots committee’s 2/3 is its own number with its own citation, not T-02’s', () => {
    const { committeeThreshold, voteThreshold } = ruleSetOn('2025-07-01').numbers;
    expect(committeeThreshold.value).toEqual({ numerator: 2, denominator: 3 });
    expect(committeeThreshold).not.toBe(voteThreshold);
    expect(committeeThreshold.citation).toBe('Điều lệ Đảng, Điều 4.3');
    expect(committeeThreshold.citation).not.toBe(voteThreshold.citation);
  });
  it('citationOn: a catalogue citation names the regulation and guide in force on the day, points kept', () => {
    expect(citationOn('Hướng dẫn 06-HD/TW 2025, điểm 8.3', '2021-08-16')).toBe(
      'Hướng dẫn 01-HD/TW 2016, điểm 8.3',
    );
    expect(citationOn('Quy định 232-QĐ/TW, điểm 4.3.2.b; Điều lệ Đảng, Điều 9.5', '2026-05-01')).toBe(
      'Quy định 294-QĐ/TW, điểm 4.3.2.b; Điều lệ Đảng, Điều 9.5',
    );
    expect(citationOn('Điều lệ Đảng, Điều 4.3', '2021-08-16')).toBe('Điều lệ Đảng, Điều 4.3');
    expect(citationOn('Quy định 294-QĐ/TW, điểm 4.1', '2016-01-01')).toBe('Quy định 294-QĐ/TW, điểm 4.1');
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
  it('a rule set id reads as its regulation, with the Đ (294-QD/TW → Quy định 294-QĐ/TW)', () => {
    expect(ruleSets.map((set) => regulationName(set.id))).toEqual(
      ruleSets.map((set) => set.texts.regulation),
    );
    expect(regulationName('294-QD/TW')).toBe('Quy định 294-QĐ/TW');
  });
  it('every citation a reader sees writes a regulation number with its Đ (QĐ, never QD)', () => {
    const citations = [
      ...catalogue.map((r) => r.citation),
      ...ruleSets.flatMap((set) => [
        set.title,
        ...Object.values(set.texts),
        ...Object.values(set.numbers).map((p) => p.citation),
        ...Object.values(set.citations),
      ]),
    ];
    expect(citations.filter((c) => /\d-QD\//.test(c))).toEqual([]);
  });
});
