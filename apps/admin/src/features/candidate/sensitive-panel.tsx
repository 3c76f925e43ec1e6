import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { candidateMessages } from './messages.js';
import { sensitiveRows } from './sensitive-fields.js';
import { TermList } from './term-list.js';

/**
 * The candidate's sensitive record, read only when the person asks. Every `candidates.sensitive` call writes an audit
 * entry, so the query never runs by itself: disabled (no fetch on mount, focus, reconnect or invalidation, which the
 * page's forms do after saving), no retry, and fetched once per click. Hiding it drops it from the cache, as does
 * leaving the page (`gcTime: 0`).
 */
export function useSensitiveRecord(candidateId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shownFor, setShownFor] = useState<string | null>(null);
  const options = trpc.candidates.sensitive.queryOptions(
    { candidateId },
    { enabled: false, retry: false, gcTime: 0 },
  );
  const query = useQuery(options);
  const shown = shownFor === candidateId;
  return {
    shown,
    /** The record once read, while shown. */
    data: shown ? query.data : undefined,
    error: shown ? query.error : null,
    loading: shown && query.isFetching,
    reveal: () => {
      setShownFor(candidateId);
      // A second click while the first read runs joins it instead of starting another.
      void query.refetch({ cancelRefetch: false });
    },
    hide: () => {
      setShownFor(null);
      queryClient.removeQueries({ queryKey: options.queryKey, exact: true });
    },
  };
}

export type SensitiveRecord = ReturnType<typeof useSensitiveRecord>;

/** The sensitive section's body: the reveal button (or why there is none), then the fields and "Ẩn". */
export function SensitivePanel({ record, allowed }: { record: SensitiveRecord; allowed: boolean }) {
  const { lang, m: common } = useI18n();
  const m = useMessages(candidateMessages);
  if (!allowed) return <Text c="dimmed">{m.sensitiveNotAllowed}</Text>;
  if (!record.data) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {m.sensitiveHint}
        </Text>
        {record.error !== null && (
          <Alert color="red" role="alert">
            {errorMessage(record.error) ?? common.loadFailed}
          </Alert>
        )}
        <Button variant="default" size="xs" loading={record.loading} onClick={record.reveal}>
          {m.revealSensitive}
        </Button>
      </Stack>
    );
  }
  const rows = sensitiveRows(record.data, lang, m);
  return (
    <Stack gap="xs" align="flex-start">
      {rows.length === 0 ? (
        <Text c="dimmed">{m.sensitiveEmpty}</Text>
      ) : (
        <TermList items={rows.map((row) => [row.label, row.lines.join('\n')])} />
      )}
      <Button variant="default" size="xs" onClick={record.hide}>
        {m.hideSensitive}
      </Button>
    </Stack>
  );
}
