/**
 * Sends the day's digest e-mails (docs/reminders.md): to every enabled account with an address, what is overdue
 * and due this working week in its own units; nothing when there is nothing to remind of, and nothing again to an
 * account whose digest for the day already went. Every attempt is logged (`reminder_log`: sent or failed, to whom,
 * how many items, the failure's code, never its text), so a lost reminder shows on the console.
 */
import { randomUUID } from 'node:crypto';
import { accountDeadlines } from '@ketnap/api';
import { type DbClient, digestAccounts, digestSentOn, logReminder } from '@ketnap/db';
import { dashboardDueBy, digestItems, digestMail, type IsoDate, vietnamCalendar } from '@ketnap/domain';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../env.js';

export interface DigestRun {
  sent: number;
  failed: number;
  /** Accounts with nothing to remind of today, or already sent today. */
  skipped: number;
}

/** The SMTP transport of the configuration (nodemailer parses the URL: host, port, credentials, TLS). */
export function mailTransport(mail: NonNullable<MailConfig>): Transporter {
  return nodemailer.createTransport(mail.smtpUrl);
}

/** A failure's code for the log: nodemailer's (`ECONNECTION`, `EENVELOPE`…) and the SMTP reply code, no text. */
function failureCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  const code = typeof e.code === 'string' ? e.code : 'SEND_FAILED';
  return typeof e.responseCode === 'number' ? `${code} ${e.responseCode}` : code;
}

export async function sendDigests(
  db: DbClient,
  transport: Transporter,
  options: { from: string; today: IsoDate; now: () => Date },
): Promise<DigestRun> {
  const { today } = options;
  const run: DigestRun = { sent: 0, failed: 0, skipped: 0 };
  const already = await digestSentOn(db, today);
  const dueBy = dashboardDueBy(today, vietnamCalendar);
  for (const account of await digestAccounts(db)) {
    const to = account.email;
    if (!to || already.has(account.id)) {
      run.skipped++;
      continue;
    }
    const digest = digestItems(await accountDeadlines(db, account.id, today), dueBy);
    const mail = digestMail(digest, today);
    if (!mail) {
      run.skipped++;
      continue;
    }
    const entry = {
      id: `rl-${randomUUID()}`,
      day: today,
      account_id: account.id,
      recipient: to,
      items: digest.dueThisWeek.length + digest.overdue.length,
    };
    try {
      await transport.sendMail({ from: options.from, to, subject: mail.subject, text: mail.text });
      await logReminder(db, { ...entry, at: options.now().toISOString(), status: 'sent', error: null });
      run.sent++;
    } catch (error) {
      await logReminder(db, {
        ...entry,
        at: options.now().toISOString(),
        status: 'failed',
        error: failureCode(error),
      });
      run.failed++;
    }
  }
  return run;
}
