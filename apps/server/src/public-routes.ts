import type { IncomingMessage, ServerResponse } from 'node:http';
import { boardInput, communesWithYears, publicBoard } from '@ketnap/api';
import type { DbClient } from '@ketnap/db';
import { defaultBoardDay, type IsoDate, parseDayParam } from '@ketnap/domain';
import { answerFor, BOARD_MAX_AGE, type BoardCache } from './board-cache.js';
import { etagMatches } from './compression.js';
import { sendCacheableJson, sendEncoded, sendError } from './respond.js';

const BOARD_PATH = /^\/api\/public\/board\/([^/]+)\/([^/]+)\/?$/;

/**
 * The public board's hot path, taken before the URL is parsed or any header set: a GET of a board URL answered
 * before (so validated then), with an explicit day or without one (today's board), while its snapshot is fresh, is
 * answered from memory with its headers (the security headers included) precomputed as one raw array, in the coding
 * its `Accept-Encoding` takes (each coding its own ETag, so the 304 is per coding). Returns false for everything else, which
 * takes the full route. A request that declares a body is never answered here (the body guards see it).
 */
export function answerKnownBoard(req: IncomingMessage, res: ServerResponse, boards: BoardCache): boolean {
  if (req.method !== 'GET' || req.headers['content-length'] !== undefined || req.headers['transfer-encoding'])
    return false;
  const known = req.url === undefined ? undefined : boards.peek(req.url);
  if (!known) return false;
  const answer = answerFor(known, req.headers['accept-encoding']);
  if (etagMatches(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304, answer.head304);
    res.end();
  } else {
    res.writeHead(200, answer.head200);
    res.end(answer.body);
  }
  return true;
}

/**
 * The public JSON endpoints, served without tRPC so the hot public read pays nothing extra:
 * `GET /api/public/communes` (with the server's today, which the board opens its year on) and
 * `GET /api/public/board/{commune}/{year}?asOf=…`, the day as `YYYY-MM-DD` or `dd/MM/yyyy`; without one, today for
 * the current year and 31/12 for a past one (`defaultBoardDay`). Returns false when the path is not one of them.
 */
export async function handlePublicRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { db: DbClient; today: () => IsoDate; boards: BoardCache },
): Promise<boolean> {
  if (url.pathname === '/api/public/communes') {
    sendCacheableJson(req, res, { communes: await communesWithYears(deps.db), today: deps.today() }, 60);
    return true;
  }
  const match = BOARD_PATH.exec(url.pathname);
  if (!match) return false;
  const explicit = url.searchParams.get('asOf');
  // The day as Vietnamese readers write it (30/06/2023) or as ISO; anything else is refused below, never ignored.
  const day = explicit === null ? undefined : (parseDayParam(explicit) ?? explicit);
  const parsed = boardInput.safeParse({
    commune: decodeURIComponent(match[1] ?? ''),
    year: match[2],
    asOf: day,
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    sendError(res, 'REQUEST.INVALID', {
      vi: `Tham số không hợp lệ: ${fields}. Năm là số (vd. 2023), asOf là ngày có thật dạng dd/MM/yyyy (vd. 30/06/2023) hoặc YYYY-MM-DD.`,
      en: `Invalid parameters: ${fields}. The year is a number (e.g. 2023), asOf a real date dd/MM/yyyy (e.g. 30/06/2023) or YYYY-MM-DD.`,
    });
    return true;
  }
  const input = { ...parsed.data, asOf: parsed.data.asOf ?? defaultBoardDay(parsed.data.year, deps.today()) };
  const cached = await deps.boards.get(input.commune, input.year, input.asOf);
  if (cached) {
    if (req.url) deps.boards.remember(req.url, parsed.data.asOf ?? null, input.commune, input.year);
    sendEncoded(req, res, cached.encoded, BOARD_MAX_AGE);
    return true;
  }
  const result = await publicBoard(deps.db, input);
  if (!result.ok) sendError(res, result.error.code, result.error.message);
  else sendCacheableJson(req, res, result.value, BOARD_MAX_AGE);
  return true;
}
