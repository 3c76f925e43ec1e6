import type { SensitiveProfile } from '@ketnap/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { candidateMessages } from './messages.js';
import { sensitiveRows } from './sensitive-fields.js';
import { type SensitiveEditorSubject, SensitiveForm } from './sensitive-form.js';
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
    /** The record as just saved, shown without another (audited) read. */
    replace: (profile: SensitiveProfile) => queryClient.setQueryData(options.queryKey, profile),
    hide: () => {
      setShownFor(null);
      queryClient.removeQueries({ queryKey: options.queryKey, exact: true });
    },
  };
}

export type SensitiveRecord = ReturnType<typeof useSensitiveRecord>;

/**
 * The sensitive section's body: the reveal button (or why there is none), then the fields, "Sửa" and "Ẩn". The editor
 * opens only on revealed data (`editor` is what it saves against; without it there is no "Sửa").
 */
export function SensitivePanel({
  record,
  allowed,
  editor,
  onChanged,
}: {
  record: SensitiveRecord;
  allowed: boolean;
  editor?: SensitiveEditorSubject;
  /** Refetches the candidate's file (its version and checks), its lists and dashboards after a save. */
  onChanged: () => Promise<void>;
}) {
  const { lang, m: common } = useI18n();
  const m = useMessages(candidateMessages);
  const [editing, setEditing] = useState(false);
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
  if (editing && editor) {
    return (
      <SensitiveForm
        subject={editor}
        saved={record.data}
        onSaved={(profile) => {
          // Shown as saved, without another (audited) read; the page reloads the candidate's version and checks
          // (the sensitive query is disabled, and not among what that reload asks for).
          record.replace(profile);
          setEditing(false);
          void onChanged();
        }}
        onReload={() => {
          // Someone else saved meanwhile: the page reloads, and the sensitive fields are hidden until read again.
          setEditing(false);
          record.hide();
          void onChanged();
        }}
        onClose={() => setEditing(false)}
      />
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
      <Group gap="xs">
        {editor && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {m.editSensitive}
          </Button>
        )}
        <Button variant="default" size="xs" onClick={record.hide}>
          {m.hideSensitive}
        </Button>
      </Group>
    </Stack>
  );
}
