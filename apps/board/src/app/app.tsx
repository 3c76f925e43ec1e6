import { useEffect } from 'react';
import { BoardChoosers } from '../features/board/board-choosers.js';
import { BoardPage } from '../features/board/board-page.js';
import { NOT_FOUND_MESSAGE } from '../features/board/board-view.js';
import { LoadStatus } from '../features/board/load-status.js';
import { chooseCommune, resolveSelection } from '../lib/board-query.js';
import type { BoardPageState } from '../lib/page-state.js';
import { type BoardSnapshot, boardUrl, COMMUNES_URL, type CommunesResponse } from '../lib/public-api.js';
import { useBoardQuery } from '../lib/use-board-query.js';
import { useRemote } from '../lib/use-remote.js';

/**
 * The board. `initial` is the state the server rendered the page from (lib/page-state.ts): the app then starts with
 * the same data, so its first render is the server's HTML (hydrated, not fetched again).
 */
export function App({ initial }: { initial?: BoardPageState | undefined }) {
  const { query, navigate } = useBoardQuery(initial?.search);
  const communes = useRemote<CommunesResponse>(
    COMMUNES_URL,
    initial && { url: COMMUNES_URL, data: initial.communes },
  );
  const communeList = communes.state.status === 'ready' ? communes.state.data.communes : null;
  const today = communes.state.status === 'ready' ? communes.state.data.today : undefined;
  const selection = resolveSelection(query, communeList, today);
  const board = useRemote<BoardSnapshot>(selection && boardUrl(selection), initial?.board);
  const commune = selection?.commune ?? query.commune;
  const year = selection?.year ?? query.year;

  // Write defaults into the address bar, so the page's own link always names what it shows.
  useEffect(() => {
    if (selection && (selection.commune !== query.commune || selection.year !== query.year)) {
      navigate(selection, 'replace');
    }
  }, [selection, query, navigate]);

  return (
    <>
      <header className="page-header">
        <h1>Kết quả kết nạp đảng viên</h1>
        {communeList && (
          <BoardChoosers
            communes={communeList}
            commune={commune}
            year={year}
            day={board.state.status === 'ready' ? board.state.data.asOf : query.asOf}
            today={today}
            onCommune={(slug) => navigate(chooseCommune(communeList, slug, year, today))}
            onYear={(chosen) => navigate({ commune, year: chosen })}
            onDay={(day) => navigate({ commune, year, asOf: day })}
          />
        )}
      </header>
      <main>
        {board.state.status === 'ready' ? (
          <BoardPage snapshot={board.state.data} />
        ) : selection ? (
          <LoadStatus state={board.state} retry={board.retry} />
        ) : communeList ? (
          <p className="status error" role="alert">
            {NOT_FOUND_MESSAGE}
          </p>
        ) : (
          <LoadStatus state={communes.state} retry={communes.retry} />
        )}
      </main>
    </>
  );
}
