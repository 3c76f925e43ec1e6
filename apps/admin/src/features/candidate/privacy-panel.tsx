import { ERASABLE_STAGES, formatDateVi, type StageName } from '@ketnap/domain';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { privacyMessages } from './privacy-messages.js';

/** The address of a candidate's personal data export (the server's file route; same session, audited). */
export function personalDataUrl(candidateId: string, format: 'json' | 'html'): string {
  return `/api/admin/privacy/export.${format}?${new URLSearchParams({ candidateId })}`;
}

/**
 * The data subject's rights on the candidate page, for commune administrators (docs/privacy.md): "Xuất dữ liệu cá
 * nhân" as a printable page or JSON (downloads from the server's file route, each audited), and for a rejected or
 * withdrawn candidate "Xóa hồ sơ", asked again before it is sent; the server decides whether the retention period
 * has run and says so in its words (the first day it may be erased).
 */
export function PrivacyPanel({
  candidateId,
  version,
  stage,
  erasedOn,
  onChanged,
}: {
  candidateId: string;
  version: number;
  stage: string;
  erasedOn: string | null;
  /** Refetches the candidate's file (now erased), its lists and dashboards. */
  onChanged: () => Promise<void>;
}) {
  const m = useMessages(privacyMessages);
  const trpc = useTRPC();
  const erase = useMutation(trpc.privacy.erase.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  if (erasedOn) return <Text size="sm">{m.erased(formatDateVi(erasedOn))}</Text>;
  const erasable = ERASABLE_STAGES.includes(stage as StageName);

  const confirmErase = async () => {
    const done = await erase.mutateAsync({ candidateId, version }).catch(() => null);
    setConfirming(false);
    if (!done) return;
    notifications.show({ color: 'green', message: m.erasedDone });
    await onChanged();
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {m.exportHint}
      </Text>
      <Group gap="xs">
        <Button
          component="a"
          href={personalDataUrl(candidateId, 'html')}
          download
          variant="default"
          size="xs"
        >
          {m.exportHtml}
        </Button>
        <Button
          component="a"
          href={personalDataUrl(candidateId, 'json')}
          download
          variant="default"
          size="xs"
        >
          {m.exportJson}
        </Button>
      </Group>
      {erasable && (
        <>
          <Text size="sm" c="dimmed">
            {m.eraseHint}
          </Text>
          {confirming ? (
            <Paper withBorder p="sm" role="group" aria-label={m.erase}>
              <Text size="sm" mb="sm">
                {m.confirm}
              </Text>
              <Group justify="flex-end" gap="xs">
                <Button ref={cancelRef} variant="default" size="xs" onClick={() => setConfirming(false)}>
                  {m.cancel}
                </Button>
                <Button color="red" size="xs" loading={erase.isPending} onClick={confirmErase}>
                  {m.confirmErase}
                </Button>
              </Group>
            </Paper>
          ) : (
            <Group>
              <Button
                color="red"
                variant="outline"
                size="xs"
                onClick={() => {
                  erase.reset();
                  setConfirming(true);
                }}
              >
                {m.erase}
              </Button>
            </Group>
          )}
          {erase.error != null && (
            <Alert color="red" role="alert">
              <Text size="sm">{errorMessage(erase.error) ?? m.failed}</Text>
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
