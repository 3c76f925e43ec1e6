import { formatNumberVi } from '@ketnap/domain';
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryStatus } from '../../components/query-status.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { ExportButton, exportUrl } from './export-link.js';
import { reportsMessages } from './messages.js';

/** The villages with their covering cell and resident members; those without members or own cell are flagged. */
export function VillagesPanel({ commune, asOf }: { commune: string; asOf?: string }) {
  const trpc = useTRPC();
  const m = useMessages(reportsMessages);
  const villages = useQuery(trpc.reports.villages.queryOptions({ commune, asOf }));
  if (!villages.data) return <QueryStatus error={villages.error} retry={() => villages.refetch()} />;
  const rows = villages.data.villages;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {m.villagesTable}
        </Title>
        <ExportButton href={exportUrl('villages', { commune, asOf })} label={m.exportXlsx} />
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{m.noVillages}</Text>
      ) : (
        <Table striped aria-label={m.villagesTable}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.village}</Table.Th>
              <Table.Th>{m.coveringCell}</Table.Th>
              <Table.Th>{m.ownCell}</Table.Th>
              <Table.Th className="num">{m.residents}</Table.Th>
              <Table.Th>{m.notes}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.name}</Table.Td>
                <Table.Td>{v.cellName ?? '—'}</Table.Td>
                <Table.Td>{v.ownCell ? m.yes : m.no}</Table.Td>
                <Table.Td className="num">{formatNumberVi(v.members)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {v.withoutMembers && <Badge color="red">{m.withoutMembers}</Badge>}
                    {v.withoutCell ? (
                      <Badge color="orange">{m.withoutCell}</Badge>
                    ) : (
                      v.withoutOwnCell && <Badge color="yellow">{m.mergedCell}</Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
