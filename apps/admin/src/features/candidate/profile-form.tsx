import {
  type BasicProfile,
  educationLevels,
  type PipelineEvent,
  type TransitionContext,
  updateProfileInput,
} from '@ketnap/domain';
import { Checkbox, NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { componentMessages } from '../../components/messages.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { profileChecks } from './live-checks.js';
import { LiveChecks } from './live-checks-panel.js';
import { candidateMessages } from './messages.js';
import { SaveActions } from './save-actions.js';

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
  onChanged,
  onClose,
}: {
  candidateId: string;
  version: number;
  profile: BasicProfile;
  history: PipelineEvent[];
  context: Omit<TransitionContext, 'recordedBy'>;
  /** Refetches what a saved edit (or a stale file) changed: the candidate's file, its lists and dashboards. */
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const trpc = useTRPC();
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
    await onChanged();
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
        <SaveActions
          mutation={update}
          label={m.saveProfile}
          onReload={() => void onChanged().then(onClose)}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
