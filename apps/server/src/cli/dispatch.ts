/**
 * The `ketnap` dispatcher: finds the command named by the first argument and runs it. New commands (`audit`,
 * `gen`, …) are one module each, added to the list in main.ts.
 */
import { type CliIo, type Command, EXIT_INPUT, InputError } from './command.js';

function help(commands: readonly Command[]): string {
  return `usage: ketnap COMMAND …\n${commands.map((c) => `  ${c.usage}`).join('\n')}\n`;
}

/** Runs `args` against `commands`; answers the exit code. Never throws. */
export async function dispatch(
  commands: readonly Command[],
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const [name, ...rest] = args;
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(help(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command)
      throw new InputError(
        `unknown command ${name ?? '(none)'}; expected one of ${commands.map((c) => c.name).join(', ')}`,
      );
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`ketnap: ${error.message}\n`);
      return EXIT_INPUT;
    }
    // A bug, not bad input: say so in one line; the stack helps no cell secretary.
    io.stderr(`ketnap: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
