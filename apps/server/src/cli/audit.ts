/**
 * `ketnap audit checkpoint | verify [--checkpoint LINE]` (docs/audit.md). `checkpoint` verifies the chain and prints
 * its head as one line `SEQ:HASH` to keep OUTSIDE the database (a notebook, another machine, a signed e-mail).
 * `verify` recomputes the chain: exit 0 when intact, 1 when tampered (naming the first bad entry), 2 on bad input.
 * Both read the database the server uses (`--db`, else DATABASE_URL / KETNAP_DB).
 */
import { existsSync } from 'node:fs';
import { type AuditVerification, formatCheckpoint, parseCheckpoint, verifyAudit } from '@ketnap/db';
import { type CliIo, type Command, InputError } from './command.js';
import { databaseTarget, openDatabase } from './database.js';

const USAGE = 'audit checkpoint | verify [--checkpoint SEQ:HASH] [--db …]';

function takeCheckpoint(args: string[]): ReturnType<typeof parseCheckpoint> | undefined {
  const at = args.indexOf('--checkpoint');
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  const checkpoint = value === undefined ? null : parseCheckpoint(value);
  if (!checkpoint)
    throw new InputError(
      `audit: --checkpoint = ${value ?? '(missing)'}: expected the line printed by \`ketnap audit checkpoint\` (SEQ:HASH)`,
    );
  return checkpoint;
}

function reportBreak(result: Extract<AuditVerification, { ok: false }>, io: CliIo): number {
  io.stderr(
    `ketnap audit: NHẬT KÝ BỊ CAN THIỆP / TAMPERED at seq ${result.break.seq}: ${result.break.message}\n`,
  );
  return 1;
}

export const auditCommand: Command = {
  name: 'audit',
  usage: `${USAGE}   head of the audit chain / verify it`,
  async run(args, io) {
    const { target, rest } = databaseTarget(args, io.userDir);
    const [sub, ...more] = rest;
    const checkpoint = sub === 'verify' ? takeCheckpoint(more) : undefined;
    if ((sub !== 'checkpoint' && sub !== 'verify') || more.length > 0)
      throw new InputError(`audit: expected ${USAGE}`);
    // A mistyped path must not create (and then vouch for) an empty database.
    if ('sqlite' in target && !existsSync(target.sqlite))
      throw new InputError(`audit: ${target.sqlite}: không có cơ sở dữ liệu này / no such database`);
    const handle = await openDatabase(target);
    try {
      const result = await verifyAudit(handle.db, checkpoint ?? undefined);
      if (!result.ok) return reportBreak(result, io);
      if (sub === 'checkpoint') io.stdout(`${formatCheckpoint(result.head)}\n`);
      else
        io.stdout(
          `ok: ${result.entries} mục nguyên vẹn / entries intact; head ${formatCheckpoint(result.head)}${checkpoint ? `; checkpoint ${checkpoint.seq} matches` : ''}\n`,
        );
      return 0;
    } finally {
      await handle.close();
    }
  },
};
