import { eventLabels } from '@ketnap/domain';
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';
import { papersMessages } from './papers-messages.js';

/** The download address of one paper of a dossier (the server's file route; same session, audited). */
export function paperUrl(kind: string, candidateId: string, format: 'pdf' | 'docx'): string {
  return `/api/admin/papers/${kind}?${new URLSearchParams({ candidate: candidateId, format })}`;
}

type Papers = NonNullable<AdminOutputs['candidates']['file']['live']>['papers'];

/**
 * The papers of a dossier (`papers.status`, part of the candidate's file): each one the procedure issues with its form and register number and
 * "Tải Word" / "Tải PDF" once its facts are all recorded, else what to fill first (field, step, rule) or the rules
 * its step failed; then the hand-written papers and whether each was received.
 */
export function PapersPanel({ candidateId, status }: { candidateId: string; status: Papers }) {
  const m = useMessages(papersMessages);
  const { lang } = useI18n();
  const { papers, handwritten } = status;
  // The two downloads of a ready paper, Word first.
  const downloads = [
    { format: 'docx', label: m.word, labelOf: m.wordOf },
    { format: 'pdf', label: m.pdf, labelOf: m.pdfOf },
  ] as const;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {m.hint}
      </Text>
      <List listStyleType="none" p={0} spacing="sm" aria-label={m.title}>
        {papers.map((p) => (
          <List.Item key={p.kind} data-paper={p.kind}>
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {p.title[lang]}
                </Text>
                {p.form && <Badge variant="light">{p.form}</Badge>}
                {p.number && (
                  <Text size="sm">
                    {m.number} {p.number}
                  </Text>
                )}
              </Group>
              {p.ready ? (
                <Group gap="xs">
                  {downloads.map((d) => (
                    <Button
                      key={d.format}
                      component="a"
                      href={paperUrl(p.kind, candidateId, d.format)}
                      download
                      variant="default"
                      size="xs"
                      aria-label={d.labelOf(p.title[lang])}
                    >
                      {d.label}
                    </Button>
                  ))}
                </Group>
              ) : p.failed.length > 0 ? (
                <Text size="sm" c="red.8">
                  {m.failed}: {p.failed.map((f) => `${f.rule} ${f.message[lang]}`).join('; ')}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {m.missing}:{' '}
                  {p.missing
                    .map((f) => {
                      const step = f.step && f.step !== 'annual' ? ` (${eventLabels[f.step][lang]})` : '';
                      return `${f.label[lang]}${step}`;
                    })
                    .join('; ')}
                </Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        {m.handwritten}
      </Text>
      <List listStyleType="none" p={0} spacing={4} aria-label={m.handwritten}>
        {handwritten.map((h) => (
          <List.Item key={h.kind}>
            <Text size="sm">
              {h.title[lang]}: {h.received ? m.received : m.notReceived}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
