import { type TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatError } from './error-format.js';
import { toTRPCError } from './errors.js';
import { loginInput } from './routers/auth.js';

/** tRPC's default shape for an error, as the adapter hands it to the formatter. */
const shapeOf = (error: TRPCError, httpStatus: number): TRPCDefaultErrorShape => ({
  message: error.message,
  code: -32600,
  data: { code: error.code, httpStatus, path: 'some.procedure' },
});
const format = (error: TRPCError, httpStatus = 400) =>
  formatError({ shape: shapeOf(error, httpStatus), error });
const zodFailure = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a validation error');
  return new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
};

describe('error bodies: Vietnamese, and nothing the caller sent', () => {
  it("a validation error gives the schema's Vietnamese message and each field's path, keeping code and status", () => {
    const body = format(zodFailure(loginInput, { username: ' ', password: 'bí-mật'.repeat(50) }));
    expect(body).toEqual({
      message: 'Nhập tên đăng nhập',
      code: -32600,
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        path: 'some.procedure',
        fields: [
          { path: 'username', message: 'Nhập tên đăng nhập' },
          { path: 'password', message: 'Mật khẩu tối đa 200 ký tự' },
        ],
      },
    });
    expect(JSON.stringify(body)).not.toContain('bí-mật');
  });

  it("zod's own English messages become a Vietnamese one per field; nested paths are dotted; no value is quoted", () => {
    const schema = z.object({ year: z.number(), rows: z.array(z.object({ name: z.string().max(3) })) });
    const body = format(
      zodFailure(schema, { year: 'giá-trị-lạ', rows: [{ name: 'ok' }, { name: 'quá-dài' }] }),
    );
    expect(body.message).toBe('Dữ liệu gửi lên không hợp lệ (year, rows.1.name).');
    expect(body.data.fields).toEqual([
      { path: 'year', message: 'Thiếu giá trị hoặc sai kiểu dữ liệu.' },
      { path: 'rows.1.name', message: 'Giá trị quá lớn hoặc quá dài.' },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/giá-trị-lạ|quá-dài|Invalid|expected|Too big/);
  });

  it('our outcomes keep their Vietnamese message; a message of tRPC or of a driver is replaced by its meaning', () => {
    const outcome = toTRPCError({
      code: 'AUTH.RATE_LIMITED',
      message: { vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 3 phút.', en: 'Too many.' },
    });
    expect(format(outcome, 429).message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 3 phút.');
    const parse = new TRPCError({
      code: 'PARSE_ERROR',
      message: 'Unexpected token \'b\', "bí mật" is not valid JSON',
    });
    expect(format(parse).message).toBe('Không đọc được yêu cầu (JSON sai).');
    const bug = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new Error('duplicate key value (username)=(nguyenvana) violates unique constraint'),
    });
    const body = format(bug, 500);
    expect(body.message).toBe('Lỗi hệ thống, vui lòng thử lại.');
    expect(body.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 });
    expect(JSON.stringify(body)).not.toContain('nguyenvana');
  });

  it('a database fault still answers its own status and message', () => {
    const down = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    expect(format(down, 500)).toMatchObject({
      message: expect.stringContaining('Cơ sở dữ liệu tạm thời không truy cập được'),
      data: { httpStatus: 503, fault: 'DATABASE.UNAVAILABLE' },
    });
  });
});
