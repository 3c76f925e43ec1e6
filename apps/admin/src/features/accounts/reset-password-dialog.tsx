import { formatInstantVi } from '@ketnap/domain';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useMessages } from '../../lib/i18n/i18n.js';
import { type AdminOutputs, errorMessage, useTRPC } from '../../lib/trpc.js';
import { resetPasswordMessages } from './messages.js';

type Account = AdminOutputs['accounts']['list'][number];

/**
 * "Đặt lại mật khẩu" of one account: asked first (Cancel has the focus), then `accounts.resetPassword`, whose
 * one-time password is shown here once, with a copy button and the reminder that it must be changed at the first
 * sign-in. Nothing keeps it: closing the dialog unmounts it (the parent's `onClosed`), and the answer goes with it.
 */
export function ResetPasswordDialog({
  account,
  opened,
  onClose,
  onClosed,
}: {
  account: Account;
  opened: boolean;
  onClose: () => void;
  /** Once the dialog has gone (focus back on the button that opened it). */
  onClosed: () => void;
}) {
  const m = useMessages(resetPasswordMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const passwordId = useId();
  const reset = useMutation(
    trpc.accounts.resetPassword.mutationOptions({
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.accounts.list.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
      },
    }),
  );
  const answer = reset.data;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onClosed}
      title={m.title(account.displayName)}
    >
      {answer ? (
        <Stack>
          <Text>{m.shownOnce}</Text>
          <Stack gap={4}>
            <Text fw={600} id={passwordId}>
              {m.passwordLabel}
            </Text>
            <Group gap="sm">
              <Code fz="lg" id={`${passwordId}-value`}>
                {answer.oneTimePassword}
              </Code>
              <CopyButton value={answer.oneTimePassword}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={copy}
                    aria-describedby={`${passwordId} ${passwordId}-value`}
                  >
                    {copied ? m.copied : m.copy}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Text>{m.mustChange(formatInstantVi(answer.expiresAt))}</Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {m.close}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text>{m.confirm(account.displayName, account.username)}</Text>
          {reset.error && (
            <Alert color="red" role="alert">
              {errorMessage(reset.error) ?? m.failed}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {m.cancel}
            </Button>
            <Button
              color="red"
              loading={reset.isPending}
              onClick={() => reset.mutate({ accountId: account.id, version: account.version })}
            >
              {m.confirmReset}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
