import { Alert, Button, Group, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CommuneAdminScreen } from '../../components/commune-admin-screen.js';
import { QueryStatus } from '../../components/query-status.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useSession } from '../../lib/session.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { accountsMessages } from './messages.js';
import { NewAccount } from './new-account.js';
import { ResetPasswordDialog } from './reset-password-dialog.js';
import { RolesDialog } from './roles-dialog.js';

/**
 * A commune administrator's accounts: who holds which role, creating an account, disabling or enabling one, each
 * account's roles (granting one, revoking one) in a dialog, and resetting an account's password (another dialog,
 * which shows the one-time password once). The state says which accounts still have the demo password or have a
 * password change pending.
 */
export function AccountsPage() {
  const m = useMessages(accountsMessages);
  return (
    <CommuneAdminScreen title={m.title} intro={m.intro}>
      {(communeId) => <Accounts communeId={communeId} />}
    </CommuneAdminScreen>
  );
}

function Accounts({ communeId }: { communeId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { m: chrome } = useI18n();
  const m = useMessages(accountsMessages);
  const { viewer } = useSession();
  // The account whose roles the dialog shows (kept while it closes), and whether it is open.
  const [managing, setManaging] = useState<string | null>(null);
  const [rolesOpen, setRolesOpen] = useState(false);
  // The account whose password the reset dialog is about (kept while it closes), and whether it is open.
  const [resetting, setResetting] = useState<string | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const accounts = useQuery(trpc.accounts.list.queryOptions({ communeId }));
  const onSettled = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.accounts.list.pathKey() });
    // Disabling a demo account changes the demo warning's count.
    await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  };
  const onSuccess = () => notifications.show({ color: 'green', message: m.done });
  const disable = useMutation(trpc.accounts.disable.mutationOptions({ onSuccess, onSettled }));
  const enable = useMutation(trpc.accounts.enable.mutationOptions({ onSuccess, onSettled }));
  if (!accounts.data) return <QueryStatus error={accounts.error} retry={() => accounts.refetch()} />;
  const failure = disable.error ?? enable.error;
  // The dialog shows the account as the list has it now, so a grant or a revocation appears there once reloaded.
  const managed = accounts.data.find((a) => a.id === managing);
  const reset = accounts.data.find((a) => a.id === resetting);
  return (
    <>
      <NewAccount communeId={communeId} />
      {failure && (
        // A stale version (someone changed the account meanwhile) is answered in the server's words; the list reloads.
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(failure)}
        </Alert>
      )}
      <TableScroll label={m.table} minWidth={860}>
        <Table striped aria-label={m.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{m.username}</Table.Th>
              <Table.Th scope="col">{m.name}</Table.Th>
              <Table.Th scope="col">{m.roles}</Table.Th>
              <Table.Th scope="col">{m.state}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{m.actions}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.data.map((a) => {
              const self = a.id === viewer.accountId;
              const toggle = a.disabled ? enable : disable;
              return (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={600}>
                    {a.username} {self && m.you}
                  </Table.Th>
                  <Table.Td>{a.displayName}</Table.Td>
                  <Table.Td>
                    {a.roles.map((r) => `${chrome.roleNames[r.role]} · ${r.orgName}`).join('; ')}
                  </Table.Td>
                  <Table.Td>
                    {[
                      a.disabled ? m.disabled : m.active,
                      ...(a.mustChangePassword ? [m.mustChange] : []),
                      ...(a.demo ? [m.demoPassword] : []),
                    ].join(' · ')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={m.manageRoles(a.displayName)}
                        onClick={() => {
                          setManaging(a.id);
                          setRolesOpen(true);
                        }}
                      >
                        {m.manageRolesLabel}
                      </Button>
                      {!self && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={m.resetPassword(a.displayName)}
                          onClick={() => {
                            setResetting(a.id);
                            setResetOpen(true);
                          }}
                        >
                          {m.resetPasswordLabel}
                        </Button>
                      )}
                      {!self && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={a.disabled ? m.enable(a.displayName) : m.disable(a.displayName)}
                          loading={toggle.isPending && toggle.variables?.accountId === a.id}
                          onClick={() => toggle.mutate({ accountId: a.id, version: a.version })}
                        >
                          {a.disabled ? m.enableLabel : m.disableLabel}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {managed && (
        <RolesDialog
          key={managed.id}
          account={managed}
          communeId={communeId}
          self={managed.id === viewer.accountId}
          opened={rolesOpen}
          onClose={() => setRolesOpen(false)}
          onClosed={() => setManaging(null)}
        />
      )}
      {reset && (
        <ResetPasswordDialog
          key={reset.id}
          account={reset}
          opened={resetOpen}
          onClose={() => setResetOpen(false)}
          onClosed={() => setResetting(null)}
        />
      )}
    </>
  );
}
