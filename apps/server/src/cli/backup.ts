/**
 * `ketnap backup FILE` and `ketnap restore FILE` for the embedded SQLite database (packages/db/src/backup). Backup
 * is online: run it while the server serves (cron, docs/deploy.md). Restore replaces the database's content; stop
 * the server first so no request sees the switch. PostgreSQL has its own tools (pg_dump, pg_restore).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupSqlite, restoreSqlite } from '@ketnap/db';
import { type Command, InputError } from './command.js';
import { databaseTarget } from './database.js';

function fileArgument(
  name: string,
  args: readonly string[],
  userDir: string,
): { sqlite: string; file: string } {
  const { target, rest } = databaseTarget(args, userDir);
  if (rest.length !== 1 || !rest[0]) throw new InputError(`${name}: expected ${name} FILE [--db FILE]`);
  if (!('sqlite' in target) || target.sqlite === ':memory:')
    throw new InputError(
      `${name}: chỉ dùng cho cơ sở dữ liệu SQLite; với PostgreSQL dùng pg_dump / pg_restore (docs/deploy.md)`,
    );
  return { sqlite: target.sqlite, file: resolve(userDir, rest[0]) };
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup FILE [--db FILE]   online, consistent copy of the SQLite database',
  async run(args, io) {
    const { sqlite, file } = fileArgument('backup', args, io.userDir);
    if (!existsSync(sqlite)) throw new InputError(`backup: ${sqlite}: không có cơ sở dữ liệu này`);
    await backupSqlite(sqlite, file);
    io.stdout(`${file}\n`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore FILE [--db FILE]   replace the SQLite database with a backup (stop the server first)',
  async run(args, io) {
    const { sqlite, file } = fileArgument('restore', args, io.userDir);
    try {
      await restoreSqlite(file, sqlite);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith(file))
        throw new InputError(`restore: ${error.message}`);
      throw error;
    }
    io.stdout(`${sqlite}\n`);
    return 0;
  },
};
