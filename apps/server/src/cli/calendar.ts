/**
 * `ketnap calendar add DATE N | is-working DATE | holidays YEAR`: the Vietnamese working-day calendar that the
 * deadlines are counted on.
 */
import { FIRST_CALENDAR_YEAR, isIsoDate, LAST_CALENDAR_YEAR, vietnamCalendar } from '@ketnap/domain';
import { type Command, InputError } from './command.js';

function date(value: string | undefined, name: string): string {
  if (value === undefined || !isIsoDate(value))
    throw new InputError(`calendar: ${name} = ${value ?? '(missing)'}: expected a calendar date YYYY-MM-DD`);
  if (Number(value.slice(0, 4)) < FIRST_CALENDAR_YEAR || Number(value.slice(0, 4)) > LAST_CALENDAR_YEAR)
    throw new InputError(
      `calendar: ${name} = ${value}: expected a date in the years ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}`,
    );
  return value;
}

function integer(value: string | undefined, name: string, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^-?\d+$/.test(value) || n < min || n > max)
    throw new InputError(
      `calendar: ${name} = ${value ?? '(missing)'}: expected a whole number from ${min} to ${max}`,
    );
  return n;
}

function arity(args: readonly string[], count: number, usage: string): void {
  if (args.length !== count) throw new InputError(`calendar: expected ${usage}`);
}

export const calendarCommand: Command = {
  name: 'calendar',
  usage: 'calendar add DATE N | is-working DATE | holidays YEAR   working-day arithmetic',
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'add': {
        arity(rest, 2, 'add DATE N');
        const from = date(rest[0], 'DATE');
        const n = integer(rest[1], 'N', -10_000, 10_000);
        try {
          io.stdout(`${vietnamCalendar.addWorkingDays(from, n)}\n`);
        } catch {
          throw new InputError(
            `calendar: DATE + ${n} working days leaves the years ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}`,
          );
        }
        return 0;
      }
      case 'is-working':
        arity(rest, 1, 'is-working DATE');
        io.stdout(`${vietnamCalendar.isWorkingDay(date(rest[0], 'DATE'))}\n`);
        return 0;
      case 'holidays': {
        arity(rest, 1, 'holidays YEAR');
        const year = integer(rest[0], 'YEAR', FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR);
        const lines = vietnamCalendar.daysOff(year).map((d) => `${d.date}\t${d.kind}\t${d.reason.vi}\n`);
        io.stdout(lines.join(''));
        return 0;
      }
      default:
        throw new InputError(
          `calendar: unknown subcommand ${sub ?? '(missing)'}; expected add, is-working or holidays`,
        );
    }
  },
};
