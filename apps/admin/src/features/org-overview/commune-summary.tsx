import { formatDateVi, formatNumberVi, percentOfTarget } from '@ketnap/domain';
import { Group, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { useI18n } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';

export type Overview = AdminOutputs['org']['overview'];

/** The commune's figures for the year, as the server counted them, and the progress against the year's target. */
export function CommuneSummary({ overview }: { overview: Overview }) {
  const { m } = useI18n();
  const { commune } = overview;
  const percent = percentOfTarget(commune);
  return (
    <section aria-labelledby="summary-title">
      <Title order={2} size="h3" id="summary-title" mt="md" mb="xs">
        {commune.name} · {m.yearPlan(overview.year)}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} my="xs" className="facts">
        <Paper withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {m.members}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {formatNumberVi(commune.members)}{' '}
            <Text span size="sm" fw={400} c="dimmed">
              ({m.official} {formatNumberVi(commune.official)}, {m.probationary}{' '}
              {formatNumberVi(commune.probationary)})
            </Text>
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {m.target}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {commune.target === null ? m.noTarget : formatNumberVi(commune.target)}
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {m.admitted}
          </Text>
          <Text component="dd" m={0} fw={700} size="xl">
            {formatNumberVi(commune.admitted)}
          </Text>
        </Paper>
      </SimpleGrid>
      {percent !== null && (
        <Group gap="sm" wrap="nowrap">
          <Progress value={Math.min(100, percent)} flex={1} aria-label={m.progressLabel} />
          <Text size="sm" fw={600}>
            {percent}%
          </Text>
        </Group>
      )}
      <Text size="sm" c="dimmed" mt="xs">
        {m.asOf(formatDateVi(overview.asOf))}
      </Text>
    </section>
  );
}
