import type { IncomingMessage, ServerResponse } from 'node:http';
import { calendarFeedText } from '@ketnap/api';
import type { DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';

const FEED_PATH = /^\/api\/calendar\/([^/]+)\.ics$/;

/**
 * `GET /api/calendar/{token}.ics`: an account's deadline feed (docs/reminders.md). The token is the credential, so
 * the answer is never cached by a shared cache. Returns false when the path is not a feed's or its token is unknown,
 * revoked or malformed: the server then answers its one plain 404, as for any missing address.
 */
export async function handleCalendarRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { db: DbClient; today: () => IsoDate; now: () => Date },
): Promise<boolean> {
  const match = FEED_PATH.exec(url.pathname);
  if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const text = await calendarFeedText(deps.db, match[1] ?? '', {
    today: deps.today(),
    now: deps.now().toISOString(),
  });
  if (text === null) return false;
  const body = Buffer.from(text, 'utf8');
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
