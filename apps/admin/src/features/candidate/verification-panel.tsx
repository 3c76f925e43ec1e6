import {
  addVerificationInput,
  answerVerificationInput,
  type DeadlineStatus,
  formatDateVi,
  type VerificationAnswer,
  type VerifiedRelation,
  verificationAnswerLabels,
  verificationAnswers,
  verifiedRelationLabels,
  verifiedRelations,
} from '@ketnap/domain';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PASS_GREEN } from '../../components/colors.js';
import { DateField } from '../../components/date-field.js';
import { componentMessages } from '../../components/messages.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { TableScroll } from '../../components/table-scroll.js';
import { typedDay, validateForm } from '../../lib/form-errors.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { type AdminOutputs, errorMessage, useTRPC } from '../../lib/trpc.js';
import { verificationMessages } from './verification-messages.js';

type Listing = AdminOutputs['verifications']['list'];
type Request = Listing['requests'][number];

/**
 * The candidate's background verification (docs/verification.md): one request per person, its deadline and answer,
 * and the V-02/V-05 checks that hold the cell vote. The list names relatives, so it is read (and audited) only when
 * the person asks, like the sensitive record; adding a request or an answer refetches it.
 */
export function VerificationPanel({ candidateId, allowed }: { candidateId: string; allowed: boolean }) {
  const m = useMessages(verificationMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(false);
  const options = trpc.verifications.list.queryOptions(
    { candidateId },
    { enabled: shown, retry: false, gcTime: 0 },
  );
  const list = useQuery(options);
  if (!allowed) return <Text c="dimmed">{m.notAllowed}</Text>;
  if (!shown)
    return (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {m.hint}
        </Text>
        <Button variant="default" size="xs" onClick={() => setShown(true)}>
          {m.reveal}
        </Button>
      </Stack>
    );
  if (!list.data)
    return list.error ? (
      <Alert color="red" role="alert">
        {errorMessage(list.error) ?? m.failed}
      </Alert>
    ) : (
      <Text size="sm">…</Text>
    );
  const changed = () => queryClient.invalidateQueries({ queryKey: options.queryKey });
  return (
    <Stack gap="sm">
      <RuleChecks
        checks={list.data.checks.map((c) => ({ ...c, step: 'cell-vote', details: {} }))}
        label={m.checks}
      />
      <Text size="sm" c="dimmed">
        {m.dueHint(list.data.workingDays)}
      </Text>
      {list.data.requests.length === 0 ? (
        <Text c="dimmed">{m.empty}</Text>
      ) : (
        <RequestTable candidateId={candidateId} requests={list.data.requests} onChanged={changed} />
      )}
      <AddRequest candidateId={candidateId} onChanged={changed} />
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => {
            setShown(false);
            queryClient.removeQueries({ queryKey: options.queryKey, exact: true });
          }}
        >
          {m.hide}
        </Button>
      </Group>
    </Stack>
  );
}

// Dark shades only: white badge text keeps axe's 4.5:1 contrast.
const STATUS_COLOR: Record<DeadlineStatus, string> = {
  open: 'blue.9',
  overdue: 'red.9',
  met: PASS_GREEN,
  missed: 'grape.9',
  'not-applicable': 'gray',
};

function RequestTable({
  candidateId,
  requests,
  onChanged,
}: {
  candidateId: string;
  requests: readonly Request[];
  onChanged: () => Promise<void>;
}) {
  const m = useMessages(verificationMessages);
  const words = useMessages(componentMessages);
  const { lang } = useI18n();
  const [answering, setAnswering] = useState<string | null>(null);
  return (
    <TableScroll label={m.table} minWidth={640}>
      <Table aria-label={m.table} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.person}</Table.Th>
            <Table.Th scope="col">{m.organisation}</Table.Th>
            <Table.Th scope="col">{m.sentOn}</Table.Th>
            <Table.Th scope="col">{m.due}</Table.Th>
            <Table.Th scope="col">{m.result}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((r) => (
            <Table.Tr key={r.id} data-relation={r.relation}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600}>
                  {r.personName}
                </Text>
                <Text size="xs" c="dimmed">
                  {verifiedRelationLabels[r.relation][lang]}
                </Text>
              </Table.Th>
              {r.exemptReason !== null ? (
                <Table.Td colSpan={4}>{m.exempt(r.exemptReason)}</Table.Td>
              ) : (
                <>
                  <Table.Td>
                    {r.organisation}
                    <Text size="xs" c="dimmed">
                      {r.place}
                    </Text>
                  </Table.Td>
                  <Table.Td>{r.sentOn && formatDateVi(r.sentOn)}</Table.Td>
                  <Table.Td>
                    {r.deadline && (
                      <Group gap={4}>
                        {formatDateVi(r.deadline.due)}
                        <Badge size="sm" radius="sm" color={STATUS_COLOR[r.deadline.status]}>
                          {words.deadlineStatus[r.deadline.status]}
                        </Badge>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.answer && r.answeredOn ? (
                      `${verificationAnswerLabels[r.answer][lang]} (${formatDateVi(r.answeredOn)})`
                    ) : answering === r.id ? (
                      <AnswerForm
                        candidateId={candidateId}
                        request={r}
                        onDone={async () => {
                          setAnswering(null);
                          await onChanged();
                        }}
                        onCancel={() => setAnswering(null)}
                      />
                    ) : (
                      <Button variant="default" size="xs" onClick={() => setAnswering(r.id)}>
                        {m.recordAnswer}
                      </Button>
                    )}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

interface AnswerFields {
  answeredOn: string;
  answer: '' | VerificationAnswer;
}

function AnswerForm({
  candidateId,
  request,
  onDone,
  onCancel,
}: {
  candidateId: string;
  request: Request;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const m = useMessages(verificationMessages);
  const { lang } = useI18n();
  const trpc = useTRPC();
  const answer = useMutation(trpc.verifications.answer.mutationOptions());
  const [fields, setFields] = useState<AnswerFields>({ answeredOn: '', answer: '' });
  const [submitted, setSubmitted] = useState(false);
  const checked = validateForm(answerVerificationInput, {
    candidateId,
    verificationId: request.id,
    answeredOn: typedDay(fields.answeredOn),
    answer: fields.answer || undefined,
  });
  const errors = submitted ? checked.errors : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.success) return;
    const done = await answer.mutateAsync(checked.data).catch(() => null);
    if (!done) return;
    notifications.show({ color: 'green', message: m.saved });
    await onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.recordAnswer}>
      <Stack gap={4} miw={200}>
        <DateField
          size="xs"
          label={m.answeredOn}
          value={fields.answeredOn}
          onChange={(e) => setFields({ ...fields, answeredOn: e.currentTarget.value })}
          error={errors.answeredOn}
          required
        />
        <NativeSelect
          size="xs"
          label={m.answer}
          value={fields.answer}
          onChange={(e) => setFields({ ...fields, answer: e.currentTarget.value as AnswerFields['answer'] })}
          data={[
            { value: '', label: m.choose },
            ...verificationAnswers.map((a) => ({ value: a, label: verificationAnswerLabels[a][lang] })),
          ]}
          error={errors.answer}
          required
        />
        {answer.error && (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(answer.error) ?? m.failed}
          </Alert>
        )}
        <Group gap={4}>
          <Button type="submit" size="xs" loading={answer.isPending}>
            {m.save}
          </Button>
          <Button variant="default" size="xs" onClick={onCancel}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface AddFields {
  relation: '' | VerifiedRelation;
  personName: string;
  organisation: string;
  place: string;
  sentOn: string;
  exempt: boolean;
  exemptReason: string;
}

const EMPTY: AddFields = {
  relation: '',
  personName: '',
  organisation: '',
  place: '',
  sentOn: '',
  exempt: false,
  exemptReason: '',
};

/** The request the form describes: a sent request, or (ticked) an exemption with its reason and no day sent. */
const addDraft = (candidateId: string, f: AddFields) => ({
  candidateId,
  relation: f.relation || undefined,
  personName: f.personName,
  organisation: f.exempt ? '' : f.organisation,
  place: f.exempt ? '' : f.place,
  ...(f.exempt ? { exemptReason: f.exemptReason } : f.sentOn.trim() ? { sentOn: typedDay(f.sentOn) } : {}),
});

function AddRequest({ candidateId, onChanged }: { candidateId: string; onChanged: () => Promise<void> }) {
  const m = useMessages(verificationMessages);
  const { lang } = useI18n();
  const trpc = useTRPC();
  const add = useMutation(trpc.verifications.add.mutationOptions());
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<AddFields>(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const checked = validateForm(addVerificationInput, addDraft(candidateId, fields));
  const errors = submitted ? checked.errors : {};
  const field = <K extends keyof AddFields>(key: K, value: AddFields[K]) =>
    setFields({ ...fields, [key]: value });
  if (!open)
    return (
      <Group>
        <Button
          size="xs"
          onClick={() => {
            setFields(EMPTY);
            setSubmitted(false);
            add.reset();
            setOpen(true);
          }}
        >
          {m.add}
        </Button>
      </Group>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!checked.success) return;
    const done = await add.mutateAsync(checked.data).catch(() => null);
    if (!done) return;
    notifications.show({ color: 'green', message: m.saved });
    setOpen(false);
    await onChanged();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={m.addTitle}>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {m.addTitle}
        </Text>
        <NativeSelect
          label={m.relation}
          value={fields.relation}
          onChange={(e) => field('relation', e.currentTarget.value as AddFields['relation'])}
          data={[
            { value: '', label: m.choose },
            ...verifiedRelations.map((r) => ({ value: r, label: verifiedRelationLabels[r][lang] })),
          ]}
          error={errors.relation}
          required
        />
        <TextInput
          label={m.personName}
          value={fields.personName}
          onChange={(e) => field('personName', e.currentTarget.value)}
          error={errors.personName}
          required
        />
        <Checkbox
          label={m.isExempt}
          checked={fields.exempt}
          onChange={(e) => field('exempt', e.currentTarget.checked)}
        />
        {fields.exempt ? (
          <TextInput
            label={m.exemptReason}
            value={fields.exemptReason}
            onChange={(e) => field('exemptReason', e.currentTarget.value)}
            error={errors.exemptReason ?? errors.sentOn}
            required
          />
        ) : (
          <>
            <TextInput
              label={m.organisation}
              value={fields.organisation}
              onChange={(e) => field('organisation', e.currentTarget.value)}
              error={errors.organisation}
              required
            />
            <TextInput
              label={m.place}
              value={fields.place}
              onChange={(e) => field('place', e.currentTarget.value)}
              error={errors.place}
              required
            />
            <DateField
              label={m.sentOn}
              value={fields.sentOn}
              onChange={(e) => field('sentOn', e.currentTarget.value)}
              error={errors.sentOn}
              required
            />
          </>
        )}
        {add.error && (
          <Alert color="red" role="alert">
            {errorMessage(add.error) ?? m.failed}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {m.save}
          </Button>
          <Button variant="default" size="xs" onClick={() => setOpen(false)}>
            {m.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
