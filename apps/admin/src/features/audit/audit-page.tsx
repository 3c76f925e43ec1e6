import { formatInstantVi } from '@ketnap/domain';
import { Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CommuneAdminScreen } from '../../components/commune-admin-screen.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { payloadWords, targetWords } from './entry-words.js';
import { auditMessages } from './messages.js';

const PAGE = 50;

/** The commune's audit trail for its administrators, newest first, a page at a time. */
export function AuditPage() {
  const m = useMessages(auditMessages);
  return (
    <CommuneAdminScreen title={m.title} intro={m.intro}>
      {(communeId) => <AuditTable communeId={communeId} />}
    </CommuneAdminScreen>
  );
}

function AuditTable({ communeId }: { communeId: string }) {
  const trpc = useTRPC();
  const m = useMessages(auditMessages);
  const { lang } = useI18n();
  // The pages seen so far, by the sequence number each starts below (undefined: the newest).
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const beforeSeq = cursors.at(-1);
  const entries = useQuery(trpc.audit.list.queryOptions({ communeId, beforeSeq, limit: PAGE }));
  if (!entries.data) return <QueryStatus error={entries.error} retry={() => entries.refetch()} />;
  const rows = entries.data;
  const last = rows.at(-1);
  return (
    <>
      <TableScroll label={m.table} minWidth={760}>
        <Table striped aria-label={m.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" className="num">
                {m.seq}
              </Table.Th>
              <Table.Th scope="col">{m.at}</Table.Th>
              <Table.Th scope="col">{m.actor}</Table.Th>
              <Table.Th scope="col">{m.action}</Table.Th>
              <Table.Th scope="col">{m.target}</Table.Th>
              <Table.Th scope="col">{m.details}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.seq}>
                <Table.Td className="num">{row.seq}</Table.Td>
                <Table.Td>{formatInstantVi(row.at)}</Table.Td>
                <Table.Td>{row.actorName ?? row.actorAccountId ?? m.noActor}</Table.Td>
                <Table.Td>{row.actionLabel[lang]}</Table.Td>
                <Table.Td>{targetWords(row.targetType, row.targetId, row.targetName, lang)}</Table.Td>
                <Table.Td>{payloadWords(row.payload, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {rows.length === 0 && <Text c="dimmed">{m.empty}</Text>}
      <Group mt="sm">
        <Button
          variant="default"
          disabled={cursors.length === 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
        >
          {m.newer}
        </Button>
        <Button
          variant="default"
          disabled={!last || rows.length < PAGE}
          onClick={() => last && setCursors([...cursors, last.seq])}
        >
          {m.older}
        </Button>
      </Group>
    </>
  );
}
