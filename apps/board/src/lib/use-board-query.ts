import { useCallback, useEffect, useState } from 'react';
import { type BoardQuery, formatBoardQuery, parseBoardQuery } from './board-query.js';

/**
 * The board's state lives in the address bar, so a link reproduces the view and Back returns to the previous one.
 * `navigate` pushes a reader's choice; `replace` records defaults without adding a history entry. `search` is the
 * address's query string when there is no window to read it from (rendering on the server).
 */
export function useBoardQuery(search?: string): {
  query: BoardQuery;
  navigate: (next: BoardQuery, how?: 'push' | 'replace') => void;
} {
  const [query, setQuery] = useState(() => parseBoardQuery(search ?? window.location.search));

  useEffect(() => {
    const onPopState = () => setQuery(parseBoardQuery(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback((next: BoardQuery, how: 'push' | 'replace' = 'push') => {
    const url = `${window.location.pathname}${formatBoardQuery(next)}`;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setQuery(next);
  }, []);

  return { query, navigate };
}
