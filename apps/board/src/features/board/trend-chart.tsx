import './trend-chart.css';
import type { LegendEntry, TrendView } from './trend-view.js';

/** The legend's sample of a mark, drawn as on the chart (decorative: the entry's text says what it is). */
function Swatch({ mark }: { mark: LegendEntry['mark'] }) {
  return (
    <svg className="swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false">
      {mark === 'line' && (
        <>
          <line className="line" x1={2} y1={7} x2={26} y2={7} />
          <circle className="dot" cx={14} cy={7} r={3} />
        </>
      )}
      {mark === 'target' && <line className="target" x1={1} y1={7} x2={27} y2={7} />}
      {mark === 'band' && (
        <>
          <rect className="band" x={8} y={1} width={12} height={12} />
          <line className="expected" x1={5} y1={7} x2={23} y2={7} />
        </>
      )}
    </svg>
  );
}

/**
 * Cumulative admissions month by month as a small SVG (no chart library: the board stays light): both axes titled,
 * a label at every step of the counts, the target as a dashed line and the year-end forecast as a bar at December
 * (its interval) crossed at the expected figure, named in a legend under the chart. Text is drawn at least 12 px
 * on a 390 px phone. A table with the same numbers follows for screen readers and for anyone who prefers figures.
 */
export function TrendChart({ view }: { view: TrendView }) {
  const { width, height, plot, points, targetY, band, xTicks, yTicks } = view;
  return (
    <figure className="trend">
      <figcaption>Số đảng viên kết nạp cộng dồn theo tháng</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={view.summary}>
        <text className="axis-title" x={2} y={14}>
          {view.yTitle}
        </text>
        {yTicks.map((t) => (
          <g key={t.label}>
            <line className="grid" x1={plot.left} y1={t.y} x2={plot.right} y2={t.y} />
            <text className="tick" x={plot.left - 6} y={t.y + 4.5} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <line className="axis" x1={plot.left} y1={plot.top - 6} x2={plot.left} y2={plot.bottom} />
        <line className="axis" x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} />
        {targetY !== null && (
          <line className="target" x1={plot.left} y1={targetY} x2={plot.right} y2={targetY} />
        )}
        {band && (
          <>
            <rect className="band" x={band.x} y={band.y} width={band.width} height={band.height} />
            <line
              className="expected"
              x1={band.x - 4}
              y1={band.expectedY}
              x2={band.x + band.width + 4}
              y2={band.expectedY}
            />
          </>
        )}
        <polyline className="line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        {points.map((p) => (
          <circle key={p.month} className="dot" cx={p.x} cy={p.y} r={3} />
        ))}
        {xTicks.map((t) => (
          <text key={t.label} className="tick" x={t.x} y={plot.bottom + 18} textAnchor="middle">
            {t.label}
          </text>
        ))}
        <text className="axis-title" x={(plot.left + plot.right) / 2} y={height - 6} textAnchor="middle">
          {view.xTitle}
        </text>
      </svg>
      <ul className="trend-legend">
        {view.legend.map((entry) => (
          <li key={entry.mark}>
            <Swatch mark={entry.mark} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
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
