/**
 * The board rendered on the server (built by `vite build --ssr` into dist-server/render.js, loaded by the server's
 * apps/server/src/board-page.ts): the page for an address holds the commune's figures before any script runs, so a
 * visitor on a slow phone connection reads them as soon as the HTML arrives. The same components as in the browser,
 * from the same state, which the page carries for the app to hydrate (lib/page-state.ts).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app.js';
import { formatBoardQuery, parseBoardQuery, resolveSelection } from './lib/board-query.js';
import { type BoardPageState, PAGE_STATE_ID, serializePageState } from './lib/page-state.js';
import { type BoardSelection, boardUrl, type CommunesResponse } from './lib/public-api.js';

/** The element of index.html the app renders into. */
const ROOT = '<div id="root"></div>';

/** The address's query string as the app reads it: unknown parameters and malformed values dropped. */
export function normalizeSearch(search: string): string {
  return formatBoardQuery(parseBoardQuery(search));
}

/** Which board an address's query string shows, as the app decides it (null: none, e.g. an unknown commune). */
export function selectionFor(search: string, communes: CommunesResponse): BoardSelection | null {
  return resolveSelection(parseBoardQuery(search), communes.communes, communes.today);
}

/** The URL the app loads a selection's board from: the key its data is seeded under. */
export function boardUrlOf(selection: BoardSelection): string {
  return boardUrl(selection);
}

/**
 * index.html (`template`, the client build's) with the board rendered into its root element and the state beside
 * it. Throws when the template has no empty root element.
 */
export function renderPage(template: string, state: BoardPageState): string {
  if (!template.includes(ROOT)) throw new Error('index.html has no empty #root element');
  const html = renderToString(
    <StrictMode>
      <App initial={state} />
    </StrictMode>,
  );
  return template.replace(
    ROOT,
    () =>
      `<div id="root">${html}</div><script type="application/json" id="${PAGE_STATE_ID}">${serializePageState(state)}</script>`,
  );
}
