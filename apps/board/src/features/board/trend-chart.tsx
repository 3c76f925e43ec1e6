import './trend-chart.css';
import type { TrendView } from './trend-view.js';

/**
 * Cumulative admissions month by month as a small SVG (no chart library: the board stays light), with the target
 * as a dashed line and the year-end forecast band as a shaded bar at December. A table with the same numbers
 * follows for screen readers and for anyone who prefers figures.
 */
export function TrendChart({ view }: { view: TrendView }) {
  const { width, height, points, targetY, band, xTicks, maxLabel } = view;
  return (
    <figure className="trend">
      <figcaption>Số đảng viên kết nạp cộng dồn theo tháng</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={view.summary}>
        <line className="axis" x1={24} y1={height - 20} x2={width - 4} y2={height - 20} />
        <text className="tick" x={2} y={12}>
          {maxLabel}
        </text>
        {targetY !== null && <line className="target" x1={24} y1={targetY} x2={width - 4} y2={targetY} />}
        {band && <rect className="band" x={band.x} y={band.y} width={band.width} height={band.height} />}
        <polyline className="line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        {points.map((p) => (
          <circle key={p.month} className="dot" cx={p.x} cy={p.y} r={2.5} />
        ))}
        {xTicks.map((t) => (
          <text key={t.label} className="tick" x={t.x} y={height - 6} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </svg>
      <table className="trend-table">
        <caption>Kết nạp theo tháng</caption>
        <thead>
          <tr>
            <th scope="col">Tháng</th>
            <th scope="col">Trong tháng</th>
            <th scope="col">Cộng dồn</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{r.month}</th>
              <td>{r.admitted}</td>
              <td>{r.cumulative}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
