import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

  it('a malformed HOST stops it at start, naming the variable (exit 2)', async () => {
    const run = launch({ HOST: 'http://0.0.0.0' });
    expect(await run.exited).toBe(2);
    expect(run.err()).toContain('HOST="http://0.0.0.0": cần một địa chỉ IP hoặc tên máy');
  });

  it('a relative KETNAP_DB is created in INIT_CWD, the folder pnpm was started from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-init-cwd-'));
    const run = launch({ PORT: '0', HOST: 'localhost', KETNAP_DB: 'here/ketnap.sqlite', INIT_CWD: dir });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /ketnap (http:\/\/\S+)/.exec(run.out());
        if (!m?.[1]) return;
        clearInterval(timer);
        resolve(m[1]);
      }, 50);
      run.exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`exited ${code}: ${run.err()}`));
      });
    });
    expect(run.out()).toContain(`SQLite ${join(dir, 'here', 'ketnap.sqlite')}`);
    expect(existsSync(join(dir, 'here', 'ketnap.sqlite'))).toBe(true);
    // Answering a request means the start has finished, its SIGTERM handler included.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
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
