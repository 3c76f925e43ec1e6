import { formatDateVi, ruleEntry } from '@ketnap/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import { CalendarNote } from '../../components/calendar-note.js';
import { CountdownBadge } from '../../components/countdown-badge.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';
import { dashboardMessages } from './messages.js';

type DeadlineRow = AdminOutputs['pipeline']['dashboard']['dueThisWeek'][number];

/**
 * Deadlines of the dashboard: who, which rule (with what it says), the due day and the working days left, with a
 * note when the count crosses a year whose days off are not announced.
 */
export function DeadlineTable({ rows, label }: { rows: DeadlineRow[]; label: string }) {
  const { lang } = useI18n();
  const m = useMessages(dashboardMessages);
  if (rows.length === 0) return <Text c="dimmed">{m.none}</Text>;
  return (
    <TableScroll label={label} minWidth={560}>
      <Table aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.candidate}</Table.Th>
            <Table.Th scope="col">{m.deadline}</Table.Th>
            <Table.Th scope="col">{m.due}</Table.Th>
            <Table.Th scope="col">{m.countdown}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.candidateId}-${row.step}-${row.rule}`}>
              <Table.Td>
                <Anchor component={Link} href={`/candidates/${row.candidateId}`}>
                  {row.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={700} span>
                  {row.rule}
                </Text>{' '}
                <Text size="sm" span>
                  {ruleEntry(row.rule)?.statement[lang]}
                </Text>
              </Table.Td>
              <Table.Td>{formatDateVi(row.due)}</Table.Td>
              <Table.Td>
                {row.workingDaysLeft !== null && <CountdownBadge workingDaysLeft={row.workingDaysLeft} />}
                {row.workingDaysLeft !== null && (
                  <CalendarNote basis={row.calendarBasis} years={row.unannouncedYears} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
