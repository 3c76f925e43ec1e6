import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setAccountEmail } from '@ketnap/db';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOverdueVerification, RELATIVE } from '../../test/overdue-verification.js';
import { dispatch } from '../cli/dispatch.js';
import { remindersCommandOn } from '../cli/reminders.js';
import { type RunningServer, startServer } from '../server.js';
import { mailTransport, sendDigests } from './digests.js';

const TODAY = '2026-11-26';
const FROM = 'ketnap@xa-yen-binh.example';

/** A real SMTP server on a free local port: keeps every message; refuses mail to `hong@…` (550). */
function localSmtp() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('hong@'))
        callback(Object.assign(new Error('Không có hộp thư này'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  return {
    received,
    url: () => `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    listen: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const accountId = async (server: RunningServer, username: string) =>
  (
    await server.handle.db
      .selectFrom('account')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

describe('the daily digest against a real local SMTP server', () => {
  const smtp = localSmtp();
  let server: RunningServer;
  let candidateName = '';

  beforeAll(async () => {
    await smtp.listen();
    server = await startServer({ port: 0, db: ':memory:', today: () => TODAY, demo: true });
    candidateName = await openOverdueVerification(server.handle.db, 'vr-digest');
    await setAccountEmail(
      server.handle.db,
      await accountId(server, 'bithu.thonnam'),
      'bithu.thonnam@example.vn',
    );
    await setAccountEmail(server.handle.db, await accountId(server, 'tinh'), 'tinh@example.vn');
  });
  afterAll(async () => {
    await server?.close();
    await smtp.close();
  });

  it('sends the secretary a Vietnamese digest of the overdue and the week, logs it, and not twice a day', async () => {
    const transport = mailTransport({ smtpUrl: smtp.url(), from: FROM });
    const run = await sendDigests(server.handle.db, transport, {
      from: FROM,
      today: TODAY,
      now: () => new Date(),
    });
    // The viewer acts on nothing: no digest.
    expect(run).toEqual({ sent: 1, failed: 0, skipped: 1 });
    const [mail] = smtp.received;
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('bithu.thonnam@example.vn');
    expect(mail?.from?.text).toBe(FROM);
    expect(mail?.subject).toMatch(/^\[ketnap\] Nhắc hạn 26\/11\/2026: \d+ quá hạn, \d+ đến hạn trong tuần$/);
    expect(mail?.text).toContain(`- 23/11/2026: ${candidateName} — Trả lời thẩm tra lý lịch (V-07)`);
    expect(mail?.text).toContain('Quá hạn (');
    expect(mail?.text).not.toContain(RELATIVE);
    const log = await server.handle.db.selectFrom('reminder_log').selectAll().execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      day: TODAY,
      recipient: 'bithu.thonnam@example.vn',
      status: 'sent',
      error: null,
    });
    expect(log[0]?.items).toBeGreaterThan(0);

    const again = await sendDigests(server.handle.db, transport, {
      from: FROM,
      today: TODAY,
      now: () => new Date(),
    });
    expect(again).toEqual({ sent: 0, failed: 0, skipped: 2 });
    expect(smtp.received).toHaveLength(1);
    transport.close();
  });

  it('a refused recipient is logged as failed with the SMTP code, and the others still get theirs', async () => {
    await setAccountEmail(server.handle.db, await accountId(server, 'bithu.thonnam'), 'hong@example.vn');
    await setAccountEmail(server.handle.db, await accountId(server, 'vanphong'), 'vanphong@example.vn');
    const transport = mailTransport({ smtpUrl: smtp.url(), from: FROM });
    const tomorrow = '2026-11-27';
    const run = await sendDigests(server.handle.db, transport, {
      from: FROM,
      today: tomorrow,
      now: () => new Date(),
    });
    expect(run.failed).toBe(1);
    expect(run.sent).toBe(1);
    const log = await server.handle.db
      .selectFrom('reminder_log')
      .select(['recipient', 'status', 'error'])
      .where('day', '=', tomorrow)
      .orderBy('recipient')
      .execute();
    expect(log).toEqual([
      { recipient: 'hong@example.vn', status: 'failed', error: 'EENVELOPE 550' },
      { recipient: 'vanphong@example.vn', status: 'sent', error: null },
    ]);
    transport.close();
  });
});

describe('`ketnap reminders send`', () => {
  const smtp = localSmtp();
  // The command on the demo's day, so what it sends does not depend on the day the test runs.
  const remindersCommand = remindersCommandOn(() => TODAY);
  beforeAll(() => smtp.listen());
  afterAll(() => smtp.close());

  it('sends today’s digests from the configured SMTP server and prints the counts; unconfigured, it refuses', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ketnap-reminders-')), 'k.sqlite');
    const server = await startServer({ port: 0, db: file, today: () => TODAY, demo: true });
    await setAccountEmail(server.handle.db, await accountId(server, 'vanphong'), 'vanphong@example.vn');
    await server.close();
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readStdin: async () => '',
      readFile: async () => '',
      userDir: process.cwd(),
    };
    const saved = { url: process.env.KETNAP_SMTP_URL, from: process.env.KETNAP_MAIL_FROM };
    try {
      delete process.env.KETNAP_SMTP_URL;
      delete process.env.KETNAP_MAIL_FROM;
      expect(await dispatch([remindersCommand], ['reminders', 'send', '--db', file], io)).toBe(2);
      expect(err.join('')).toContain('chưa cấu hình SMTP');
      process.env.KETNAP_SMTP_URL = smtp.url();
      process.env.KETNAP_MAIL_FROM = FROM;
      const code = await dispatch([remindersCommand], ['reminders', 'send', '--db', file], io);
      // On the demo's day the office has deadlines due: its one digest goes.
      expect({ code, out: out.join('') }).toEqual({
        code: 0,
        out: 'đã gửi 1, lỗi 0, không cần gửi 0 / sent 1, failed 0, skipped 0\n',
      });
      expect(smtp.received.map((m) => (m.to && 'text' in m.to ? m.to.text : ''))).toEqual([
        'vanphong@example.vn',
      ]);
    } finally {
      if (saved.url === undefined) delete process.env.KETNAP_SMTP_URL;
      else process.env.KETNAP_SMTP_URL = saved.url;
      if (saved.from === undefined) delete process.env.KETNAP_MAIL_FROM;
      else process.env.KETNAP_MAIL_FROM = saved.from;
    }
  });
});
