import {
  type BasicProfile,
  educationLevels,
  type PipelineEvent,
  type TransitionContext,
  updateProfileInput,
} from '@ketnap/domain';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { componentMessages } from '../../components/messages.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { errorMessage, isConflict, useTRPC } from '../../lib/trpc.js';
import { profileChecks } from './live-checks.js';
import { LiveChecks } from './live-checks-panel.js';
import { candidateMessages } from './messages.js';

/**
 * Edits the fields of the basic record the rules read (education, unions, hardship area). The rule checks below the
 * form are recomputed by `evaluateCase` on every change; saving sends the version the editor loaded, and a stale one
 * is answered with the server's message and a reload.
 */
export function ProfileForm({
  candidateId,
  version,
  profile,
  history,
  context,
  onClose,
}: {
  candidateId: string;
  version: number;
  profile: BasicProfile;
  history: PipelineEvent[];
  context: Omit<TransitionContext, 'recordedBy'>;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const m = useMessages(candidateMessages);
  const words = useMessages(componentMessages);
  const [draft, setDraft] = useState<BasicProfile>(profile);
  const update = useMutation(trpc.candidates.updateProfile.mutationOptions());
  const parsed = updateProfileInput.safeParse({ candidateId, version, profile: draft });
  const checks = profileChecks(draft, history, context);
  const flag = (key: 'youthUnionMember' | 'tradeUnionMember' | 'hardshipArea', label: string) => (
    <Checkbox
      label={label}
      checked={draft[key] ?? false}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.checked })}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.success) return;
    const saved = await update.mutateAsync(parsed.data).catch(() => null);
    if (!saved) return;
    notifications.show({ color: 'green', message: m.profileSaved });
    await queryClient.invalidateQueries();
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={m.editProfile}>
      <Stack>
        <NativeSelect
          label={m.education}
          value={draft.education ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const { education: _, ...rest } = draft;
            setDraft(value ? { ...rest, education: value as NonNullable<BasicProfile['education']> } : rest);
          }}
          data={[
            { value: '', label: m.unknown },
            ...educationLevels.map((e) => ({ value: e, label: words.educationLevels[e] })),
          ]}
          error={parsed.success ? undefined : parsed.error.issues[0]?.message}
        />
        {flag('youthUnionMember', m.youthUnionMember)}
        {flag('tradeUnionMember', m.tradeUnionMember)}
        {flag('hardshipArea', m.hardshipArea)}
        <LiveChecks>
          <RuleChecks checks={checks} label={m.preview} />
        </LiveChecks>
        {update.error && (
          <Alert color={isConflict(update.error) ? 'yellow' : 'red'} role="alert">
            <Text size="sm">{errorMessage(update.error) ?? m.failed}</Text>
            {isConflict(update.error) && (
              <Button
                variant="default"
                size="xs"
                mt="xs"
                onClick={() => void queryClient.invalidateQueries().then(onClose)}
              >
                {m.reload}
              </Button>
            )}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {m.saveProfile}
          </Button>
          <Button variant="default" onClick={onClose}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
