import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.js';

describe('configuration from the environment', () => {
  it('has defaults for an empty environment', () => {
    expect(parseEnv({})).toEqual({
      port: 3000,
      sqliteFile: 'data/ketnap.sqlite',
      databaseUrl: undefined,
      demo: true,
      https: false,
      session: { idleMinutes: 30, absoluteHours: 12 },
    });
  });

  it('reads every variable', () => {
    expect(
      parseEnv({
        PORT: '8080',
        KETNAP_DB: '/tmp/x.sqlite',
        DATABASE_URL: 'postgres://u@h/db',
        KETNAP_DEMO: '0',
        KETNAP_COOKIE_SECURE: '1',
        KETNAP_SESSION_IDLE_MINUTES: '15',
        KETNAP_SESSION_MAX_HOURS: '8',
      }),
    ).toEqual({
      port: 8080,
      sqliteFile: '/tmp/x.sqlite',
      databaseUrl: 'postgres://u@h/db',
      demo: false,
      https: true,
      session: { idleMinutes: 15, absoluteHours: 8 },
    });
  });

  it('a session timeout of 0 minutes is refused', () => {
    expect(() => parseEnv({ KETNAP_SESSION_IDLE_MINUTES: '0' })).toThrow(/KETNAP_SESSION_IDLE_MINUTES="0"/);
  });

  it('a malformed variable is named with what it held and what was expected', () => {
    const attempt = () => parseEnv({ PORT: 'abc', KETNAP_DEMO: 'yes', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="abc"/);
    expect(attempt).toThrow(/KETNAP_DEMO="yes": cần 0 hoặc 1/);
    expect(attempt).toThrow(/DATABASE_URL="mysql:\/\/x"/);
  });

  it('a port out of range is refused', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });
});
