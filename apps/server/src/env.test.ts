import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv, parseMailEnv, parseUserDir } from './env.js';

describe('configuration from the environment', () => {
  it('has defaults for an empty environment', () => {
    expect(parseEnv({}, '/srv/ketnap')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      userDir: '/srv/ketnap',
      sqliteFile: 'data/ketnap.sqlite',
      databaseUrl: undefined,
      demo: true,
      https: false,
      session: { idleMinutes: 30, absoluteHours: 12 },
      mail: null,
    });
  });

  it('reads every variable', () => {
    expect(
      parseEnv({
        PORT: '8080',
        HOST: '0.0.0.0',
        INIT_CWD: '/home/vanphong/ketnap',
        KETNAP_DB: '/tmp/x.sqlite',
        DATABASE_URL: 'postgres://u@h/db',
        KETNAP_DEMO: '0',
        KETNAP_COOKIE_SECURE: '1',
        KETNAP_SESSION_IDLE_MINUTES: '15',
        KETNAP_SESSION_MAX_HOURS: '8',
        KETNAP_SMTP_URL: 'smtps://ketnap:pw@mail.example.vn:465',
        KETNAP_MAIL_FROM: 'ketnap@example.vn',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      userDir: '/home/vanphong/ketnap',
      sqliteFile: '/tmp/x.sqlite',
      databaseUrl: 'postgres://u@h/db',
      demo: false,
      https: true,
      session: { idleMinutes: 15, absoluteHours: 8 },
      mail: { smtpUrl: 'smtps://ketnap:pw@mail.example.vn:465', from: 'ketnap@example.vn' },
    });
  });

  it('SMTP is off by default; its URL and sender come together, each checked', () => {
    expect(parseMailEnv({})).toBe(null);
    expect(() => parseMailEnv({ KETNAP_SMTP_URL: 'smtp://localhost:25' })).toThrow(/KETNAP_MAIL_FROM/);
    expect(() => parseMailEnv({ KETNAP_SMTP_URL: 'http://x', KETNAP_MAIL_FROM: 'a@b.vn' })).toThrow(
      /KETNAP_SMTP_URL/,
    );
    expect(() => parseMailEnv({ KETNAP_SMTP_URL: 'smtp://x', KETNAP_MAIL_FROM: 'not mail' })).toThrow(
      /KETNAP_MAIL_FROM/,
    );
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

  it('HOST takes an IPv4 or IPv6 address or a host name; a blank one is the loopback default', () => {
    for (const host of ['127.0.0.1', '::', '::1', 'localhost', 'ketnap.xa-yen-binh.internal'])
      expect(parseEnv({ HOST: host }).host).toBe(host);
    expect(parseEnv({ HOST: '  ' }).host).toBe('127.0.0.1');
  });

  it('a HOST that is neither an address nor a host name is refused, named, in Vietnamese', () => {
    for (const host of ['0.0.0.0:3000', 'http://127.0.0.1', 'máy chủ', '-bad-.example'])
      expect(() => parseEnv({ HOST: host }), host).toThrow(
        `HOST=${JSON.stringify(host)}: cần một địa chỉ IP hoặc tên máy`,
      );
  });

  it('INIT_CWD (set by pnpm) is the user folder; without it, the process folder', () => {
    expect(parseEnv({ INIT_CWD: '/work/ketnap' }, '/elsewhere').userDir).toBe('/work/ketnap');
    expect(parseEnv({ INIT_CWD: '' }, '/elsewhere').userDir).toBe('/elsewhere');
    expect(parseUserDir({ INIT_CWD: '/work/ketnap' }, '/elsewhere')).toBe('/work/ketnap');
    expect(parseUserDir({}, '/elsewhere')).toBe('/elsewhere');
  });

  it('a relative INIT_CWD is refused, by the server and by the command line', () => {
    expect(() => parseEnv({ INIT_CWD: 'data' })).toThrow(/INIT_CWD="data": cần một đường dẫn tuyệt đối/);
    expect(() => parseUserDir({ INIT_CWD: 'data' })).toThrow(ConfigError);
  });

  it('the command line reads only INIT_CWD: a malformed server variable does not stop it', () => {
    expect(parseUserDir({ PORT: 'abc', HOST: 'x y', INIT_CWD: '/work' })).toBe('/work');
  });
});
