import {
  type LeavingReason,
  leavingReasonLabels,
  leavingReasons,
  type PipelineEvent,
  personFields,
  type SensitiveProfile,
  type TransitionContext,
} from '@ketnap/domain';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { DateField } from '../../components/date-field.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { useTRPC } from '../../lib/trpc.js';
import { sensitiveChecks } from './live-checks.js';
import { LiveChecks } from './live-checks-panel.js';
import { candidateMessages } from './messages.js';
import { SaveActions } from './save-actions.js';
import {
  emptyFormerMember,
  emptyPeriod,
  emptyRelative,
  judgeSensitive,
  type PeriodDraft,
  type RelativeDraft,
  type SensitiveDraft,
  sensitiveDraft,
} from './sensitive-draft.js';

/** What the sensitive editor needs of the candidate page: the record it saves against and the rule context. */
export interface SensitiveEditorSubject {
  candidateId: string;
  version: number;
  history: PipelineEvent[];
  context: Omit<TransitionContext, 'recordedBy'>;
}

type ListKey = 'personalHistory' | 'foreignTravel' | 'discipline' | 'family';

/**
 * Edits the revealed sensitive record (it starts from what `candidates.sensitive` returned, never reads again).
 * Every keystroke validates with `sensitiveProfileSchema`, the server's schema, and re-runs the rule checks on the
 * edited record (former membership drives L-20..L-22). Saving sends only the changed fields with the version the page
 * loaded; `onSaved` receives the record as the server now stores it, for the page to show without another read
 * (and to close the editor).
 */
export function SensitiveForm({
  subject,
  saved,
  onSaved,
  onReload,
  onClose,
}: {
  subject: SensitiveEditorSubject;
  saved: SensitiveProfile;
  onSaved: (profile: SensitiveProfile) => void;
  onReload: () => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { lang } = useI18n();
  const m = useMessages(candidateMessages);
  const [draft, setDraft] = useState<SensitiveDraft>(() => sensitiveDraft(saved));
  const update = useMutation(trpc.candidates.updateProfile.mutationOptions());
  const judged = judgeSensitive(saved, draft);
  const errors = judged.valid ? {} : judged.errors;
  const label = (key: keyof SensitiveProfile) => personFields[key].label[lang];
  const set = (patch: Partial<SensitiveDraft>) => setDraft({ ...draft, ...patch });
  const text = (key: 'nationalId' | 'ethnicity' | 'religion') => (
    <TextInput
      label={label(key)}
      value={draft[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={errors[key]}
    />
  );
  const former = draft.formerMember;
  const setFormer = (patch: Partial<NonNullable<SensitiveDraft['formerMember']>>) =>
    former && set({ formerMember: { ...former, ...patch } });
  const formerDay = (key: 'leftOn' | 'recordExpungedOn') =>
    former && (
      <DateField
        label={m.former[key]}
        value={former[key]}
        onChange={(e) => setFormer({ [key]: e.currentTarget.value })}
        error={errors[`formerMember.${key}`]}
      />
    );
  const list = <K extends ListKey>(
    key: K,
    empty: () => SensitiveDraft[K][number],
    render: RowRender<SensitiveDraft[K][number]>,
  ) => (
    <Rows
      label={label(key)}
      items={draft[key] as SensitiveDraft[K][number][]}
      error={errors[key]}
      onChange={(items) => set({ [key]: items })}
      empty={empty}
      render={render}
    />
  );
  const periods = (key: 'personalHistory' | 'foreignTravel') =>
    list(key, emptyPeriod, (p: PeriodDraft, i, put) => (
      <>
        <Group grow align="flex-start">
          <DateField
            label={m.period.from}
            value={p.from}
            onChange={(e) => put({ from: e.currentTarget.value })}
            error={errors[`${key}.${i}.from`]}
          />
          <DateField
            label={m.period.to}
            value={p.to}
            onChange={(e) => put({ to: e.currentTarget.value })}
            error={errors[`${key}.${i}.to`]}
          />
        </Group>
        <TextInput
          label={m.period.text}
          value={p.text}
          onChange={(e) => put({ text: e.currentTarget.value })}
          error={errors[`${key}.${i}.text`]}
        />
      </>
    ));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!judged.valid) return;
    if (Object.keys(judged.changes).length === 0 && judged.removed.length === 0) {
      notifications.show({ message: m.noChanges });
      onClose();
      return;
    }
    const done = await update
      .mutateAsync({
        candidateId: subject.candidateId,
        version: subject.version,
        sensitive: judged.changes,
        ...(judged.removed.length > 0 && { removeSensitive: judged.removed }),
      })
      .catch(() => null);
    if (!done) return;
    notifications.show({ color: 'green', message: m.sensitiveSaved });
    onSaved(judged.profile);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={m.editSensitiveTitle}>
      <Stack>
        {text('nationalId')}
        {text('ethnicity')}
        {text('religion')}
        <Checkbox
          label={label('formerMember')}
          checked={former !== null}
          onChange={(e) => set({ formerMember: e.currentTarget.checked ? emptyFormerMember() : null })}
        />
        {former && (
          <Fieldset legend={label('formerMember')}>
            <Stack gap="xs">
              {formerDay('leftOn')}
              <NativeSelect
                label={m.former.reason}
                value={former.reason}
                onChange={(e) => setFormer({ reason: e.currentTarget.value as LeavingReason | '' })}
                data={[
                  { value: '', label: m.former.choose },
                  ...leavingReasons.map((r) => ({ value: r, label: leavingReasonLabels[r][lang] })),
                ]}
                error={errors['formerMember.reason']}
              />
              {formerDay('recordExpungedOn')}
              <Checkbox
                label={m.readmittedBefore}
                checked={former.readmittedBefore}
                onChange={(e) => setFormer({ readmittedBefore: e.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>
        )}
        {periods('personalHistory')}
        <Textarea
          label={label('historicalFeatures')}
          value={draft.historicalFeatures}
          autosize
          minRows={2}
          onChange={(e) => set({ historicalFeatures: e.currentTarget.value })}
          error={errors.historicalFeatures}
        />
        {periods('foreignTravel')}
        {list(
          'discipline',
          () => '',
          (line: string, i, put) => (
            <TextInput
              label={m.line(label('discipline'), i + 1)}
              value={line}
              onChange={(e) => put(e.currentTarget.value)}
              error={errors[`discipline.${i}`]}
            />
          ),
        )}
        {list('family', emptyRelative, (r: RelativeDraft, i, put) => (
          <>
            {(['relation', 'fullName', 'birthYear', 'occupation'] as const).map((k) => (
              <TextInput
                key={k}
                label={m.relative[k]}
                value={r[k]}
                inputMode={k === 'birthYear' ? 'numeric' : undefined}
                onChange={(e) => put({ [k]: e.currentTarget.value })}
                error={errors[`family.${i}.${k}`]}
              />
            ))}
            <Checkbox
              label={m.relative.partyMember}
              checked={r.partyMember}
              onChange={(e) => put({ partyMember: e.currentTarget.checked })}
            />
            <Textarea
              label={m.relative.politicalHistory}
              value={r.politicalHistory}
              autosize
              minRows={1}
              onChange={(e) => put({ politicalHistory: e.currentTarget.value })}
              error={errors[`family.${i}.politicalHistory`]}
            />
          </>
        ))}
        <LiveChecks>
          {judged.valid ? (
            <RuleChecks
              checks={sensitiveChecks(judged.profile, subject.history, subject.context)}
              label={m.preview}
            />
          ) : (
            <Text size="sm">{m.fixErrors}</Text>
          )}
        </LiveChecks>
        <SaveActions mutation={update} label={m.saveSensitive} onReload={onReload} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/**
 * A list field of the record (periods, discipline lines, relatives): one group per row, named "<field>: dòng n",
 * each with its own "Xóa dòng n", and "Thêm dòng" at the end.
 */
type RowRender<T> = (
  item: T,
  index: number,
  put: (patch: T extends object ? Partial<T> : T) => void,
) => ReactNode;

function Rows<T>({
  label,
  items,
  error,
  onChange,
  empty,
  render,
}: {
  label: string;
  items: T[];
  error: string | undefined;
  onChange: (items: T[]) => void;
  empty: () => T;
  render: RowRender<T>;
}) {
  const m = useMessages(candidateMessages);
  const put = (i: number) => (patch: unknown) =>
    onChange(
      items.map((item, j) =>
        j !== i
          ? item
          : typeof item === 'object' && item !== null
            ? { ...item, ...(patch as object) }
            : (patch as T),
      ),
    );
  return (
    <Fieldset legend={label}>
      <Stack gap="xs">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; removing one re-renders the rest.
          <Fieldset key={i} legend={m.line(label, i + 1)} variant="filled">
            <Stack gap="xs">
              {render(item, i, put(i))}
              <Button
                variant="subtle"
                color="red.9"
                size="xs"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                {m.removeLine(i + 1)}
              </Button>
            </Stack>
          </Fieldset>
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Button
          variant="default"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onChange([...items, empty()])}
        >
          {m.addLine}
        </Button>
      </Stack>
    </Fieldset>
  );
}
