/**
 * The public board on an emulated slow-3G phone: how long until the commune's figures are visible at the board's
 * default address `/?commune=yen-binh` (the page a visitor opens), against a baseline measured in the same run: a
 * bare static HTML page of the same figures (headline and cells table, no script, no stylesheet) served on the same
 * emulated network and compressed the same way. Aim: the figures within 2.5 s.
 *
 * The phone: Chromium (Debian's, driven by playwright-core) with 400 kbit/s down and up, 400 ms round trip
 * (`Network.emulateNetworkConditions`) and the CPU slowed 4× (`Emulation.setCPUThrottlingRate`), a cold cache (a
 * new browser context per visit) and a 375 px wide screen. "Visible" is the first animation frame in which the
 * headline ("Đã kết nạp …") and a row of the cells table are rendered (`checkVisibility()`), timed from the start of
 * the navigation; a frame is not drawn while a stylesheet still blocks rendering.
 *
 * The server is the production build started as `pnpm start` starts it (`NODE_ENV=production node
 * apps/server/dist/main.js`, SQLite in a temp folder, demo data); build it first with
 * `pnpm --filter @ketnap/server build`. `--source` runs the sources instead (`tsx src/main.ts` serving the apps'
 * own dist folders), which is what `pnpm start` ran before the production build.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx board-slow-3g.bench.ts [--source]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../apps/server/test/chromium.js';
import { median } from './http-load.js';

const ROUNDS = 5;
const DEFAULT_URL = '/?commune=yen-binh';
const AIM_MS = 2_500;
/** 400 kbit/s in bytes per second, and the round trip, as DevTools takes them. */
const NETWORK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CPU_SLOWDOWN = 4;

const source = process.argv.includes('--source');
const serverDir = fileURLToPath(new URL('../apps/server/', import.meta.url));
const bundle = join(serverDir, 'dist', 'main.js');
if (!source && !existsSync(bundle)) {
  console.error('No production build: run `pnpm --filter @ketnap/server build` first (or pass --source).');
  process.exit(2);
}

/** Starts the server as a process on a free port and a fresh SQLite file; resolves with its address. */
function startKetnap(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const args = source ? ['--import', 'tsx', join(serverDir, 'src', 'main.ts')] : [bundle];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      ...(source ? {} : { NODE_ENV: 'production' }),
      PORT: '0',
      HOST: '127.0.0.1',
      KETNAP_DB: join(dataDir, 'ketnap.sqlite'),
      KETNAP_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ketnap (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${out}`)));
  });
}

interface Board {
  commune: { name: string; admitted: number; target: number | null };
  year: number;
  cells: { name: string; target: number | null; admitted: number }[];
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The baseline page: the same figures as the board shows them, as plain HTML with the board's class names. */
function staticPage(board: Board): string {
  const rows = board.cells
    .map(
      (c) =>
        `<tr><th scope="row">${escapeHtml(c.name)}</th><td>${c.target ?? '—'}</td><td>${c.admitted}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Kết quả kết nạp đảng viên</title></head><body><h1>Kết quả kết nạp đảng viên</h1><section class="summary"><h2>${escapeHtml(board.commune.name)} · năm ${board.year}</h2><p class="headline">Đã kết nạp ${board.commune.admitted} / chỉ tiêu ${board.commune.target ?? '—'}</p></section><table class="cells"><caption>Kết quả theo chi bộ</caption><thead><tr><th>Chi bộ</th><th>Chỉ tiêu</th><th>Đã kết nạp</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

/** A bare `node:http` server answering one page, brotli or gzip by Accept-Encoding as the real server does. */
function staticServer(html: string): Promise<{ url: string; close: () => void }> {
  const variants = { br: brotliCompressSync(html), gzip: gzipSync(html), identity: Buffer.from(html) };
  const server = createServer((req, res) => {
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
    const body = variants[encoding];
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      vary: 'accept-encoding',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

/** Installed before any of the page's scripts: records the first frame in which the figures are rendered. */
const WATCH_FIGURES = `(() => {
  const check = () => {
    const headline = document.querySelector('.summary .headline');
    const row = document.querySelector('table.cells tbody tr');
    if (headline && row && /Đã kết nạp/.test(headline.textContent) && headline.checkVisibility() && row.checkVisibility()) {
      window.__figuresAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

interface Visit {
  ms: number;
  /** Bytes received (as sent, compressed) until the figures were visible. */
  bytes: number;
  requests: string[];
}

/** One cold visit of `url` on the emulated phone. */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 375, height: 740 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIGURES);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const urls = new Map<string, string>();
    const requests: string[] = [];
    let bytes = 0;
    cdp.on('Network.responseReceived', (e) => {
      const encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '';
      urls.set(e.requestId, `${new URL(e.response.url).pathname}${encoding ? ` (${encoding})` : ''}`);
    });
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests.push(`${urls.get(e.requestId) ?? '?'} ${e.encodedDataLength} B`);
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(
      () => (globalThis as { __figuresAt?: number }).__figuresAt,
      null,
      {
        timeout: 60_000,
        polling: 50,
      },
    );
    const ms = (await handle.jsonValue()) as number;
    return { ms, bytes, requests: [...requests] };
  } finally {
    await context.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'ketnap-slow-3g-'));
const ketnap = await startKetnap(dataDir);
let staticSite: { url: string; close: () => void } | undefined;
let browser: Browser | undefined;
try {
  const communes = (await (await fetch(`${ketnap.url}/api/public/communes`)).json()) as {
    communes: { slug: string; years: number[] }[];
  };
  const year = Math.max(...(communes.communes.find((c) => c.slug === 'yen-binh')?.years ?? []));
  const board = (await (await fetch(`${ketnap.url}/api/public/board/yen-binh/${year}`)).json()) as Board;
  staticSite = await staticServer(staticPage(board));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  console.log(
    `slow 3G: ${(NETWORK.downloadThroughput * 8) / 1000} kbit/s, ${NETWORK.latency} ms round trip, CPU ÷${CPU_SLOWDOWN}; server: ${source ? 'sources (tsx)' : 'production build'}; ${DEFAULT_URL}`,
  );
  // One visit of each to warm the servers (JIT, caches) before measuring; then alternate round by round.
  await visit(browser, `${staticSite.url}/`);
  await visit(browser, `${ketnap.url}${DEFAULT_URL}`);
  const baselines: number[] = [];
  const boards: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const baseline = await visit(browser, `${staticSite.url}/`);
    const real = await visit(browser, `${ketnap.url}${DEFAULT_URL}`);
    baselines.push(baseline.ms);
    boards.push(real.ms);
    console.log(
      `round ${round}: static page ${baseline.ms.toFixed(0)} ms (${baseline.bytes} B), board ${real.ms.toFixed(0)} ms (${real.bytes} B), ratio ${(real.ms / baseline.ms).toFixed(2)}`,
    );
    if (round === 1) console.log(`  board requests until visible: ${real.requests.join(', ')}`);
  }
  const b = median(baselines);
  const r = median(boards);
  console.log(
    `median: static page ${b.toFixed(0)} ms, board ${r.toFixed(0)} ms, ratio ${(r / b).toFixed(2)} (aim: the board within ${AIM_MS} ms${r <= AIM_MS ? ', met' : ', NOT met'})`,
  );
} finally {
  await browser?.close();
  staticSite?.close();
  ketnap.child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
