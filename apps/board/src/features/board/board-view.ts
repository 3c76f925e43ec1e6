import { cellKindLabel, formatDateVi, formatNumberVi, formatPercentVi } from '@ketnap/domain';
import { type BoardSnapshot, PublicApiError } from '../../lib/public-api.js';

/** How far along a target is, for a `<progress>` bar: over-achievement fills the bar, it does not overflow it. */
export interface Progress {
  value: number;
  max: number;
  percent: string;
}

/** One table row, every field ready to print. */
export interface CellRow {
  name: string;
  kind: string;
  target: string;
  admitted: string;
  progress: Progress | null;
}

/** The board as the page prints it: the server's figures, formatted the Vietnamese way. */
export interface BoardView {
  title: string;
  headline: string;
  progress: Progress | null;
  members: string;
  cells: string;
  asOf: string;
  /**
   * "Dự báo ngày 30/06/2023: đến 31/12/2023 dự kiến kết nạp thêm 2 (khoảng 1–3), cả năm dự kiến 7", or null when
   * there is no forecast for the day.
   */
  forecast: string | null;
  /** The last compilation, in Vietnam time: `14:05 26/11/2026`. */
  updatedAt: string;
  rows: CellRow[];
}

/** Admitted against target; `null` when there is no target to measure against (none set, or 0). */
export function progressOf(admitted: number, target: number | null): Progress | null {
  if (target === null || target <= 0) return null;
  return { value: Math.min(admitted, target), max: target, percent: formatPercentVi(admitted / target) };
}

/** Formats a snapshot for display. It computes nothing the server decides: only ratios for the bars. */
export function toBoardView(snapshot: BoardSnapshot): BoardView {
  const { commune, year } = snapshot;
  const progress = progressOf(commune.admitted, commune.target);
  const admitted = `Đã kết nạp ${formatNumberVi(commune.admitted)}`;
  return {
    title: `${commune.name} · năm ${year}`,
    headline:
      commune.target === null
        ? `${admitted} (chưa giao chỉ tiêu)`
        : `${admitted} / chỉ tiêu ${formatNumberVi(commune.target)}${progress ? ` (${progress.percent})` : ''}`,
    progress,
    members: formatNumberVi(commune.members),
    cells: formatNumberVi(commune.cells),
    asOf: formatDateVi(snapshot.asOf),
    forecast: forecastText(snapshot),
    updatedAt: formatInstantVi(snapshot.updatedAt),
    rows: snapshot.cells.map((cell) => ({
      name: cell.name,
      kind: cellKindLabel(cell.kind),
      target: cell.target === null ? '—' : formatNumberVi(cell.target),
      admitted: formatNumberVi(cell.admitted),
      progress: progressOf(cell.admitted, cell.target),
    })),
  };
}

/**
 * The admissions still to come by 31 December, as the forecast says: N = expected − already admitted, with the
 * 80 % interval in the same terms (never below 0: admissions made after the forecast's day are already counted).
 * "Thêm" (more), never "đảng viên": the figure is new admissions, not the membership.
 */
export function remainingOf(snapshot: BoardSnapshot): { more: number; low: number; high: number } | null {
  const f = snapshot.forecast;
  if (!f) return null;
  const done = snapshot.commune.admitted;
  const more = Math.max(0, f.expected - done);
  return { more, low: Math.min(more, Math.max(0, f.low - done)), high: Math.max(more, f.high - done) };
}

function forecastText(snapshot: BoardSnapshot): string | null {
  const f = snapshot.forecast;
  const r = remainingOf(snapshot);
  if (!f || !r) return null;
  const more =
    r.low === r.high
      ? r.more === 0
        ? 'dự kiến không kết nạp thêm'
        : `dự kiến kết nạp thêm ${formatNumberVi(r.more)}`
      : `dự kiến kết nạp thêm ${formatNumberVi(r.more)} (khoảng ${formatNumberVi(r.low)}–${formatNumberVi(r.high)})`;
  return `Dự báo ngày ${formatDateVi(f.on)}: đến 31/12/${snapshot.year} ${more}, cả năm dự kiến ${formatNumberVi(f.expected)}`;
}

/** An instant as a Vietnamese reader expects it, in Vietnam time (UTC+7, no daylight saving): `HH:mm dd/MM/yyyy`. */
export function formatInstantVi(instant: string): string {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return '—';
  const local = new Date(t + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${formatDateVi(local.slice(0, 10))}`;
}

/** Said when there is no board for the commune/year asked for. */
export const NOT_FOUND_MESSAGE = 'Không tìm thấy dữ liệu cho xã/năm này.';

/** True when the server says there is no such board: trying again will not help. */
export function isNotFound(error: unknown): boolean {
  return error instanceof PublicApiError && error.status === 404;
}

/** What to tell a reader when a load fails: a missing board is not the same as a network fault. */
export function errorMessage(error: unknown): string {
  if (isNotFound(error)) return NOT_FOUND_MESSAGE;
  return 'Không tải được số liệu. Vui lòng kiểm tra kết nối và thử lại.';
}
