import { request } from 'node:http';
import { adminRouter } from '@ketnap/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { MAX_BODY_BYTES } from './request-guards.js';
import { type RunningServer, startServer } from './server.js';

/** The server on the demo data with stand-in builds, as each suite here needs it. */
const startTestServer = () =>
  startServer({ port: 0, db: ':memory:', today: () => '2026-11-26', staticDirs: fakeBuilds() });

const input = encodeURIComponent(JSON.stringify({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' }));

/** Every kind of response the server writes: apps, assets, public JSON, tRPC, health, errors, redirects. */
const PATHS = [
  '/',
  '/admin/',
  '/admin',
  '/admin/assets/app-abc123.js',
  '/api/public/board/yen-binh/2023?asOf=2023-06-30',
  '/api/public/board/yen-binh/abc',
  '/api/public/communes',
  '/api/public/nothing',
  `/trpc/org.overview?input=${input}`,
  '/trpc/no.such.procedure',
  '/healthz',
];

describe('security headers on every response (OWASP ASVS 5.0 V3.4)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const each = async (check: (headers: Headers, path: string) => void) => {
    for (const path of PATHS) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      await res.arrayBuffer();
      check(res.headers, path);
    }
  };

  it('no HSTS over plain HTTP: the site is not served over HTTPS here (KETNAP_COOKIE_SECURE unset)', async () => {
    await each((h, path) => expect(h.get('strict-transport-security'), path).toBeNull());
  });

  it("CSP: scripts only from self, object-src and base-uri 'none', no framing (3.4.3, 3.4.6)", async () => {
    await each((h, path) => {
      const csp = h.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives.get('script-src'), path).toBe("'self'");
      expect(directives.get('default-src'), path).toBe("'self'");
      expect(directives.get('object-src'), path).toBe("'none'");
      expect(directives.get('base-uri'), path).toBe("'none'");
      expect(directives.get('frame-ancestors'), path).toBe("'none'");
      // Inline styles are allowed (Mantine injects its theme), inline scripts never.
      expect(directives.get('style-src'), path).toBe("'self' 'unsafe-inline'");
      expect(csp, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(h.get('x-frame-options'), path).toBe('DENY');
    });
  });

  it('X-Content-Type-Options: nosniff (3.4.4)', async () => {
    await each((h, path) => expect(h.get('x-content-type-options'), path).toBe('nosniff'));
  });

  it('Referrer-Policy: same-origin, so admin URLs never reach another site (3.4.5)', async () => {
    await each((h, path) => expect(h.get('referrer-policy'), path).toBe('same-origin'));
  });

  it('cross-origin isolation: COOP and CORP same-origin (3.4.8), browser features off', async () => {
    await each((h, path) => {
      expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(h.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(h.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    });
  });

  it('every /api/admin/ answer is never cached, its errors included (14.3.2)', async () => {
    for (const [path, status] of [
      ['/api/admin/nothing', 404],
      ['/api/admin/reports/results.xlsx?commune=yen-binh&year=2023', 401],
      ['/api/admin/reports/results.xlsx?commune=yen-binh&year=abc', 400],
    ] as const) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    const wrongMethod = await fetch(`${server.url}/api/admin/import/members?commune=yen-binh`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('cache-control')).toBe('no-store');
  });

  it('admin tRPC answers are never cached (14.3.2); the public board stays cacheable', async () => {
    const admin = await fetch(`${server.url}/trpc/org.overview?input=${input}`);
    expect(admin.headers.get('cache-control')).toBe('no-store');
    const board = await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`);
    // Revalidated on every visit (max-age=0 + ETag → 304), so a recorded decision shows at once (docs/public-api.md).
    expect(board.headers.get('cache-control')).toBe('public, max-age=0');
    expect(board.headers.get('etag')).toMatch(/^"/);
  });

  it("the board's hot path (a URL answered a moment ago) sends exactly the full route's headers, and its 304", async () => {
    const url = `${server.url}/api/public/board/yen-binh/2023?asOf=2023-03-31`;
    const headersOf = (res: Response) => {
      const all = Object.fromEntries(res.headers);
      delete all.date;
      delete all['keep-alive'];
      delete all.connection;
      return all;
    };
    const full = await fetch(url);
    const fullBody = await full.text();
    const hot = await fetch(url);
    expect(await hot.text()).toBe(fullBody);
    expect(headersOf(hot)).toEqual(headersOf(full));
    expect(Object.keys(headersOf(hot))).toEqual(expect.arrayContaining(['content-security-policy', 'etag']));
    const revalidated = await fetch(url, { headers: { 'if-none-match': full.headers.get('etag') ?? '' } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('content-security-policy')).toBe(
      full.headers.get('content-security-policy'),
    );
    expect(revalidated.headers.get('etag')).toBe(full.headers.get('etag'));
  });
});

describe('HSTS on a site served over HTTPS (KETNAP_COOKIE_SECURE=1)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      db: ':memory:',
      today: () => '2026-11-26',
      staticDirs: fakeBuilds(),
      https: true,
    });
  });
  afterAll(async () => server?.close());

  it("one year, subdomains included, on every response (3.4.1), the board's hot path too", async () => {
    const hot = '/api/public/board/yen-binh/2023?asOf=2023-06-30';
    for (const path of [...PATHS, hot, hot]) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      await res.arrayBuffer();
      expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
    }
  });
});

describe('request guards: body size limit, malformed paths', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  /** A raw request, so the test controls the declared length and chunking exactly. */
  const send = (path: string, body: Buffer, chunked: boolean) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Same origin, so the mutation guard lets it through to the size checks.
          origin: server.url,
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      });
      // The server may answer and close before the whole body is sent: that is the point.
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
      );
      req.end(body);
    });

  it('a declared body over the limit is refused with 413 and a Vietnamese message before it is read', async () => {
    const res = await send('/trpc/org.communes', Buffer.alloc(MAX_BODY_BYTES + 1, 0x20), false);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'REQUEST.TOO_LARGE' } });
    expect(JSON.parse(res.body).error.message).toMatch(/quá lớn/);
    expect(res.headers['content-security-policy']).toBeTruthy();
  });

  // tRPC refuses a POST to a query before reading its body: the chunked case needs a mutation.
  const mutation = Object.entries(adminRouter._def.procedures).find(
    ([, p]) => (p as unknown as { _def: { type: string } })._def.type === 'mutation',
  )?.[0];
  if (!mutation)
    console.warn('\n*** SKIPPED: the admin router has no mutation yet to send a chunked body to\n');
  it.skipIf(!mutation)(
    'a chunked body over the limit is cut off by tRPC with 413, not read to the end',
    async () => {
      const res = await send(`/trpc/${mutation}`, Buffer.alloc(MAX_BODY_BYTES + 1, 0x20), true);
      expect(res.status).toBe(413);
      expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('a path whose percent-encoding is not UTF-8 is a 400 with a Vietnamese message, not a 500', async () => {
    for (const path of ['/admin/%E0%A4%A', '/api/public/board/%E0%A4%A/2023', '/%ZZ']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, path).toMatch(
        /không hợp lệ/,
      );
    }
  });

  it('a body at the limit is read (and answered by the procedure, not the guard)', async () => {
    const res = await send('/trpc/org.communes', Buffer.alloc(MAX_BODY_BYTES, 0x20), false);
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });
});
