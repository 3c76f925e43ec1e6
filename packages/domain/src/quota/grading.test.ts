import { describe, expect, it } from 'vitest';
import { defaultGradingThresholds, GRADE_LABELS, gradeOf, validThresholds } from './grading.js';

describe('Q-05/Q-06 grading of target completion (default thresholds 130/100/50 %)', () => {
  it('Hoàn thành tốt needs 100 % of the target: 7 of 7 is good, 6 of 7 only complete', () => {
    expect(gradeOf(7, 7)).toBe('GOOD');
    expect(gradeOf(6, 7)).toBe('COMPLETE');
  });
  it('Hoàn thành xuất sắc needs ≥ 130 %: 13 of 10 yes, 12 of 10 no', () => {
    expect(gradeOf(13, 10)).toBe('EXCELLENT');
    expect(gradeOf(12, 10)).toBe('GOOD');
  });
  it('below 50 % is Không hoàn thành: 5 of 10 complete, 4 of 10 not', () => {
    expect(gradeOf(5, 10)).toBe('COMPLETE');
    expect(gradeOf(4, 10)).toBe('NOT_COMPLETE');
  });
  it('rounds the percent down before comparing: 99.9 % is not 100 %', () => {
    expect(gradeOf(999, 1000)).toBe('COMPLETE');
  });
  it('no target, no grade; a target of 0 counts as met', () => {
    expect(gradeOf(3, null)).toBeNull();
    expect(gradeOf(0, 0)).toBe('GOOD');
  });
  it('thresholds are settings: a commune may ask 120 % for excellent', () => {
    expect(gradeOf(12, 10, { ...defaultGradingThresholds, excellent: 120 })).toBe('EXCELLENT');
  });
  it('thresholds must be ordered whole numbers', () => {
    expect(validThresholds(defaultGradingThresholds)).toBe(true);
    expect(validThresholds({ excellent: 90, good: 100, complete: 50 })).toBe(false);
    expect(validThresholds({ excellent: 130, good: 100, complete: -1 })).toBe(false);
  });
  it('the grading words are those of the Party documents', () => {
    expect(Object.values(GRADE_LABELS).map((l) => l.vi)).toEqual([
      'Hoàn thành xuất sắc',
      'Hoàn thành tốt',
      'Hoàn thành',
      'Không hoàn thành',
    ]);
  });
});
