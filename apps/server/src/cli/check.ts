/**
 * `ketnap check [--settings FILE] FILE|-`: judges one case in the interchange format (case-format.md) and prints
 * the answer JSON. `--settings` names a JSON file of the commune's rule-setting overrides (docs/rule-settings.md),
 * validated by `ruleSettingsSchema`; without it the catalogue's defaults judge.
 */
import {
  evaluateCase,
  parseCase,
  type RuleSettings,
  resolveSettings,
  ruleSettingsSchema,
} from '@ketnap/domain';
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

async function readJson(source: string, io: CliIo): Promise<unknown> {
  const text = await readSource(source, io);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
}

/** The settings file's overrides resolved against the defaults, or an exit-2 error naming each bad field. */
async function readSettings(source: string, io: CliIo): Promise<RuleSettings> {
  const parsed = ruleSettingsSchema.safeParse(await readJson(source, io));
  if (parsed.success) return resolveSettings(parsed.data);
  const lines = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`,
  );
  throw new InputError(`${source}: not valid rule settings:\n  ${lines.join('\n  ')}`);
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check [--settings FILE] FILE|-   judge a case (case-format.md) and print the answer JSON',
  async run(args, io) {
    const settingsAt = args.indexOf('--settings');
    const settingsFile = settingsAt < 0 ? undefined : args[settingsAt + 1];
    if (settingsAt >= 0 && (settingsFile === undefined || settingsFile === '-'))
      throw new InputError('check: --settings expects a JSON file name');
    const [source, ...rest] =
      settingsAt < 0 ? args : args.filter((_, i) => i !== settingsAt && i !== settingsAt + 1);
    if (source === undefined || rest.length > 0)
      throw new InputError('check: expected exactly one argument, FILE or -, after any --settings FILE');
    const settings = settingsFile === undefined ? undefined : await readSettings(settingsFile, io);
    const json = await readJson(source, io);
    const parsed = parseCase(json);
    if (!parsed.ok) {
      const lines = parsed.issues.map(
        (issue) => `${issue.path}: expected ${issue.expected} (${issue.message.vi})`,
      );
      throw new InputError(`${source}: not a valid case:\n  ${lines.join('\n  ')}`);
    }
    const answer = evaluateCase(parsed.case, settings ? { settings } : {});
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  },
};
