import {
  candidateById,
  candidateHistories,
  cellsUnder,
  formCatalogue,
  listCandidates,
  saveCandidate,
  writeCandidateSensitive,
} from '@ketnap/db';
import {
  basicProfileSchema,
  candidateListInput,
  candidateRef,
  compareVi,
  countDown,
  createCandidateInput,
  dossierChecklist,
  evaluateCase,
  eventLabels,
  finalStages,
  isSensitiveEvent,
  maskSensitiveCheck,
  nextSteps,
  type PipelineEvent,
  pipelineState,
  sensitiveFieldNames,
  toCase,
  updateProfileInput,
  vietnamCalendar,
  withoutSensitiveEvents,
  withoutSensitiveRules,
} from '@ketnap/domain';
import { grants, maySeeSensitive } from '../access.js';
import { addToPool, loadCandidateFile, loadSensitive, ruleFacts } from '../candidate-file.js';
import { toTRPCError } from '../errors.js';
import { readProcedure, readSensitiveProcedure, router, writeProcedure } from '../trpc.js';

/** Rows per page of the candidate list. */
export const PAGE_SIZE = 50;

const notFound = () =>
  toTRPCError({
    code: 'ACCESS.NOT_FOUND',
    message: { vi: 'Không tìm thấy quần chúng này.', en: 'No such candidate.' },
  });
export const stale = () =>
  toTRPCError({
    code: 'PIPELINE.STALE',
    message: {
      vi: 'Hồ sơ đã được người khác cập nhật, vui lòng tải lại.',
      en: 'Someone else has updated this record; please reload.',
    },
  });

/** Candidates: the list, one candidate's record, timeline, dossier and rule checks, and the person record's edits. */
export const candidatesRouter = router({
  /**
   * The candidates of a commune or a cell, filtered by cell, stage, a window on the next deadline (in working
   * days from today, overdue included) and a diacritic-insensitive name search; sorted in Vietnamese order; 50 a page.
   */
  list: readProcedure('org')
    .input(candidateListInput)
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      const cells = await cellsUnder(ctx.db, input.orgId, today);
      const names = new Map(cells.map((c) => [c.id, c.name]));
      const cellIds = input.cellId
        ? cells.filter((c) => c.id === input.cellId).map((c) => c.id)
        : [...names.keys()];
      const rows = await listCandidates(ctx.db, {
        cellIds,
        stage: input.stage,
        excludeStages: input.includeClosed || input.stage ? [] : finalStages,
        dueOnOrBefore:
          input.dueWithinWorkingDays === undefined
            ? undefined
            : vietnamCalendar.addWorkingDays(today, input.dueWithinWorkingDays),
        search: input.search,
      });
      rows.sort((a, b) => compareVi(a.fullName, b.fullName) || (a.id < b.id ? -1 : 1));
      const start = (input.page - 1) * PAGE_SIZE;
      return {
        total: rows.length,
        page: input.page,
        pageSize: PAGE_SIZE,
        rows: rows.slice(start, start + PAGE_SIZE).map((r) => ({
          id: r.id,
          fullName: r.fullName,
          cellId: r.cellId,
          cellName: names.get(r.cellId) ?? '',
          stage: r.stage,
          stageSince: r.stageSince,
          nextDue: r.nextDue,
          nextDueRule: r.nextDueRule,
          workingDaysLeft: r.nextDue ? vietnamCalendar.countWorkingDays(today, r.nextDue) : null,
          version: r.version,
        })),
      };
    }),

  /**
   * One candidate's basic record: never a sensitive field (those come from `sensitive`, audited). An erased dossier
   * answers its placeholders: `erasedOn` set, no gender, no birth date, an empty profile.
   */
  detail: readProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const r = await candidateById(ctx.db, input.candidateId);
      if (!r) throw notFound();
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
    }),

  /** The sensitive fields of the person record; every call is written to the audit log (field names only). */
  sensitive: readSensitiveProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const sensitive = await loadSensitive(ctx.db, input.candidateId);
      await ctx.auditRead({
        targetType: 'candidate',
        targetId: input.candidateId,
        orgId: ctx.units[0]?.id ?? null,
        fields: sensitiveFieldNames(sensitive),
      });
      return sensitive;
    }),

  /**
   * The history, oldest first, with each step's name. An erased dossier's steps keep only their kind and day, so
   * their `event` is null.
   */
  timeline: readProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const row = await candidateById(ctx.db, input.candidateId);
      if (!row) throw notFound();
      if (row.erased_on !== null)
        return ((await candidateHistories(ctx.db, [row.id])).get(row.id) ?? []).map((e) => ({
          id: e.id,
          kind: e.kind,
          on: e.occurredOn,
          label: eventLabels[e.kind],
          recordedAt: e.recordedAt,
          event: null,
        }));
      const file = await loadCandidateFile(ctx.db, input.candidateId);
      if (!file) throw notFound();
      const sees = maySeeSensitive(ctx.session.roles, ctx.units);
      return file.history
        .map((event, i) => ({
          id: file.eventIds[i] ?? '',
          kind: event.kind,
          on: event.on,
          label: eventLabels[event.kind],
          recordedAt: file.recordedAt[i] ?? '',
          event: event as PipelineEvent | null,
        }))
        .filter((row) => sees || row.event === null || !isSensitiveEvent(row.event));
    }),

  /** The dossier checklist of the forms in force today. */
  checklist: readProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const file = await loadCandidateFile(ctx.db, input.candidateId);
      if (!file) throw notFound();
      const facts = await ruleFacts(ctx.db, file);
      const forms = await formCatalogue(ctx.db);
      return dossierChecklist(
        forms,
        maySeeSensitive(ctx.session.roles, ctx.units) ? file.history : withoutSensitiveEvents(file.history),
        { partialCommittee: false, grassrootsCommittee: facts.underGrassroots },
        ctx.today(),
      );
    }),

  /** The rule checks today (`evaluateCase`), the deadlines with working-day countdowns, and the fixed dates. */
  checks: readProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const file = await loadCandidateFile(ctx.db, input.candidateId);
      if (!file) throw notFound();
      const today = ctx.today();
      const facts = await ruleFacts(ctx.db, file);
      const answer = evaluateCase(toCase(facts.candidate, file.history, facts.members, facts.unit, today));
      // A reader who may see sensitive fields sees the re-admission checks' status (the reasons stay behind the
      // audited read); any other reader sees neither those checks nor their deadlines.
      const sees = maySeeSensitive(ctx.session.roles, ctx.units);
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
    }),

  /** The steps the caller may record next (none for a viewer; no decisions for a cell secretary). */
  nextActions: readProcedure('candidate')
    .input(candidateRef)
    .query(async ({ ctx, input }) => {
      const file = await loadCandidateFile(ctx.db, input.candidateId);
      const unit = ctx.units[0];
      if (!file || !unit) throw notFound();
      if (!grants(ctx.session.roles, 'write', unit)) return [];
      const recordedBy = grants(ctx.session.roles, 'decide', unit) ? 'commune' : 'cell';
      return nextSteps(pipelineState(file.history), ctx.today(), recordedBy).map((kind) => ({
        kind,
        label: eventLabels[kind],
      }));
    }),

  /** Adds a person to a cell's pool: the candidate, the first event and the person record, in one transaction. */
  create: writeProcedure('cell')
    .input(createCandidateInput)
    .mutation(async ({ ctx, input }) => {
      const at = ctx.now().toISOString();
      const id = await ctx.db.transaction().execute(async (trx) => {
        const added = await addToPool(trx, input, at);
        await ctx.audit(trx, {
          action: 'candidate.create',
          targetType: 'candidate',
          targetId: added.id,
          orgId: input.cellId,
          payload: { eventId: added.eventId, fields: [...Object.keys(input.profile), ...added.fields] },
        });
        return added.id;
      });
      return { id, version: 1 };
    }),

  /** Changes fields of the person record against the version the editor loaded; a stale version changes nothing. */
  updateProfile: writeProcedure('candidate')
    .input(updateProfileInput)
    .mutation(async ({ ctx, input }) =>
      ctx.db.transaction().execute(async (trx) => {
        const file = await loadCandidateFile(trx, input.candidateId, 'change');
        if (!file) throw notFound();
        if (Number(file.row.version) !== input.version) throw stale();
        const at = ctx.now().toISOString();
        const profile = input.profile ? { ...file.profile, ...input.profile } : undefined;
        if (
          !(await saveCandidate(trx, {
            id: file.row.id,
            expectedVersion: input.version,
            profile: profile && JSON.stringify(profile),
          }))
        )
          throw stale();
        const removed = input.removeSensitive ?? [];
        const sensitiveFields = [
          ...new Set([...(input.sensitive ? sensitiveFieldNames(input.sensitive) : []), ...removed]),
        ];
        if (sensitiveFields.length > 0) {
          const record: Record<string, unknown> = {
            ...(await loadSensitive(trx, file.row.id)),
            ...input.sensitive,
          };
          for (const key of removed) delete record[key];
          await writeCandidateSensitive(trx, file.row.id, record, at);
        }
        await ctx.audit(trx, {
          action: 'candidate.update-profile',
          targetType: 'candidate',
          targetId: file.row.id,
          orgId: file.row.cell_id,
          payload: { fields: [...Object.keys(input.profile ?? {}), ...sensitiveFields] },
        });
        return { version: input.version + 1 };
      }),
    ),
});
