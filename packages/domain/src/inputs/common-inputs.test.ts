import { describe, expect, it } from 'vitest';
import { communeSlug, isoDay, planYear, planYearParam } from './common-inputs.js';

describe('the shared input pieces', () => {
  it('a plan year runs from 1930 (the Party founded) to 2200, in Vietnamese when not', () => {
    expect(planYear.safeParse(1930).success).toBe(true);
    expect(planYear.safeParse(2200).success).toBe(true);
    expect(planYear.safeParse(1929).success).toBe(false);
    expect(planYear.safeParse(2201).success).toBe(false);
    expect(planYear.safeParse(2023.5).error?.issues[0]?.message).toBe(
      'Năm phải là số nguyên từ 1930 đến 2200, ví dụ 2023.',
    );
  });

  it('a year in a URL is read as a number, then bounded the same way; text is refused', () => {
    expect(planYearParam.parse('2023')).toBe(2023);
    expect(planYearParam.safeParse('20x3').success).toBe(false);
    expect(planYearParam.safeParse('1929').success).toBe(false);
  });

  it('a day is a real YYYY-MM-DD date', () => {
    expect(isoDay.safeParse('2024-02-29').success).toBe(true);
    expect(isoDay.safeParse('2023-02-29').error?.issues[0]?.message).toBe(
      'Ngày không có thật hoặc sai định dạng.',
    );
    expect(isoDay.safeParse('29/02/2024').success).toBe(false);
  });

  it('a commune slug is named and at most 100 characters', () => {
    expect(communeSlug.safeParse('yen-binh').success).toBe(true);
    expect(communeSlug.safeParse('').error?.issues[0]?.message).toBe('Thiếu mã xã.');
    expect(communeSlug.safeParse('x'.repeat(101)).success).toBe(false);
  });
});
