import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { ERROR_STATUS, type ErrorCode } from './errors.js';
import { formatFault } from './faults.js';

/** One field a validation error names: its path in the input (`rows.3.name`; '' for the input itself) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * The error body every tRPC answer carries: tRPC's shape, with `data.fault` for a database fault and `data.fields`
 * for a validation error. `message` is always Vietnamese.
 */
export type ErrorShape = TRPCDefaultErrorShape & {
  data: TRPCDefaultErrorShape['data'] & { fault?: ErrorCode; fields?: FieldIssue[] };
};

// Letters Vietnamese writes and English does not: zod's own texts are English, the schemas' messages Vietnamese.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** A field's message when its schema gave none in Vietnamese, by zod's issue code. */
const ISSUE_VI: Record<string, string> = {
  invalid_type: 'Thiếu giá trị hoặc sai kiểu dữ liệu.',
  too_small: 'Giá trị quá nhỏ hoặc quá ngắn.',
  too_big: 'Giá trị quá lớn hoặc quá dài.',
  invalid_format: 'Sai định dạng.',
  invalid_value: 'Giá trị không thuộc các lựa chọn cho phép.',
  unrecognized_keys: 'Có trường không được nhận.',
};
const ISSUE_VI_OTHER = 'Giá trị không hợp lệ.';

/** What an error tRPC itself raised means, in Vietnamese (its own message is English and may quote the input). */
const TRPC_VI: Partial<Record<TRPCError['code'], string>> = {
  PARSE_ERROR: 'Không đọc được yêu cầu (JSON sai).',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  NOT_FOUND: 'Không có thao tác này.',
  METHOD_NOT_SUPPORTED: 'Thao tác này không nhận phương thức HTTP đã dùng.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_MEDIA_TYPE: 'Kiểu dữ liệu gửi lên không được hỗ trợ.',
  TIMEOUT: 'Yêu cầu quá thời gian, vui lòng thử lại.',
};
const TRPC_VI_OTHER = 'Lỗi hệ thống, vui lòng thử lại.';

interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

/** zod's error, recognised by shape (the domain's and the api's zod may be two copies of the module). */
function zodIssues(cause: unknown): readonly ZodIssueLike[] | null {
  if (!(cause instanceof Error) || cause.name !== 'ZodError') return null;
  const issues = (cause as { issues?: unknown }).issues;
  return Array.isArray(issues) ? (issues as ZodIssueLike[]) : null;
}

/** True for the cause {@link toTRPCError} attaches: one of our outcomes, already worded in Vietnamese. */
function isOutcome(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code in ERROR_STATUS;
}

/**
 * The fields of a validation error, each with its schema's message when that is Vietnamese (`own`), else a generic
 * Vietnamese one by zod's issue code.
 */
export function fieldIssues(issues: readonly ZodIssueLike[]): (FieldIssue & { own: boolean })[] {
  return issues.map((issue) => {
    const own = VIETNAMESE.test(issue.message);
    return {
      path: issue.path.map(String).join('.'),
      message: own ? issue.message : (ISSUE_VI[issue.code] ?? ISSUE_VI_OTHER),
      own,
    };
  });
}

/**
 * The tRPC error formatter: every error body speaks Vietnamese and quotes nothing the caller sent.
 * - our outcomes (`toTRPCError`) keep their message;
 * - a database fault answers its status and message ({@link formatFault});
 * - a validation error answers only a Vietnamese message (the first of its schema's own) and `data.fields` (paths and the
 *   schemas' Vietnamese messages), never zod's English text or the value that failed;
 * - any other error (malformed JSON, an unknown procedure, a bug) a Vietnamese sentence by its code: tRPC's and a
 *   driver's texts are English and can quote the input or a row.
 * `data.code` and `data.httpStatus` stay tRPC's.
 */
export function formatError(opts: { shape: TRPCDefaultErrorShape; error: TRPCError }): ErrorShape {
  const { shape, error } = opts;
  if (isOutcome(error.cause)) return shape;
  const faulted = formatFault(opts);
  if (faulted !== shape) return faulted;
  const issues = zodIssues(error.cause);
  if (issues) {
    const fields = fieldIssues(issues);
    const message =
      fields.find((f) => f.own)?.message ??
      `Dữ liệu gửi lên không hợp lệ (${fields.map((f) => f.path || 'dữ liệu').join(', ')}).`;
    return {
      ...shape,
      message,
      data: { ...shape.data, fields: fields.map(({ path, message }) => ({ path, message })) },
    };
  }
  return { ...shape, message: TRPC_VI[error.code] ?? TRPC_VI_OTHER };
}
