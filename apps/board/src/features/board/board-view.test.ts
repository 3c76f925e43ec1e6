import { describe, expect, it } from 'vitest';
import { type BoardSnapshot, PublicApiError } from '../../lib/public-api.js';
import { errorMessage, progressOf, remainingOf, toBoardView } from './board-view.js';
import { readDayChoice } from './day-choice.js';
import { CHART_FONT, CHART_MAX_CSS_PX, niceStep, toTrendView } from './trend-view.js';

const snapshot: BoardSnapshot = {
  commune: {
    slug: 'yen-binh',
    name: 'Xã Yên Bình',
    members: 1267,
    cells: 8,
    target: 7,
    admitted: 5,
    sourceTarget: 12,
    introduced: 4,
  },
  year: 2023,
  asOf: '2023-06-30',
  cells: [
    {
      name: 'Chi bộ Trường Tiểu học',
      kind: 'school',
      target: 2,
      admitted: 2,
      sourceTarget: 1,
      introduced: 0,
    },
    { name: 'Chi bộ Công an xã', kind: 'police', target: 1, admitted: 3, sourceTarget: 1, introduced: 0 },
    { name: 'Chi bộ thôn Đông', kind: 'rural', target: 0, admitted: 0, sourceTarget: 1, introduced: 0 },
    {
      name: 'Chi bộ Trường Mầm non',
      kind: 'school',
      target: null,
      admitted: 1,
      sourceTarget: 1,
      introduced: 0,
    },
  ],
  trend: [
    { month: '2023-01', admitted: 0, cumulative: 0 },
    { month: '2023-02', admitted: 1, cumulative: 1 },
    { month: '2023-03', admitted: 1, cumulative: 2 },
    { month: '2023-04', admitted: 1, cumulative: 3 },
    { month: '2023-05', admitted: 1, cumulative: 4 },
    { month: '2023-06', admitted: 1, cumulative: 5 },
  ],
  forecast: { on: '2023-06-30', expected: 7, low: 6, high: 8 },
  composition: { minCount: 3, gender: null, ageBands: null },
  updatedAt: '2026-11-26T01:00:00.000Z',
};

describe('board view', () => {
  it('says what is still to come: "dự kiến kết nạp thêm N (khoảng A–B)", N = expected − already admitted', () => {
    const view = toBoardView(snapshot);
    expect(view.forecast).toBe(
      'Dự báo ngày 30/06/2023: đến 31/12/2023 dự kiến kết nạp thêm 2 (khoảng 1–3), cả năm dự kiến 7',
    );
    // Never "đảng viên", which reads as the membership.
    expect(view.forecast).not.toMatch(/đảng viên/);
    expect(view.updatedAt).toBe('08:00 26/11/2026');
    expect(toBoardView({ ...snapshot, forecast: null }).forecast).toBeNull();
  });

  it('a forecast with nothing either side, or nothing left, says so without an empty range', () => {
    const done = { ...snapshot, forecast: { on: '2023-11-30', expected: 5, low: 5, high: 5 } };
    expect(toBoardView(done).forecast).toBe(
      'Dự báo ngày 30/11/2023: đến 31/12/2023 dự kiến không kết nạp thêm, cả năm dự kiến 5',
    );
    // An admission after the forecast's day is already counted: "more" never goes below 0.
    const later = { ...snapshot, commune: { ...snapshot.commune, admitted: 8 } };
    expect(remainingOf(later)).toEqual({ more: 0, low: 0, high: 0 });
  });

  it('draws the trend up to the month of asOf, the target line and the band on December', () => {
    const chart = toTrendView(snapshot);
    expect(chart.points).toHaveLength(6);
    expect(chart.points.map((p) => p.y)).toEqual([...chart.points.map((p) => p.y)].sort((a, b) => b - a));
    expect(chart.targetY).not.toBeNull();
    expect(chart.band).not.toBeNull();
    // The expected mark sits inside the interval's bar.
    const band = chart.band ?? { y: 0, height: 0, expectedY: -1 };
    expect(band.expectedY).toBeGreaterThanOrEqual(band.y);
    expect(band.expectedY).toBeLessThanOrEqual(band.y + band.height);
    expect(chart.summary).toBe('Đã kết nạp 5, chỉ tiêu 7, dự báo cả năm 7 (khoảng 6–8)');
  });

  it('labels every step of the count axis (not one "43"), titles both axes, names the target and the band', () => {
    const chart = toTrendView(snapshot);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
    expect(chart.yTitle).toBe('Số người kết nạp');
    expect(chart.xTitle).toBe('Tháng (năm 2023)');
    expect(chart.xTicks.map((t) => t.label)).toEqual(['T1', 'T3', 'T6', 'T9', 'T12']);
    expect(chart.legend).toEqual([
      { mark: 'line', label: 'Đã kết nạp, cộng dồn từ đầu năm' },
      { mark: 'target', label: 'Chỉ tiêu cả năm: 7' },
      { mark: 'band', label: 'Dự báo đến 31/12: 7 (khoảng 6–8)' },
    ]);
    expect(niceStep(43)).toBe(10);
    expect(niceStep(3)).toBe(1);
  });

  it('draws its text at 12 px or more on a 390 px phone (the chart fills the column, 16 px padding each side)', () => {
    const chart = toTrendView(snapshot);
    const cssWidth = Math.min(390 - 32, CHART_MAX_CSS_PX);
    expect((CHART_FONT * cssWidth) / chart.width).toBeGreaterThanOrEqual(12);
  });

  it('reads the headline as "admitted / target (percent)", percent rounded down', () => {
    expect(toBoardView(snapshot).headline).toBe('Đã kết nạp 5 / chỉ tiêu 7 (71%)');
  });

  it('prints the as-of date dd/MM/yyyy and groups thousands with a dot', () => {
    const view = toBoardView(snapshot);
    expect(view.asOf).toBe('30/06/2023');
    expect(view.members).toBe('1.267');
    expect(view.title).toBe('Xã Yên Bình · năm 2023');
  });

  it('labels each cell kind in Vietnamese', () => {
    expect(toBoardView(snapshot).rows.map((r) => r.kind)).toEqual([
      'Chi bộ trường học',
      'Chi bộ công an',
      'Chi bộ nông thôn',
      'Chi bộ trường học',
    ]);
  });

  it('fills the bar at the target when a cell admits more than asked, and says so in the percent', () => {
    expect(progressOf(3, 1)).toEqual({ value: 1, max: 1, percent: '300%' });
    expect(progressOf(2, 2)).toEqual({ value: 2, max: 2, percent: '100%' });
  });

  it('has no progress to show for a target of 0, and leaves the percent out of the headline', () => {
    expect(progressOf(0, 0)).toBeNull();
    const view = toBoardView({ ...snapshot, commune: { ...snapshot.commune, target: 0, admitted: 1 } });
    expect(view.headline).toBe('Đã kết nạp 1 / chỉ tiêu 0');
    expect(view.progress).toBeNull();
  });

  it('says when no target is set, for the commune and for a cell, instead of printing 0', () => {
    const view = toBoardView({ ...snapshot, commune: { ...snapshot.commune, target: null } });
    expect(view.headline).toBe('Đã kết nạp 5 (chưa giao chỉ tiêu)');
    expect(view.rows[3]).toMatchObject({ target: '—', progress: null });
  });
});

describe('the day chooser', () => {
  it('takes dd/mm/yyyy within the year and not after today; empty is the live view', () => {
    expect(readDayChoice('30/06/2023', 2023, '2026-12-04')).toEqual({ ok: true, day: '2023-06-30' });
    expect(readDayChoice(' ', 2023, '2026-12-04')).toEqual({ ok: true, day: undefined });
  });

  it('says in Vietnamese what is wrong: not a day, another year, a day still to come', () => {
    expect(readDayChoice('31/02/2023', 2023, '2026-12-04')).toMatchObject({
      ok: false,
      error: /dd\/mm\/yyyy/,
    });
    expect(readDayChoice('30/06/2024', 2023, '2026-12-04')).toEqual({
      ok: false,
      error: 'Chọn một ngày trong năm 2023 (từ 01/01/2023 đến 31/12/2023).',
    });
    expect(readDayChoice('25/12/2026', 2026, '2026-12-04')).toEqual({
      ok: false,
      error: 'Ngày này chưa tới: hôm nay là 04/12/2026.',
    });
  });
});

describe('error messages', () => {
  it('says there is no data for this commune/year on a 404, and suggests retrying otherwise', () => {
    expect(errorMessage(new PublicApiError(404, 'BOARD.COMMUNE_NOT_FOUND'))).toBe(
      'Không tìm thấy dữ liệu cho xã/năm này.',
    );
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/thử lại/);
    expect(errorMessage(new PublicApiError(500, 'INTERNAL'))).toMatch(/thử lại/);
  });
});
