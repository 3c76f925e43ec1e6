import { type AccountRole, createAccountForm, PASSWORD_MIN_LENGTH } from '@ketnap/domain';
import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { validateForm } from '../../lib/form-errors.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, isConflict, useTRPC } from '../../lib/trpc.js';
import { newAccountMessages } from './messages.js';
import { firstUnit, RoleUnitFields } from './role-unit-fields.js';

interface Fields {
  displayName: string;
  username: string;
  password: string;
  passwordConfirmation: string;
  role: AccountRole;
  orgId: string;
}

type TextField = Exclude<keyof Fields, 'role' | 'orgId'>;

/**
 * "New account": a commune administrator creates an account homed at their commune, with one role over the commune
 * or one of its cells. The form is judged while typing by the schema `accounts.create` parses (`createAccountForm`
 * adds the repeated password); the server's refusal (a username taken) goes beside the field, others under the form.
 */
export function NewAccount({ communeId }: { communeId: string }) {
  const m = useMessages(newAccountMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const empty = (): Fields => ({
    displayName: '',
    username: '',
    password: '',
    passwordConfirmation: '',
    role: 'cell-secretary',
    orgId: firstUnit('cell-secretary', communeId),
  });
  const [fields, setFields] = useState<Fields>(empty);
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation(trpc.accounts.create.mutationOptions());
  const checked = validateForm(createAccountForm, { ...fields, communeId });
  const errors = submitted ? checked.errors : {};
  // A username already taken is the server's answer about that field: it stands beside it until the name changes.
  const taken = isConflict(create.error);
  const field = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields({ ...fields, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.success) return;
    const { passwordConfirmation: _, ...input } = checked.data;
    const created = await create.mutateAsync(input).catch(() => null);
    if (!created) return;
    await queryClient.invalidateQueries({ queryKey: trpc.accounts.list.pathKey() });
    notifications.show({ color: 'green', message: m.created(input.username) });
    close();
  };

  /** A text field's value, changes and error. */
  const bind = (key: TextField) => ({
    value: fields[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => field(key, e.currentTarget.value),
    error: errors[key],
  });
  /** A password field: PasswordInput leaves `aria-invalid` and its toggle's name to the caller. */
  const secret = (key: 'password' | 'passwordConfirmation') => ({
    ...bind(key),
    'aria-invalid': errors[key] ? true : undefined,
    visibilityToggleButtonProps: { 'aria-label': m.showPassword },
    autoComplete: 'new-password',
    required: true,
  });

  return (
    <>
      <Button
        mb="md"
        onClick={() => {
          setFields(empty());
          setSubmitted(false);
          create.reset();
          open();
        }}
      >
        {m.open}
      </Button>
      <Modal opened={opened} onClose={close} title={m.title} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput label={m.displayName} {...bind('displayName')} autoComplete="off" required />
            <TextInput
              label={m.username}
              description={m.usernameHint}
              {...bind('username')}
              onChange={(e) => {
                create.reset();
                field('username', e.currentTarget.value);
              }}
              error={errors.username ?? (taken ? errorMessage(create.error) : undefined)}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
            />
            <PasswordInput
              label={m.password}
              description={m.passwordHint(PASSWORD_MIN_LENGTH)}
              {...secret('password')}
            />
            <PasswordInput label={m.passwordConfirmation} {...secret('passwordConfirmation')} />
            <RoleUnitFields
              communeId={communeId}
              value={fields}
              onChange={(unit) => setFields({ ...fields, ...unit })}
              errors={errors}
            />
            {create.error && !taken && (
              <Alert color="red" role="alert">
                {errorMessage(create.error) ?? m.failed}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {m.cancel}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {m.save}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
