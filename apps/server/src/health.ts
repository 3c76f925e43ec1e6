import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AuthSettings, readSessionCookie, resolveSession } from '@ketnap/api';
import { type Db, isEmpty } from '@ketnap/db';
import { sendJson } from './respond.js';

/** What the health check needs from the server. */
export interface HealthDeps {
  handle: Db;
  version: string;
  now: () => Date;
  auth: AuthSettings;
  https: boolean;
}

/**
 * `GET /healthz`: 200 `{ status: 'ok' }` while the database answers, 503 `{ status: 'error' }` when it does not (a
 * load balancer drains the process). Only a signed-in caller is also told the version and the database dialect:
 * an anonymous one learns nothing about what runs the site.
 */
export async function answerHealth(
  req: IncomingMessage,
  res: ServerResponse,
  deps: HealthDeps,
): Promise<void> {
  const ok = await isEmpty(deps.handle.db).then(
    () => true,
    () => false,
  );
  const status = ok ? 'ok' : 'error';
  const token = ok ? readSessionCookie(req.headers.cookie, deps.https) : null;
  const session = token
    ? await resolveSession(deps.handle.db, token, deps.now(), deps.auth).catch(() => null)
    : null;
  sendJson(
    res,
    ok ? 200 : 503,
    session ? { status, version: deps.version, database: { dialect: deps.handle.dialect, ok } } : { status },
  );
}
