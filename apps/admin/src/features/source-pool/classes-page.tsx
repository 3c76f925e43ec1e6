import { classOrganiserLabels, classResultLabels, formatDateVi, ruleSetOn } from '@ketnap/domain';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { primaryScope } from '../../lib/scope.js';
import { useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { useServerToday } from '../../lib/use-today.js';
import { sourcePoolMessages } from './messages.js';

/**
 * The awareness classes of the person's unit (`awarenessClass.list`): the commune's, or for a cell secretary the
 * classes holding their cell's candidates with only them on the roster.
 */
export function ClassesPage() {
  const trpc = useTRPC();
  const m = useMessages(sourcePoolMessages);
  const { lang } = useI18n();
  const { viewer } = useSession();
  const scope = primaryScope(viewer);
  const classes = useQuery(
    trpc.awarenessClass.list.queryOptions({ orgId: scope?.orgId ?? '' }, { enabled: !!scope }),
  );
  // The certificate's validity is the rule set's number (E-08), not one written into the words.
  const today = useServerToday();
  if (!classes.data || !today) return <QueryStatus error={classes.error} retry={() => classes.refetch()} />;
  const validityMonths = ruleSetOn(today).numbers.certificateValidityMonths.value;
  return (
    <>
      <Title order={2} mb="xs">
        {m.classTitle}
      </Title>
      <Text c="dimmed" mb="md" maw={760}>
        {m.classIntro(validityMonths)}
      </Text>
      {classes.data.length === 0 && <Text>{m.none}</Text>}
      <Stack>
        {classes.data.map((c) => (
          <Card key={c.id} withBorder component="section" aria-label={c.name}>
            <Title order={3} size="h4">
              {c.name}
            </Title>
            <Text size="sm">
              {m.organiser}: {classOrganiserLabels[c.organiser][lang]} · {m.dates}: {formatDateVi(c.startsOn)}{' '}
              – {formatDateVi(c.endsOn)}
            </Text>
            <Text size="sm" mb="xs">
              {c.resultsOn ? m.resultsOn(formatDateVi(c.resultsOn)) : m.resultsPending}
            </Text>
            <Table striped aria-label={`${m.roster}: ${c.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{m.name}</Table.Th>
                  <Table.Th scope="col">{m.result}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.roster.map((r) => (
                  <Table.Tr key={r.candidateId}>
                    <Table.Th scope="row" fw={600}>
                      {r.fullName}
                    </Table.Th>
                    <Table.Td>
                      {r.result ? classResultLabels[r.result][lang] : '—'}
                      {r.serial ? ` (${r.serial})` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </Stack>
    </>
  );
}
