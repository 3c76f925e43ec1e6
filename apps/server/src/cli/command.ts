/**
 * The shape of a `ketnap` command. A command gets its arguments and the process's streams and answers an exit code;
 * malformed input is thrown as an {@link InputError}, which the dispatcher turns into exit code 2 and one message on
 * stderr (never a stack trace). Only the answer goes to stdout.
 */

/** The streams a command may use; tests and the real process provide them. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, for `-` arguments. */
  readStdin(): Promise<string>;
  /** A file's text (a relative path read from {@link userDir}); throws the platform error when it cannot be read. */
  readFile(path: string): Promise<string>;
  /**
   * The folder the person typed the command in (`INIT_CWD`, read through env.ts; `pnpm ketnap` runs in apps/server),
   * so a relative FILE or `--db FILE` means what they meant.
   */
  userDir: string;
}

/** One top-level command (`check`, `calendar`, …). */
export interface Command {
  name: string;
  /** One line for `ketnap help`. */
  usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Exit code for malformed input: bad JSON, schema violation, bad date, unknown command. */
export const EXIT_INPUT = 2;

/** Input the command cannot work with; `message` names the argument or field and what was expected. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Takes `NAME VALUE` out of `args` and answers VALUE, or undefined when NAME is absent. NAME without a value (the end,
 * or another `--option` next) is an {@link InputError}: `COMMAND: NAME: MISSING`.
 */
export function takeOption(
  args: string[],
  name: string,
  command: string,
  missing: string,
): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new InputError(`${command}: ${name}: ${missing}`);
  args.splice(at, 2);
  return value;
}
