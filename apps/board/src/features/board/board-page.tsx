import type { BoardSnapshot } from '../../lib/public-api.js';
import { BoardSummary } from './board-summary.js';
import { toBoardView } from './board-view.js';
import { CellTable } from './cell-table.js';
import { Composition } from './composition.js';
import { TrendChart } from './trend-chart.js';
import { toTrendView } from './trend-view.js';

/** One commune's board for one year. */
export function BoardPage({ snapshot }: { snapshot: BoardSnapshot }) {
  const view = toBoardView(snapshot);
  return (
    <>
      <BoardSummary view={view} />
      {view.forecast && <p className="forecast-band">{view.forecast}</p>}
      <TrendChart view={toTrendView(snapshot)} />
      <CellTable rows={view.rows} />
      <Composition composition={snapshot.composition} />
      <p className="as-of">Số liệu tính đến ngày {view.asOf}</p>
      <p className="updated-at">Cập nhật lúc {view.updatedAt}</p>
    </>
  );
}
