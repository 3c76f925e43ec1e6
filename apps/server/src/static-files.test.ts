import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { rawRequest } from '../test/raw-http.js';
import { encode } from './compression.js';
import { type RunningServer, startServer } from './server.js';

/** A board build as apps/server/build.ts leaves it: a large script with its .br and .gz copies, a small one without. */
function precompressedBoard(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ketnap-precompressed-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.server'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>board</title>');
  const script = `console.log(${JSON.stringify('Kết quả kết nạp đảng viên '.repeat(200))});`;
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), encode(script, 'br', 'max'));
  writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), encode(script, 'gzip', 'max'));
  writeFileSync(join(dir, 'assets', 'tiny-def456.css'), 'body{margin:0}');
  writeFileSync(join(dir, '.server', 'render.js'), 'export const secret = 1;');
  return dir;
}

describe('static files: precompressed copies by Accept-Encoding', () => {
  let server: RunningServer;
  let board: string;
  const asset = '/assets/index-abc123.js';
  beforeAll(async () => {
    board = precompressedBoard();
    server = await startServer({
      port: 0,
      db: ':memory:',
      today: () => '2026-11-26',
      staticDirs: { ...fakeBuilds(), board },
    });
  });
  afterAll(async () => server?.close());

  it('sends the brotli copy to a browser that takes it, with its own length and ETag, and Vary', async () => {
    const res = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.body.equals(readFileSync(join(board, 'assets', 'index-abc123.js.br')))).toBe(true);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.headers.etag).toMatch(/-br"$/);
  });

  it('gzip to a client that takes only gzip (or refuses brotli with q=0); the file as it is to one that takes neither', async () => {
    const file = readFileSync(join(board, 'assets', 'index-abc123.js'));
    const gzip = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'gzip' });
    const refused = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'br;q=0, gzip' });
    const plain = await rawRequest(`${server.url}${asset}`);
    expect([gzip.headers['content-encoding'], refused.headers['content-encoding']]).toEqual(['gzip', 'gzip']);
    expect(gzip.body.equals(readFileSync(join(board, 'assets', 'index-abc123.js.gz')))).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body.equals(file)).toBe(true);
    expect(Number(plain.headers['content-length'])).toBe(file.length);
    expect(new Set([gzip.headers.etag, plain.headers.etag, refused.headers.etag]).size).toBe(2);
  });

  it('answers 304 to the ETag of the coding it would send, and 200 to the ETag of another coding', async () => {
    const br = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'br' });
    const gzip = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'gzip' });
    const again = await rawRequest(`${server.url}${asset}`, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(br.headers.etag);
    expect(again.headers.vary).toBe('accept-encoding');
    const other = await rawRequest(`${server.url}${asset}`, {
      'accept-encoding': 'br',
      'if-none-match': String(gzip.headers.etag),
    });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('br');
  });

  it('a file without copies is sent as it is, with its length and no Vary', async () => {
    const res = await rawRequest(`${server.url}/assets/tiny-def456.css`, { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBeUndefined();
    expect(res.body.toString()).toBe('body{margin:0}');
    expect(res.headers['content-length']).toBe('14');
  });

  it('HEAD sends the headers of the coding, no body', async () => {
    const res = await rawRequest(`${server.url}${asset}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(
      readFileSync(join(board, 'assets', 'index-abc123.js.br')).length,
    );
    expect(res.body.length).toBe(0);
  });

  it('never serves a file under a folder or name starting with a dot (the index instead)', async () => {
    const res = await rawRequest(`${server.url}/.server/render.js`);
    expect(res.body.toString()).toContain('<title>board</title>');
  });

  it('index.html revalidates (no-cache) and answers 304 to its ETag', async () => {
    const first = await rawRequest(`${server.url}/`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await rawRequest(`${server.url}/`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });
});
