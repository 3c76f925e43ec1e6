import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = new URL('./main.ts', import.meta.url).pathname;

/** Runs the real entry point as a child process with the given environment. */
function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('the server process', () => {
  it('a malformed environment variable stops it at start, naming the variable (exit 2)', async () => {
    const run = launch({ PORT: 'eighty' });
    expect(await run.exited).toBe(2);
    expect(run.err()).toContain('PORT="eighty"');
    expect(run.err()).not.toMatch(/\n\s+at /);
  });

  it('starts on a SQLite file with the demo data, answers /healthz, and exits 0 on SIGTERM', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketnap-main-')), 'data', 'ketnap.sqlite');
    const run = launch({ PORT: '0', KETNAP_DB: file });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /ketnap (http:\/\/\S+)/.exec(run.out());
        if (m?.[1]) {
          clearInterval(timer);
          resolve(m[1]);
        }
      }, 50);
      run.exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`exited ${code}: ${run.err()}`));
      });
    });
    expect(run.out()).toContain('Đã nạp dữ liệu mẫu');
    const health = (await (await fetch(`${url}/healthz`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
