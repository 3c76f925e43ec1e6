import { describe, expect, it } from 'vitest';
import { accountRoles, createAccountForm, createAccountInput, roleGrantInput } from './account-input.js';

const valid = {
  communeId: 'xa-yen-binh',
  username: 'bithu.moi',
  displayName: 'Bí thư mới',
  password: 'mat-khau-so-12',
  role: 'cell-secretary',
  orgId: 'cb-thon-dong',
} as const;

/** The Vietnamese messages the schema gives `input`, by field; `{}` when it is accepted. */
function errors(
  input: Record<string, unknown>,
  schema: typeof createAccountInput | typeof createAccountForm | typeof roleGrantInput = createAccountInput,
): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('createAccountInput (the new-account form, in the browser and on the server)', () => {
  it('accepts a complete account and normalises the username (trimmed, lower case)', () => {
    expect(errors(valid)).toEqual({});
    expect(createAccountInput.parse({ ...valid, username: '  BiThu.Moi ' }).username).toBe('bithu.moi');
  });

  it('username: 3 characters pass, 2 do not; 64 pass, 65 do not; only a-z 0-9 . - _', () => {
    const message = 'Tên đăng nhập: 3–64 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới';
    expect(errors({ ...valid, username: 'abc' })).toEqual({});
    expect(errors({ ...valid, username: 'ab' })).toEqual({ username: message });
    expect(errors({ ...valid, username: ' ab ' })).toEqual({ username: message });
    expect(errors({ ...valid, username: 'a'.repeat(64) })).toEqual({});
    expect(errors({ ...valid, username: 'a'.repeat(65) })).toEqual({ username: message });
    expect(errors({ ...valid, username: 'a-b_c.9' })).toEqual({});
    for (const bad of ['bí.thư', 'bi thu', 'bithu@xa'])
      expect(errors({ ...valid, username: bad })).toEqual({ username: message });
  });

  it('display name: 2 letters pass, 1 or blank do not; 120 pass, 121 do not', () => {
    expect(errors({ ...valid, displayName: 'An' })).toEqual({});
    expect(errors({ ...valid, displayName: 'A' })).toEqual({ displayName: 'Nhập họ tên' });
    expect(errors({ ...valid, displayName: '' })).toEqual({ displayName: 'Nhập họ tên' });
    expect(errors({ ...valid, displayName: '   ' })).toEqual({ displayName: 'Nhập họ tên' });
    expect(errors({ ...valid, displayName: 'Ê'.repeat(120) })).toEqual({});
    expect(errors({ ...valid, displayName: 'Ê'.repeat(121) })).toEqual({
      displayName: 'Họ và tên tối đa 120 ký tự.',
    });
  });

  it('password: 12 code points pass, 11 do not; 200 pass, 201 do not; spaces count and are kept', () => {
    expect(errors({ ...valid, password: '123456789012' })).toEqual({});
    expect(errors({ ...valid, password: '12345678901' })).toEqual({ password: 'Mật khẩu ít nhất 12 ký tự' });
    expect(errors({ ...valid, password: 'x'.repeat(200) })).toEqual({});
    expect(errors({ ...valid, password: 'x'.repeat(201) })).toEqual({
      password: 'Mật khẩu tối đa 200 ký tự',
    });
    expect(createAccountInput.parse({ ...valid, password: ' mật khẩu mới ' }).password).toBe(
      ' mật khẩu mới ',
    );
  });

  it('password: the username itself is refused, in any case, beside the password', () => {
    expect(errors({ ...valid, username: 'bithu.thondong', password: 'BiThu.ThonDong' })).toEqual({
      password: 'Mật khẩu không được trùng với tên đăng nhập.',
    });
    expect(errors({ ...valid, username: 'bithu.thondong', password: 'bithu.thondong!' })).toEqual({});
  });

  it('role: each of the three roles passes, anything else does not', () => {
    for (const role of accountRoles) expect(errors({ ...valid, role })).toEqual({});
    expect(accountRoles).toEqual(['commune-admin', 'cell-secretary', 'viewer']);
    expect(errors({ ...valid, role: 'admin' })).toEqual({ role: 'Vai trò không hợp lệ' });
    expect(errors({ ...valid, role: undefined })).toEqual({ role: 'Vai trò không hợp lệ' });
  });

  it('units: an id of 1 to 200 characters passes; an empty or missing one asks for it, a longer one does not pass', () => {
    expect(errors({ ...valid, orgId: 'x' })).toEqual({});
    expect(errors({ ...valid, orgId: '' })).toEqual({ orgId: 'Chọn đơn vị.' });
    expect(errors({ ...valid, orgId: undefined })).toEqual({ orgId: 'Chọn đơn vị.' });
    expect(errors({ ...valid, orgId: 'x'.repeat(200) })).toEqual({});
    expect(Object.keys(errors({ ...valid, orgId: 'x'.repeat(201) }))).toEqual(['orgId']);
    expect(errors({ ...valid, communeId: '' })).toEqual({ communeId: 'Thiếu mã xã.' });
  });
});

describe('createAccountForm (the console form: the input plus the password typed twice)', () => {
  it('passes when the confirmation matches, and refuses beside the confirmation when it does not', () => {
    expect(errors({ ...valid, passwordConfirmation: valid.password }, createAccountForm)).toEqual({});
    expect(errors({ ...valid, passwordConfirmation: `${valid.password}x` }, createAccountForm)).toEqual({
      passwordConfirmation: 'Mật khẩu nhập lại không khớp',
    });
  });

  it("shows the mismatch together with the other fields' errors", () => {
    expect(
      errors(
        { ...valid, username: 'ab', password: '12345678901', passwordConfirmation: '' },
        createAccountForm,
      ),
    ).toEqual({
      username: 'Tên đăng nhập: 3–64 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới',
      password: 'Mật khẩu ít nhất 12 ký tự',
      passwordConfirmation: 'Mật khẩu nhập lại không khớp',
    });
  });
});

describe('roleGrantInput (a role granted to or revoked from an existing account)', () => {
  const grant = { accountId: 'acc-bithu-thondong', role: 'cell-secretary', orgId: 'cb-thon-doai' } as const;

  it('accepts each role over a chosen unit; a unit left unchosen or an unknown role is refused in Vietnamese', () => {
    for (const role of accountRoles) expect(errors({ ...grant, role }, roleGrantInput)).toEqual({});
    expect(errors({ ...grant, orgId: '' }, roleGrantInput)).toEqual({ orgId: 'Chọn đơn vị.' });
    expect(errors({ ...grant, role: 'admin' }, roleGrantInput)).toEqual({ role: 'Vai trò không hợp lệ' });
    expect(errors({ ...grant, accountId: '' }, roleGrantInput)).toEqual({ accountId: 'Thiếu mã tài khoản.' });
  });

  it('ids: 200 characters pass, 201 do not', () => {
    expect(errors({ ...grant, orgId: 'x'.repeat(200), accountId: 'a'.repeat(200) }, roleGrantInput)).toEqual(
      {},
    );
    expect(Object.keys(errors({ ...grant, orgId: 'x'.repeat(201) }, roleGrantInput))).toEqual(['orgId']);
    expect(Object.keys(errors({ ...grant, accountId: 'a'.repeat(201) }, roleGrantInput))).toEqual([
      'accountId',
    ]);
  });
});
