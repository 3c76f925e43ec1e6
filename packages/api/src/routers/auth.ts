import { changePasswordInput } from '@ketnap/domain';
import { z } from 'zod';
import { authedProcedure, publicProcedure, router } from '../trpc.js';
import { changeOwnPassword } from '../use-cases/change-password.js';
import { signIn } from '../use-cases/sign-in.js';
import { signOut } from '../use-cases/sign-out.js';
import { whoAmI } from '../use-cases/who-am-i.js';

/** Login form: the same schema validates in the browser and on the server. */
export const loginInput = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64, 'Tên đăng nhập tối đa 64 ký tự'),
  password: z.string().min(1, 'Nhập mật khẩu').max(200, 'Mật khẩu tối đa 200 ký tự'),
});

/**
 * Sign-in, sign-out, who-am-I and changing one's own password. The first three are public procedures: login is for
 * the anonymous, logout must work with an expired session (it clears the cookie either way), and `me` answers null
 * to the anonymous. `changePassword` is for any signed-in account, also one that must change its password.
 */
export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(({ ctx, input }) => signIn(ctx, input)),

  logout: publicProcedure.mutation(({ ctx }) => signOut(ctx)),

  me: publicProcedure.query(({ ctx }) => whoAmI(ctx)),

  /** Sets the caller's own password; every other session of the account ends (use-cases/change-password.ts). */
  changePassword: authedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx, input)),
});
