import { formatBoardQuery, parseBoardQuery } from './board-query.js';
import type { BoardSnapshot, CommunesResponse } from './public-api.js';

/**
 * What the server puts in the board's page for the address asked for, so a visitor on a slow phone connection sees
 * the figures as soon as the HTML arrives (docs/benchmarks.md, "The board on slow 3G"): the page is rendered on the
 * server from this state, and the app starts from the same state (hydrating that HTML) instead of fetching it again.
 */
export interface BoardPageState {
  /**
   * The address's query string the page was rendered for, as the app reads it (`?commune=yen-binh`, or empty;
   * unknown parameters dropped).
   */
  search: string;
  /** What `GET /api/public/communes` answers. */
  communes: CommunesResponse;
  /** The board the address selects, under the URL the app would fetch it from; null when there is none to show. */
  board: { url: string; data: BoardSnapshot } | null;
}

/** The id of the `<script type="application/json">` element that carries the state in the page. */
export const PAGE_STATE_ID = 'board-state';

/**
 * The state as the text of a JSON script element: `<`, `>` and `&` (and the two JavaScript line separators) written
 * as `\u` escapes, so no text in the data (a commune's name, the address) can close the element or open markup.
 */
export function serializePageState(state: BoardPageState): string {
  return JSON.stringify(state).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The state the server put in the page, when it is for this very address (as the app reads it); undefined
 * otherwise (a page served without it, or the address changed since), and the app then loads its data itself.
 */
export function readPageState(doc: Document, search: string): BoardPageState | undefined {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as BoardPageState;
    return state.search === formatBoardQuery(parseBoardQuery(search)) ? state : undefined;
  } catch {
    return undefined;
  }
}
