import { formatDateVi } from '@ketnap/domain';
import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { QueryStatus } from '../../components/query-status.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { ownCells, primaryScope, type Scope } from '../../lib/scope.js';
import { useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { OrgOverview } from '../org-overview/org-overview.js';
import { DeadlineTable } from './deadline-table.js';
import { dashboardMessages } from './messages.js';

/**
 * The first screen after signing in, for the person's own unit: deadlines due this working week, overdue ones,
 * candidates a rule blocks, and the year's progress against the target; then, for a commune or a province, the
 * commune's figures cell by cell.
 */
export function DashboardPage() {
  const m = useMessages(dashboardMessages);
  const { viewer } = useSession();
  const scope = primaryScope(viewer);
  // A secretary granted several cells sees each one's summary, one tab per cell (Vietnamese order).
  const cells = scope?.level === 'cell' ? ownCells(viewer) : [];
  return (
    <Stack gap="lg">
      <Title order={2}>{m.title}</Title>
      {!scope && <Text>{m.noScope}</Text>}
      {scope && cells.length < 2 && <Summary scope={scope} />}
      {cells.length >= 2 && (
        <Tabs defaultValue={cells[0]?.id} keepMounted={false}>
          <Tabs.List>
            {cells.map((cell) => (
              <Tabs.Tab key={cell.id} value={cell.id}>
                {cell.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {cells.map((cell) => (
            <Tabs.Panel key={cell.id} value={cell.id} pt="lg">
              <Stack gap="lg">
                <Summary scope={{ orgId: cell.id, level: 'cell' }} />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      {scope && scope.level !== 'cell' && <OrgOverview scope={scope} />}
    </Stack>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function Summary({ scope }: { scope: Scope }) {
  const trpc = useTRPC();
  const m = useMessages(dashboardMessages);
  const dashboard = useQuery(trpc.pipeline.dashboard.queryOptions({ orgId: scope.orgId }));
  if (!dashboard.data) return <QueryStatus error={dashboard.error} retry={() => dashboard.refetch()} />;
  const { today, dueBy, dueThisWeek, overdue, blocked, progress } = dashboard.data;
  return (
    <>
      <Text c="dimmed" mt={-12}>
        {m.today(formatDateVi(today))}
      </Text>
      {progress && (
        <Section title={m.progress(progress.year)}>
          <Group gap="sm" wrap="nowrap" mt="xs">
            <Text fw={700} size="lg">
              {progress.target === null ? m.noTarget : m.admittedOf(progress.admitted, progress.target)}
            </Text>
            {progress.percent !== null && (
              <>
                <Progress
                  value={Math.min(100, progress.percent)}
                  flex={1}
                  aria-label={m.progress(progress.year)}
                />
                <Text fw={600}>{progress.percent}%</Text>
              </>
            )}
          </Group>
        </Section>
      )}
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Section title={m.dueThisWeek} hint={m.dueThisWeekHint(formatDateVi(dueBy))}>
          <DeadlineTable rows={dueThisWeek} label={m.dueThisWeek} />
        </Section>
        <Section title={m.overdue}>
          <DeadlineTable rows={overdue} label={m.overdue} />
        </Section>
      </SimpleGrid>
      <Section title={m.blocked} hint={m.blockedHint}>
        {blocked.length === 0 ? (
          <Text c="dimmed">{m.none}</Text>
        ) : (
          <List listStyleType="none" p={0} spacing="xs" aria-label={m.blocked}>
            {blocked.map((row) => (
              <List.Item key={row.candidateId}>
                <Group gap="xs">
                  <Anchor component={Link} href={`/candidates/${row.candidateId}`}>
                    {row.fullName}
                  </Anchor>
                  {row.rules.map((rule) => (
                    <Badge key={rule} color="red.9" radius="sm" aria-label={`${m.rules}: ${rule}`}>
                      {rule}
                    </Badge>
                  ))}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}
