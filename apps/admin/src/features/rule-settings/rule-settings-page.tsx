import {
  formatInstantVi,
  type Lang,
  type RuleSettings,
  ruleSettingsSchema,
  type SettingKey,
  settingEntry,
  thresholdText,
} from '@ketnap/domain';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryStatus } from '../../components/query-status.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { unitsOf, useSession } from '../../lib/session.js';
import { type AdminOutputs, errorMessage, useTRPC } from '../../lib/trpc.js';
import { ruleSettingsMessages } from './messages.js';

type Row = AdminOutputs['ruleSettings']['get']['settings'][number];
type Words = (typeof ruleSettingsMessages)[Lang];

/** A setting's value as a reader says it ("quá 1/2", "12 / 6 tháng", "Không theo dõi"). */
function valueText(key: SettingKey, value: unknown, m: Words, lang: Lang): string {
  const v = value as RuleSettings[SettingKey];
  if (key === 'standingCommitteeThreshold') return thresholdText(v as RuleSettings[typeof key])[lang];
  if (key === 'documentValidityMonths') {
    const d = v as RuleSettings[typeof key];
    return `${m.background}: ${d.background} · ${m.otherPapers}: ${d.otherPapers}`;
  }
  if (key === 'sympathiserMinMonths') return v === 0 ? m.noMinimum : m.months(v as number);
  return m.workingDays(v as number);
}

/** The unit whose commune's settings the person reads: the office's commune, a viewer's commune, else their cell. */
function unitOf(viewer: ReturnType<typeof useSession>['viewer']): string | null {
  const commune = viewer.roles.find((g) => g.orgLevel === 'commune');
  return commune?.orgId ?? unitsOf(viewer, 'cell-secretary')[0] ?? null;
}

/**
 * "Thiết lập quy tắc": every L-rule setting of the commune with its rule, citation, why it is a setting, bounds,
 * default and current value; the commune office edits them (each change audited), everyone else reads.
 */
export function RuleSettingsPage() {
  const m = useMessages(ruleSettingsMessages);
  const { viewer } = useSession();
  const orgId = unitOf(viewer);
  return (
    <Stack gap="md">
      <Title order={2}>{m.title}</Title>
      <Text c="dimmed" maw={760}>
        {m.intro}
      </Text>
      {orgId === null ? <Text>{m.noCommune}</Text> : <SettingsLoader orgId={orgId} />}
    </Stack>
  );
}

function SettingsLoader({ orgId }: { orgId: string }) {
  const trpc = useTRPC();
  const m = useMessages(ruleSettingsMessages);
  const query = useQuery(trpc.ruleSettings.get.queryOptions({ orgId }));
  if (!query.data) return <QueryStatus error={query.error} retry={() => query.refetch()} />;
  const { communeId, editable, settings } = query.data;
  return (
    <Stack gap="md">
      {!editable && <Text c="dimmed">{m.readOnly}</Text>}
      {settings.map((row) => (
        <SettingCard
          key={`${row.key}-${JSON.stringify(row.value)}`}
          row={row}
          communeId={communeId}
          editable={editable}
        />
      ))}
    </Stack>
  );
}

function SettingCard({ row, communeId, editable }: { row: Row; communeId: string; editable: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const m = useMessages(ruleSettingsMessages);
  const { lang } = useI18n();
  const entry = settingEntry(row.key);
  const [draft, setDraft] = useState<unknown>(row.value);
  const save = useMutation(
    trpc.ruleSettings.set.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );
  const checked = ruleSettingsSchema.safeParse({ [row.key]: draft });
  const errors = checked.success ? [] : checked.error.issues.map((i) => i.message);
  const headingId = `setting-${row.key}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="xs">
        <Badge color="party.8" radius="sm">
          {row.rule}
        </Badge>
        <Title order={3} size="h5" id={headingId}>
          {entry.label[lang]}
        </Title>
      </Group>
      <Stack gap={4}>
        <Text size="sm">
          <b>{m.statement}:</b> {entry.rule.statement[lang]}
        </Text>
        <Text size="sm">
          <b>{m.citation}:</b> {entry.rule.citation}
        </Text>
        <Text size="sm">
          <b>{m.why}:</b> {entry.why[lang]}
        </Text>
        <Text size="sm">
          <b>{m.bounds}:</b> {entry.bounds[lang]}
        </Text>
        <Text size="sm">
          <b>{m.defaultValue}:</b> {valueText(row.key, row.default, m, lang)}
        </Text>
        <Text size="sm" data-testid={`current-${row.rule}`}>
          <b>{m.currentValue}:</b> {valueText(row.key, row.value, m, lang)}
        </Text>
        <Text size="xs" c="dimmed">
          {row.updatedAt && row.updatedBy
            ? m.changedBy(row.updatedBy, formatInstantVi(row.updatedAt))
            : m.notChanged}
        </Text>
      </Stack>
      {editable && (
        <Stack gap="xs" mt="sm">
          <Editor settingKey={row.key} value={draft} onChange={setDraft} />
          {errors.map((e) => (
            <Text c="red" size="sm" key={e} role="alert">
              {e}
            </Text>
          ))}
          <Group>
            <Button
              disabled={!checked.success || save.isPending}
              onClick={() => checked.success && save.mutate({ communeId, settings: checked.data })}
            >
              {m.save}
            </Button>
            {row.overridden && (
              <Button
                variant="default"
                disabled={save.isPending}
                onClick={() => save.mutate({ communeId, settings: { [row.key]: row.default } })}
              >
                {m.reset}
              </Button>
            )}
          </Group>
          {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
        </Stack>
      )}
    </Paper>
  );
}

/** A NumberInput's value as a number, or null when empty. */
const toNumber = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

function Editor({
  settingKey,
  value,
  onChange,
}: {
  settingKey: SettingKey;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const m = useMessages(ruleSettingsMessages);
  const { lang } = useI18n();
  const label = settingEntry(settingKey).label[lang];
  if (settingKey === 'standingCommitteeThreshold') {
    const t = value as RuleSettings['standingCommitteeThreshold'];
    return (
      <Group align="end">
        <NativeSelect
          label={m.comparison}
          value={t.strict ? 'strict' : 'atLeast'}
          onChange={(e) => onChange({ ...t, strict: e.currentTarget.value === 'strict' })}
          data={[
            { value: 'strict', label: m.moreThan },
            { value: 'atLeast', label: m.atLeast },
          ]}
        />
        <NumberInput
          label={m.numerator}
          value={t.numerator}
          onChange={(v) => onChange({ ...t, numerator: toNumber(v) })}
          allowDecimal={false}
          w={110}
        />
        <NumberInput
          label={m.denominator}
          value={t.denominator}
          onChange={(v) => onChange({ ...t, denominator: toNumber(v) })}
          allowDecimal={false}
          w={110}
        />
      </Group>
    );
  }
  if (settingKey === 'documentValidityMonths') {
    const d = value as RuleSettings['documentValidityMonths'];
    return (
      <Group align="end">
        <NumberInput
          label={m.background}
          value={d.background}
          onChange={(v) => onChange({ ...d, background: toNumber(v) })}
          allowDecimal={false}
          w={200}
        />
        <NumberInput
          label={m.otherPapers}
          value={d.otherPapers}
          onChange={(v) => onChange({ ...d, otherPapers: toNumber(v) })}
          allowDecimal={false}
          w={200}
        />
      </Group>
    );
  }
  return (
    <NumberInput
      label={label}
      value={value === null ? '' : (value as number)}
      onChange={(v) => onChange(toNumber(v))}
      allowDecimal={false}
      maw={420}
    />
  );
}
