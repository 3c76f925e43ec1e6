import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AuthSettings,
  adminRouter,
  DEFAULT_AUTH_SETTINGS,
  faultOf,
  hashPassword,
  scryptOf,
} from '@ketnap/api';
import { createDb, type Db, isEmpty, migrateToLatest } from '@ketnap/db';
import { DEMO_PASSWORD, type DemoAccount, generateDemo, loadDemo, loadDemoAccounts } from '@ketnap/db/seed';
import { type IsoDate, MAX_BATCH_CALLS, vietnamCalendar } from '@ketnap/domain';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { handleAdminFileRoute } from './admin-files.js';
import { httpContextFactory, refuseCrossSiteMutation, refuseCrossSiteRead } from './auth-http.js';
import { BoardCache } from './board-cache.js';
import { BoardPages, loadBoardRenderer } from './board-page.js';
import { BUNDLE } from './build-info.js';
import { handleCalendarRoute } from './calendar-route.js';
import { vietnamDayClock } from './clock.js';
import { describeError } from './error-log.js';
import { answerHealth } from './health.js';
import { answerKnownBoard, handlePublicRoute } from './public-routes.js';
import { MAX_BODY_BYTES, refuseMalformedRequest, refuseOversizedBatch } from './request-guards.js';
import { sendError } from './respond.js';
import { applySecurityHeaders, securityHeaders } from './security-headers.js';
import { findAppFile, sendAppFile } from './static-files.js';

const VERSION: string =
  BUNDLE?.version ?? JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export interface ServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback by default. */
  host?: string;
  /** SQLite file (or ':memory:'); ignored when `databaseUrl` is set. */
  db?: string;
  databaseUrl?: string;
  /**
   * Run the demo: load the demo commune into an empty database, and let demo accounts sign in with the public demo
   * password. With `false`, an account still carrying the demo mark must change its password at its next sign-in.
   */
  demo?: boolean;
  /**
   * Where the built apps are; defaults to `dist/public/board` and `dist/public/admin` beside the bundle, or, running
   * the sources, the workspace's apps/board/dist and apps/admin/dist.
   */
  staticDirs?: { board: string; admin: string };
  /**
   * The board's server-side renderer (the board build's dist-server/render.js), which puts the figures into the
   * board's page (board-page.ts). Defaults to the one beside the default `staticDirs`; none when `staticDirs` is given
   * without it (the page is then index.html as built, and the app loads the figures itself).
   */
  boardRenderer?: string;
  /** The clock, for tests that need a fixed today. */
  today?: () => IsoDate;
  /** The instant clock (sessions, audit), for tests that move time. */
  now?: () => Date;
  /** Session timeouts and login rate limit (docs/access.md); the demo accounts are hashed at its scrypt cost. */
  auth?: AuthSettings;
  /**
   * Users reach the site over HTTPS (a TLS proxy in front; `KETNAP_COOKIE_SECURE=1`): the session cookie is
   * `__Host-ketnap_session` and `Secure`, and every response carries HSTS. Off, both are left out (plain HTTP).
   */
  https?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  handle: Db;
  /** What the first start did: the number of demo rows loaded (0 when the database already held data). */
  demoRows: number;
  /** The demo accounts created on that first start (password {@link DEMO_PASSWORD}); empty otherwise. */
  demoAccounts: DemoAccount[];
  close(): Promise<void>;
}

/** The built apps and the board's renderer: beside the bundle (build.ts copies them), else in the workspace. */
const DEFAULT_BUILDS = BUNDLE
  ? {
      board: fileURLToPath(new URL('./public/board', import.meta.url)),
      admin: fileURLToPath(new URL('./public/admin', import.meta.url)),
      boardRenderer: fileURLToPath(new URL('./board-render/render.js', import.meta.url)),
    }
  : {
      board: fileURLToPath(new URL('../../board/dist', import.meta.url)),
      admin: fileURLToPath(new URL('../../admin/dist', import.meta.url)),
      boardRenderer: fileURLToPath(new URL('../../board/dist-server/render.js', import.meta.url)),
    };

/**
 * Starts ketnap in this process: opens and migrates the database, loads the demo commune into an empty one, and
 * serves the board at `/`, the admin console at `/admin/`, the admin tRPC router at `/trpc/`, the public JSON at
 * `/api/public/…` and `GET /healthz`.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const today = options.today ?? vietnamDayClock();
  const handle = await createDb(
    options.databaseUrl ? { postgres: options.databaseUrl } : { sqlite: options.db ?? 'data/ketnap.sqlite' },
  );
  const now = options.now ?? (() => new Date());
  // With the demo switched off, an account still carrying the demo mark must change its password (docs/access.md).
  const auth = { ...(options.auth ?? DEFAULT_AUTH_SETTINGS), demoPasswordsAllowed: options.demo !== false };
  const https = options.https ?? false;
  let demoRows = 0;
  let demoAccounts: DemoAccount[] = [];
  try {
    await migrateToLatest(handle.db);
    if (options.demo !== false && (await isEmpty(handle.db))) {
      const data = generateDemo({
        today: today(),
        addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n),
      });
      demoRows = await loadDemo(handle.db, data);
      demoAccounts = await loadDemoAccounts(handle.db, {
        passwordHash: await hashPassword(DEMO_PASSWORD, scryptOf(auth)),
        at: now().toISOString(),
      });
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  const db = handle.db;
  const staticDirs = options.staticDirs ?? DEFAULT_BUILDS;
  const security = securityHeaders(https);
  const boards = new BoardCache(db, security, today);
  let boardPages: BoardPages | undefined;
  try {
    const renderer = await loadBoardRenderer(
      options.boardRenderer ?? (options.staticDirs ? undefined : DEFAULT_BUILDS.boardRenderer),
    );
    if (renderer)
      boardPages = new BoardPages({
        renderer,
        indexFile: join(staticDirs.board, 'index.html'),
        db,
        boards,
        today,
      });
  } catch (error) {
    await handle.close();
    throw error;
  }
  const createTrpcContext = httpContextFactory({
    db,
    today,
    now,
    auth,
    https,
  });
  // `maxBatchSize` backs the shell's own batch guard (refuseOversizedBatch), which answers first and in Vietnamese.
  const adminTrpc = createHTTPHandler({
    router: adminRouter,
    basePath: '/trpc/',
    createContext: createTrpcContext,
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_CALLS,
  });

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    applySecurityHeaders(res, path, https);
    if (refuseMalformedRequest(req, res, path)) return;
    if (path === '/healthz') return answerHealth(req, res, { handle, version: VERSION, now, auth, https });
    const admin = path.startsWith('/trpc/') || path.startsWith('/api/admin/');
    // The admin side refuses another site's reads as well as its changes: a read of sensitive fields is audited.
    if (admin && refuseCrossSiteRead(req, res)) return;
    if (path.startsWith('/trpc/')) {
      if (refuseCrossSiteMutation(req, res)) return;
      if (refuseOversizedBatch(res, url)) return;
      return adminTrpc(req, res);
    }
    if (
      path.startsWith('/api/admin/') &&
      (await handleAdminFileRoute(req, res, url, { createContext: createTrpcContext }))
    )
      return;
    if (path.startsWith('/api/')) {
      if (req.method === 'GET' || req.method === 'HEAD') {
        if (await handlePublicRoute(req, res, url, { db, today, boards })) return;
        if (await handleCalendarRoute(req, res, url, { db, today, now })) return;
      }
      sendError(res, 'REQUEST.NOT_FOUND', { vi: 'Không có địa chỉ này.', en: 'No such endpoint.' });
      return;
    }
    if (path === '/admin') {
      res.writeHead(301, { location: '/admin/' });
      res.end();
      return;
    }
    const board = !path.startsWith('/admin/');
    const file = board
      ? findAppFile(url, staticDirs.board, '/')
      : findAppFile(url, staticDirs.admin, '/admin/');
    if (!file) {
      sendError(res, 'SERVER.APP_NOT_BUILT', {
        vi: 'Ứng dụng chưa được build: chạy `pnpm start` từ thư mục gốc.',
        en: 'The app is not built: run `pnpm start` from the repository root.',
      });
      return;
    }
    // The board's page carries the figures for the address asked for (board-page.ts).
    if (board && file.index && (req.method === 'GET' || req.method === 'HEAD') && boardPages)
      if (await boardPages.send(req, res, url)) return;
    sendAppFile(req, res, file);
  };

  const server = createServer((req, res) => {
    if (answerKnownBoard(req, res, boards)) return;
    route(req, res).catch((error: unknown) => {
      // Log the failure without the request's data or the error's message: either may carry personal data.
      console.error(`request failed: ${req.method} ${req.url?.split('?')[0]}: ${describeError(error)}`);
      // A database fault (full, out of reach) is said as such, with its own status; anything else is a bug.
      const fault = faultOf(error);
      if (res.headersSent) res.destroy();
      else if (fault) sendError(res, fault.code, fault.message);
      else
        sendError(res, 'SERVER.INTERNAL', {
          vi: 'Lỗi hệ thống, vui lòng thử lại.',
          en: 'Internal error, please retry.',
        });
    });
  });
  // Keep idle connections longer than Node's 5 s default: a client whose process is stalled for a few seconds (a
  // busy machine, a phone waking up) would otherwise send its next request on a socket the server has just closed
  // and get ECONNRESET. 65 s outlasts the common proxies' 60 s idle time; headers must be allowed a bit longer.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    handle,
    demoRows,
    demoAccounts,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await handle.close();
    },
  };
}
