import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_TIMEOUT_MS } from '../../../../scripts/test-timeouts.mjs';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/**
 * A server process configured only by the environment, as `pnpm start` starts it: its sources (node + tsx on
 * src/main.ts, the same code the bundle is built from) or the production bundle itself (production-build.test.ts).
 */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  /** SIGTERM and the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Spawns the server on a free loopback port with `env` added to this process's environment, and resolves once it
 * prints its address (rejects with its output if it exits first or takes over the one hang guard,
 * `TEST_TIMEOUT_MS`). By default the sources
 * run (node + tsx on src/main.ts); `bundle` runs a production bundle (`node …/dist/main.js`) from `cwd`.
 */
export function startServerProcess(
  env: Record<string, string>,
  options: { bundle?: string; cwd?: string } = {},
): Promise<ServerProcess> {
  const args = options.bundle ? [options.bundle] : ['--import', 'tsx', MAIN];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${TEST_TIMEOUT_MS} ms:\n${out}`));
    }, TEST_TIMEOUT_MS);
    const onData = () => {
      const match = /ketnap (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url: match[1],
        child,
        output: () => out,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it started:\n${out}`));
    });
  });
}

/** Calls a tRPC mutation over HTTP as the admin console does (JSON, same origin); answers status, body, cookies. */
export async function mutate(
  url: string,
  path: string,
  input: unknown,
  cookie = '',
): Promise<{ status: number; body: unknown; setCookie: string[] }> {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json(), setCookie: res.headers.getSetCookie() };
}

/** A tRPC query over HTTP with a cookie. */
export async function query(
  url: string,
  path: string,
  input?: unknown,
  cookie = '',
): Promise<{ status: number; body: unknown }> {
  const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${url}/trpc/${path}${q}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: await res.json() };
}
