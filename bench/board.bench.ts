/**
 * The public board, measured against baselines in the same run:
 * 1. requests per second of `GET /api/public/board/yen-binh/2023?asOf=2023-06-30` on the real server (SQLite, demo
 *    data) against a bare `node:http` server answering a JSON body of the same size (goal ≥ 0.7, aim 0.9);
 * 2. how long a recorded admission decision takes to show on the board (the decision and the snapshot rebuild in
 *    one transaction, as the pipeline records it; then polling the endpoint every 5 ms; goal < 1 s);
 * 3. the board's JavaScript, gzip, from a fresh production build (goal ≤ 120 KB).
 *
 * Run: pnpm --filter @ketnap/bench exec tsx board.bench.ts
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { appendCandidateEvent, rebuildBoardSnapshot } from '@ketnap/db';
import { securityHeaders } from '../apps/server/src/security-headers.js';
import { startServer } from '../apps/server/src/server.js';
import { bareJsonServer, load, median } from './http-load.js';

const TODAY = '2026-11-26';
const PATH = '/api/public/board/yen-binh/2023?asOf=2023-06-30';
const SECONDS = 3;
const CONNECTIONS = 8;
const DEPTH = 8;
const ROUNDS = 5;

const rps = async (port: number, path: string) =>
  (await load(port, path, { seconds: SECONDS, connections: CONNECTIONS, depth: DEPTH })).rate;

const server = await startServer({ port: 0, db: ':memory:', today: () => TODAY });
const sample = await (await fetch(`${server.url}${PATH}`)).text();
const { server: bare, port: barePort } = await bareJsonServer(sample);
// A second reference: the bare server plus the security headers every ketnap response carries, to show how much of
// the gap is those headers rather than the board's own work.
const { server: headed, port: headedPort } = await bareJsonServer(sample, securityHeaders(true));

console.log(
  `board body: ${Buffer.byteLength(sample)} bytes; ${CONNECTIONS} connections × ${DEPTH} pipelined, ${SECONDS} s per measure`,
);
// Warm both up (JIT, caches) before measuring; then alternate, so background load hits both alike.
await rps(barePort, PATH);
await rps(server.port, PATH);
const ratios: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const baseline = await rps(barePort, PATH);
  const withHeaders = await rps(headedPort, PATH);
  const board = await rps(server.port, PATH);
  ratios.push(board / baseline);
  console.log(
    `round ${round}: bare ${baseline.toFixed(0)} req/s, bare + security headers ${withHeaders.toFixed(0)} (${(withHeaders / baseline).toFixed(2)}), board ${board.toFixed(0)} req/s, ratio ${(board / baseline).toFixed(2)}`,
  );
}
console.log(`median ratio ${median(ratios).toFixed(2)} (goal ≥ 0.7, aim 0.9)`);
bare.close();
headed.close();

// 2. A decision recorded → visible on the board.
const db = server.handle.db;
const open = await db
  .selectFrom('candidate as c')
  .select(['c.id', 'c.cell_id'])
  .where((eb) =>
    eb.not(
      eb.exists(
        eb
          .selectFrom('candidate_event as e')
          .select('e.id')
          .whereRef('e.candidate_id', '=', 'c.id')
          .where('e.kind', 'in', ['admission-decision', 'withdrawn', 'rejected']),
      ),
    ),
  )
  .limit(5)
  .execute();
const admittedNow = async () =>
  (
    (await (await fetch(`${server.url}/api/public/board/yen-binh/2026`)).json()) as {
      commune: { admitted: number };
    }
  ).commune.admitted;
const latencies: number[] = [];
for (const [i, candidate] of open.entries()) {
  const before = await admittedNow();
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    await appendCandidateEvent(trx, {
      id: `bench-ev-${i}`,
      candidateId: candidate.id,
      kind: 'admission-decision',
      occurredOn: TODAY,
      recordedAt: new Date().toISOString(),
    });
    await rebuildBoardSnapshot(trx, 'xa-yen-binh', 2026, { today: TODAY, at: new Date().toISOString() });
  });
  const recorded = performance.now() - t0;
  while ((await admittedNow()) === before) await new Promise((r) => setTimeout(r, 5));
  latencies.push(performance.now() - t0);
  console.log(
    `decision ${i + 1}: recorded with rebuild in ${recorded.toFixed(1)} ms, on the board after ${(performance.now() - t0).toFixed(0)} ms`,
  );
}
console.log(`decision → board: worst ${Math.max(...latencies).toFixed(0)} ms (goal < 1000 ms)`);
await server.close();

// 3. The board's JavaScript, gzip, from a fresh build.
const boardDir = fileURLToPath(new URL('../apps/board/', import.meta.url));
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: boardDir, stdio: 'inherit' });
const assets = `${boardDir}dist/assets/`;
let gz = 0;
for (const f of readdirSync(assets).filter((n) => n.endsWith('.js')))
  gz += gzipSync(readFileSync(assets + f)).length;
console.log(`board JavaScript: ${(gz / 1024).toFixed(1)} KB gzip (goal ≤ 120 KB)`);
