import { formatNumberVi } from '@ketnap/domain';
import type { BoardSnapshot } from '../../lib/public-api.js';

/** One entry of the chart's legend: what a mark means, with its figure. */
export interface LegendEntry {
  mark: 'line' | 'target' | 'band';
  label: string;
}

/** The chart's geometry and labels, computed from the snapshot (pure, so it is tested without a browser). */
export interface TrendView {
  width: number;
  height: number;
  /** The plot area, inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  points: { month: string; x: number; y: number }[];
  targetY: number | null;
  /** The year-end forecast at December: the interval as a bar, the expected figure as a mark across it. */
  band: { x: number; y: number; width: number; height: number; expectedY: number } | null;
  xTicks: { label: string; x: number }[];
  yTicks: { label: string; y: number }[];
  /** Axis titles, written on the chart: the y axis above it, the x axis under its ticks. */
  yTitle: string;
  xTitle: string;
  legend: LegendEntry[];
  summary: string;
  rows: { month: string; admitted: string; cumulative: string }[];
}

/**
 * The drawing's own units. The chart is drawn at most {@link CHART_MAX_CSS_PX} wide, and on a 390 px phone it fills
 * the column (≈ 358 px), so its text of {@link CHART_FONT} units is never drawn below 12 px.
 */
const W = 360;
const H = 230;
export const CHART_FONT = 13;
export const CHART_MAX_CSS_PX = 480;
const PLOT = { left: 34, right: W - 14, top: 30, bottom: H - 46 };

/** A round step for about five intervals up to `max`: 1, 2, 5 × a power of ten. */
export function niceStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return Math.max(1, step);
}

/**
 * Lays out twelve months on the x axis and 0..max(target, forecast high, admitted) on the y axis, rounded up to a
 * whole step, with a tick label at every step, the axes titled and a legend naming the target line and the band.
 */
export function toTrendView(s: BoardSnapshot): TrendView {
  const top = Math.max(1, s.commune.target ?? 0, s.forecast?.high ?? 0, s.commune.admitted);
  const step = niceStep(top);
  const max = Math.ceil(top / step) * step;
  const monthStep = (PLOT.right - PLOT.left) / 11;
  const x = (monthIndex: number) => PLOT.left + monthIndex * monthStep;
  const y = (n: number) => PLOT.bottom - (n / max) * (PLOT.bottom - PLOT.top);
  const points = s.trend.map((p, i) => ({ month: p.month, x: round(x(i)), y: round(y(p.cumulative)) }));
  const f = s.forecast;
  const band = f && {
    x: round(x(11) - 6),
    y: round(y(f.high)),
    width: 12,
    height: Math.max(2, round(y(f.low) - y(f.high))),
    expectedY: round(y(f.expected)),
  };
  const last = s.trend.at(-1)?.cumulative ?? 0;
  const figures = f
    ? `${formatNumberVi(f.expected)} (khoảng ${formatNumberVi(f.low)}–${formatNumberVi(f.high)})`
    : '';
  const legend: LegendEntry[] = [{ mark: 'line', label: 'Đã kết nạp, cộng dồn từ đầu năm' }];
  if (s.commune.target !== null)
    legend.push({ mark: 'target', label: `Chỉ tiêu cả năm: ${formatNumberVi(s.commune.target)}` });
  if (f) legend.push({ mark: 'band', label: `Dự báo đến 31/12: ${figures}` });
  const yTicks: { label: string; y: number }[] = [];
  for (let v = 0; v <= max; v += step) yTicks.push({ label: formatNumberVi(v), y: round(y(v)) });
  return {
    width: W,
    height: H,
    plot: PLOT,
    points,
    targetY: s.commune.target === null ? null : round(y(s.commune.target)),
    band,
    xTicks: [1, 3, 6, 9, 12].map((m) => ({ label: `T${m}`, x: round(x(m - 1)) })),
    yTicks,
    yTitle: 'Số người kết nạp',
    xTitle: `Tháng (năm ${s.year})`,
    legend,
    summary:
      `Đã kết nạp ${formatNumberVi(last)}` +
      (s.commune.target === null ? '' : `, chỉ tiêu ${formatNumberVi(s.commune.target)}`) +
      (f ? `, dự báo cả năm ${figures}` : ''),
    rows: s.trend.map((p) => ({
      month: `${p.month.slice(5, 7)}/${p.month.slice(0, 4)}`,
      admitted: formatNumberVi(p.admitted),
      cumulative: formatNumberVi(p.cumulative),
    })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
