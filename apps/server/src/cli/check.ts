/**
 * `ketnap check FILE|-`: judges one case in the interchange format (case-format.md) and prints the answer JSON.
 */
import { evaluateCase, parseCase } from '@ketnap/domain';
import { type CliIo, type Command, InputError } from './command.js';

async function readSource(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  try {
    return await io.readFile(source);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new InputError(
      `${source}: cannot read the file (${reason}); expected a readable JSON file or - for stdin`,
    );
  }
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check FILE|-          judge a case (case-format.md) and print the answer JSON',
  async run(args, io) {
    const [source, ...rest] = args;
    if (source === undefined || rest.length > 0)
      throw new InputError('check: expected exactly one argument, FILE or -');
    const text = await readSource(source, io);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(
        `${source}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      );
    }
    const parsed = parseCase(json);
    if (!parsed.ok) {
      const lines = parsed.issues.map(
        (issue) => `${issue.path}: expected ${issue.expected} (${issue.message.vi})`,
      );
      throw new InputError(`${source}: not a valid case:\n  ${lines.join('\n  ')}`);
    }
    io.stdout(`${JSON.stringify(evaluateCase(parsed.case), null, 2)}\n`);
    return 0;
  },
};
