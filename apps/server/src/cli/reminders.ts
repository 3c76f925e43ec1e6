/**
 * `ketnap reminders send [--db …]` (docs/reminders.md): sends today's digest e-mails (today in Vietnam) over the
 * configured SMTP server (`KETNAP_SMTP_URL`, `KETNAP_MAIL_FROM`), logging each; run it once a day (cron). Exit 0
 * when every digest went, 1 when one failed (the log says which), 2 on bad input or SMTP not configured.
 */
import type { IsoDate } from '@ketnap/domain';
import { vietnamToday } from '../clock.js';
import { ConfigError, parseMailEnv } from '../env.js';
import { mailTransport, sendDigests } from '../mail/digests.js';
import { type Command, InputError } from './command.js';
import { databaseTarget, openDatabase } from './database.js';

const USAGE = 'reminders send [--db …]';

/** The command sending the digests of the day `today` answers (tests give a fixed one; the real one is Vietnam's). */
export function remindersCommandOn(today: () => IsoDate): Command {
  return {
    name: 'reminders',
    usage: `${USAGE}   send today's digest e-mails (SMTP)`,
    async run(args, io) {
      const { target, rest } = databaseTarget(args, io.userDir);
      if (rest.length !== 1 || rest[0] !== 'send') throw new InputError(`reminders: expected ${USAGE}`);
      let mail: ReturnType<typeof parseMailEnv>;
      try {
        mail = parseMailEnv(process.env);
      } catch (error) {
        if (error instanceof ConfigError) throw new InputError(error.message);
        throw error;
      }
      if (!mail)
        throw new InputError(
          'reminders: chưa cấu hình SMTP (KETNAP_SMTP_URL, KETNAP_MAIL_FROM) / SMTP is not configured',
        );
      const handle = await openDatabase(target);
      const transport = mailTransport(mail);
      try {
        const run = await sendDigests(handle.db, transport, {
          from: mail.from,
          today: today(),
          now: () => new Date(),
        });
        io.stdout(
          `đã gửi ${run.sent}, lỗi ${run.failed}, không cần gửi ${run.skipped} / sent ${run.sent}, failed ${run.failed}, skipped ${run.skipped}\n`,
        );
        return run.failed > 0 ? 1 : 0;
      } finally {
        transport.close();
        await handle.close();
      }
    },
  };
}

export const remindersCommand: Command = remindersCommandOn(() => vietnamToday());
