import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Content codings the server sends: brotli and gzip, which every browser takes (`identity` is the body as it is).
 * The board is read on phones over village mobile data (a slow-3G visit, docs/benchmarks.md): its script is a third
 * of its size compressed.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/** The codings worth sending, best first (brotli is about a fifth smaller than gzip on the board's script). */
export const COMPRESSED: readonly Exclude<Encoding, 'identity'>[] = ['br', 'gzip'];

/**
 * Bodies under this size are sent as they are: below about a kilobyte the coding's framing eats most of the gain,
 * the answer fits a first TCP window either way, and not varying keeps the small answers' headers simple.
 */
export const MIN_COMPRESSED_BYTES = 1024;

/** What `.br` / `.gz` file beside a static file holds the coding. */
export const FILE_SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

const chosen = new Map<string, readonly Encoding[]>();

/**
 * The codings a request's `Accept-Encoding` takes, best first by its q-values (ties: brotli first), `identity`
 * always last: the server never refuses an answer for want of a coding. `br;q=0` refuses brotli; `*` stands for the
 * codings not named. Parsed once per distinct header (browsers send one string each), so the board's hot path pays a
 * map lookup.
 */
export function acceptedEncodings(header: string | string[] | undefined): readonly Encoding[] {
  if (header === undefined) return IDENTITY_ONLY;
  const text = Array.isArray(header) ? header.join(',') : header;
  const known = chosen.get(text);
  if (known) return known;
  const q = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const weight = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const value = weight === undefined ? 1 : Number(weight);
    q.set(name === 'x-gzip' ? 'gzip' : name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weightOf = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  const result: Encoding[] = COMPRESSED.filter((coding) => weightOf(coding) > 0).sort(
    (a, b) => weightOf(b) - weightOf(a),
  );
  result.push('identity');
  if (chosen.size >= 256) chosen.clear();
  chosen.set(text, result);
  return result;
}

const IDENTITY_ONLY: readonly Encoding[] = ['identity'];

/** The ETag of a body's coding: the identity ETag with the coding named inside the quotes (`"abc-br"`). */
export function etagFor(etag: string, encoding: Encoding): string {
  if (encoding === 'identity') return etag;
  return `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/**
 * How hard to compress: `max` for what the build compresses once (the apps' files), `fast` for what the server
 * compresses while a request waits (brotli quality 5: on the board's 1.5 KB JSON 0.1 ms for 441 bytes, where the
 * highest quality takes 7 ms for 401).
 */
export type Effort = 'max' | 'fast';

/** The bytes of `body` in `encoding`. */
export function encode(body: string | Buffer, encoding: Encoding, effort: Effort): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (encoding === 'identity') return bytes;
  if (encoding === 'gzip') return gzipSync(bytes, { level: effort === 'max' ? 9 : 6 });
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'max' ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** One coding of a body, ready to send. */
export interface EncodedVariant {
  encoding: Encoding;
  body: Buffer;
  /** The ETag of these bytes ({@link etagFor}): a cache holding the gzip answer never matches the brotli one. */
  etag: string;
}

/** A body in every coding worth sending, for an answer sent many times (a cache keeps it). */
export interface EncodedBody {
  /** The body is large enough to be compressed, so its answers vary by `Accept-Encoding` (and say so). */
  varies: boolean;
  variants: Partial<Record<Encoding, EncodedVariant>> & { identity: EncodedVariant };
}

/**
 * Encodes `body` (whose identity ETag is `etag`) in each coding of {@link COMPRESSED}, keeping a coding only when it
 * is smaller; a body under {@link MIN_COMPRESSED_BYTES} is kept as it is.
 */
export function encodeBody(body: string | Buffer, etag: string, effort: Effort): EncodedBody {
  const identity: EncodedVariant = {
    encoding: 'identity',
    body: typeof body === 'string' ? Buffer.from(body) : body,
    etag,
  };
  const encoded: EncodedBody = { varies: false, variants: { identity } };
  if (identity.body.length < MIN_COMPRESSED_BYTES) return encoded;
  encoded.varies = true;
  for (const encoding of COMPRESSED) {
    const bytes = encode(identity.body, encoding, effort);
    if (bytes.length < identity.body.length)
      encoded.variants[encoding] = { encoding, body: bytes, etag: etagFor(etag, encoding) };
  }
  return encoded;
}

/**
 * {@link encodeBody} for one request: only the coding its `Accept-Encoding` takes best is computed (at `fast`
 * effort), for an answer nothing keeps.
 */
export function encodeFor(
  body: string | Buffer,
  etag: string,
  acceptEncoding: string | string[] | undefined,
): EncodedBody {
  const identity: EncodedVariant = {
    encoding: 'identity',
    body: typeof body === 'string' ? Buffer.from(body) : body,
    etag,
  };
  if (identity.body.length < MIN_COMPRESSED_BYTES) return { varies: false, variants: { identity } };
  const encoded: EncodedBody = { varies: true, variants: { identity } };
  const encoding = acceptedEncodings(acceptEncoding)[0] ?? 'identity';
  if (encoding !== 'identity') {
    const bytes = encode(identity.body, encoding, 'fast');
    if (bytes.length < identity.body.length)
      encoded.variants[encoding] = { encoding, body: bytes, etag: etagFor(etag, encoding) };
  }
  return encoded;
}

/** The variant to send for a request's `Accept-Encoding`: the best coding it takes that the body has. */
export function variantFor(body: EncodedBody, acceptEncoding: string | string[] | undefined): EncodedVariant {
  if (!body.varies) return body.variants.identity;
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const variant = body.variants[encoding];
    if (variant) return variant;
  }
  return body.variants.identity;
}

/**
 * The headers that go with a variant: its `content-encoding` and, when the body varies, `vary: accept-encoding`
 * (on a 304 too, so a shared cache keys it right).
 */
export function encodingHeaders(body: EncodedBody, variant: EncodedVariant): Record<string, string> {
  const headers: Record<string, string> = {};
  if (body.varies) headers.vary = 'accept-encoding';
  if (variant.encoding !== 'identity') headers['content-encoding'] = variant.encoding;
  return headers;
}

/**
 * Whether `If-None-Match` names `etag`: a list is taken apart and a weak `W/` prefix ignored (a proxy that
 * recompressed may have weakened it), as RFC 9110 §13.1.2's weak comparison for GET does.
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch === etag) return true;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
