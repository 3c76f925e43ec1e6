import {
  createCandidateInput,
  type EducationLevel,
  educationLevels,
  formatDateVi,
  parseDateVi,
} from '@ketnap/domain';
import { Alert, Button, Checkbox, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { DateField } from '../../components/date-field.js';
import { componentMessages } from '../../components/messages.js';
import { validateForm } from '../../lib/form-errors.js';
import { useMessages } from '../../lib/i18n/i18n.js';
import type { Scope } from '../../lib/scope.js';
import { errorMessage, useTRPC } from '../../lib/trpc.js';
import { useServerToday } from '../../lib/use-today.js';
import { newCandidateMessages } from './new-candidate-messages.js';

interface Fields {
  cellId: string;
  fullName: string;
  gender: '' | 'M' | 'F';
  birthDate: string;
  enteredPoolOn: string;
  education: '' | EducationLevel;
  youthUnionMember: boolean;
}

/** The request the form describes, before validation: dates as ISO when real, else as typed (the schema refuses). */
function draft(f: Fields) {
  return {
    cellId: f.cellId,
    fullName: f.fullName,
    gender: f.gender || undefined,
    birthDate: parseDateVi(f.birthDate) ?? f.birthDate,
    enteredPoolOn: parseDateVi(f.enteredPoolOn) ?? f.enteredPoolOn,
    profile: { ...(f.education ? { education: f.education } : {}), youthUnionMember: f.youthUnionMember },
  };
}

/** The server's own schema (`createCandidateInput`) on the form: errors by field, in Vietnamese. */
const validate = (f: Fields) =>
  validateForm(createCandidateInput, draft(f), (path): keyof Fields =>
    path.at(-1) === 'education' ? 'education' : (path[0] as keyof Fields),
  );

/** "Add a candidate": a person enters a cell's pool; on success the candidate's page opens. */
export function NewCandidate({ scope, cells }: { scope: Scope; cells: { id: string; name: string }[] }) {
  const m = useMessages(newCandidateMessages);
  const words = useMessages(componentMessages);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const today = useServerToday();
  const [opened, { open, close }] = useDisclosure();
  const empty = (): Fields => ({
    cellId: scope.level === 'cell' ? scope.orgId : '',
    fullName: '',
    gender: '',
    birthDate: '',
    enteredPoolOn: today ? formatDateVi(today) : '',
    education: '',
    youthUnionMember: false,
  });
  const [fields, setFields] = useState<Fields>(empty);
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation(trpc.candidates.create.mutationOptions());
  const errors = submitted ? validate(fields).errors : {};
  const field = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields({ ...fields, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const parsed = validate(fields);
    if (!parsed.success) return;
    const created = await create.mutateAsync(parsed.data).catch(() => null);
    if (!created) return;
    await queryClient.invalidateQueries({ queryKey: trpc.candidates.list.pathKey() });
    close();
    navigate(`/candidates/${created.id}`);
  };

  return (
    <>
      <Button
        onClick={() => {
          setFields(empty());
          setSubmitted(false);
          create.reset();
          open();
        }}
      >
        {m.title}
      </Button>
      <Modal opened={opened} onClose={close} title={m.title} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {scope.level !== 'cell' && (
              <NativeSelect
                label={m.cell}
                value={fields.cellId}
                onChange={(e) => field('cellId', e.currentTarget.value)}
                data={[
                  { value: '', label: m.chooseCell },
                  ...cells.map((c) => ({ value: c.id, label: c.name })),
                ]}
                error={errors.cellId && m.chooseCell}
                required
              />
            )}
            <TextInput
              label={m.fullName}
              value={fields.fullName}
              onChange={(e) => field('fullName', e.currentTarget.value)}
              error={errors.fullName}
              required
            />
            <NativeSelect
              label={m.gender}
              value={fields.gender}
              onChange={(e) => field('gender', e.currentTarget.value as Fields['gender'])}
              data={[
                { value: '', label: m.choose },
                { value: 'M', label: m.male },
                { value: 'F', label: m.female },
              ]}
              error={errors.gender}
              required
            />
            <DateField
              label={m.birthDate}
              value={fields.birthDate}
              onChange={(e) => field('birthDate', e.currentTarget.value)}
              error={errors.birthDate}
              required
            />
            <DateField
              label={m.enteredPoolOn}
              value={fields.enteredPoolOn}
              onChange={(e) => field('enteredPoolOn', e.currentTarget.value)}
              error={errors.enteredPoolOn}
              required
            />
            <NativeSelect
              label={m.education}
              value={fields.education}
              onChange={(e) => field('education', e.currentTarget.value as Fields['education'])}
              data={[
                { value: '', label: m.choose },
                ...educationLevels.map((e) => ({ value: e, label: words.educationLevels[e] })),
              ]}
              error={errors.education}
            />
            <Checkbox
              label={m.youthUnionMember}
              checked={fields.youthUnionMember}
              onChange={(e) => field('youthUnionMember', e.currentTarget.checked)}
            />
            {create.error && (
              <Alert color="red" role="alert">
                {errorMessage(create.error) ?? m.failed}
              </Alert>
            )}
            <Button type="submit" loading={create.isPending}>
              {m.save}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
