#!/usr/bin/env node
// Runs every check of the repository (lint, typecheck and every test suite through turbo) and closes with one
// line "N passed, N failed, N skipped" summed from each package's vitest JSON report. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['apps', 'packages']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .filter((dir) => existsSync(join(dir, 'package.json')));
const reportOf = (dir) => join(dir, 'reports', 'vitest.json');

// A stale report from an earlier run must not count: turbo restores the real one on a cache hit.
for (const dir of workspaces) rmSync(reportOf(dir), { force: true });

const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
const lint = run('pnpm', ['exec', 'biome', 'check', '.']);
// At most one task per core: the browser and database suites time out when they share a busy machine with more
// tasks than it has cores (each suite's vitest already runs its files in parallel inside its task).
const turbo = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'typecheck',
  'test',
  '--output-logs=new-only',
  '--continue',
  `--concurrency=${Math.max(1, availableParallelism())}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of workspaces) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  if (!existsSync(reportOf(dir))) {
    missing.push(pkg.name);
    continue;
  }
  const r = JSON.parse(readFileSync(reportOf(dir), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A test file that fails to load has no failed test but a failed suite: count it.
  failed += r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  ).length;
}
if (lint !== 0) console.error('lint (biome) failed: run `pnpm format` or read the messages above.');
if (missing.length)
  console.error(`no test report from: ${missing.join(', ')} (the suite did not run; see above)`);
const otherFailures =
  (lint !== 0 ? 1 : 0) + missing.length + (turbo !== 0 && failed === 0 && missing.length === 0 ? 1 : 0);
failed += otherFailures;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || turbo !== 0 ? 1 : 0);
