import { formatNumberVi } from '@ketnap/domain';

/** One bar: its label, its value, and an optional mark (a target) drawn as a tick across the bar's track. */
export interface Bar {
  label: string;
  value: number;
  mark?: number | null;
}

const ROW = 26;
const LABEL = 190;
const WIDTH = 560;

/**
 * A horizontal bar chart in plain SVG (no chart library in the bundle): one row per bar, the value written at its
 * end, an optional target tick. Described for screen readers by `title` and a list of the values.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.mark ?? 0)));
  const track = WIDTH - LABEL - 40;
  const x = (n: number) => LABEL + (n / max) * track;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join('; ')}`}
    >
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        return (
          <g key={b.label}>
            <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="12" fill="currentColor">
              {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
            </text>
            <rect x={LABEL} y={y + 3} width={track} height={16} fill="var(--mantine-color-gray-1)" />
            <rect
              x={LABEL}
              y={y + 3}
              width={x(b.value) - LABEL}
              height={16}
              fill="var(--mantine-color-party-7)"
            />
            {b.mark != null && (
              <line x1={x(b.mark)} x2={x(b.mark)} y1={y} y2={y + 22} stroke="currentColor" strokeWidth={2} />
            )}
            <text x={x(b.value) + 4} y={y + 15} fontSize="12" fill="currentColor">
              {formatNumberVi(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
