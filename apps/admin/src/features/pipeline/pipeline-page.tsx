import { type StageName, stageLabels, stageNames } from '@ketnap/domain';
import {
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { Pager } from '../../components/pager.js';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { ownCells, primaryScope, type Scope } from '../../lib/scope.js';
import { hasRole, useSession } from '../../lib/session.js';
import { useTRPC } from '../../lib/trpc.js';
import { useCells } from '../../lib/use-cells.js';
import { PipelineBoard, PipelineTable } from './candidate-views.js';
import { pipelineMessages } from './messages.js';
import { NewCandidate } from './new-candidate.js';

/** Deadline windows offered by the filter, in working days from today (overdue always included). */
const WINDOWS = [0, 5, 20, 60] as const;

/** The pipeline of the person's unit (a commune administrator's commune, a viewer's province or commune). */
export function PipelinePage() {
  const m = useMessages(pipelineMessages);
  const { viewer } = useSession();
  const scope = primaryScope(viewer);
  return (
    <>
      <Title order={2} mb="md">
        {m.title}
      </Title>
      {scope && <Pipeline scope={scope} />}
    </>
  );
}

/** A cell secretary's own cell: its candidates, and adding a new one. */
export function MyCellPage() {
  const m = useMessages(pipelineMessages);
  const { viewer } = useSession();
  const cell = viewer.roles.find((grant) => grant.role === 'cell-secretary');
  return (
    <>
      <Title order={2} mb="md">
        {m.myCellTitle}
      </Title>
      {cell && <Pipeline scope={{ orgId: cell.orgId, level: 'cell' }} />}
    </>
  );
}

/**
 * Filters (kept in the address, so a link or a reload shows the same view), the board or the table, and paging.
 * The search ignores diacritics ("nguyen" finds "Nguyễn"); the server sorts in Vietnamese order.
 */
function Pipeline({ scope }: { scope: Scope }) {
  const trpc = useTRPC();
  const { lang } = useI18n();
  const m = useMessages(pipelineMessages);
  const { viewer } = useSession();
  const wideCells = useCells(scope);
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const view = params.get('view') === 'table' ? 'table' : 'board';
  const cellId = params.get('cell') || undefined;
  // A secretary of several cells chooses one of them (the list is over one unit), the first in Vietnamese order
  // until then; everyone else filters the cells of their unit.
  const own = scope.level === 'cell' ? ownCells(viewer) : [];
  const chosen = own.find((c) => c.id === cellId) ?? own[0];
  const unit: Scope = chosen ? { orgId: chosen.id, level: 'cell' } : scope;
  const cells = scope.level === 'cell' ? own : wideCells;
  const stage = stageNames.includes(params.get('stage') as StageName)
    ? (params.get('stage') as StageName)
    : undefined;
  const dueWindow = WINDOWS.find((w) => String(w) === params.get('due'));
  const includeClosed = params.get('closed') === '1';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  const list = useQuery({
    ...trpc.candidates.list.queryOptions({
      orgId: unit.orgId,
      cellId: scope.level === 'cell' ? undefined : cellId,
      stage,
      dueWithinWorkingDays: dueWindow,
      search: debounced || undefined,
      page,
      includeClosed,
    }),
    placeholderData: keepPreviousData,
  });
  const mayAdd = hasRole(viewer, 'cell-secretary') || hasRole(viewer, 'commune-admin');

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={m.search}
          placeholder={m.searchPlaceholder}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            set({ q: e.currentTarget.value.trim() });
          }}
          w={220}
        />
        {scope.level !== 'cell' ? (
          <NativeSelect
            label={m.cell}
            value={cellId ?? ''}
            onChange={(e) => set({ cell: e.currentTarget.value })}
            data={[{ value: '', label: m.allCells }, ...cells.map((c) => ({ value: c.id, label: c.name }))]}
          />
        ) : (
          own.length > 1 && (
            <NativeSelect
              label={m.cell}
              value={unit.orgId}
              onChange={(e) => set({ cell: e.currentTarget.value })}
              data={own.map((c) => ({ value: c.id, label: c.name }))}
            />
          )
        )}
        <NativeSelect
          label={m.stage}
          value={stage ?? ''}
          onChange={(e) => set({ stage: e.currentTarget.value })}
          data={[
            { value: '', label: m.allStages },
            ...stageNames.map((s) => ({ value: s, label: stageLabels[s][lang] })),
          ]}
        />
        <NativeSelect
          label={m.deadline}
          value={dueWindow === undefined ? '' : String(dueWindow)}
          onChange={(e) => set({ due: e.currentTarget.value })}
          data={[
            { value: '', label: m.anyDeadline },
            ...WINDOWS.map((w) => ({ value: String(w), label: w === 0 ? m.dueToday : m.dueWithin(w) })),
          ]}
        />
        <Checkbox
          label={m.includeClosed}
          checked={includeClosed}
          onChange={(e) => set({ closed: e.currentTarget.checked ? '1' : undefined })}
          mb={8}
        />
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={m.view}
          value={view}
          onChange={(value) =>
            set({ view: value === 'table' ? 'table' : undefined, page: params.get('page') ?? undefined })
          }
          data={[
            { value: 'board', label: m.board },
            { value: 'table', label: m.table },
          ]}
        />
        {mayAdd && <NewCandidate key={unit.orgId} scope={unit} cells={cells} />}
      </Group>
      {list.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {list.data.total === 0 ? m.noMatch : m.found(list.data.total, list.data.members)}
          </Text>
          {view === 'board' ? (
            <PipelineBoard rows={list.data.rows} />
          ) : (
            <PipelineTable rows={list.data.rows} />
          )}
          <Pager
            label={m.page}
            total={list.data.total}
            pageSize={list.data.pageSize}
            page={list.data.page}
            onChange={(p) => set({ page: String(p) })}
          />
        </>
      ) : (
        <QueryStatus error={list.error} retry={() => list.refetch()} />
      )}
    </Stack>
  );
}
