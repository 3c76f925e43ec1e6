/**
 * The answers about one candidate, shaped from what was loaded: each separate read (`candidates.detail`, `.timeline`,
 * `.checklist`, `.checks`, `.nextActions`, `pipeline.introducers`, `pipeline.members`) and the whole page
 * (`candidates.file`) call these same functions, so they answer the same data with the same redaction. Pure: the
 * loading is the use cases' (read-candidate.ts, candidate-page.ts), the decisions the domain's.
 */
import type { CandidateRow, MemberRow, OrgPath, StoredEvent } from '@ketnap/db';
import {
  basicProfileSchema,
  compareVi,
  countDown,
  dossierChecklist,
  evaluateCase,
  eventLabels,
  type FormEntry,
  type IsoDate,
  introducerChoices,
  isSensitiveEvent,
  maskSensitiveCheck,
  memberStandingOn,
  nextSteps,
  type PipelineEvent,
  pipelineState,
  type StepParticular,
  stepParticulars,
  toCase,
  vietnamCalendar,
  withoutSensitiveEvents,
  withoutSensitiveRules,
} from '@ketnap/domain';
import { grants, recordedByOf } from '../access.js';
import type { CandidateFile, RuleFacts } from '../candidate-file.js';
import type { RoleGrant } from '../context.js';

/**
 * One candidate's basic record: never a sensitive field (those come from `candidates.sensitive`, audited). An erased
 * dossier answers its placeholders: `erasedOn` set, no birth date, an empty profile.
 */
export function detailView(r: CandidateRow) {
  const erased = r.erased_on !== null;
  return {
    id: r.id,
    cellId: r.cell_id,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: erased ? null : r.birth_date,
    enteredPoolOn: r.entered_pool_on,
    stage: r.stage,
    stageSince: r.stage_since,
    version: Number(r.version),
    profile: basicProfileSchema.parse(JSON.parse(r.profile)),
    erasedOn: r.erased_on,
  };
}

/** One step of the timeline; `event` is null for an erased dossier's steps (only their kind and day are kept). */
export interface TimelineRow {
  id: string;
  kind: PipelineEvent['kind'];
  on: IsoDate;
  label: { vi: string; en: string };
  recordedAt: string;
  event: PipelineEvent | null;
  /** The decision's number, the introducer, the helper … as the reader may see them (`stepParticulars`). */
  particulars: StepParticular[];
}

/** An erased dossier's timeline: each step's kind and day, no data. */
export function erasedTimelineView(stored: readonly StoredEvent[]): TimelineRow[] {
  return stored.map((e) => ({
    id: e.id,
    kind: e.kind,
    on: e.occurredOn,
    label: eventLabels[e.kind],
    recordedAt: e.recordedAt,
    event: null,
    particulars: [],
  }));
}

/**
 * The history, oldest first, with each step's name and particulars (decision number, introducer, helper); a reader
 * who may not see sensitive fields (`sees` false) sees no event recorded because of one (the consent for a
 * re-admission) and no member's name (`names`: the named members' names, by id).
 */
export function timelineView(
  file: CandidateFile,
  sees: boolean,
  names: ReadonlyMap<string, string>,
): TimelineRow[] {
  return file.history
    .map((event, i) => ({
      id: file.eventIds[i] ?? '',
      kind: event.kind,
      on: event.on,
      label: eventLabels[event.kind],
      recordedAt: file.recordedAt[i] ?? '',
      event: event as PipelineEvent | null,
      particulars: stepParticulars(event, names, sees),
    }))
    .filter((row) => sees || row.event === null || !isSensitiveEvent(row.event));
}

/** The dossier checklist of the forms in force on `today`, of the history the reader may see. */
export function checklistView(
  forms: readonly FormEntry[],
  file: CandidateFile,
  facts: RuleFacts,
  today: IsoDate,
  sees: boolean,
) {
  return dossierChecklist(
    forms,
    sees ? file.history : withoutSensitiveEvents(file.history),
    { partialCommittee: false, grassrootsCommittee: facts.underGrassroots },
    today,
  );
}

/**
 * The rule checks on `today` (`evaluateCase`), the deadlines with working-day countdowns, and the fixed dates. A
 * reader who may see sensitive fields sees the re-admission checks' status (the reasons stay behind the audited
 * read); any other reader sees neither those checks nor their deadlines.
 */
export function checksView(file: CandidateFile, facts: RuleFacts, today: IsoDate, sees: boolean) {
  const answer = evaluateCase(toCase(facts.candidate, file.history, facts.members, facts.unit, today), {
    settings: facts.settings,
  });
  return {
    ruleSet: answer.ruleSet,
    checks: sees ? answer.checks.map(maskSensitiveCheck) : withoutSensitiveRules(answer.checks),
    deadlines: countDown(
      sees ? answer.deadlines : withoutSensitiveRules(answer.deadlines),
      today,
      vietnamCalendar,
    ),
    dates: answer.dates,
  };
}

/**
 * The steps the caller may record next on `today`: none for a reader, no decisions for a cell secretary. `again`
 * marks a step already on the file that may be recorded once more (a new certificate, a second introducer), so the
 * console does not offer it as a next step.
 */
export function nextActionsView(
  file: CandidateFile,
  today: IsoDate,
  roles: readonly RoleGrant[],
  unit: Pick<OrgPath, 'path'>,
) {
  if (!grants(roles, 'write', unit)) return [];
  return nextSteps(pipelineState(file.history), today, recordedByOf(roles, unit)).map((kind) => ({
    kind,
    label: eventLabels[kind],
    again: file.history.some((event) => event.kind === kind),
  }));
}

/** Who may introduce the candidate on `today` (I-02, I-03), from the members of the candidate's cell. */
export function introducersView(members: readonly MemberRow[], file: CandidateFile, today: IsoDate) {
  return introducerChoices(members, file.history, today);
}

/** The members of a unit on `today`, official or probationary, with dates, in Vietnamese order. */
export function membersView(members: readonly MemberRow[], today: IsoDate) {
  return members
    .map((m) => {
      const standing = memberStandingOn(m.officialOn, today);
      return {
        id: m.id,
        fullName: m.fullName,
        cellId: m.cellId,
        joinedOn: m.joinedOn,
        officialOn: standing.officialOn,
        status: standing.status,
      };
    })
    .sort((a, b) => compareVi(a.fullName, b.fullName));
}
