import { chanceText, formatNumberVi, parseDateVi } from '@ketnap/domain';
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateField } from '../../components/date-field.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { ExportButton, exportUrl } from './export-link.js';
import { reportsMessages } from './messages.js';

/** A typed date: the ISO day, undefined when empty, null when not a real date. */
const typed = (text: string) => (text.trim() === '' ? undefined : parseDateVi(text));

/**
 * The year-end forecast per cell and for the commune (expected by 31/12 with its 80 % interval, the lawful maximum,
 * the chance of reaching the target, units at risk with the reason), with what-if inputs: the next awareness class's
 * last day and a cell's vote day. Nothing is saved.
 */
export function ForecastPanel({ commune, year, asOf }: { commune: string; year: number; asOf?: string }) {
  const trpc = useTRPC();
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const [classText, setClassText] = useState('');
  const [voteText, setVoteText] = useState<Record<string, string>>({});
  const classEndsOn = typed(classText);
  const cellVotes = Object.fromEntries(
    Object.entries(voteText)
      .map(([cellId, text]) => [cellId, typed(text)] as const)
      .filter((e): e is readonly [string, string] => typeof e[1] === 'string'),
  );
  const whatIf = {
    ...(classEndsOn ? { classEndsOn } : {}),
    ...(Object.keys(cellVotes).length > 0 ? { cellVotes } : {}),
  };
  const forecast = useQuery({
    ...trpc.progress.forecast.queryOptions({ commune, year, asOf, whatIf }),
    placeholderData: keepPreviousData,
  });
  if (!forecast.data) return <QueryStatus error={forecast.error} retry={() => forecast.refetch()} />;
  const f = forecast.data;
  const units = [
    ...f.cells.map((c) => ({ ...c, label: c.name })),
    { ...f.commune, cellId: '', label: m.wholeCommune('') },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {`${m.forecastTable} ${f.year}`}
        </Title>
        <ExportButton href={exportUrl('forecast', { commune, year, asOf })} label={m.exportXlsx} />
      </Group>
      <Paper withBorder p="sm" className="no-print">
        <Text fw={600}>{m.whatIf}</Text>
        <Text size="sm" c="dimmed" mb="xs">
          {m.whatIfHint}
        </Text>
        <DateField
          label={m.classEndsOn}
          value={classText}
          onChange={(e) => setClassText(e.currentTarget.value)}
          error={classEndsOn === null ? m.badDate : undefined}
          w={320}
        />
      </Paper>
      <Text size="sm" c="dimmed" maw={900}>
        {m.forecastNote}
      </Text>
      <TableScroll label={m.forecastTable} minWidth={1100}>
        <Table striped aria-label={m.forecastTable}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.cell}</Table.Th>
              <Table.Th className="num">{m.target}</Table.Th>
              <Table.Th className="num">{m.admitted}</Table.Th>
              <Table.Th className="num">{m.inYear}</Table.Th>
              <Table.Th className="num">{m.expected}</Table.Th>
              <Table.Th className="num">{m.interval}</Table.Th>
              <Table.Th className="num">{m.optimistic}</Table.Th>
              <Table.Th className="num">{m.chanceOfTarget}</Table.Th>
              <Table.Th>{m.risk}</Table.Th>
              <Table.Th className="no-print">{m.cellVotesOn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <Table.Tr key={u.cellId || 'commune'} fw={u.cellId ? undefined : 700}>
                <Table.Td>{u.label}</Table.Td>
                <Table.Td className="num">{u.target === null ? '—' : formatNumberVi(u.target)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.admitted)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.candidatesInYear)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.expected)}</Table.Td>
                <Table.Td className="num">
                  {u.low === u.high
                    ? formatNumberVi(u.low)
                    : `${formatNumberVi(u.low)}–${formatNumberVi(u.high)}`}
                </Table.Td>
                <Table.Td className="num">{formatNumberVi(u.optimistic)}</Table.Td>
                <Table.Td className="num">
                  {u.chanceOfTarget === null ? '—' : chanceText(u.chanceOfTarget)[lang]}
                </Table.Td>
                <Table.Td>{u.risk ? <Badge color="red">{u.risk.message[lang]}</Badge> : m.noRisk}</Table.Td>
                <Table.Td className="no-print">
                  {u.cellId && (
                    <DateField
                      aria-label={`${m.cellVotesOn} · ${u.label}`}
                      description={undefined}
                      value={voteText[u.cellId] ?? ''}
                      onChange={(e) => setVoteText({ ...voteText, [u.cellId]: e.currentTarget.value })}
                      error={typed(voteText[u.cellId] ?? '') === null ? m.badDate : undefined}
                      size="xs"
                      w={130}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
