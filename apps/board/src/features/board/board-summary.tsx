import type { BoardView } from './board-view.js';
import { ProgressBar } from './progress-bar.js';

/** The commune's headline figures for the year. */
export function BoardSummary({ view }: { view: BoardView }) {
  return (
    <section className="summary" aria-labelledby="board-title">
      <h2 id="board-title">{view.title}</h2>
      <p className="headline">{view.headline}</p>
      {view.progress && <ProgressBar progress={view.progress} label="Tiến độ thực hiện chỉ tiêu của xã" />}
      <dl className="facts">
        <div>
          <dt>Đảng viên</dt>
          <dd>{view.members}</dd>
        </div>
        <div>
          <dt>Chi bộ</dt>
          <dd>{view.cells}</dd>
        </div>
      </dl>
    </section>
  );
}
