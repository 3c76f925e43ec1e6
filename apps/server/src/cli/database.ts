/**
 * Which database a `ketnap` command works on, and opening it: `--db FILE` (SQLite) or `--db postgres://…`, else the
 * server's own configuration (DATABASE_URL, then KETNAP_DB, then data/ketnap.sqlite), so a command run beside the
 * server touches the server's database unless told otherwise.
 */
import { resolve } from 'node:path';
import { createDb, type Db, type DbTarget, migrateToLatest } from '@ketnap/db';
import { ConfigError, parseEnv } from '../env.js';
import { InputError } from './command.js';

/**
 * Takes `--db VALUE` out of `args`; answers the target and the remaining arguments. A relative file is read from
 * `userDir`, the folder the person typed the command in (`CliIo.userDir`).
 */
export function databaseTarget(
  args: readonly string[],
  userDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { target: DbTarget; rest: string[] } {
  const rest = [...args];
  const at = rest.indexOf('--db');
  if (at >= 0) {
    const value = rest[at + 1];
    if (!value || value.startsWith('--'))
      throw new InputError('--db: expected a SQLite file or a postgres:// URL');
    rest.splice(at, 2);
    return {
      target: /^postgres(ql)?:\/\//.test(value) ? { postgres: value } : { sqlite: resolve(userDir, value) },
      rest,
    };
  }
  try {
    const config = parseEnv(env);
    if (config.databaseUrl) return { target: { postgres: config.databaseUrl }, rest };
    return { target: { sqlite: resolve(userDir, config.sqliteFile) }, rest };
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(error.message);
    throw error;
  }
}

/** Opens and migrates the target, as the server does at start. */
export async function openDatabase(target: DbTarget): Promise<Db> {
  const handle = await createDb(target);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
