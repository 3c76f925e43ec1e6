import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { type RawAnswer, rawRequest } from '../test/raw-http.js';
import { type RunningServer, startServer } from './server.js';

const decoded = (res: RawAnswer) =>
  res.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(res.body).toString()
    : res.headers['content-encoding'] === 'gzip'
      ? gunzipSync(res.body).toString()
      : res.body.toString();

/** The headers that must not differ between two answers of the same coding (dates and connection aside). */
const stable = (res: RawAnswer) => {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = res.headers;
  return rest;
};

describe('JSON answers compressed on the fly: the public board, its hot path and its 304s per coding', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      db: ':memory:',
      today: () => '2026-11-26',
      staticDirs: fakeBuilds(),
    });
  });
  afterAll(async () => server?.close());

  it('the board JSON comes in brotli, gzip or as it is, the same JSON each time, each coding its own ETag', async () => {
    const url = `${server.url}/api/public/board/yen-binh/2023?asOf=2023-05-31`;
    const plain = await rawRequest(url);
    const br = await rawRequest(url, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawRequest(url, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const res of [plain, br, gzip]) {
      expect(res.status).toBe(200);
      expect(res.headers.vary).toBe('accept-encoding');
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(JSON.parse(decoded(res))).toEqual(JSON.parse(plain.body.toString()));
    }
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
  });

  it("the hot path (a URL answered a moment ago) sends exactly the full route's bytes and headers in every coding", async () => {
    for (const accept of [undefined, 'br', 'gzip', 'gzip, deflate, br, zstd']) {
      const url = `${server.url}/api/public/board/yen-binh/2023?asOf=2023-04-${accept ? accept.length : 1}`;
      const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
      const full = await rawRequest(url, headers);
      const hot = await rawRequest(url, headers);
      expect(hot.body.equals(full.body), String(accept)).toBe(true);
      expect(stable(hot), String(accept)).toEqual(stable(full));
    }
  });

  it('answers 304 only to the ETag of the coding it would send, on the full route and on the hot path', async () => {
    const url = `${server.url}/api/public/board/yen-binh/2023?asOf=2023-03-15`;
    const br = await rawRequest(url, { 'accept-encoding': 'br' });
    const gzip = await rawRequest(url, { 'accept-encoding': 'gzip' });
    // The first requests took the full route; these take the hot path (the URL is known and fresh).
    const revalidated = await rawRequest(url, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(br.headers.etag);
    expect(revalidated.headers.vary).toBe('accept-encoding');
    const otherCoding = await rawRequest(url, {
      'accept-encoding': 'br',
      'if-none-match': String(gzip.headers.etag),
    });
    expect(otherCoding.status).toBe(200);
    expect(otherCoding.headers['content-encoding']).toBe('br');
    // A board asked for without a day never takes the hot path: the full route's 304 is per coding too.
    const today = `${server.url}/api/public/board/yen-binh/2026`;
    const first = await rawRequest(today, { 'accept-encoding': 'gzip' });
    expect(
      (await rawRequest(today, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) }))
        .status,
    ).toBe(304);
    expect(
      (await rawRequest(today, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) }))
        .status,
    ).toBe(200);
  });

  it('a small answer (the communes list, an error) is sent as it is and does not vary', async () => {
    for (const path of ['/api/public/communes', '/api/public/board/khong-co/2023', '/healthz']) {
      const res = await rawRequest(`${server.url}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(res.headers['content-encoding'], path).toBeUndefined();
      expect(res.headers.vary, path).toBeUndefined();
      expect(JSON.parse(res.body.toString()), path).toBeTruthy();
    }
  });
});
