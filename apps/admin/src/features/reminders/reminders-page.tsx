import { formatDateVi, formatInstantVi } from '@ketnap/domain';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { PASS_GREEN } from '../../components/colors.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { unitsOf, useSession } from '../../lib/session.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { reminderMessages } from './messages.js';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * The person's own reminders (docs/reminders.md): the secret calendar feed (created, replaced, revoked; its address
 * shown once), the daily e-mail's address, and for a commune administrator the log of the commune's digests.
 */
export function RemindersPage() {
  const m = useMessages(reminderMessages);
  const { viewer } = useSession();
  const communeId = unitsOf(viewer, 'commune-admin')[0];
  return (
    <Stack>
      <Title order={2}>{m.title}</Title>
      <Text c="dimmed" maw={760}>
        {m.intro}
      </Text>
      <OwnReminders />
      {communeId && (
        <Section title={m.log}>
          <ReminderLog communeId={communeId} />
        </Section>
      )}
    </Stack>
  );
}

function OwnReminders() {
  const m = useMessages(reminderMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useQuery(trpc.reminders.feed.queryOptions());
  const create = useMutation(trpc.reminders.createFeed.mutationOptions());
  const revoke = useMutation(trpc.reminders.revokeFeed.mutationOptions());
  const setEmail = useMutation(trpc.reminders.setEmail.mutationOptions());
  const [address, setAddress] = useState<string | null>(null);
  const [email, setEmailText] = useState<string | null>(null);
  if (!feed.data) return <QueryStatus error={feed.error} retry={() => feed.refetch()} />;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reminders.feed.queryKey() });
  const saveEmail = async (value: string | null) => {
    const done = await setEmail.mutateAsync({ email: value }).catch(() => null);
    if (!done) return;
    notifications.show({ color: 'green', message: m.saved });
    setEmailText(null);
    await refresh();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveEmail((email ?? feed.data.email ?? '').trim());
  };
  return (
    <>
      <Section title={m.feed}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {m.feedHint}
          </Text>
          <Text size="sm">
            {feed.data.createdAt ? m.feedActive(formatInstantVi(feed.data.createdAt)) : m.feedNone}
          </Text>
          {address && (
            <TextInput
              label={m.feedAddress}
              description={m.feedShownOnce}
              value={address}
              readOnly
              w="100%"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <Group gap="xs">
            <Button
              size="xs"
              loading={create.isPending}
              onClick={async () => {
                const done = await create.mutateAsync({}).catch(() => null);
                if (!done) return;
                setAddress(`${window.location.origin}${done.path}`);
                await refresh();
              }}
            >
              {feed.data.active ? m.feedReplace : m.feedCreate}
            </Button>
            {feed.data.active && (
              <Button
                size="xs"
                variant="default"
                loading={revoke.isPending}
                onClick={async () => {
                  if (!(await revoke.mutateAsync({}).catch(() => null))) return;
                  setAddress(null);
                  await refresh();
                }}
              >
                {m.feedRevoke}
              </Button>
            )}
          </Group>
          {(create.error ?? revoke.error) && (
            <Alert color="red" role="alert">
              {errorMessage(create.error ?? revoke.error) ?? m.failed}
            </Alert>
          )}
        </Stack>
      </Section>
      <Section title={m.email}>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="dimmed">
              {m.emailHint}
            </Text>
            <TextInput
              label={m.emailLabel}
              type="email"
              autoComplete="email"
              value={email ?? feed.data.email ?? ''}
              onChange={(e) => setEmailText(e.currentTarget.value)}
              error={setEmail.error ? (errorMessage(setEmail.error) ?? m.failed) : undefined}
              w={360}
              maw="100%"
            />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={setEmail.isPending}>
                {m.save}
              </Button>
              {feed.data.email && (
                <Button size="xs" variant="default" onClick={() => void saveEmail(null)}>
                  {m.remove}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Section>
    </>
  );
}

function ReminderLog({ communeId }: { communeId: string }) {
  const m = useMessages(reminderMessages);
  const trpc = useTRPC();
  const log = useQuery(trpc.reminders.log.queryOptions({ communeId }));
  if (!log.data) return <QueryStatus error={log.error} retry={() => log.refetch()} />;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {m.logHint}
      </Text>
      {log.data.length === 0 ? (
        <Text c="dimmed">{m.logEmpty}</Text>
      ) : (
        <TableScroll label={m.logTable} minWidth={720}>
          <Table aria-label={m.logTable} fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{m.day}</Table.Th>
                <Table.Th scope="col">{m.at}</Table.Th>
                <Table.Th scope="col">{m.account}</Table.Th>
                <Table.Th scope="col">{m.recipient}</Table.Th>
                <Table.Th scope="col">{m.status}</Table.Th>
                <Table.Th scope="col" className="num">
                  {m.items}
                </Table.Th>
                <Table.Th scope="col">{m.error}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.map((r) => (
                <Table.Tr key={r.id} data-status={r.status}>
                  <Table.Td>{formatDateVi(r.day)}</Table.Td>
                  <Table.Td>{formatInstantVi(r.at)}</Table.Td>
                  <Table.Td>{r.username}</Table.Td>
                  <Table.Td>{r.recipient}</Table.Td>
                  <Table.Td>
                    <Badge radius="sm" size="sm" color={r.status === 'sent' ? PASS_GREEN : 'red.9'}>
                      {m.statuses[r.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="num">{r.items}</Table.Td>
                  <Table.Td>{r.error ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
