import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { type ApiError, ERROR_STATUS } from './errors.js';

/**
 * The database failures a user can meet through no fault of their request, each with a clear Vietnamese message
 * instead of a driver's English text (or a bare 500): storage full (SQLite `SQLITE_FULL`, PostgreSQL 53100) and the
 * database out of reach (PostgreSQL restarting or refusing connections, SQLite still locked after its busy timeout).
 * Null for anything else: that is a bug, and stays a 500.
 */
export function faultOf(error: unknown): ApiError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_FULL' || code === '53100') return STORAGE_FULL;
    if (
      (typeof code === 'string' &&
        (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN)/.test(code) ||
          /^(08|57P0)/.test(code) ||
          code === '53300' ||
          ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code))) ||
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        e.message,
      )
    )
      return UNAVAILABLE;
  }
  return null;
}

const STORAGE_FULL: ApiError = {
  code: 'STORAGE.FULL',
  message: {
    vi: 'Bộ nhớ của cơ sở dữ liệu đã đầy: chưa lưu được thay đổi. Dữ liệu đã có vẫn xem được; vui lòng báo quản trị viên giải phóng dung lượng rồi thử lại.',
    en: 'The database storage is full: the change was not saved. Existing data can still be read; ask the administrator to free space, then retry.',
  },
};

const UNAVAILABLE: ApiError = {
  code: 'DATABASE.UNAVAILABLE',
  message: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được: chưa lưu được thay đổi. Vui lòng thử lại sau ít phút.',
    en: 'The database is temporarily unreachable: nothing was saved. Please retry in a few minutes.',
  },
};

/**
 * The fault part of the tRPC error formatter (error-format.ts): a procedure that failed on one of {@link faultOf}'s
 * faults answers its status (503, 507) and Vietnamese message under its stable code; any other error comes back as
 * the very `shape` given.
 */
export function formatFault({
  shape,
  error,
}: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
}): TRPCDefaultErrorShape {
  const fault = error.code === 'INTERNAL_SERVER_ERROR' ? faultOf(error.cause) : null;
  if (!fault) return shape;
  return {
    ...shape,
    message: fault.message.vi,
    data: {
      ...shape.data,
      code: 'INTERNAL_SERVER_ERROR',
      httpStatus: ERROR_STATUS[fault.code],
      fault: fault.code,
    },
  } as TRPCDefaultErrorShape;
}
