import { z } from 'zod';

const schema = z.object({
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
}

/** Thrown with one line per bad variable: its name, what it held, what was expected. */
export class ConfigError extends Error {}

/** Parses the environment; throws {@link ConfigError} naming each malformed variable. */
export function parseEnv(env: NodeJS.ProcessEnv): Config {
  const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const result = schema.safeParse({
    PORT: blankToUndefined(env.PORT),
    KETNAP_DB: blankToUndefined(env.KETNAP_DB),
    DATABASE_URL: blankToUndefined(env.DATABASE_URL),
    KETNAP_DEMO: blankToUndefined(env.KETNAP_DEMO),
    KETNAP_COOKIE_SECURE: blankToUndefined(env.KETNAP_COOKIE_SECURE),
    KETNAP_SESSION_IDLE_MINUTES: blankToUndefined(env.KETNAP_SESSION_IDLE_MINUTES),
    KETNAP_SESSION_MAX_HOURS: blankToUndefined(env.KETNAP_SESSION_MAX_HOURS),
  });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name] ?? '')}: cần ${issue.message}`;
    });
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const c = result.data;
  return {
    port: c.PORT,
    sqliteFile: c.KETNAP_DB,
    databaseUrl: c.DATABASE_URL,
    demo: c.KETNAP_DEMO === '1',
    https: c.KETNAP_COOKIE_SECURE === '1',
    session: { idleMinutes: c.KETNAP_SESSION_IDLE_MINUTES, absoluteHours: c.KETNAP_SESSION_MAX_HOURS },
  };
}
