import {
  type Check,
  eventLabels,
  type Lang,
  type PipelineEvent,
  type PipelineEventKind,
  pipelineState,
  type TransitionContext,
} from '@ketnap/domain';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { PASS_GREEN } from '../../components/colors.js';
import { DateField } from '../../components/date-field.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { type AdminOutputs, errorMessage, isConflict, useTRPC } from '../../lib/trpc.js';
import { LiveChecks } from './live-checks-panel.js';
import { candidateMessages } from './messages.js';
import { emptyStepFields, previewStep, STEP_FIELDS, type StepField, type StepFields } from './step-form.js';

type Live = NonNullable<AdminOutputs['candidates']['file']['live']>;

/** What the step panel needs of the candidate: all of it from the candidate's file. */
export interface StepSubject {
  candidateId: string;
  version: number;
  history: PipelineEvent[];
  /** The rule context as far as the browser knows it (the server judges with the full record). */
  context: Omit<TransitionContext, 'recordedBy'>;
  recordedBy: TransitionContext['recordedBy'];
  /** Who may introduce the candidate today (I-02, I-03): the introduction's choices. */
  introducers: Live['introducers'];
  /** The cell's members today: the helper's choices. */
  members: Live['members'];
}

/** Server reasons as checks, so they show like the browser's own. */
const asChecks = (
  reasons: { rule: string; step: Check['step']; citation: string; message: { vi: string; en: string } }[],
): Check[] => reasons.map((r) => ({ ...r, status: 'fail', details: {} }));

/**
 * The next steps the caller may record (`actions`, from the candidate's file), and the form of the chosen one:
 * validated with the server's schema while typing (errors beside the fields), with the rules' verdict on the step
 * shown as it is typed. `onChanged` refetches what a recorded step changed (or a stale file).
 */
export function StepPanel({
  subject,
  actions,
  onChanged,
}: {
  subject: StepSubject;
  actions: Live['nextActions'];
  onChanged: () => Promise<void>;
}) {
  const { lang } = useI18n();
  const m = useMessages(candidateMessages);
  const [kind, setKind] = useState<PipelineEventKind | null>(null);
  if (actions.length === 0) return <Text c="dimmed">{m.noActions}</Text>;
  return (
    <Stack>
      <NativeSelect
        label={m.chooseStep}
        value={kind ?? ''}
        onChange={(e) => setKind((e.currentTarget.value || null) as PipelineEventKind | null)}
        data={[{ value: '', label: '—' }, ...stepGroups(actions, lang, m)]}
      />
      {kind && (
        <StepForm
          key={`${kind}-${subject.version}`}
          kind={kind}
          subject={subject}
          onChanged={onChanged}
          onDone={() => setKind(null)}
        />
      )}
    </Stack>
  );
}

/** The steps not yet on the file first, as the next steps; those recorded before, offered again, apart. */
function stepGroups(actions: Live['nextActions'], lang: Lang, m: { nextSteps: string; againSteps: string }) {
  const option = (a: Live['nextActions'][number]) => ({ value: a.kind, label: a.label[lang] });
  const next = actions.filter((a) => !a.again).map(option);
  const again = actions.filter((a) => a.again).map(option);
  return [
    ...(next.length > 0 ? [{ group: m.nextSteps, items: next }] : []),
    ...(again.length > 0 ? [{ group: m.againSteps, items: again }] : []),
  ];
}

function StepForm({
  kind,
  subject,
  onDone,
  onChanged,
}: {
  kind: PipelineEventKind;
  subject: StepSubject;
  onDone: () => void;
  onChanged: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const { lang } = useI18n();
  const m = useMessages(candidateMessages);
  const [fields, setFields] = useState<StepFields>(() => emptyStepFields(subject.context.asOf));
  const [touched, setTouched] = useState<ReadonlySet<StepField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const record = useMutation(trpc.pipeline.record.mutationOptions());
  const needsMember =
    STEP_FIELDS[kind].includes('memberId') && (kind !== 'introduction' || fields.introducerKind === 'member');

  const preview = previewStep(kind, fields, pipelineState(subject.history), {
    ...subject.context,
    recordedBy: subject.recordedBy,
  });
  const errorOf = (field: StepField) =>
    !preview.valid && (submitted || touched.has(field)) ? preview.errors[field] : undefined;
  const set = <K extends StepField>(field: K, value: StepFields[K]) => {
    setFields({ ...fields, [field]: value });
    setTouched(new Set(touched).add(field));
  };
  const text = (field: StepField, label: string, numeric = false) => (
    <TextInput
      key={field}
      label={label}
      inputMode={numeric ? 'numeric' : undefined}
      value={String(fields[field])}
      onChange={(e) => set(field, e.currentTarget.value as never)}
      error={errorOf(field)}
    />
  );
  const select = (field: StepField, label: string, options: Record<string, string>) => (
    <NativeSelect
      key={field}
      label={label}
      value={String(fields[field])}
      onChange={(e) => set(field, e.currentTarget.value as never)}
      data={Object.entries(options).map(([value, name]) => ({ value, label: name }))}
      error={errorOf(field)}
    />
  );

  const date = (field: 'togetherFrom' | 'togetherTo' | 'superiorConsentOn', label: string) => (
    <DateField
      key={field}
      label={label}
      value={fields[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={errorOf(field)}
    />
  );

  const memberOptions: Record<string, string> = { '': '— Chọn —' };
  if (kind === 'introduction')
    for (const i of subject.introducers)
      memberOptions[i.id] = `${i.fullName} (${i.mayIntroduce ? m.mayIntroduce : m.mayNotIntroduce})`;
  else for (const member of subject.members) memberOptions[member.id] = member.fullName;

  const inputs: Record<Exclude<StepField, 'on'>, () => ReactNode> = {
    memberId: () => (needsMember ? select('memberId', m.fields.memberId, memberOptions) : null),
    introducerKind: () => select('introducerKind', m.fields.introducerKind, m.introducerKinds),
    replacement: () =>
      needsMember ? (
        <Checkbox
          key="replacement"
          label={m.fields.replacement}
          checked={fields.replacement}
          onChange={(e) => set('replacement', e.currentTarget.checked)}
        />
      ) : null,
    togetherFrom: () => (needsMember ? date('togetherFrom', m.fields.togetherFrom) : null),
    togetherTo: () => (needsMember ? date('togetherTo', m.fields.togetherTo) : null),
    relation: () => (needsMember ? select('relation', m.fields.relation, m.relations) : null),
    serial: () => text('serial', m.fields.serial),
    addressee: () => text('addressee', m.fields.addressee),
    consentReason: () => select('consentReason', m.fields.consentReason, m.consentReasons),
    reference: () => text('reference', m.fields.reference),
    officialMembers: () => text('officialMembers', m.fields.officialMembers, true),
    notCounted: () => text('notCounted', m.fields.notCounted, true),
    inFavour: () => text('inFavour', m.fields.inFavour, true),
    body: () => select('body', m.fields.body, m.bodies),
    members: () => text('members', m.fields.members, true),
    number: () => text('number', m.fields.number),
    committeeMembers: () => text('committeeMembers', m.fields.committeeMembers, true),
    committeeInFavour: () => text('committeeInFavour', m.fields.committeeInFavour, true),
    extendedWorkingDays: () => text('extendedWorkingDays', m.fields.extendedWorkingDays, true),
    superiorConsentOn: () => date('superiorConsentOn', m.fields.superiorConsentOn),
    reason: () => text('reason', m.fields.reason),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!preview.valid) return;
    const answer = await record
      .mutateAsync({ candidateId: subject.candidateId, version: subject.version, event: preview.event })
      .catch(() => null);
    if (!answer?.ok) return;
    notifications.show({ color: 'green', message: m.recorded(eventLabels[kind][lang]) });
    await onChanged();
    onDone();
  };

  const refusedByServer = record.data && !record.data.ok ? record.data : null;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={eventLabels[kind][lang]}
    >
      <Stack>
        <Title order={4}>{eventLabels[kind][lang]}</Title>
        <DateField
          label={m.stepDate}
          value={fields.on}
          onChange={(e) => set('on', e.currentTarget.value)}
          error={errorOf('on')}
          required
        />
        {STEP_FIELDS[kind].map((field) => inputs[field as Exclude<StepField, 'on'>]())}
        <LiveChecks>
          {preview.valid &&
            (preview.refused.length > 0 ? (
              <RuleChecks checks={preview.refused} label={m.refusedTitle} />
            ) : (
              <>
                <Text size="sm" c={PASS_GREEN}>
                  {m.previewOk}
                </Text>
                {preview.warnings.length > 0 && (
                  <RuleChecks checks={preview.warnings} label={m.warningsTitle} />
                )}
              </>
            ))}
        </LiveChecks>
        {refusedByServer && (
          <Alert color="red" role="alert" title={refusedByServer.message[lang]}>
            <RuleChecks checks={asChecks(refusedByServer.reasons)} label={m.refusedTitle} />
          </Alert>
        )}
        {record.error && isConflict(record.error) && (
          <Alert color="yellow" role="alert" title={m.staleTitle}>
            <Text size="sm" mb="xs">
              {errorMessage(record.error)}
            </Text>
            <Button variant="default" size="xs" onClick={() => void onChanged()}>
              {m.reload}
            </Button>
          </Alert>
        )}
        {record.error && !isConflict(record.error) && (
          <Alert color="red" role="alert">
            {errorMessage(record.error) ?? m.failed}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {m.record}
          </Button>
          <Button variant="default" onClick={onDone}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
