import type { CellRow } from './board-view.js';
import { ProgressBar } from './progress-bar.js';

/** Each cell's target and result, in the order the server gives (the commune's own order of its cells). */
export function CellTable({ rows }: { rows: CellRow[] }) {
  return (
    <div className="table-scroll">
      <table className="cells">
        <caption>Kết quả theo chi bộ</caption>
        <thead>
          <tr>
            <th scope="col">Chi bộ</th>
            <th scope="col" className="kind">
              Loại
            </th>
            <th scope="col" className="num">
              Chỉ tiêu
            </th>
            <th scope="col" className="num">
              Đã kết nạp
            </th>
            <th scope="col">Tiến độ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                {row.name}
                <span className="kind-inline">{row.kind}</span>
              </th>
              <td className="kind">{row.kind}</td>
              <td className="num">{row.target}</td>
              <td className="num">{row.admitted}</td>
              <td className="progress-cell">
                {row.progress ? (
                  <>
                    <ProgressBar progress={row.progress} label={`Tiến độ ${row.name}`} />
                    <span>{row.progress.percent}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
