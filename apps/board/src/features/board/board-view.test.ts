import { describe, expect, it } from 'vitest';
import { type BoardSnapshot, PublicApiError } from '../../lib/public-api.js';
import { errorMessage, progressOf, toBoardView } from './board-view.js';
import { toTrendView } from './trend-view.js';

const snapshot: BoardSnapshot = {
  commune: { slug: 'yen-binh', name: 'Xã Yên Bình', members: 1267, cells: 8, target: 7, admitted: 5 },
  year: 2023,
  asOf: '2023-06-30',
  cells: [
    { name: 'Chi bộ Trường Tiểu học', kind: 'school', target: 2, admitted: 2 },
    { name: 'Chi bộ Công an xã', kind: 'police', target: 1, admitted: 3 },
    { name: 'Chi bộ thôn Đông', kind: 'rural', target: 0, admitted: 0 },
    { name: 'Chi bộ Trường Mầm non', kind: 'school', target: null, admitted: 1 },
  ],
  trend: [
    { month: '2023-01', admitted: 0, cumulative: 0 },
    { month: '2023-02', admitted: 1, cumulative: 1 },
    { month: '2023-03', admitted: 1, cumulative: 2 },
    { month: '2023-04', admitted: 1, cumulative: 3 },
    { month: '2023-05', admitted: 1, cumulative: 4 },
    { month: '2023-06', admitted: 1, cumulative: 5 },
  ],
  forecast: { on: '2023-06-30', realistic: 6, optimistic: 8 },
  composition: { minCount: 3, gender: null, ageBands: null },
  updatedAt: '2026-11-26T01:00:00.000Z',
};

describe('board view', () => {
  it('states the forecast band and the last update in Vietnam time', () => {
    const view = toBoardView(snapshot);
    expect(view.forecast).toBe('Dự báo cả năm: 6 đến 8 đảng viên (tính ngày 30/06/2023)');
    expect(view.updatedAt).toBe('08:00 26/11/2026');
    expect(toBoardView({ ...snapshot, forecast: null }).forecast).toBeNull();
  });

  it('draws the trend up to the month of asOf, the target line and the band on December', () => {
    const chart = toTrendView(snapshot);
    expect(chart.points).toHaveLength(6);
    expect(chart.points.map((p) => p.y)).toEqual([...chart.points.map((p) => p.y)].sort((a, b) => b - a));
    expect(chart.targetY).not.toBeNull();
    expect(chart.band).not.toBeNull();
    expect(chart.summary).toBe('Đã kết nạp 5, chỉ tiêu 7, dự báo cả năm 6 đến 8');
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

describe('error messages', () => {
  it('says there is no data for this commune/year on a 404, and suggests retrying otherwise', () => {
    expect(errorMessage(new PublicApiError(404, 'BOARD.COMMUNE_NOT_FOUND'))).toBe(
      'Không tìm thấy dữ liệu cho xã/năm này.',
    );
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/thử lại/);
    expect(errorMessage(new PublicApiError(500, 'INTERNAL'))).toMatch(/thử lại/);
  });
});
