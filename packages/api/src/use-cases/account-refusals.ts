import type { Role } from '@ketnap/db';
import { ROLE_UNIT_LEVELS } from '../access.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/** A role granted over a unit of the wrong level (ACCOUNT.ROLE_UNIT_MISMATCH), in the role's own words. */
export const roleUnitMismatch = (r: Role) =>
  toTRPCError({
    code: 'ACCOUNT.ROLE_UNIT_MISMATCH',
    message: {
      vi: {
        'commune-admin': 'Quản trị xã phải gắn với một xã.',
        'cell-secretary': 'Bí thư chi bộ phải gắn với một chi bộ.',
        viewer: 'Người xem phải gắn với một tỉnh hoặc một xã.',
      }[r],
      en: `A ${r} is granted over a ${ROLE_UNIT_LEVELS[r].join(' or ')}.`,
    },
  });

/** An account changed by someone else since the caller loaded it (ACCOUNT.STALE): nothing is written. */
export const staleAccount = () =>
  toTRPCError({
    code: 'ACCOUNT.STALE',
    message: {
      vi: 'Tài khoản vừa được người khác thay đổi. Tải lại rồi thử lại.',
      en: 'Someone else changed this account. Reload and retry.',
    },
  });

/** Refuses a change of the caller's own account (ACCOUNT.SELF): an administrator never changes their own. */
export function refuseOwnAccount(ctx: CallerContext, accountId: string): void {
  if (accountId === ctx.session.accountId)
    throw toTRPCError({
      code: 'ACCOUNT.SELF',
      message: { vi: 'Không thể tự thay đổi tài khoản của mình.', en: 'You cannot change your own account.' },
    });
}
