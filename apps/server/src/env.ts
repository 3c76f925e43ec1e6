import { isIP } from 'node:net';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/** A host name as DNS allows it (labels of letters, digits and inner hyphens), e.g. `localhost`, `ketnap.internal`. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * `INIT_CWD`: pnpm sets it to the folder the person typed the command in (`pnpm start`, `pnpm ketnap …` run in
 * apps/server), so a relative path they give means what they meant. Absent: the process's own folder.
 */
const userDirSchema = z
  .string()
  .refine((v) => isAbsolute(v), 'một đường dẫn tuyệt đối / an absolute path')
  .optional();

/** The digest's SMTP server and sender (docs/reminders.md): both or neither; neither = no e-mail (the default). */
const mailSchema = z
  .object({
    KETNAP_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, 'một URL smtp://… hoặc smtps://… / an smtp:// or smtps:// URL')
      .optional(),
    KETNAP_MAIL_FROM: z.email({ message: 'một địa chỉ e-mail / an e-mail address' }).optional(),
  })
  .refine((m) => (m.KETNAP_SMTP_URL === undefined) === (m.KETNAP_MAIL_FROM === undefined), {
    path: ['KETNAP_MAIL_FROM'],
    message: 'KETNAP_SMTP_URL và KETNAP_MAIL_FROM đặt cùng nhau / set together with KETNAP_SMTP_URL',
  });

/** Where the digest is sent from, or null when SMTP is not configured. */
export type MailConfig = { smtpUrl: string; from: string } | null;

/** The mail settings alone, for the server and for `ketnap reminders send`; throws {@link ConfigError}. */
export function parseMailEnv(env: NodeJS.ProcessEnv): MailConfig {
  const result = mailSchema.safeParse({
    KETNAP_SMTP_URL: blankToUndefined(env.KETNAP_SMTP_URL),
    KETNAP_MAIL_FROM: blankToUndefined(env.KETNAP_MAIL_FROM),
  });
  if (!result.success) throw configError(result.error, env);
  const { KETNAP_SMTP_URL: smtpUrl, KETNAP_MAIL_FROM: from } = result.data;
  return smtpUrl && from ? { smtpUrl, from } : null;
}

const schema = z.object({
  HOST: z
    .string()
    .refine(
      (v) => isIP(v) !== 0 || HOST_NAME.test(v),
      'một địa chỉ IP hoặc tên máy / an IP address or host name',
    )
    .default('127.0.0.1'),
  INIT_CWD: userDirSchema,
  PORT: z.coerce
    .number({ message: 'một số cổng từ 0 đến 65535 / a port number 0-65535' })
    .int()
    .min(0)
    .max(65_535)
    .default(3000),
  KETNAP_DB: z.string().min(1).default('data/ketnap.sqlite'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'một URL postgres://… / a postgres://… URL')
    .optional(),
  KETNAP_DEMO: z.enum(['0', '1'], { message: '0 hoặc 1 / 0 or 1' }).default('1'),
  KETNAP_COOKIE_SECURE: z.enum(['0', '1'], { message: '0 hoặc 1 / 0 or 1' }).default('0'),
  KETNAP_SESSION_IDLE_MINUTES: z.coerce
    .number({ message: 'số phút từ 1 đến 1440 / minutes 1-1440' })
    .int()
    .min(1)
    .max(1440)
    .default(30),
  KETNAP_SESSION_MAX_HOURS: z.coerce
    .number({ message: 'số giờ từ 1 đến 168 / hours 1-168' })
    .int()
    .min(1)
    .max(168)
    .default(12),
});

/** The server's configuration, parsed once from the environment. */
export interface Config {
  port: number;
  /** The address to listen on (`HOST`): loopback unless told otherwise, so a proxy in front is the only way in. */
  host: string;
  /** The folder relative paths (a relative `KETNAP_DB`) are read from: `INIT_CWD`, else the process's folder. */
  userDir: string;
  /** SQLite file, used unless `databaseUrl` is set. */
  sqliteFile: string;
  databaseUrl: string | undefined;
  /**
   * Load the demo commune into an empty database, and let demo accounts keep the public demo password; when off, an
   * account still carrying the demo mark must change its password at its next sign-in.
   */
  demo: boolean;
  /**
   * The site is reached over HTTPS (`KETNAP_COOKIE_SECURE=1`, behind a TLS proxy): the session cookie is then
   * `__Host-ketnap_session` and `Secure`, and responses carry HSTS.
   */
  https: boolean;
  /** Session idle timeout (sliding) in minutes and absolute lifetime in hours. */
  session: { idleMinutes: number; absoluteHours: number };
  /** The daily digest's SMTP server and sender (`KETNAP_SMTP_URL`, `KETNAP_MAIL_FROM`); null: off. */
  mail: MailConfig;
}

/** Thrown with one line per bad variable: its name, what it held, what was expected. */
export class ConfigError extends Error {}

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** The error for a failed parse: one line per variable, its name, what it held and what was expected. */
function configError(error: z.ZodError, env: NodeJS.ProcessEnv): ConfigError {
  const lines = error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name}=${JSON.stringify(env[name] ?? '')}: cần ${issue.message}`;
  });
  return new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
}

/**
 * Parses the environment; throws {@link ConfigError} naming each malformed variable. `cwd` is the process's folder,
 * the user's folder when pnpm did not say (`INIT_CWD`).
 */
export function parseEnv(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const result = schema.safeParse({
    HOST: blankToUndefined(env.HOST),
    INIT_CWD: blankToUndefined(env.INIT_CWD),
    PORT: blankToUndefined(env.PORT),
    KETNAP_DB: blankToUndefined(env.KETNAP_DB),
    DATABASE_URL: blankToUndefined(env.DATABASE_URL),
    KETNAP_DEMO: blankToUndefined(env.KETNAP_DEMO),
    KETNAP_COOKIE_SECURE: blankToUndefined(env.KETNAP_COOKIE_SECURE),
    KETNAP_SESSION_IDLE_MINUTES: blankToUndefined(env.KETNAP_SESSION_IDLE_MINUTES),
    KETNAP_SESSION_MAX_HOURS: blankToUndefined(env.KETNAP_SESSION_MAX_HOURS),
  });
  if (!result.success) throw configError(result.error, env);
  const c = result.data;
  return {
    port: c.PORT,
    host: c.HOST,
    userDir: c.INIT_CWD ?? cwd,
    sqliteFile: c.KETNAP_DB,
    databaseUrl: c.DATABASE_URL,
    demo: c.KETNAP_DEMO === '1',
    https: c.KETNAP_COOKIE_SECURE === '1',
    session: { idleMinutes: c.KETNAP_SESSION_IDLE_MINUTES, absoluteHours: c.KETNAP_SESSION_MAX_HOURS },
    mail: parseMailEnv(env),
  };
}

/**
 * The user's folder alone (`INIT_CWD`, else `cwd`), for the command line: a `ketnap` command needs no port or
 * session setting, and one malformed there must not stop it. Throws {@link ConfigError} as {@link parseEnv} does.
 */
export function parseUserDir(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string {
  const result = z
    .object({ INIT_CWD: userDirSchema })
    .safeParse({ INIT_CWD: blankToUndefined(env.INIT_CWD) });
  if (!result.success) throw configError(result.error, env);
  return result.data.INIT_CWD ?? cwd;
}
