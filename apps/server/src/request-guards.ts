import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BATCH_CALLS } from '@ketnap/domain';
import { sendError } from './respond.js';

/**
 * The largest request body the server reads: 1 MiB, far above any form or dossier the console sends (a whole case
 * file is a few kilobytes), far below what would let one client exhaust the memory of a process. The tRPC adapters
 * get it as `maxBodySize`, which cuts off a chunked body that declares no length.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Answers the requests no route should see, before any route reads them, and returns true when it did: a declared
 * body over {@link MAX_BODY_BYTES} (413, refused before a byte is read) and a path whose percent-encoding is not
 * UTF-8 (400; every route decodes its path, and a malformed one must not surface as a 500).
 */
export function refuseMalformedRequest(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY_BYTES) {
    sendError(res, 'REQUEST.TOO_LARGE', {
      vi: `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KiB).`,
      en: `The request body is too large (at most ${MAX_BODY_BYTES / 1024} KiB).`,
    });
    return true;
  }
  try {
    decodeURIComponent(path);
  } catch {
    sendError(res, 'REQUEST.INVALID', {
      vi: 'Địa chỉ không hợp lệ (mã hóa ký tự sai).',
      en: 'Malformed address (bad percent-encoding).',
    });
    return true;
  }
  return false;
}

/**
 * Refuses (400 JSON, returns true) a tRPC batch (`?batch=1`) of more than {@link MAX_BATCH_CALLS} calls, counted
 * from the decoded path's comma-separated procedures as tRPC splits them, before tRPC reads a byte of its input. The
 * adapters' own `maxBatchSize` is the same number, behind this.
 */
export function refuseOversizedBatch(res: ServerResponse, url: URL): boolean {
  if (url.searchParams.get('batch') !== '1') return false;
  const calls = decodeURIComponent(url.pathname).split(',').length;
  if (calls <= MAX_BATCH_CALLS) return false;
  sendError(res, 'REQUEST.BATCH_TOO_LARGE', {
    vi: `Một yêu cầu gộp tối đa ${MAX_BATCH_CALLS} thao tác (yêu cầu này có ${calls}).`,
    en: `A batch may hold at most ${MAX_BATCH_CALLS} calls (this one has ${calls}).`,
  });
  return true;
}
