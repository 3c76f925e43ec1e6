import { createReadStream, existsSync, type Stats, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { acceptedEncodings, type Encoding, etagFor, etagMatches, FILE_SUFFIX } from './compression.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file of a built app chosen for a request. */
export interface AppFile {
  path: string;
  /** The app's index.html, answered for its own routes (and for any path that is not a file). */
  index: boolean;
  /** Under `assets/`: the name carries a content hash, so it is cached for a year. */
  immutable: boolean;
}

/**
 * The file of the built app in `dir`, mounted at `mount` ('/' or '/admin/'), that answers `url`: the file itself,
 * or `index.html` for any path that is not a file so the app's own routes work on reload. Never a file outside
 * `dir`, whatever the path says, nor one whose path has a segment starting with a dot. Undefined when `dir` holds
 * no build.
 */
export function findAppFile(url: URL, dir: string, mount: string): AppFile | undefined {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return undefined;
  const relative = decodeURIComponent(url.pathname.slice(mount.length));
  const candidate = resolve(root, normalize(relative));
  const inside = candidate === root || candidate.startsWith(root + sep);
  const hidden = relative.split('/').some((segment) => segment.startsWith('.'));
  const file = inside && !hidden && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
  return { path: file, index: file === index, immutable: file !== index && relative.startsWith('assets/') };
}

/** The ETag of a file as stored: its size and modification time, named for the coding it holds. */
const fileEtag = (stats: Stats, encoding: Encoding) =>
  etagFor(`"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`, encoding);

/**
 * Sends a file of a built app. The build (apps/server/build.ts) writes a brotli `.br` and a gzip `.gz` copy beside
 * every file worth compressing; the copy the request's `Accept-Encoding` takes best is sent, with its own length and
 * ETag and `Vary: Accept-Encoding` (a file with copies varies by coding, even when sent as it is). A request that
 * already holds that copy (`If-None-Match`) gets a 304.
 */
export function sendAppFile(req: IncomingMessage, res: ServerResponse, file: AppFile): void {
  const stats = statSync(file.path);
  const copies = (Object.keys(FILE_SUFFIX) as (keyof typeof FILE_SUFFIX)[]).filter((encoding) =>
    existsSync(file.path + FILE_SUFFIX[encoding]),
  );
  let sent = { path: file.path, stats, encoding: 'identity' as Encoding };
  if (copies.length > 0) {
    const encoding = acceptedEncodings(req.headers['accept-encoding']).find(
      (e) => e === 'identity' || copies.includes(e),
    );
    if (encoding && encoding !== 'identity') {
      const path = file.path + FILE_SUFFIX[encoding];
      sent = { path, stats: statSync(path), encoding };
    }
  }
  const etag = fileEtag(sent.stats, sent.encoding);
  // What a 304 repeats of the 200 (RFC 9110 §15.4.5): the validator and the caching headers.
  const headers: Record<string, string> = {
    etag,
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (copies.length > 0) headers.vary = 'accept-encoding';
  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-type'] = TYPES[extname(file.path)] ?? 'application/octet-stream';
  if (sent.encoding !== 'identity') headers['content-encoding'] = sent.encoding;
  headers['content-length'] = String(sent.stats.size);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(sent.path).pipe(res);
}
