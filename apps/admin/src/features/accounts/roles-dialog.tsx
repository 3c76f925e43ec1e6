import { type AccountRole, roleGrantInput } from '@ketnap/domain';
import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { validateForm } from '../../lib/form-errors.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { type AdminOutputs, errorMessage, useTRPC } from '../../lib/trpc.js';
import { rolesMessages } from './messages.js';
import { firstUnit, type RoleUnit, RoleUnitFields } from './role-unit-fields.js';

type Account = AdminOutputs['accounts']['list'][number];
type Grant = Account['roles'][number];

/**
 * An account's roles (role · unit), each with "Thu hồi" (asked again before it is sent), and "Thêm vai trò": a role
 * over the commune or one of its cells, judged while choosing by `roleGrantInput`, the schema `accounts.grant` and
 * `accounts.revoke` parse. The server's refusals (your own account, a unit that does not suit the role) are shown in
 * its words; after a change the accounts list reloads, and this dialog with it.
 */
export function RolesDialog({
  account,
  communeId,
  self,
  opened,
  onClose,
  onClosed,
}: {
  account: Account;
  communeId: string;
  self: boolean;
  opened: boolean;
  onClose: () => void;
  /** Once the dialog has gone (focus back on the button that opened it). */
  onClosed: () => void;
}) {
  const m = useMessages(rolesMessages);
  const { m: chrome } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: trpc.accounts.list.pathKey() });
  const heldOver = (role: AccountRole) => account.roles.filter((g) => g.role === role).map((g) => g.orgId);
  const [draft, setDraft] = useState<RoleUnit>(() => ({
    role: 'cell-secretary',
    orgId: firstUnit('cell-secretary', communeId),
  }));
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState<Grant | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const grantTitle = useId();
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const grant = useMutation(trpc.accounts.grant.mutationOptions());
  const revoke = useMutation(trpc.accounts.revoke.mutationOptions());
  const checked = validateForm(roleGrantInput, { ...draft, accountId: account.id });
  const errors = submitted ? checked.errors : {};
  const label = (g: Grant) => [chrome.roleNames[g.role], g.orgName] as const;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    revoke.reset();
    if (!checked.success) return;
    const done = await grant.mutateAsync(checked.data).catch(() => null);
    if (!done) return;
    await reload();
    notifications.show({ color: 'green', message: m.granted });
    setSubmitted(false);
    setDraft({
      role: draft.role,
      orgId: firstUnit(draft.role, communeId, [...heldOver(draft.role), draft.orgId]),
    });
  };

  const confirmRevoke = async (g: Grant) => {
    grant.reset();
    const done = await revoke
      .mutateAsync({ accountId: account.id, role: g.role, orgId: g.orgId })
      .catch(() => null);
    setConfirming(null);
    if (!done) return;
    await reload();
    notifications.show({
      color: done.revoked ? 'green' : 'yellow',
      message: done.revoked ? m.revoked : m.notHeld,
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={m.title(account.displayName)}
      size="lg"
    >
      <Stack>
        {self && <Text c="dimmed">{m.yourOwn}</Text>}
        {account.roles.length === 0 ? (
          <Text>{m.none}</Text>
        ) : (
          <Table aria-label={m.list}>
            <Table.Tbody>
              {account.roles.map((g) => {
                const [role, unit] = label(g);
                return (
                  <Table.Tr key={`${g.role}:${g.orgId}`}>
                    <Table.Td>
                      {role} · {unit}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={m.revoke(role, unit)}
                        disabled={confirming !== null}
                        onClick={() => setConfirming(g)}
                      >
                        {m.revokeLabel}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {confirming && (
          <Paper withBorder p="sm" role="group" aria-label={m.revoke(...label(confirming))}>
            <Text mb="sm">{m.confirm(...label(confirming), account.displayName)}</Text>
            <Group justify="flex-end">
              <Button ref={cancelRef} variant="default" onClick={() => setConfirming(null)}>
                {m.cancel}
              </Button>
              <Button color="red" loading={revoke.isPending} onClick={() => confirmRevoke(confirming)}>
                {m.confirmRevoke}
              </Button>
            </Group>
          </Paper>
        )}
        {revoke.error && (
          <Alert color="red" role="alert">
            {errorMessage(revoke.error) ?? m.failed}
          </Alert>
        )}
        <form onSubmit={submit} noValidate aria-labelledby={grantTitle}>
          <Stack gap="sm">
            <Title order={3} size="h4" id={grantTitle}>
              {m.grantTitle}
            </Title>
            <RoleUnitFields
              communeId={communeId}
              value={draft}
              onChange={(next) => {
                grant.reset();
                setDraft(next);
              }}
              errors={errors}
              heldOver={heldOver}
            />
            {grant.error && (
              <Alert color="red" role="alert">
                {errorMessage(grant.error) ?? m.failed}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={grant.isPending}>
                {m.grant}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
