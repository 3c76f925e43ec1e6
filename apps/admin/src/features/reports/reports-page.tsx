import { defaultPlanYear, formatDateVi, parseDateVi } from '@ketnap/domain';
import { Button, Group, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateField } from '../../components/date-field.js';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { hasRole, useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { useServerToday } from '../../lib/use-today.js';
import '../../components/print.css';
import { CompositionPanel } from './composition-panel.js';
import { ExportButton, exportUrl } from './export-link.js';
import { ForecastPanel } from './forecast-panel.js';
import { ImportPanel } from './import-panel.js';
import { reportsMessages } from './messages.js';
import { ResultsPanel } from './results-panel.js';
import { VillagesPanel } from './villages-panel.js';

/**
 * The commune office's reports: results per cell, composition of new members, forecast with what-if, villages;
 * each exported to Excel and printable (the open tab prints: a tab loads its report when opened, so the audited
 * composition is read only when someone looks at it); the registers' exports; and, for commune
 * administrators, the Excel import. Choose the commune (when the account reads several), the year and the day.
 */
export function ReportsPage() {
  const trpc = useTRPC();
  const m = useMessages(reportsMessages);
  const { m: common } = useI18n();
  const { viewer } = useSession();
  const communes = useQuery(trpc.org.communes.queryOptions());
  const [slug, setSlug] = useState<string | null>(null);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [asOfText, setAsOfText] = useState('');
  // The current year (the server's today) until it ends, even once next year has a target.
  const today = useServerToday();
  if (!communes.data || !today)
    return <QueryStatus error={communes.error} retry={() => communes.refetch()} />;
  const commune = communes.data.find((c) => c.slug === slug) ?? communes.data[0];
  if (!commune) return <Text c="dimmed">{common.noCommunes}</Text>;
  const year = chosenYear ?? defaultPlanYear(commune.years, today) ?? null;
  const parsed = asOfText.trim() === '' ? undefined : parseDateVi(asOfText);
  const asOf = parsed ?? undefined;
  const admin = hasRole(viewer, 'commune-admin');
  return (
    <Stack gap="md">
      <Title order={2}>{m.title}</Title>
      <Text c="dimmed" maw={760} className="no-print">
        {m.intro}
      </Text>
      <Text className="print-only">
        {commune.name}
        {year !== null ? ` · ${year}` : ''}
        {asOf ? ` · ${formatDateVi(asOf)}` : ''}
      </Text>
      <Group align="end" className="no-print">
        {communes.data.length > 1 && (
          <NativeSelect
            label={m.commune}
            value={commune.slug}
            onChange={(e) => setSlug(e.currentTarget.value)}
            data={communes.data.map((c) => ({ value: c.slug, label: c.name }))}
          />
        )}
        <NativeSelect
          label={m.year}
          value={year === null ? '' : String(year)}
          onChange={(e) => setChosenYear(Number(e.currentTarget.value))}
          data={commune.years.map(String)}
          w={120}
        />
        <DateField
          label={m.asOf}
          description={m.asOfHint}
          value={asOfText}
          onChange={(e) => setAsOfText(e.currentTarget.value)}
          error={parsed === null ? m.badDate : undefined}
          w={220}
        />
        <Button variant="default" onClick={() => window.print()}>
          {m.print}
        </Button>
        <ExportButton href={exportUrl('members', { commune: commune.slug, asOf })} label={m.exportMembers} />
        <ExportButton href={exportUrl('candidates', { commune: commune.slug })} label={m.exportCandidates} />
      </Group>
      {year === null ? (
        <Text c="dimmed">{common.notFound}</Text>
      ) : (
        <Tabs defaultValue="results" keepMounted={false}>
          <Tabs.List className="no-print">
            <Tabs.Tab value="results">{m.tabs.results}</Tabs.Tab>
            <Tabs.Tab value="composition">{m.tabs.composition}</Tabs.Tab>
            <Tabs.Tab value="forecast">{m.tabs.forecast}</Tabs.Tab>
            <Tabs.Tab value="villages">{m.tabs.villages}</Tabs.Tab>
            {admin && <Tabs.Tab value="import">{m.tabs.import}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="results" pt="md">
            <ResultsPanel commune={commune.slug} year={year} asOf={asOf} />
          </Tabs.Panel>
          <Tabs.Panel value="composition" pt="md">
            <CompositionPanel commune={commune.slug} year={year} asOf={asOf} />
          </Tabs.Panel>
          <Tabs.Panel value="forecast" pt="md">
            <ForecastPanel commune={commune.slug} year={year} asOf={asOf} />
          </Tabs.Panel>
          <Tabs.Panel value="villages" pt="md">
            <VillagesPanel commune={commune.slug} asOf={asOf} />
          </Tabs.Panel>
          {admin && (
            <Tabs.Panel value="import" pt="md" className="no-print">
              <ImportPanel commune={commune.slug} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Stack>
  );
}
