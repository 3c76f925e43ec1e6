import { formatNumberVi, SUB_TARGET_KEYS } from '@ketnap/domain';
import { Alert, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { BarChart } from '../../components/bar-chart.js';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { ExportButton, exportUrl } from './export-link.js';
import { reportsMessages } from './messages.js';

/**
 * The composition of the year's new members: one table and chart per dimension, the sub-targets against what was
 * achieved. Counts only; a withheld breakdown says why.
 */
export function CompositionPanel({ commune, year, asOf }: { commune: string; year: number; asOf?: string }) {
  const trpc = useTRPC();
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const composition = useQuery(trpc.reports.composition.queryOptions({ commune, year, asOf }));
  if (!composition.data) return <QueryStatus error={composition.error} retry={() => composition.refetch()} />;
  const c = composition.data;
  const share = (n: number) => (c.total === 0 ? '—' : `${Math.round((n / c.total) * 1000) / 10}%`);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {m.compositionOf(c.year, c.total)}
        </Title>
        <ExportButton href={exportUrl('composition', { commune, year, asOf })} label={m.exportXlsx} />
      </Group>
      {c.suppressed && (
        <Text size="sm" c="dimmed">
          {m.suppressedNote}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {c.breakdowns.map((b) => (
          <section key={b.dimension} aria-label={b.label[lang]}>
            <Title order={4} size="h5" mb={4}>
              {b.label[lang]}
            </Title>
            {b.withheld ? (
              <Alert color="gray">{m.withheld}</Alert>
            ) : (
              <>
                <Table striped aria-label={b.label[lang]}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{m.group}</Table.Th>
                      <Table.Th className="num">{m.count}</Table.Th>
                      <Table.Th className="num">{m.share}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {b.groups.map((g) => (
                      <Table.Tr key={g.key}>
                        <Table.Td>{g.label[lang]}</Table.Td>
                        <Table.Td className="num">{formatNumberVi(g.count)}</Table.Td>
                        <Table.Td className="num">{share(g.count)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {c.total > 0 && (
                  <BarChart
                    title={b.label[lang]}
                    bars={b.groups
                      .filter((g) => g.count > 0)
                      .map((g) => ({ label: g.label[lang], value: g.count }))}
                  />
                )}
              </>
            )}
          </section>
        ))}
      </SimpleGrid>
      <Title order={4} size="h5">
        {m.subTargets}
      </Title>
      <Table striped maw={560} aria-label={m.subTargets}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.group}</Table.Th>
            <Table.Th className="num">{m.subTarget}</Table.Th>
            <Table.Th className="num">{m.achieved}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SUB_TARGET_KEYS.map((k) => (
            <Table.Tr key={k}>
              <Table.Td>{m.subTargetNames[k]}</Table.Td>
              <Table.Td className="num">{c.subTargets[k] ?? '—'}</Table.Td>
              <Table.Td className="num">
                {c.achieved[k] === null ? m.notCounted : formatNumberVi(c.achieved[k])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
