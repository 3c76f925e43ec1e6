/**
 * Entry of the `ketnap` command line (`pnpm --silent ketnap …`).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { ConfigError, parseUserDir } from '../env.js';
import { auditCommand } from './audit.js';
import { backupCommand, restoreCommand } from './backup.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { type Command, EXIT_INPUT } from './command.js';
import { dispatch } from './dispatch.js';
import { genCommand } from './gen.js';
import { paperCommand } from './paper.js';
import { remindersCommand } from './reminders.js';

const commands: readonly Command[] = [
  checkCommand,
  calendarCommand,
  genCommand,
  backupCommand,
  restoreCommand,
  auditCommand,
  paperCommand,
  remindersCommand,
];

// `pnpm ketnap` runs this in apps/server; INIT_CWD is where the user typed the command, so FILE means what they meant.
let userDir: string;
try {
  userDir = parseUserDir(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`ketnap: ${error.message}\n`);
  process.exit(EXIT_INPUT);
}

process.exitCode = await dispatch(commands, process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => text(process.stdin),
  readFile: (path) => readFile(resolve(userDir, path), 'utf8'),
  userDir,
});
