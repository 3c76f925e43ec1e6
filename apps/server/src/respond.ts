import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_STATUS, type ErrorCode } from '@ketnap/api';
import { type EncodedBody, encodeFor, encodingHeaders, etagMatches, variantFor } from './compression.js';

/**
 * Sends a JSON body with a status, compressed when it is large enough (`MIN_COMPRESSED_BYTES`, compression.ts) and the
 * request takes a coding (compressed for this answer alone: nothing keeps it).
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  const accept = res.req?.headers['accept-encoding'];
  // No ETag is sent with these answers: the variant's is unused.
  const encoded = encodeFor(text, '""', accept);
  const variant = variantFor(encoded, accept);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': variant.body.length,
    'x-content-type-options': 'nosniff',
    ...encodingHeaders(encoded, variant),
    ...headers,
  });
  res.end(variant.body);
}

/** A strong ETag for a body's bytes. */
export function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

/**
 * Sends a cacheable JSON body: a strong ETag of its bytes (one per coding), and 304 without a body when the client
 * already holds that version.
 */
export function sendCacheableJson(
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  maxAgeSeconds: number,
): void {
  const text = JSON.stringify(body);
  sendCacheableText(req, res, text, etagOf(text), maxAgeSeconds);
}

/**
 * The headers of a cacheable JSON answer, for a 304 (`length` undefined: no type or length) or a 200 of `length`
 * bytes; `coding` is the variant's `content-encoding` and `vary` ({@link encodingHeaders}). The one definition
 * {@link sendEncoded} sends and the board's cache precomputes.
 */
export function cacheableHeaders(
  etag: string,
  maxAgeSeconds: number,
  coding: Record<string, string> = {},
  length?: number,
): Record<string, string> {
  const headers: Record<string, string> = {
    etag,
    'cache-control': `public, max-age=${maxAgeSeconds}`,
    'x-content-type-options': 'nosniff',
  };
  if (coding.vary) headers.vary = coding.vary;
  if (length === undefined) return headers;
  return {
    ...headers,
    ...coding,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(length),
  };
}

/**
 * Sends the coding of a cacheable body the request takes best, under that coding's ETag; a 304 when
 * `If-None-Match` names it.
 */
export function sendEncoded(
  req: IncomingMessage,
  res: ServerResponse,
  body: EncodedBody,
  maxAgeSeconds: number,
): void {
  const variant = variantFor(body, req.headers['accept-encoding']);
  const coding = encodingHeaders(body, variant);
  if (etagMatches(req.headers['if-none-match'], variant.etag)) {
    res.writeHead(304, cacheableHeaders(variant.etag, maxAgeSeconds, coding));
    res.end();
    return;
  }
  res.writeHead(200, cacheableHeaders(variant.etag, maxAgeSeconds, coding, variant.body.length));
  res.end(variant.body);
}

/** {@link sendCacheableJson} for a body already serialised with its ETag (compressed for this request only). */
export function sendCacheableText(
  req: IncomingMessage,
  res: ServerResponse,
  text: string,
  etag: string,
  maxAgeSeconds: number,
): void {
  sendEncoded(req, res, encodeFor(text, etag, req.headers['accept-encoding']), maxAgeSeconds);
}

/**
 * A JSON error in the one shape every route uses, with the status the one table (`ERROR_STATUS` in @ketnap/api)
 * gives its code: the shell never picks a status of its own.
 */
export function sendError(res: ServerResponse, code: ErrorCode, message: { vi: string; en: string }): void {
  sendJson(res, ERROR_STATUS[code], { error: { code, message: message.vi, messageEn: message.en } });
}
