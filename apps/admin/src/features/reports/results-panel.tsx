import { formatDateVi, formatNumberVi } from '@ketnap/domain';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { BarChart } from '../../components/bar-chart.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { ExportButton, exportUrl } from './export-link.js';
import { reportsMessages } from './messages.js';

const dash = (n: number | null) => (n === null ? '—' : formatNumberVi(n));

/** Results against target per cell, the commune's line last, a bar chart, the checkpoints and the grading rule. */
export function ResultsPanel({ commune, year, asOf }: { commune: string; year: number; asOf?: string }) {
  const trpc = useTRPC();
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const results = useQuery(trpc.reports.results.queryOptions({ commune, year, asOf }));
  if (!results.data) return <QueryStatus error={results.error} retry={() => results.refetch()} />;
  const r = results.data;
  const units = [
    ...r.cells.map((c) => ({ ...c, label: c.name })),
    { ...r.commune, label: m.wholeCommune(r.commune.name) },
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {`${r.commune.name} · ${m.resultsTable} ${r.year} · ${formatDateVi(r.asOf)}`}
        </Title>
        <ExportButton href={exportUrl('results', { commune, year, asOf })} label={m.exportXlsx} />
      </Group>
      <TableScroll label={m.resultsTable} minWidth={820}>
        <Table striped aria-label={m.resultsTable}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.cell}</Table.Th>
              <Table.Th className="num">{m.members}</Table.Th>
              <Table.Th className="num">{m.target}</Table.Th>
              <Table.Th className="num">{m.admitted}</Table.Th>
              <Table.Th className="num">{m.percent}</Table.Th>
              <Table.Th>{m.grade}</Table.Th>
              <Table.Th className="num">{m.women}</Table.Th>
              <Table.Th className="num">{m.recognised}</Table.Th>
              <Table.Th className="num">{m.leftInProbation}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u, i) => (
              <Table.Tr key={u.label} fw={i === units.length - 1 ? 700 : undefined}>
                <Table.Td>{u.label}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.members)}</Table.Td>
                <Table.Td className="num">{dash(u.target)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.admitted)}</Table.Td>
                <Table.Td className="num">{u.percent === null ? '—' : `${u.percent}%`}</Table.Td>
                <Table.Td>{u.grade?.label[lang] ?? '—'}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.women)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.recognised)}</Table.Td>
                <Table.Td className="num">{formatNumberVi(u.leftInProbation)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="sm" c="dimmed">
        {m.gradingNote(r.grading.excellent, r.grading.good, r.grading.complete)}
      </Text>
      <BarChart
        title={m.admittedChart}
        bars={r.cells.map((c) => ({ label: c.name, value: c.admitted, mark: c.target }))}
      />
      <Text fw={600}>{m.checkpoints}</Text>
      <Group gap="lg">
        {r.checkpoints.map((c) => (
          <Text key={c.key} size="sm">
            {c.label[lang]}: <b>{c.admitted === null ? m.notYet : formatNumberVi(c.admitted)}</b>
          </Text>
        ))}
      </Group>
    </Stack>
  );
}
