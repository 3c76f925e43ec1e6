import type { RemoteState } from '../../lib/use-remote.js';
import { errorMessage, isNotFound } from './board-view.js';

/** Loading or failed: announced to screen readers, with a retry unless the board does not exist. */
export function LoadStatus({ state, retry }: { state: RemoteState<unknown>; retry: () => void }) {
  if (state.status !== 'error') {
    return (
      <p className="status" role="status">
        Đang tải số liệu…
      </p>
    );
  }
  return (
    <div className="status error" role="alert">
      <p>{errorMessage(state.error)}</p>
      {!isNotFound(state.error) && (
        <button type="button" onClick={retry}>
          Thử lại
        </button>
      )}
    </div>
  );
}
