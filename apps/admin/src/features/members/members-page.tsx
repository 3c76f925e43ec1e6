import { formatDateVi, probationEndsOn } from '@ketnap/domain';
import { Badge, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PASS_GREEN } from '../../components/colors.js';
import { Pager } from '../../components/pager.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { primaryScope } from '../../lib/scope.js';
import { useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { membersMessages } from './messages.js';

/**
 * The party members of the person's unit, as helpers and introducers: an official member may introduce (I-02); the
 * 12 months together (I-03) are counted per candidate on the candidate's page, where the introducer is chosen. The
 * server answers a page at a time (`pipeline.memberPage`, 50 rows) and searches the names; the table scrolls in a
 * box under a sticky header, so the headings stay in sight on a phone.
 */
export function MembersPage() {
  const trpc = useTRPC();
  const m = useMessages(membersMessages);
  const { viewer } = useSession();
  const scope = primaryScope(viewer);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  // One request once the person pauses typing, not one per keystroke.
  const [search] = useDebouncedValue(query.trim(), 250);
  const members = useQuery(
    trpc.pipeline.memberPage.queryOptions(
      { orgId: scope?.orgId ?? '', page, ...(search ? { search } : {}) },
      // The page shown stays while the next one loads: the table does not flash empty at each keystroke.
      { enabled: !!scope, placeholderData: keepPreviousData },
    ),
  );
  if (!members.data) return <QueryStatus error={members.error} retry={() => members.refetch()} />;
  const { rows, total, unitTotal, pageSize } = members.data;
  const from = (members.data.page - 1) * pageSize;
  return (
    <>
      <Title order={2} mb="xs">
        {m.title}
      </Title>
      <Text c="dimmed" mb="md" maw={760}>
        {m.intro}
      </Text>
      <TextInput
        type="search"
        label={m.search}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setPage(1);
        }}
        w={280}
        maw="100%"
        mb="xs"
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0 ? m.noMatch(search) : m.shown(from + 1, from + rows.length, total, unitTotal)}
      </Text>
      <TableScroll label={m.title} minWidth={640} maxHeight="70vh">
        <Table striped stickyHeader aria-label={m.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{m.name}</Table.Th>
              <Table.Th scope="col">{m.status}</Table.Th>
              <Table.Th scope="col">{m.joinedOn}</Table.Th>
              <Table.Th scope="col">{m.officialOn}</Table.Th>
              <Table.Th scope="col">{m.may}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Th scope="row" fw={600}>
                  {x.fullName}
                </Table.Th>
                <Table.Td>{x.status === 'official' ? m.official : m.probationary}</Table.Td>
                <Table.Td>{formatDateVi(x.joinedOn)}</Table.Td>
                <Table.Td>{x.officialOn ? formatDateVi(x.officialOn) : '—'}</Table.Td>
                <Table.Td>
                  {x.status === 'official' ? (
                    <Badge color={PASS_GREEN} radius="sm">
                      {m.mayIntroduce}
                    </Badge>
                  ) : (
                    <Text size="sm">{m.probationUntil(formatDateVi(probationEndsOn(x.joinedOn)))}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Pager label={m.page} total={total} pageSize={pageSize} page={members.data.page} onChange={setPage} />
    </>
  );
}
