import {
  type EducationLevel,
  formatDateVi,
  type MemberFacts,
  regulationName,
  type StageName,
  stageLabels,
} from '@ketnap/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'wouter';
import { CalendarNote } from '../../components/calendar-note.js';
import { CountdownBadge } from '../../components/countdown-badge.js';
import { componentMessages } from '../../components/messages.js';
import { QueryStatus } from '../../components/query-status.js';
import { RuleChecks } from '../../components/rule-checks.js';
import { useI18n, useMessages } from '../../lib/i18n/i18n.js';
import { hasRole, useSession } from '../../lib/session.js';
import { type AdminOutputs, useTRPC } from '../../lib/trpc.js';
import { candidateMessages } from './messages.js';
import { papersMessages } from './papers-messages.js';
import { PapersPanel } from './papers-panel.js';
import { privacyMessages } from './privacy-messages.js';
import { PrivacyPanel } from './privacy-panel.js';
import { ProfileForm } from './profile-form.js';
import { useCandidateChanged } from './refresh.js';
import { SensitivePanel, useSensitiveRecord } from './sensitive-panel.js';
import { StepPanel } from './step-panel.js';
import { TermList } from './term-list.js';
import { verificationMessages } from './verification-messages.js';
import { VerificationPanel } from './verification-panel.js';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * One candidate: profile, timeline, dossier, rule checks with citations, deadlines, and the next step. The page asks
 * for one thing, the candidate's file (`candidates.file`: today, the record, the timeline, the checks, the next steps,
 * the introducers and the cell's members); the sensitive record only when the person asks (audited).
 */
export function CandidatePage() {
  const { id = '' } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const { lang } = useI18n();
  const m = useMessages(candidateMessages);
  const words = useMessages(componentMessages);
  const { viewer } = useSession();
  const privacy = useMessages(privacyMessages);
  const verification = useMessages(verificationMessages);
  const papersTitle = useMessages(papersMessages).title;
  const file = useQuery(trpc.candidates.file.queryOptions({ candidateId: id }));
  const candidateChanged = useCandidateChanged();
  const [editing, setEditing] = useState(false);
  const sensitive = useSensitiveRecord(id);

  if (!file.data) return <QueryStatus error={file.error} retry={() => file.refetch()} />;
  const { detail: c, timeline, live, today } = file.data;
  const stage = stageLabels[c.stage as StageName]?.[lang] ?? c.stage;
  const steps = (
    <Section title={m.timeline}>
      <Timeline active={timeline.length - 1} bulletSize={14} lineWidth={2} aria-label={m.timeline}>
        {timeline.map((t) => (
          <Timeline.Item key={t.id} title={t.label[lang]}>
            <Text size="sm" c="dimmed">
              {formatDateVi(t.on)}
            </Text>
            {t.particulars.map((p) => (
              <Text key={p.label.vi} size="sm">
                {p.label[lang]}: {p.value[lang]}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
  const title = (
    <>
      <Anchor component={Link} href="/candidates" size="sm">
        ← {m.back}
      </Anchor>
      <Group gap="sm" align="baseline">
        <Title order={2}>{c.fullName}</Title>
        <Badge color="party.8" radius="sm" size="lg">
          {stage}
        </Badge>
        {c.stageSince && <Text c="dimmed">{m.stageSince(formatDateVi(c.stageSince))}</Text>}
      </Group>
    </>
  );
  // An erased dossier has nothing left to judge: the file holds no checks (`live` is null).
  if (c.erasedOn !== null || c.birthDate === null || live === null)
    return (
      <Stack>
        {title}
        <Alert color="gray" title={privacy.erasedTitle} role="status">
          {privacy.erasedBody(c.erasedOn ? formatDateVi(c.erasedOn) : '')}
        </Alert>
        {steps}
      </Stack>
    );
  const birthDate = c.birthDate;
  const history = timeline.flatMap((t) => (t.event ? [t.event] : []));
  // What the browser knows of the rule context. Sensitive fields only once the person has revealed them (then the
  // re-admission rules L-20..L-22 are judged here too; before, they read "not applicable" and only the server judges
  // them); never the unit's unions (E-13, I-01 may read "pending" here): the server judges again.
  const context = {
    candidate: { birthDate, profile: c.profile, sensitive: sensitive.data ?? {} },
    members: new Map<string, MemberFacts>(live.members.map((x) => [x.id, { officialOn: x.officialOn }])),
    unit: { youthUnionPresent: null, tradeUnionPresent: null },
    asOf: today,
    // The commune's rule settings, so the checks computed while typing match the server's.
    settings: live.settings,
  };
  // The same two roles may read sensitive fields (docs/access.md); a viewer may do neither.
  const mayWrite = hasRole(viewer, 'cell-secretary') || hasRole(viewer, 'commune-admin');
  // After a step or an edit: this candidate's file, and the lists and dashboards that show it.
  const changed = () => candidateChanged({ candidateId: c.id, cellId: c.cellId });
  const education = c.profile.education as EducationLevel | undefined;
  const flag = (value: boolean | undefined) => (value === undefined ? m.unknown : value ? m.yes : m.no);

  return (
    <Stack>
      {title}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Section title={m.checks}>
              <Text size="sm" c="dimmed" mb="xs">
                {m.checksHint(regulationName(live.checks.ruleSet))}
              </Text>
              <RuleChecks
                checks={live.checks.checks.filter((x) => x.status !== 'not-applicable')}
                label={m.checks}
              />
            </Section>
            <Section title={m.nextActions}>
              <StepPanel
                onChanged={changed}
                actions={live.nextActions}
                subject={{
                  candidateId: c.id,
                  version: c.version,
                  history,
                  recordedBy: hasRole(viewer, 'commune-admin') ? 'commune' : 'cell',
                  context,
                  introducers: live.introducers,
                  members: live.members,
                }}
              />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Section title={m.profile}>
              {editing ? (
                <ProfileForm
                  candidateId={c.id}
                  version={c.version}
                  profile={c.profile}
                  history={history}
                  context={context}
                  onChanged={changed}
                  onClose={() => setEditing(false)}
                />
              ) : (
                <>
                  <TermList
                    items={[
                      [m.gender, m.genders[c.gender] ?? c.gender],
                      [m.birthDate, formatDateVi(birthDate)],
                      [m.enteredPoolOn, formatDateVi(c.enteredPoolOn)],
                      [m.education, education ? words.educationLevels[education] : m.unknown],
                      [m.youthUnionMember, flag(c.profile.youthUnionMember)],
                    ]}
                  />
                  {mayWrite && (
                    <Button variant="default" size="xs" mt="sm" onClick={() => setEditing(true)}>
                      {m.editProfile}
                    </Button>
                  )}
                </>
              )}
            </Section>
            <Section title={m.sensitive}>
              <SensitivePanel
                record={sensitive}
                allowed={mayWrite}
                editor={{ candidateId: c.id, version: c.version, history, context }}
                onChanged={changed}
              />
            </Section>
            <Section title={verification.title}>
              <VerificationPanel candidateId={c.id} allowed={mayWrite} />
            </Section>
            {hasRole(viewer, 'commune-admin') && (
              <Section title={privacy.title}>
                <PrivacyPanel
                  candidateId={c.id}
                  version={c.version}
                  stage={c.stage}
                  erasedOn={c.erasedOn}
                  onChanged={changed}
                />
              </Section>
            )}
            <Section title={m.deadlines}>
              <Deadlines deadlines={live.checks.deadlines} dates={live.checks.dates} />
            </Section>
            {steps}
            <Section title={m.checklist}>
              <Table aria-label={m.checklist} verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{m.paper}</Table.Th>
                    <Table.Th scope="col">{m.form}</Table.Th>
                    <Table.Th scope="col">{m.status}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {live.checklist.map((item) => (
                    <Table.Tr key={`${item.document}-${item.formCode}`}>
                      <Table.Td>
                        {item.document} · {item.title[lang]}
                      </Table.Td>
                      <Table.Td>{item.formCode}</Table.Td>
                      <Table.Td>
                        {m.paperStatus[item.status]}
                        {item.filedOn ? ` ${formatDateVi(item.filedOn)}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <Section title={papersTitle}>
              <PapersPanel candidateId={c.id} status={live.papers} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

type Checks = NonNullable<AdminOutputs['candidates']['file']['live']>['checks'];

/** The running and closed deadlines of the case, with working days left, and the fixed dates once known. */
function Deadlines({ deadlines, dates }: { deadlines: Checks['deadlines']; dates: Checks['dates'] }) {
  const m = useMessages(candidateMessages);
  const words = useMessages(componentMessages);
  const shown = deadlines.filter((d) => d.due !== null);
  return (
    <Stack gap="xs">
      {shown.length === 0 && <Text c="dimmed">{m.noDeadlines}</Text>}
      <List listStyleType="none" p={0} spacing="xs" aria-label={m.deadlines}>
        {shown.map((d) => (
          <List.Item key={`${d.step}-${d.rule}`} data-rule={d.rule} data-step={d.step}>
            <Group gap="xs">
              <Text fw={700} size="sm">
                {d.rule}
              </Text>
              <Text size="sm">{d.due && formatDateVi(d.due)}</Text>
              {d.workingDaysLeft !== null ? (
                <CountdownBadge workingDaysLeft={d.workingDaysLeft} />
              ) : (
                <Text size="sm" c="dimmed">
                  {words.deadlineStatus[d.status]}
                </Text>
              )}
            </Group>
            {d.workingDaysLeft !== null && (
              <CalendarNote basis={d.calendarBasis} years={d.unannouncedYears} />
            )}
          </List.Item>
        ))}
      </List>
      {dates.probationEnds && (
        <Text size="sm">
          {m.probationEnds}: {formatDateVi(dates.probationEnds)}
        </Text>
      )}
      {dates.officialFrom && (
        <Text size="sm">
          {m.officialFrom}: {formatDateVi(dates.officialFrom)}
        </Text>
      )}
    </Stack>
  );
}
