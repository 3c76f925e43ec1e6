import { defaultPlanYear } from '@ketnap/domain';
import { NativeSelect, Text } from '@mantine/core';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { useServerToday } from '../../lib/use-today.js';
import { CellsTable } from './cells-table.js';
import { CommuneSummary } from './commune-summary.js';

/**
 * The commune's member-development overview for a year. One commune per installation for now, so it is the first
 * the server lists; the year defaults to the current one (the server's today, in `scope`'s dashboard) until it
 * ends, even once next year has a target (`defaultPlanYear`); a past year is counted to its 31/12 by the server.
 */
export function OrgOverview() {
  const trpc = useTRPC();
  const { m } = useI18n();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const communes = useQuery(trpc.org.communes.queryOptions());
  const today = useServerToday();
  const commune = communes.data?.[0];
  const year = chosenYear ?? (commune && today ? (defaultPlanYear(commune.years, today) ?? null) : null);
  const overview = useQuery(
    trpc.org.overview.queryOptions(commune && year !== null ? { commune: commune.slug, year } : skipToken),
  );

  if (!communes.data) return <QueryStatus error={communes.error} retry={() => communes.refetch()} />;
  if (!commune) return <Text c="dimmed">{m.noCommunes}</Text>;
  if (!today && chosenYear === null) return <QueryStatus error={null} retry={() => communes.refetch()} />;
  if (year === null) return <Text c="dimmed">{m.notFound}</Text>;
  return (
    <>
      <NativeSelect
        label={m.year}
        value={String(year)}
        onChange={(e) => setChosenYear(Number(e.currentTarget.value))}
        data={commune.years.map(String)}
        w={160}
      />
      {overview.data ? (
        <>
          <CommuneSummary overview={overview.data} />
          <CellsTable cells={overview.data.cells} />
        </>
      ) : (
        <QueryStatus error={overview.error} retry={() => overview.refetch()} />
      )}
    </>
  );
}
