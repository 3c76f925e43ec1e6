/**
 * Roll-ups of targets against admissions over generated national data (`ketnap gen --scale nation`):
 * `pnpm --filter @ketnap/bench exec tsx rollup.bench.ts --db FILE|postgres://…`. Times the nation's roll-up (one
 * grouped query, provinces × year) and a province's (its communes), median of 7 after a warm-up, and beside them the
 * baseline measured in the same run: the province assembled commune by commune from each commune's progress rows,
 * as a per-commune screen does it. Both give the same numbers (checked).
 */
import { communeProgressRows, communesOf, createDb, nationRollupRows, provinceRollupRows } from '@ketnap/db';

const at = process.argv.indexOf('--db');
const target = process.argv[at + 1];
if (at < 0 || !target) throw new Error('usage: rollup.bench.ts --db FILE|postgres://…');
const handle = await createDb(target.startsWith('postgres') ? { postgres: target } : { sqlite: target });
const YEAR = 2024;
const AS_OF = '2024-09-30';

async function median(label: string, rounds: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label.padEnd(48)} ${m.toFixed(1).padStart(9)} ms  (min ${times[0]?.toFixed(1)} ms)`);
  return m;
}

console.log(`${handle.dialect}, year ${YEAR} as of ${AS_OF}`);
const nation = await median('nation: 34 provinces (grouped)', 7, () =>
  nationRollupRows(handle.db, YEAR, AS_OF),
);
const rows = await nationRollupRows(handle.db, YEAR, AS_OF);
console.log(
  `  admitted ${rows.reduce((a, r) => a + r.admitted, 0)}, target ${rows.reduce((a, r) => a + (r.target ?? 0), 0)}`,
);
const province = await median('province p01 (grouped)', 7, () =>
  provinceRollupRows(handle.db, 'p01', YEAR, AS_OF),
);
const oneByOne = async () => {
  const communes = await communesOf(handle.db, 'p01');
  let admitted = 0;
  for (const c of communes)
    for (const cell of (await communeProgressRows(handle.db, c.id, YEAR, AS_OF)).cells)
      admitted += cell.admitted;
  return admitted;
};
const baseline = await median('baseline: province p01 commune by commune', 1, oneByOne);
const grouped = (await provinceRollupRows(handle.db, 'p01', YEAR, AS_OF)).parts.reduce(
  (a, p) => a + p.admitted,
  0,
);
if (grouped !== (await oneByOne())) throw new Error(`grouped ${grouped} differs from commune by commune`);
console.log(
  `province: ${(baseline / province).toFixed(1)}× faster than the baseline; nation ${nation.toFixed(0)} ms`,
);
await handle.close();
