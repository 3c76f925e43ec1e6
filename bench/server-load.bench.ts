/**
 * The server under load, on an SQLite file at synchronous=FULL (the product's settings), over real HTTP:
 * `pnpm --filter @ketnap/bench exec tsx server-load.bench.ts`.
 * - Stage changes with their audit entry (`pipeline.record`, a withdrawal: validate, load the file, rule check,
 *   append the event, rebuild the cached stage, chain an audit entry, commit) per second, one at a time and 16 at a
 *   time; beside them the baseline on the same disk: raw better-sqlite3 single-row inserts, one commit each, WAL and
 *   synchronous=FULL. The ratio says what a change costs in commits.
 * - The candidate list (`candidates.list` of the commune, 2,000+ candidates, first page) with 1, 8, 32 and 64
 *   concurrent clients: requests/s and median/95th percentile latency; the ratio is to the single client.
 */
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer } from '../apps/server/src/server.js';
import { runConcurrently, seededDatabase, signIn, withdraw } from '../apps/server/test/faults/harness.js';

const CANDIDATES = 2_000;
const file = await seededDatabase(CANDIDATES);
const server = await startServer({ port: 0, db: file, staticDirs: { board: '/none', admin: '/none' } });
const cookie = await signIn(server.url);

const timed = async (count: number, concurrency: number, offset: number) => {
  const t = performance.now();
  const out = await runConcurrently(count, concurrency, (i) => withdraw(server.url, cookie, offset + i));
  const ms = performance.now() - t;
  const bad = out.filter((r) => r instanceof Error || r.status !== 200).length;
  if (bad) throw new Error(`${bad} stage changes failed`);
  return count / (ms / 1000);
};
const sequential = await timed(500, 1, 0);
const concurrent = await timed(1_000, 16, 500);

const raw = new Database(join(dirname(file), 'raw.sqlite'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec('create table t (id integer primary key, a text not null, b text not null)');
const insert = raw.prepare('insert into t (a, b) values (?, ?)');
let t = performance.now();
for (let i = 0; i < 2_000; i++) insert.run(`candidate-${i}`, '2026-11-20');
const rawRate = 2_000 / ((performance.now() - t) / 1000);
raw.close();
console.log(`stage changes + audit, 1 at a time   ${sequential.toFixed(0)}/s`);
console.log(`stage changes + audit, 16 at a time  ${concurrent.toFixed(0)}/s`);
console.log(
  `baseline: raw single-row commits     ${rawRate.toFixed(0)}/s  (ratio ${(concurrent / rawRate).toFixed(2)})`,
);

const listUrl = `${server.url}/trpc/candidates.list?input=${encodeURIComponent(JSON.stringify({ orgId: 'xa-yen-binh', includeClosed: true }))}`;
let single = 0;
for (const clients of [1, 8, 32, 64]) {
  const requests = 200 * Math.min(clients, 8);
  const latencies: number[] = [];
  t = performance.now();
  await runConcurrently(requests, clients, async () => {
    const started = performance.now();
    const res = await fetch(listUrl, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`list answered ${res.status}`);
    latencies.push(performance.now() - started);
  });
  const perSecond = requests / ((performance.now() - t) / 1000);
  if (clients === 1) single = perSecond;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.floor(latencies.length * q)]?.toFixed(1);
  console.log(
    `candidate list, ${String(clients).padStart(2)} clients  ${perSecond.toFixed(0).padStart(5)} req/s  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  (×${(perSecond / single).toFixed(2)} of one client)`,
  );
}
await server.close();
