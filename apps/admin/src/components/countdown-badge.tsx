import { Badge } from '@mantine/core';
import { useMessages } from '../lib/i18n/i18n.js';
import { componentMessages } from './messages.js';

/** Five working days or fewer left is "soon": a week of office days. */
const SOON = 5;

/**
 * A running deadline as working days left (`countWorkingDays` from today to the due day): red once overdue, amber
 * within a working week, grey otherwise. The words carry the meaning; the colour only repeats it.
 */
export function CountdownBadge({ workingDaysLeft }: { workingDaysLeft: number }) {
  const m = useMessages(componentMessages);
  const overdue = workingDaysLeft < 0;
  const text = overdue
    ? m.workingDaysOverdue(-workingDaysLeft)
    : workingDaysLeft === 0
      ? m.dueToday
      : m.workingDaysLeft(workingDaysLeft);
  return (
    <Badge
      color={overdue ? 'red.9' : workingDaysLeft <= SOON ? 'yellow.4' : 'gray.2'}
      variant="filled"
      radius="sm"
    >
      {text}
    </Badge>
  );
}
