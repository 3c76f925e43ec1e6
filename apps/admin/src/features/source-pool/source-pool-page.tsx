import { formatDateVi, massOrganisationLabels, type StageName, stageLabels } from '@ketnap/domain';
import { Alert, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { primaryScope } from '../../lib/scope.js';
import { useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { sourcePoolMessages } from './messages.js';

/**
 * A cell's source list (`sourcePool.list`): the mass organisations' proposals, the pool's candidates not yet decided,
 * the committee's past reviews and when the next one is due. Opened by the cell's secretary on their own cell.
 */
export function SourcePoolPage() {
  const trpc = useTRPC();
  const m = useMessages(sourcePoolMessages);
  const { lang } = useI18n();
  const { viewer } = useSession();
  const scope = primaryScope(viewer);
  const list = useQuery(
    trpc.sourcePool.list.queryOptions({ cellId: scope?.orgId ?? '' }, { enabled: scope?.level === 'cell' }),
  );
  if (!list.data) return <QueryStatus error={list.error} retry={() => list.refetch()} />;
  const { proposals, candidates, reviews, schedule, everyMonths } = list.data;
  const status = { pending: m.pending, added: m.added, dropped: m.dropped };
  return (
    <>
      <Title order={2} mb="xs">
        {m.poolTitle}
      </Title>
      <Text c="dimmed" mb="md" maw={760}>
        {m.poolIntro}
      </Text>
      <Alert color={schedule.overdue ? 'red' : 'blue'} mb="md" role="status">
        {schedule.due ? m.nextReview(formatDateVi(schedule.due), everyMonths) : m.notDue}
        {schedule.overdue ? ` ${m.overdue}` : ''}
      </Alert>

      <Title order={3} size="h4" mt="md" mb="xs">
        {m.proposals}
      </Title>
      {proposals.length === 0 ? (
        <Text mb="md">{m.none}</Text>
      ) : (
        <Table striped aria-label={m.proposals}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{m.name}</Table.Th>
              <Table.Th scope="col">{m.proposedBy}</Table.Th>
              <Table.Th scope="col">{m.proposedOn}</Table.Th>
              <Table.Th scope="col">{m.reason}</Table.Th>
              <Table.Th scope="col">{m.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposals.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={600}>
                  {p.fullName}
                </Table.Th>
                <Table.Td>
                  {massOrganisationLabels[p.proposedBy][lang]} — {p.proposerName}
                </Table.Td>
                <Table.Td>{formatDateVi(p.proposedOn)}</Table.Td>
                <Table.Td>{p.reason}</Table.Td>
                <Table.Td>{status[p.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={3} size="h4" mt="md" mb="xs">
        {m.candidates}
      </Title>
      <Table striped aria-label={m.candidates}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.name}</Table.Th>
            <Table.Th scope="col">{m.stage}</Table.Th>
            <Table.Th scope="col">{m.enteredPoolOn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={600}>
                {c.fullName}
              </Table.Th>
              <Table.Td>{stageLabels[c.stage as StageName]?.[lang] ?? c.stage}</Table.Td>
              <Table.Td>{formatDateVi(c.enteredPoolOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={3} size="h4" mt="md" mb="xs">
        {m.reviews}
      </Title>
      {reviews.length === 0 ? (
        <Text>{m.none}</Text>
      ) : (
        <Table striped aria-label={m.reviews}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{m.reviewedOn}</Table.Th>
              <Table.Th scope="col">{m.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">{formatDateVi(r.reviewedOn)}</Table.Th>
                <Table.Td>{m.counts(r.kept, r.added, r.dropped)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
