/**
 * The admin console's candidate list (`candidates.list`, first page of 50 rows) of one commune, over real HTTP
 * through tRPC with a signed-in commune administrator, on a province-sized dataset (`ketnap gen --scale province`:
 * province 1 of the national plan, 60 communes, 23,373 candidates with their histories, on an SQLite file at the
 * product's settings). Beside it, in the same run and alternating with it, a bare `node:http` server answering the
 * same response bytes: requests per second and p50/p95 latency for one client (one request at a time) and for 8
 * clients, and the ratio to the bare server.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx candidate-list.bench.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@ketnap/api';
import { grantRole, insertAccount } from '@ketnap/db';
import { GEN_AS_OF, loadGenerated } from '@ketnap/db/seed';
import { startServer } from '../apps/server/src/server.js';
import { signIn } from '../apps/server/test/faults/harness.js';
import { bareJsonServer, type LoadResult, load, median } from './http-load.js';

const SECONDS = 3;
const ROUNDS = 5;
const PASSWORD = 'bench-password-2025';

const file = join(mkdtempSync(join(tmpdir(), 'ketnap-list-')), 'ketnap.sqlite');
// The generated data's last day is the server's today, so the 2025 pipeline is live (open steps, deadlines).
const server = await startServer({
  port: 0,
  db: file,
  demo: false,
  today: () => GEN_AS_OF,
  staticDirs: { board: '/none', admin: '/none' },
});
const db = server.handle.db;
const t0 = performance.now();
const counts = await loadGenerated(server.handle, { scale: 'province', snapshots: false });
const communes = await db
  .selectFrom('candidate as c')
  .innerJoin('org_unit as cell', 'cell.id', 'c.cell_id')
  .select(['cell.parent_id as communeId', (eb) => eb.fn.countAll<number>().as('candidates')])
  .groupBy('cell.parent_id')
  .orderBy('candidates', 'desc')
  .execute();
const commune = communes[0];
if (!commune?.communeId) throw new Error('the generated province has no candidates');
console.log(
  `data: ${communes.length} communes, ${counts.candidate} candidates, ${counts.candidate_event} events loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; listing ${commune.communeId} (${commune.candidates} candidates)`,
);

const at = new Date().toISOString();
await insertAccount(db, {
  id: 'acc-bench',
  username: 'bench',
  display_name: 'Văn phòng (benchmark)',
  password_hash: await hashPassword(PASSWORD),
  home_org_id: commune.communeId,
  disabled: 0,
  created_at: at,
  version: 1,
});
await grantRole(db, { accountId: 'acc-bench', role: 'commune-admin', orgId: commune.communeId, at });
const cookie = await signIn(server.url, { username: 'bench', password: PASSWORD });

const lists = {
  'all, page 1': { orgId: commune.communeId, includeClosed: true },
  'search "nguyen", page 1': { orgId: commune.communeId, includeClosed: true, search: 'nguyen' },
};
for (const [name, input] of Object.entries(lists)) {
  const path = `/trpc/candidates.list?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  const body = await res.text();
  const rows = (JSON.parse(body) as { result: { data: { rows: unknown[]; total: number } } }).result.data;
  if (res.status !== 200 || rows.rows.length !== 50) throw new Error(`${name}: ${res.status}, not 50 rows`);
  const { server: bare, port: barePort } = await bareJsonServer(body);
  console.log(`\n${name}: ${rows.total} match, 50 shown, ${Buffer.byteLength(body)} bytes`);
  for (const connections of [1, 8]) {
    const options = { seconds: SECONDS, connections, depth: 1, headers: { cookie } };
    await load(barePort, path, options); // warm-up: JIT, caches
    await load(server.port, path, options);
    const ketnap: LoadResult[] = [];
    const baseline: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baseline.push(await load(barePort, path, options));
      ketnap.push(await load(server.port, path, options));
    }
    const m = (results: LoadResult[], key: keyof LoadResult) => median(results.map((r) => r[key]));
    const ratios = ketnap.map((k, i) => k.rate / (baseline[i]?.rate ?? Number.NaN));
    console.log(
      `${connections} client(s): ketnap ${m(ketnap, 'rate').toFixed(0)} req/s, p50 ${m(ketnap, 'p50').toFixed(1)} ms, p95 ${m(ketnap, 'p95').toFixed(1)} ms | bare node:http ${m(baseline, 'rate').toFixed(0)} req/s, p50 ${m(baseline, 'p50').toFixed(2)} ms, p95 ${m(baseline, 'p95').toFixed(2)} ms | ratio ${median(ratios).toFixed(3)} (median of ${ROUNDS} alternating rounds)`,
    );
  }
  bare.close();
}
await server.close();
