import { formatDateVi, type StageName, stageLabels } from '@ketnap/domain';
import { Anchor, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { CountdownBadge } from '../../components/countdown-badge.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';
import { boardColumns, type SortKey, sortRows } from './arrange.js';
import { pipelineMessages } from './messages.js';

export type CandidateRow = AdminOutputs['candidates']['list']['rows'][number];

function NextDue({ row }: { row: CandidateRow }) {
  const m = useMessages(pipelineMessages);
  if (!row.nextDue) return <>{m.none}</>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">
        {row.nextDueRule} · {formatDateVi(row.nextDue)}
      </Text>
      {row.workingDaysLeft !== null && <CountdownBadge workingDaysLeft={row.workingDaysLeft} />}
    </Stack>
  );
}

/**
 * The pipeline as a board: a column per stage in pipeline order, a card per candidate. The board scrolls in its own
 * box no taller than the screen below the header, so its sideways scrollbar is in sight once the board is (it sat
 * under the tallest column, below the fold); a long column scrolls inside the box under its sticky title. The box is
 * a named region in the tab order: the arrow keys scroll it.
 */
export function PipelineBoard({ rows }: { rows: CandidateRow[] }) {
  const { lang } = useI18n();
  const m = useMessages(pipelineMessages);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (WCAG 2.1.1).
    <section className="board-scroll" aria-label={m.boardLabel} tabIndex={0}>
      <div className="board">
        {boardColumns(rows).map((column) => (
          <section key={column.stage} className="board-column" aria-labelledby={`stage-${column.stage}`}>
            <Title order={3} size="h5" id={`stage-${column.stage}`} className="board-column-title">
              {stageLabels[column.stage][lang]} ({column.rows.length})
            </Title>
            <Stack gap="xs">
              {column.rows.map((row) => (
                <Paper key={row.id} withBorder p="xs" shadow="xs">
                  <Anchor component={Link} href={`/candidates/${row.id}`} fw={600}>
                    {row.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.cellName}
                  </Text>
                  {row.nextDue && <NextDue row={row} />}
                </Paper>
              ))}
            </Stack>
          </section>
        ))}
      </div>
    </section>
  );
}

/** The pipeline as a table, sortable by name (Vietnamese order), stage or next deadline. */
export function PipelineTable({ rows }: { rows: CandidateRow[] }) {
  const { lang } = useI18n();
  const m = useMessages(pipelineMessages);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const sorted = sortRows(rows, sort.key, sort.descending);
  const header = (key: SortKey, label: string) => (
    <Table.Th
      scope="col"
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton
        fw={700}
        fz="sm"
        aria-label={m.sortBy(label)}
        onClick={() => setSort({ key, descending: sort.key === key && !sort.descending })}
      >
        {label} {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <TableScroll label={m.tableLabel} minWidth={720}>
      <Table striped aria-label={m.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            {header('name', m.name)}
            <Table.Th scope="col">{m.cell}</Table.Th>
            {header('stage', m.stage)}
            <Table.Th scope="col">{m.since}</Table.Th>
            {header('due', m.nextDue)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} href={`/candidates/${row.id}`}>
                  {row.fullName}
                </Anchor>
              </Table.Th>
              <Table.Td>{row.cellName}</Table.Td>
              <Table.Td>{stageLabels[row.stage as StageName]?.[lang] ?? row.stage}</Table.Td>
              <Table.Td>{row.stageSince ? formatDateVi(row.stageSince) : m.none}</Table.Td>
              <Table.Td>
                <NextDue row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
