import { IMPORT_COLUMNS, type ImportKind } from '@ketnap/domain';
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import type { AdminOutputs } from '../../lib/trpc.js';
import { importMessages } from './messages.js';
import { uploadWorkbook } from './upload.js';

type Answer = AdminOutputs['imports']['members'];
type Phase = { step: 'idle' } | { step: 'uploading'; fraction: number } | { step: 'processing' };

/**
 * Import of members or candidates from an .xlsx file: check (a dry run answering the preview or the row errors),
 * then import the same file. Progress: the upload's bytes (XMLHttpRequest), then "checking" while the server
 * validates and writes the whole file in one transaction.
 */
export function ImportPanel({ commune }: { commune: string }) {
  const m = useMessages(importMessages);
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('members');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setAnswer(null);
    setFailure(null);
    setPhase({ step: 'uploading', fraction: 0 });
    try {
      const url = `/api/admin/import/${kind}?commune=${encodeURIComponent(commune)}${dryRun ? '&dryRun=1' : ''}`;
      const { status, body } = await uploadWorkbook(url, file, (fraction) =>
        setPhase(fraction < 1 ? { step: 'uploading', fraction } : { step: 'processing' }),
      );
      if (status === 200) {
        setAnswer(body as Answer);
        if (!dryRun) await queryClient.invalidateQueries();
      } else setFailure((body as { error?: { message?: string } } | null)?.error?.message ?? m.failed);
    } catch {
      setFailure(m.failed);
    } finally {
      setPhase({ step: 'idle' });
    }
  };

  const busy = phase.step !== 'idle';
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {m.title}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {m.intro}
      </Text>
      <SegmentedControl
        aria-label={m.kind}
        value={kind}
        onChange={(v) => {
          setKind(v as ImportKind);
          setAnswer(null);
        }}
        data={[
          { value: 'members', label: m.kinds.members },
          { value: 'candidates', label: m.kinds.candidates },
        ]}
        w="fit-content"
      />
      <Text fw={600} size="sm">
        {m.columns}
      </Text>
      <List size="sm">
        {IMPORT_COLUMNS[kind].map((c) => (
          <List.Item key={c.key}>
            <b>{c.header[lang]}</b> ({c.required ? m.required : m.optional}): {c.hint}
          </List.Item>
        ))}
      </List>
      <Group align="end">
        <FileInput
          label={m.file}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setAnswer(null);
          }}
          w={320}
          clearable
          clearButtonProps={{ 'aria-label': m.clearFile }}
        />
        <Button onClick={() => send(true)} disabled={!file || busy}>
          {m.check}
        </Button>
        {answer?.ok && answer.dryRun && (
          <Button onClick={() => send(false)} disabled={busy}>
            {m.write(answer.count)}
          </Button>
        )}
      </Group>
      {busy && (
        <Stack gap={4} role="status">
          <Progress
            value={phase.step === 'uploading' ? Math.round(phase.fraction * 100) : 100}
            animated={phase.step === 'processing'}
            aria-label={phase.step === 'uploading' ? m.uploading : m.checking}
          />
          <Text size="sm">{phase.step === 'uploading' ? m.uploading : m.checking}</Text>
          <Text size="xs" c="dimmed">
            {m.progressHint}
          </Text>
        </Stack>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {answer && <ImportAnswer answer={answer} />}
    </Stack>
  );
}

function ImportAnswer({ answer }: { answer: Answer }) {
  const m = useMessages(importMessages);
  const { lang } = useI18n();
  const ignored = answer.ignoredColumns.length > 0 && (
    <Text size="sm" c="dimmed">
      {m.ignored(answer.ignoredColumns.join(', '))}
    </Text>
  );
  if (answer.ok)
    return (
      <>
        <Alert color="green" role="status">
          {answer.dryRun ? m.valid(answer.count) : m.written(answer.written)}
        </Alert>
        {ignored}
        <TableScroll
          label={answer.dryRun ? m.valid(answer.count) : m.written(answer.written)}
          minWidth={400}
          maxHeight={420}
        >
          <Table striped aria-label={m.valid(answer.count)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{m.row}</Table.Th>
                <Table.Th>{IMPORT_COLUMNS.members[0]?.header[lang]}</Table.Th>
                <Table.Th>{IMPORT_COLUMNS.members[3]?.header[lang]}</Table.Th>
                <Table.Th>{m.readAs}</Table.Th>
                <Table.Th>{m.warnings}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.preview.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td className="num">{r.row}</Table.Td>
                  <Table.Td>{r.fullName}</Table.Td>
                  <Table.Td>{r.cellName}</Table.Td>
                  {/* Every field the server read, dates as it understood them (dd/MM/yyyy), to check before importing. */}
                  <Table.Td>{r.fields.map((f) => `${f.column}: ${f.value}`).join(' · ')}</Table.Td>
                  <Table.Td>{r.warnings.join(' ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </>
    );
  return (
    <>
      <Alert color="red" role="alert">
        {m.errors(answer.errors.length, answer.errorCount)}
      </Alert>
      {ignored}
      <TableScroll label={m.errors(answer.errors.length, answer.errorCount)} minWidth={700}>
        <Table striped aria-label={m.errors(answer.errors.length, answer.errorCount)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="num">{m.row}</Table.Th>
              <Table.Th>{m.column}</Table.Th>
              <Table.Th>{m.problem}</Table.Th>
              <Table.Th>{m.fix}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answer.errors.map((e) => (
              <Table.Tr key={`${e.row}-${e.column}-${e.message}`}>
                <Table.Td className="num">{e.row}</Table.Td>
                <Table.Td>{e.column}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
                <Table.Td>{e.hint}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
