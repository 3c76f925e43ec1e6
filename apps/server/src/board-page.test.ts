import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { rawRequest } from '../test/raw-http.js';
import { type RunningServer, startServer } from './server.js';

/**
 * A stand-in for the board's renderer (apps/board/src/ssr.tsx, whose own rendering the browser suite checks): it
 * writes the state it is given into the root, so these tests see what the server hands it.
 */
const RENDERER = `
const params = (search) => new URLSearchParams(search);
export const normalizeSearch = (search) => (params(search).get('commune') ? '?commune=' + params(search).get('commune') : '');
export const selectionFor = (search, communes) => {
  const slug = params(search).get('commune') ?? communes.communes[0]?.slug;
  const found = communes.communes.find((c) => c.slug === slug);
  return found ? { commune: slug, year: Math.max(...found.years) } : null;
};
export const boardUrlOf = (s) => '/api/public/board/' + s.commune + '/' + s.year;
export const renderPage = (template, state) => {
  if (state.search === '?commune=boom') throw new Error('the renderer failed');
  return template.replace('<div id="root"></div>', '<div id="root">' + JSON.stringify(state).replace(/</g, '\\\\u003c') + '</div>');
};
`;

function boardWithRenderer(): { board: string; renderer: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ketnap-board-page-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>board</title><div id="root"></div>');
  writeFileSync(join(dir, 'render.js'), RENDERER);
  return { board: dir, renderer: join(dir, 'render.js') };
}

interface State {
  search: string;
  communes: { communes: { slug: string }[] };
  board: { url: string; data: { commune: { name: string }; year: number; asOf: string } } | null;
}
const stateOf = (html: string): State =>
  JSON.parse(/<div id="root">(.*)<\/div>/s.exec(html)?.[1] ?? 'null') as State;

describe("the board's page, rendered on the server with the figures for its address", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const { board, renderer } = boardWithRenderer();
    server = await startServer({
      port: 0,
      db: ':memory:',
      today: () => '2026-11-26',
      staticDirs: { ...fakeBuilds(), board },
      boardRenderer: renderer,
    });
  });
  afterAll(async () => server?.close());

  it("hands the renderer the address, the communes and the selected board's JSON under the URL the app fetches", async () => {
    const html = await (await fetch(`${server.url}/?commune=yen-binh&utm=x`)).text();
    const state = stateOf(html);
    expect(state.search).toBe('?commune=yen-binh');
    expect(state.communes.communes.map((c) => c.slug)).toEqual(['yen-binh']);
    expect(state.board?.url).toBe('/api/public/board/yen-binh/2026');
    const json = await (await fetch(`${server.url}/api/public/board/yen-binh/2026`)).json();
    expect(state.board?.data).toEqual(json);
    expect(state.board?.data.asOf).toBe('2026-11-26');
  });

  it('an address that selects no board gets the page without one (the app then says so)', async () => {
    expect(stateOf(await (await fetch(`${server.url}/?commune=khong-co`)).text()).board).toBeNull();
  });

  it('is sent compressed, revalidated (no-cache), and 304 to the ETag of its coding only', async () => {
    const br = await rawRequest(`${server.url}/?commune=yen-binh`, { 'accept-encoding': 'br' });
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(stateOf(brotliDecompressSync(br.body).toString()).board?.url).toBe(
      '/api/public/board/yen-binh/2026',
    );
    const again = await rawRequest(`${server.url}/?commune=yen-binh`, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers.etag),
    });
    expect(again.status).toBe(304);
    const plain = await rawRequest(`${server.url}/?commune=yen-binh`, {
      'if-none-match': String(br.headers.etag),
    });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('when the renderer fails, the page is index.html as built (the app loads the figures itself), and the log holds no address', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await fetch(`${server.url}/?commune=boom`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('<!doctype html><title>board</title><div id="root"></div>');
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).toMatch(/^board page not rendered: /);
      expect(String(errors.mock.calls[0]?.[0])).not.toContain('boom');
    } finally {
      errors.mockRestore();
    }
  });

  it('the admin console and the assets are not rendered: only the board app’s pages', async () => {
    expect(await (await fetch(`${server.url}/admin/`)).text()).toContain('<title>admin</title>');
  });
});

describe('a renderer module without the expected exports', () => {
  it('stops the server at start, naming what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-bad-renderer-'));
    writeFileSync(join(dir, 'render.js'), 'export const renderPage = () => "";');
    await expect(
      startServer({
        port: 0,
        db: ':memory:',
        staticDirs: fakeBuilds(),
        boardRenderer: join(dir, 'render.js'),
      }),
    ).rejects.toThrow(/does not export normalizeSearch, selectionFor, boardUrlOf/);
  });
});
