import type { CalendarBasis } from '@ketnap/domain';
import { Text } from '@mantine/core';
import { useMessages } from '../lib/i18n/i18n.js';
import { componentMessages } from './messages.js';

/**
 * The note beside a countdown whose working days cross a year with no announced days off (`calendarBasis`
 * `statutory-default`): the due day was counted on the statutory holidays and may move once the year is announced.
 * Nothing for a deadline counted on announced days only.
 */
export function CalendarNote({ basis, years }: { basis: CalendarBasis; years: readonly number[] }) {
  const m = useMessages(componentMessages);
  if (basis !== 'statutory-default' || years.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" data-calendar-basis={basis}>
      {m.calendarNote(years)}
    </Text>
  );
}
