import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AuthSettings,
  type Context,
  clearedSessionCookie,
  createContext,
  readSessionCookie,
  resolveSession,
  sessionCookie,
} from '@ketnap/api';
import type { DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';
import { sendError } from './respond.js';

/**
 * Refuses a state-changing tRPC request (any method but GET/HEAD) that is not JSON from this very site: tRPC's
 * adapter does not check the content type, so without this a cross-site HTML form could post to a mutation with
 * the user's cookie. Same-origin means an `Origin` whose host is this request's `Host`, or, without `Origin`,
 * `Sec-Fetch-Site: same-origin` (or `none`: typed by the user). Answers 403 JSON and returns true when refused.
 */
export function refuseCrossSiteMutation(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    sendError(res, 'REQUEST.NOT_JSON', {
      vi: 'Yêu cầu bị từ chối: thao tác thay đổi dữ liệu phải gửi dạng JSON (Content-Type: application/json).',
      en: 'Refused: a change must be sent as JSON (Content-Type: application/json).',
    });
    return true;
  }
  return refuseCrossSite(req, res);
}

/**
 * Refuses (403 JSON, returns true) a request that is not same-origin: the check of {@link refuseCrossSiteMutation}
 * without the JSON rule, for the uploads that send a file's bytes (Excel import).
 */
export function refuseCrossSite(req: IncomingMessage, res: ServerResponse): boolean {
  if (isSameOrigin(req)) return false;
  sendError(res, 'REQUEST.CROSS_SITE', {
    vi: 'Yêu cầu bị từ chối: thao tác thay đổi dữ liệu chỉ được gửi từ chính trang ketnap.',
    en: 'Refused: a change may only be sent from the ketnap site itself.',
  });
  return true;
}

/**
 * Refuses (403 JSON, returns true) a GET or HEAD that a browser says comes from another site (`Sec-Fetch-Site:
 * cross-site` or `same-site`): for the admin tRPC and `/api/admin/`, where a read is not harmless (a top-level link
 * to `candidates.sensitive` would write an audited read in the victim's name). A request without the header (a
 * script, an old browser) and the site's own pages (`same-origin`, or `none`: typed by the user) pass; other
 * methods are {@link refuseCrossSiteMutation}'s.
 */
export function refuseCrossSiteRead(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const site = req.headers['sec-fetch-site'];
  if (site !== 'cross-site' && site !== 'same-site') return false;
  sendError(res, 'REQUEST.CROSS_SITE', {
    vi: 'Yêu cầu bị từ chối: dữ liệu quản trị chỉ được mở từ chính trang ketnap, không qua liên kết của trang khác.',
    en: 'Refused: admin data may only be opened from the ketnap site itself, not through another site.',
  });
  return true;
}

function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    try {
      return origin !== 'null' && new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  const site = req.headers['sec-fetch-site'];
  return site === 'same-origin' || site === 'none';
}

/** What the tRPC context factory needs from the server. */
export interface ContextOptions {
  db: DbClient;
  today: () => IsoDate;
  now: () => Date;
  auth: AuthSettings;
  /** The site is served over HTTPS: the cookie is `__Host-ketnap_session` and `Secure`. */
  https: boolean;
}

/**
 * The tRPC context factory of the HTTP shell: the caller from the session cookie (resolved, idle window slid), the
 * client address for the login rate limit, whether the call came in a batch (tRPC's `info`; the file routes have
 * none), and a cookie sink that writes Set-Cookie on the response.
 */
export function httpContextFactory(options: ContextOptions) {
  return async ({
    req,
    res,
    info,
  }: {
    req: IncomingMessage;
    res: ServerResponse;
    info?: { isBatchCall: boolean };
  }): Promise<Context> => {
    const token = readSessionCookie(req.headers.cookie, options.https);
    const session = token ? await resolveSession(options.db, token, options.now(), options.auth) : null;
    const setCookie = (value: string) => {
      const previous = res.getHeader('set-cookie');
      const list = Array.isArray(previous) ? previous : previous === undefined ? [] : [String(previous)];
      res.setHeader('set-cookie', [...list, value]);
    };
    return createContext({
      db: options.db,
      today: options.today,
      now: options.now,
      auth: options.auth,
      session,
      requestMeta: { ip: req.socket.remoteAddress ?? 'unknown', batched: info?.isBatchCall ?? false },
      cookies: {
        setSession: (value) => setCookie(sessionCookie(value, options.https)),
        clearSession: () => setCookie(clearedSessionCookie(options.https)),
      },
    });
  };
}
