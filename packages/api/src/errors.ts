import { TRPCError } from '@trpc/server';

/** Stable, namespaced outcome codes of the API, and their HTTP status. One table: nothing else maps codes. */
export const ERROR_STATUS = {
  'BOARD.COMMUNE_NOT_FOUND': 404,
  'BOARD.YEAR_NOT_FOUND': 404,
  'REQUEST.INVALID': 400,
  'AUTH.REQUIRED': 401,
  'AUTH.BAD_CREDENTIALS': 401,
  'AUTH.RATE_LIMITED': 429,
  'AUTH.BUSY': 429,
  'AUTH.LOGIN_BATCHED': 400,
  'AUTH.PASSWORD_CHANGE_REQUIRED': 403,
  'AUTH.ONE_TIME_PASSWORD_EXPIRED': 401,
  'ACCESS.DENIED': 403,
  'ACCESS.NOT_FOUND': 404,
  'ACCOUNT.USERNAME_TAKEN': 409,
  'ACCOUNT.STALE': 409,
  'ACCOUNT.ROLE_UNIT_MISMATCH': 400,
  'ACCOUNT.SELF': 400,
  'ACCOUNT.WRONG_PASSWORD': 400,
  'ACCOUNT.PASSWORD_COMMON': 400,
  'ACCOUNT.PASSWORD_USERNAME': 400,
  'ACCOUNT.PASSWORD_UNCHANGED': 400,
  'PIPELINE.STALE': 409,
  'PIPELINE.STEP_REFUSED': 409,
  'PRIVACY.ERASED': 409,
  'PRIVACY.NOT_CLOSED': 409,
  'PRIVACY.TOO_EARLY': 409,
  'DATABASE.UNAVAILABLE': 503,
  'STORAGE.FULL': 507,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A business outcome that ends a request: a code, and a message in Vietnamese and English. */
export interface ApiError {
  code: ErrorCode;
  message: { vi: string; en: string };
}

const TRPC_CODE = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
  507: 'INTERNAL_SERVER_ERROR',
} as const;

/** The tRPC error for an outcome; the Vietnamese message is what the console shows. */
export function toTRPCError(error: ApiError): TRPCError {
  return new TRPCError({
    code: TRPC_CODE[ERROR_STATUS[error.code]],
    message: error.message.vi,
    cause: error,
  });
}

/**
 * The value of a result, or its error thrown as the tRPC error: for resolvers over the read modules that answer
 * values (board.ts, commune-year.ts), which the HTTP shell also calls and maps itself.
 */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): T {
  if (!result.ok) throw toTRPCError(result.error);
  return result.value;
}
