import type { BoardSnapshot } from '../../lib/public-api.js';
import { BoardSummary } from './board-summary.js';
import { toBoardView } from './board-view.js';
import { CellTable } from './cell-table.js';

/** One commune's board for one year. */
export function BoardPage({ snapshot }: { snapshot: BoardSnapshot }) {
  const view = toBoardView(snapshot);
  return (
    <>
      <BoardSummary view={view} />
      <CellTable rows={view.rows} />
      <p className="as-of">Số liệu tính đến ngày {view.asOf}</p>
    </>
  );
}
