import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ERROR_STATUS, type ErrorCode } from '@ketnap/api';

/** Sends a JSON body with a status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** A strong ETag for a body's bytes. */
export function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

/**
 * Sends a cacheable JSON body: a strong ETag of its bytes, and 304 without a body when the client already holds
 * that version.
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
 * The headers of a cacheable JSON answer, for a 304 (`body` undefined: no type or length) or a 200 with `body`: the
 * one definition {@link sendCacheableText} sends and the board's cache precomputes.
 */
export function cacheableHeaders(etag: string, maxAgeSeconds: number, body?: string): Record<string, string> {
  const headers: Record<string, string> = {
    etag,
    'cache-control': `public, max-age=${maxAgeSeconds}`,
    'x-content-type-options': 'nosniff',
  };
  if (body === undefined) return headers;
  return {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
  };
}

/** {@link sendCacheableJson} for a body already serialised with its ETag (a cache keeps both). */
export function sendCacheableText(
  req: IncomingMessage,
  res: ServerResponse,
  text: string,
  etag: string,
  maxAgeSeconds: number,
): void {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, cacheableHeaders(etag, maxAgeSeconds));
    res.end();
    return;
  }
  res.writeHead(200, cacheableHeaders(etag, maxAgeSeconds, text));
  res.end(text);
}

/**
 * A JSON error in the one shape every route uses, with the status the one table (`ERROR_STATUS` in @ketnap/api)
 * gives its code: the shell never picks a status of its own.
 */
export function sendError(res: ServerResponse, code: ErrorCode, message: { vi: string; en: string }): void {
  sendJson(res, ERROR_STATUS[code], { error: { code, message: message.vi, messageEn: message.en } });
}
