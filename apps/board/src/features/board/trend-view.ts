import { formatNumberVi } from '@ketnap/domain';
import type { BoardSnapshot } from '../../lib/public-api.js';

/** The chart's geometry and labels, computed from the snapshot (pure, so it is tested without a browser). */
export interface TrendView {
  width: number;
  height: number;
  points: { month: string; x: number; y: number }[];
  targetY: number | null;
  band: { x: number; y: number; width: number; height: number } | null;
  xTicks: { label: string; x: number }[];
  maxLabel: string;
  summary: string;
  rows: { month: string; admitted: string; cumulative: string }[];
}

const W = 320;
const H = 140;
const LEFT = 24;
const BOTTOM = 20;
const TOP = 8;

/** Lays out twelve months on the x axis and 0..max(target, optimistic, admitted) on the y axis. */
export function toTrendView(s: BoardSnapshot): TrendView {
  const max = Math.max(1, s.commune.target ?? 0, s.forecast?.optimistic ?? 0, s.commune.admitted);
  const step = (W - LEFT - 8) / 11;
  const x = (monthIndex: number) => LEFT + monthIndex * step;
  const y = (n: number) => H - BOTTOM - (n / max) * (H - BOTTOM - TOP);
  const points = s.trend.map((p, i) => ({ month: p.month, x: round(x(i)), y: round(y(p.cumulative)) }));
  const band = s.forecast && {
    x: round(x(11) - 5),
    y: round(y(s.forecast.optimistic)),
    width: 10,
    height: Math.max(2, round(y(s.forecast.realistic) - y(s.forecast.optimistic))),
  };
  const last = s.trend.at(-1)?.cumulative ?? 0;
  return {
    width: W,
    height: H,
    points,
    targetY: s.commune.target === null ? null : round(y(s.commune.target)),
    band,
    xTicks: [1, 3, 6, 9, 12].map((m) => ({ label: `T${m}`, x: round(x(m - 1)) })),
    maxLabel: formatNumberVi(max),
    summary:
      `Đã kết nạp ${formatNumberVi(last)}` +
      (s.commune.target === null ? '' : `, chỉ tiêu ${formatNumberVi(s.commune.target)}`) +
      (s.forecast
        ? `, dự báo cả năm ${formatNumberVi(s.forecast.realistic)} đến ${formatNumberVi(s.forecast.optimistic)}`
        : ''),
    rows: s.trend.map((p) => ({
      month: `${p.month.slice(5, 7)}/${p.month.slice(0, 4)}`,
      admitted: formatNumberVi(p.admitted),
      cumulative: formatNumberVi(p.cumulative),
    })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
