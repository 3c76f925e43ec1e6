import { changePasswordForm, PASSWORD_MIN_LENGTH, passwordLength } from '@ketnap/domain';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { validateForm } from '../../lib/form-errors.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { changePasswordMessages } from './messages.js';

type Field = 'current' | 'next' | 'repeat';

/**
 * Current password, new password, the new one again: judged while typing by `changePasswordForm` from
 * `@ketnap/domain` (the new password's length shows as it grows, its error as soon as it is typed; the others at
 * the first submit), then sent to `auth.changePassword`, whose refusals (a wrong current password, a common one)
 * are shown in its words under the form. Once changed, the caller's `auth.me` is fetched again (the must-change and
 * demo marks are gone) and `onChanged` runs.
 */
export function ChangePasswordForm({
  username,
  onChanged,
  onCancel,
  autoFocus = false,
}: {
  /** The signed-in username, which the new password must not be. */
  username: string;
  onChanged: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const m = useMessages(changePasswordMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<Field, string>>({ current: '', next: '', repeat: '' });
  const [submitted, setSubmitted] = useState(false);
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const checked = validateForm(changePasswordForm, { ...fields, username });
  const errors: Partial<Record<string, string>> = submitted
    ? checked.errors
    : { next: fields.next ? checked.errors.next : undefined };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.success) return;
    const done = await change.mutateAsync({ current: fields.current, next: fields.next }).catch(() => null);
    if (!done) return;
    notifications.show({ color: 'green', message: m.changed });
    await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
    onChanged();
  };

  /** A password field's value, changes, error and the props PasswordInput leaves to the caller. */
  const bind = (key: Field) => ({
    value: fields[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      change.reset();
      setFields({ ...fields, [key]: e.currentTarget.value });
    },
    error: errors[key],
    'aria-invalid': errors[key] ? true : undefined,
    visibilityToggleButtonProps: { 'aria-label': m.showPassword },
    required: true,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={m.current}
          autoComplete="current-password"
          data-autofocus
          autoFocus={autoFocus}
          {...bind('current')}
        />
        <PasswordInput
          label={m.next}
          description={m.nextHint(passwordLength(fields.next), PASSWORD_MIN_LENGTH)}
          autoComplete="new-password"
          {...bind('next')}
        />
        <PasswordInput label={m.repeat} autoComplete="new-password" {...bind('repeat')} />
        {change.error && (
          <Alert color="red" role="alert">
            {errorMessage(change.error) ?? m.failed}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {m.cancel}
            </Button>
          )}
          <Button type="submit" loading={change.isPending}>
            {m.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
