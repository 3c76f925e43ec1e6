#!/usr/bin/env node
// Keeps every core busy (one spinning worker thread per core, at normal priority) while a command runs, to prove
// that the suite does not depend on a quiet machine:
//   node scripts/burn-cpu.mjs [--workers N] -- .ci/run
// The command's output and exit code pass through; the burners stop when it ends (Ctrl-C stops both). Without a
// command it burns until interrupted. At the end it prints, on stderr, how many cores the burners kept busy on
// average, measured from this process's own CPU time, so a run under load says how much load it really had.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const own = dashes === -1 ? args : args.slice(0, dashes);
const command = dashes === -1 ? [] : args.slice(dashes + 1);
const flag = own.indexOf('--workers');
const workers = flag === -1 ? availableParallelism() : Number(own[flag + 1]);
if (!Number.isInteger(workers) || workers < 1) {
  console.error('burn-cpu: --workers takes a whole number ≥ 1');
  process.exit(2);
}

// Each worker spins on arithmetic forever: no allocation, so it costs CPU and nothing else (no memory pressure).
const spin = 'let x = 0; for (;;) x = Math.sqrt(x + 1);';
const burners = Array.from({ length: workers }, () => new Worker(spin, { eval: true }));
const started = performance.now();
const cpuAtStart = process.cpuUsage();
console.error(
  `burn-cpu: ${workers} spinning threads${command.length ? `, running: ${command.join(' ')}` : ''}`,
);

async function stop(code) {
  const { user, system } = process.cpuUsage(cpuAtStart);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(burners.map((w) => w.terminate()));
  console.error(
    `burn-cpu: ${seconds.toFixed(0)} s, the burners kept ${((user + system) / 1e6 / seconds).toFixed(2)} cores busy on average`,
  );
  process.exit(code);
}

if (command.length === 0) {
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
} else {
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal's process group; a SIGTERM sent to this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`burn-cpu: cannot run ${command[0]}: ${error.message}`);
    stop(127);
  });
  child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
}
