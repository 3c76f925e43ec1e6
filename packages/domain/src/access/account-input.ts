/**
 * The account forms (a new account; a role granted to or taken from one), shared by the admin console (validation
 * while typing) and the server (`accounts.create`, `accounts.grant`, `accounts.revoke`, the authority): one schema
 * on both sides, messages in Vietnamese. Pure zod, so it runs unchanged in the browser.
 */
import { z } from 'zod';
import { personName } from '../locale/person-name.js';
import { field } from './form-field.js';
import { newPassword, PASSWORD_IS_USERNAME, passwordIsUsername } from './password-policy.js';

/** The roles an account can be granted, from the widest to the narrowest power (docs/access.md). */
export const accountRoles = ['commune-admin', 'cell-secretary', 'viewer'] as const;

/** A role an account can hold: commune administrator, cell secretary or viewer (read-only). */
export type AccountRole = (typeof accountRoles)[number];

/** One of {@link accountRoles}; anything else is refused in Vietnamese. */
export const accountRole = z.enum(accountRoles, { error: 'Vai trò không hợp lệ' });

/** An organisation unit's or an account's id, as the server issued it. */
const unitId = (missing: string) => z.string({ error: missing }).min(1, { error: missing }).max(200);

/** The fields of a new account (see {@link createAccountInput}), before the rule joining username and password. */
const createAccountFields = z.object({
  communeId: unitId('Thiếu mã xã.'),
  username: z
    .string({ error: 'Nhập tên đăng nhập' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, {
      error: 'Tên đăng nhập: 3–64 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới',
    }),
  displayName: personName(120, 'Nhập họ tên', 'display'),
  password: newPassword,
  role: accountRole,
  orgId: unitId('Chọn đơn vị.'),
});

/** The new password is not the username (ASVS 6.2.11), said beside the password even while other fields fail. */
const passwordNotUsername = {
  error: PASSWORD_IS_USERNAME.vi,
  path: ['password'],
  when: (payload: { value: unknown }) =>
    typeof field(payload, 'password') === 'string' && typeof field(payload, 'username') === 'string',
};

/**
 * A new account homed at a commune, with one role over a unit: the commune itself (administrator, viewer) or one
 * of its cells (cell secretary). Whether the unit is of the right level for the role, whether the username is
 * free and whether the password is a common one, only the server can tell. The username is trimmed and
 * lower-cased; the password is kept as typed and follows the password policy ({@link newPassword}: 12 to 200
 * characters, not the username).
 */
export const createAccountInput = createAccountFields.refine(
  (a) => !passwordIsUsername(a.password, a.username),
  passwordNotUsername,
);

/**
 * What the console's new-account form checks before sending {@link createAccountInput}: the same fields plus the
 * password typed a second time, which must match (the message goes beside `passwordConfirmation`). The
 * confirmation is checked even while other fields are wrong, so every error shows at once.
 */
export const createAccountForm = createAccountFields
  .extend({ passwordConfirmation: z.string({ error: 'Nhập lại mật khẩu' }) })
  .refine((a) => !passwordIsUsername(a.password, a.username), passwordNotUsername)
  .refine((form) => form.password === form.passwordConfirmation, {
    error: 'Mật khẩu nhập lại không khớp',
    path: ['passwordConfirmation'],
    when: (payload) =>
      typeof field(payload, 'password') === 'string' &&
      typeof field(payload, 'passwordConfirmation') === 'string',
  });

/**
 * One role over one unit of an existing account: what `accounts.grant` and `accounts.revoke` parse, and what the
 * console's "add a role" form checks while choosing. Whether the unit suits the role, and whether the account is the
 * caller's own (refused), only the server can tell.
 */
export const roleGrantInput = z.object({
  accountId: unitId('Thiếu mã tài khoản.'),
  role: accountRole,
  orgId: unitId('Chọn đơn vị.'),
});

export type CreateAccountInput = z.input<typeof createAccountInput>;
export type RoleGrantInput = z.input<typeof roleGrantInput>;
export type CreateAccountForm = z.input<typeof createAccountForm>;
