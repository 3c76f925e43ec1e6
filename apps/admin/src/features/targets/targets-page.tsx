import {
  checkSplit,
  formatDateVi,
  parseDateVi,
  proposeSplit,
  SUB_TARGET_KEYS,
  type SubTargetKey,
  targetPlanSchema,
} from '@ketnap/domain';
import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DateField } from '../../components/date-field.js';
import { QueryStatus } from '../../components/query-status.js';
import { typedDay, validateForm } from '../../lib/form-errors.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { hasRole, useSession } from '../../lib/session.js';
import { type AdminOutputs, errorMessage, useTRPC } from '../../lib/trpc.js';
import '../../components/print.css';
import { targetsMessages } from './messages.js';

type Plan = AdminOutputs['targets']['get'];

/** The year's target, its split across cells with the warnings and suggested splits, and the history of changes. */
export function TargetsPage() {
  const trpc = useTRPC();
  const m = useMessages(targetsMessages);
  const { m: common } = useI18n();
  const communes = useQuery(trpc.org.communes.queryOptions());
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  if (!communes.data) return <QueryStatus error={communes.error} retry={() => communes.refetch()} />;
  const commune = communes.data[0];
  if (!commune) return <Text c="dimmed">{common.noCommunes}</Text>;
  const latest = commune.years.length > 0 ? Math.max(...commune.years) : new Date().getFullYear();
  const year = chosenYear ?? latest;
  // The next year can be planned before any target exists for it.
  const years = [...new Set([...commune.years, latest + 1])].sort();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{`${m.title} · ${commune.name}`}</Title>
        <Button variant="default" className="no-print" onClick={() => window.print()}>
          {m.print}
        </Button>
      </Group>
      <Text c="dimmed" maw={760} className="no-print">
        {m.intro}
      </Text>
      <NativeSelect
        className="no-print"
        label={m.year}
        value={String(year)}
        onChange={(e) => setChosenYear(Number(e.currentTarget.value))}
        data={years.map(String)}
        w={120}
      />
      <PlanLoader commune={commune.slug} year={year} />
    </Stack>
  );
}

function PlanLoader({ commune, year }: { commune: string; year: number }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.targets.get.queryOptions({ commune, year }));
  if (!plan.data) return <QueryStatus error={plan.error} retry={() => plan.refetch()} />;
  // A new form per commune-year and per saved version of the plan.
  return (
    <PlanForm key={`${commune}-${year}-${plan.data.history.length}`} commune={commune} plan={plan.data} />
  );
}

const toNumber = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

function PlanForm({ commune, plan }: { commune: string; plan: Plan }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const m = useMessages(targetsMessages);
  const { lang } = useI18n();
  const { viewer } = useSession();
  const editable = hasRole(viewer, 'commune-admin');
  // The newest saved plan, also one issued ahead (set on a day after today): that is what the office edits.
  const current = plan.commune.latest;
  const [total, setTotal] = useState<number | null>(current?.total ?? null);
  const [resolutionRef, setResolutionRef] = useState(current?.resolutionRef ?? '');
  const [assignedBy, setAssignedBy] = useState(current?.assignedBy ?? '');
  const [setOnText, setSetOnText] = useState(current ? formatDateVi(current.setOn) : '');
  const [sub, setSub] = useState<Partial<Record<SubTargetKey, number>>>(current?.subTargets ?? {});
  const [cells, setCells] = useState<Record<string, number | null>>(
    Object.fromEntries(plan.cells.map((c) => [c.cellId, c.latest?.total ?? null])),
  );
  const save = useMutation(
    trpc.targets.set.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );

  const shares = plan.cells.map((c) => ({ cellId: c.cellId, name: c.name, target: cells[c.cellId] ?? null }));
  // The same functions the server runs: warnings while typing, never a block.
  const warnings = checkSplit(total, shares, plan.settings.split);
  const sum = shares.reduce((n, c) => n + (c.target ?? 0), 0);
  const floor = plan.settings.split.everyCellAtLeastOne ? 1 : 0;
  const propose = (weight: (c: Plan['cells'][number]) => number) =>
    setCells(
      Object.fromEntries(
        proposeSplit(
          total ?? 0,
          plan.cells.map((c) => ({ cellId: c.cellId, weight: weight(c) })),
          floor,
        ).map((p) => [p.cellId, p.target]),
      ),
    );
  const setOn = parseDateVi(setOnText);
  const candidatePlan = {
    year: plan.year,
    setOn: typedDay(setOnText),
    commune: {
      total: total ?? undefined,
      resolutionRef: resolutionRef.trim() === '' ? null : resolutionRef,
      assignedBy: assignedBy.trim() === '' ? null : assignedBy,
      subTargets: sub,
    },
    cells: plan.cells
      .filter((c) => cells[c.cellId] !== null && cells[c.cellId] !== undefined)
      .map((c) => ({
        cellId: c.cellId,
        total: cells[c.cellId] ?? 0,
        subTargets: c.latest?.subTargets ?? {},
      })),
  };
  // The server's schema, each issue beside its field (an empty target or day is marked and says why).
  const checked = validateForm(targetPlanSchema, candidatePlan, (path) =>
    path[0] === 'commune' ? String(path[1]) : String(path[0]),
  );
  const { errors } = checked;
  const names = new Map<string, string>([
    [plan.commune.id, plan.commune.name],
    ...plan.cells.map((c) => [c.cellId, c.name] as [string, string]),
  ]);

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NumberInput
            label={m.communeTarget}
            value={total ?? ''}
            onChange={(v) => setTotal(toNumber(v))}
            min={0}
            allowDecimal={false}
            readOnly={!editable}
            error={editable ? errors.total : undefined}
          />
          <DateField
            label={m.setOn}
            value={setOnText}
            onChange={(e) => setSetOnText(e.currentTarget.value)}
            error={editable ? (setOnText !== '' && setOn === null ? m.badDate : errors.setOn) : undefined}
            readOnly={!editable}
          />
          <TextInput
            label={m.resolutionRef}
            value={resolutionRef}
            onChange={(e) => setResolutionRef(e.currentTarget.value)}
            readOnly={!editable}
            error={editable ? errors.resolutionRef : undefined}
          />
          <TextInput
            label={m.assignedBy}
            value={assignedBy}
            onChange={(e) => setAssignedBy(e.currentTarget.value)}
            readOnly={!editable}
            error={editable ? errors.assignedBy : undefined}
          />
        </SimpleGrid>
        {current && current.setOn > plan.asOf && (
          <Text size="sm" mt="xs">
            {m.notYetInForce(formatDateVi(current.setOn), formatDateVi(plan.asOf))}
          </Text>
        )}
        <Text fw={600} mt="md" mb={4}>
          {m.subTargets}
        </Text>
        <Group>
          {SUB_TARGET_KEYS.map((k) => (
            <NumberInput
              key={k}
              label={m.subTargetNames[k]}
              value={sub[k] ?? ''}
              onChange={(v) => {
                const n = toNumber(v);
                const { [k]: _, ...rest } = sub;
                setSub(n === null ? rest : { ...rest, [k]: n });
              }}
              min={0}
              allowDecimal={false}
              w={170}
              readOnly={!editable}
            />
          ))}
        </Group>
      </Paper>

      <Group justify="space-between">
        <Title order={3} size="h4">
          {m.split}
        </Title>
        {editable && (
          <Group className="no-print">
            <Button variant="default" size="xs" onClick={() => propose((c) => c.members)}>
              {m.proposeByMembers}
            </Button>
            <Button variant="default" size="xs" onClick={() => propose((c) => c.openCandidates)}>
              {m.proposeByCandidates}
            </Button>
          </Group>
        )}
      </Group>
      <Table striped aria-label={m.split}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.cell}</Table.Th>
            <Table.Th className="num">{m.members}</Table.Th>
            <Table.Th className="num">{m.openCandidates}</Table.Th>
            <Table.Th className="num">{m.cellTarget}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.cells.map((c) => (
            <Table.Tr key={c.cellId}>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td className="num">{c.members}</Table.Td>
              <Table.Td className="num">{c.openCandidates}</Table.Td>
              <Table.Td className="num">
                <NumberInput
                  aria-label={`${m.cellTarget} · ${c.name}`}
                  value={cells[c.cellId] ?? ''}
                  onChange={(v) => setCells({ ...cells, [c.cellId]: toNumber(v) })}
                  min={0}
                  allowDecimal={false}
                  w={90}
                  ml="auto"
                  readOnly={!editable}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600}>{m.sum(sum, total ?? 0)}</Text>
      <Alert color={warnings.length > 0 ? 'yellow' : 'green'} title={m.warnings} role="status">
        {warnings.length === 0 ? (
          m.noWarnings
        ) : (
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={`${w.code}-${w.cellId ?? ''}`}>{w.message[lang]}</List.Item>
            ))}
          </List>
        )}
      </Alert>
      {editable ? (
        <Group className="no-print">
          <Button
            disabled={!checked.success || save.isPending}
            onClick={() => checked.success && save.mutate({ commune, plan: checked.data })}
          >
            {m.save}
          </Button>
          {!checked.success && <Text c="red">{m.invalid}</Text>}
          {save.data && <Text c="green">{m.saved(save.data.changed)}</Text>}
          {save.error && <Text c="red">{errorMessage(save.error)}</Text>}
        </Group>
      ) : (
        <Text c="dimmed">{m.readOnly}</Text>
      )}

      <Title order={3} size="h4">
        {m.history}
      </Title>
      {plan.history.length === 0 ? (
        <Text c="dimmed">{m.noHistory}</Text>
      ) : (
        <Table striped aria-label={m.history}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.setOn}</Table.Th>
              <Table.Th>{m.unit}</Table.Th>
              <Table.Th className="num">{m.total}</Table.Th>
              <Table.Th>{m.resolutionRef}</Table.Th>
              <Table.Th>{m.assignedBy}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.history.map((h) => (
              <Table.Tr key={JSON.stringify(h)}>
                <Table.Td>{formatDateVi(h.setOn)}</Table.Td>
                <Table.Td>{names.get(h.orgId) ?? h.orgId}</Table.Td>
                <Table.Td className="num">{h.total}</Table.Td>
                <Table.Td>{h.resolutionRef ?? '—'}</Table.Td>
                <Table.Td>{h.assignedBy ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
