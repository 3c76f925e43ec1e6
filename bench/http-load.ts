import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';

/** What one load run measured. */
export interface LoadResult {
  /** Answers with status 200 per second. */
  rate: number;
  /** Answers with status 200 in all. */
  answers: number;
  /** Milliseconds from writing a request to reading its status line, median and 95th percentile. */
  p50: number;
  p95: number;
}

export interface LoadOptions {
  seconds: number;
  /** Keep-alive sockets. */
  connections: number;
  /** Requests pipelined on each socket (1: one at a time, so a latency is a round trip). */
  depth: number;
  /** Extra request headers (a session cookie, say). */
  headers?: Record<string, string>;
}

/**
 * GETs `path` on 127.0.0.1:`port` for `seconds` over raw keep-alive sockets from a worker thread (responses counted
 * by their status lines), so the client costs little and does not share the server's event loop: the server is what
 * is measured. Rejects when any answer is not 200.
 */
export function load(port: number, path: string, options: LoadOptions): Promise<LoadResult> {
  const headers = Object.entries(options.headers ?? {})
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const request = `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`;
  const worker = new Worker(
    `
    const net = require('node:net');
    const { parentPort, workerData: { port, request, seconds, connections, depth } } = require('node:worker_threads');
    const marker = 'HTTP/1.1 ';
    const latencies = [];
    let done = 0, bad = 0;
    const start = performance.now();
    const end = start + seconds * 1000;
    let open = connections;
    for (let c = 0; c < connections; c++) {
      const socket = net.connect(port, '127.0.0.1');
      const sent = [];
      const send = (n) => { const now = performance.now(); for (let i = 0; i < n; i++) sent.push(now); socket.write(request.repeat(n)); };
      let tail = '';
      socket.setEncoding('latin1');
      socket.on('connect', () => send(depth));
      socket.on('data', (chunk) => {
        const text = tail + chunk;
        const now = performance.now();
        let at = 0, n = 0;
        // A status line split across chunks is completed by the next chunk (the tail carried over).
        while ((at = text.indexOf(marker, at)) !== -1 && text.length >= at + marker.length + 3) {
          if (text.startsWith('200', at + marker.length)) n++; else bad++;
          latencies.push(now - sent.shift());
          at += marker.length;
        }
        tail = at === -1 ? text.slice(1 - marker.length) : text.slice(at);
        done += n;
        if (now < end) { if (n > 0) send(n); }
        else if (sent.length === 0) socket.end();
      });
      socket.on('close', () => {
        if (--open > 0) return;
        latencies.sort((a, b) => a - b);
        const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
        parentPort.postMessage({ rate: done / ((performance.now() - start) / 1000), answers: done, bad, p50: q(0.5), p95: q(0.95) });
      });
    }
    `,
    {
      eval: true,
      workerData: {
        port,
        request,
        seconds: options.seconds,
        connections: options.connections,
        depth: options.depth,
      },
    },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (m: LoadResult & { bad: number }) =>
      m.bad > 0 ? reject(new Error(`${m.bad} answers were not 200`)) : resolve(m),
    );
    worker.once('error', reject);
  });
}

/** The median of some numbers (the middle one of an odd count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The baseline: a bare `node:http` server answering every request with `body` as JSON, setting `headers` one by one
 * first (a reference with the headers a real response carries). Answers the server and its port.
 */
export async function bareJsonServer(
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<{ server: Server; port: number }> {
  const server = createServer((_req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Linux's clock ticks per second for /proc CPU times (USER_HZ: 100 on every kernel this runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) the process's main thread has used, from /proc (Linux): where the servers under test run, apart from
 * the load's worker thread. Unlike a rate, CPU per answer does not move when other work shares the cores: a busy
 * machine delays the server, it does not make each answer cost more. Undefined where /proc is missing.
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime, stime
    // are the 14th and 15th of the line, the 12th and 13th after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
