import {
  admittedPeople,
  admittedRecords,
  candidateRegister,
  communeBySlug,
  memberRegister,
  villagesOf,
} from '@ketnap/db';
import {
  type AdmittedPerson,
  basicProfileSchema,
  compareVi,
  compositionOf,
  isIsoDate,
  SENSITIVE_DIMENSIONS,
  sensitiveProfileSchema,
  stageLabels,
  stageNames,
  subTargetAchievement,
} from '@ketnap/domain';
import { z } from 'zod';
import { maySeeSensitive } from '../access.js';
import { communeProgress, loadCommuneYear } from '../commune-year.js';
import { toTRPCError } from '../errors.js';
import { readProcedure, router } from '../trpc.js';

const day = z.string().refine(isIsoDate, { error: 'Ngày phải có thật, dạng YYYY-MM-DD.' });
const commune = z.string().min(1).max(100);
const communeYear = z.object({ commune, year: z.int().min(1930).max(2200), asOf: day.optional() });
const communeDay = z.object({ commune, asOf: day.optional() });

const noCommune = (slug: string) =>
  toTRPCError({
    code: 'BOARD.COMMUNE_NOT_FOUND',
    message: { vi: `Không tìm thấy xã "${slug}".`, en: `No commune "${slug}".` },
  });

/** `asOf` for a year's report: the given day, else today, never past 31 December of the year. */
const yearEnd = (year: number, asOf: string) => (asOf > `${year}-12-31` ? `${year}-12-31` : asOf);

/**
 * The commune office's reports (commune administrators and viewers of the commune or its province; a cell
 * secretary's unit is below the commune, so they are refused). Every answer is counts or basic fields: the
 * composition reads the sensitive fields of those admitted, audits that read, and returns only counts.
 */
export const reportsRouter = router({
  /** Results against target per cell for a year on `asOf`: the progress figures plus women admitted per cell. */
  results: readProcedure('communeSlug')
    .input(communeYear)
    .query(async ({ ctx, input }) => {
      const asOf = yearEnd(input.year, input.asOf ?? ctx.today());
      const result = await communeProgress(ctx.db, { ...input, asOf });
      if (!result.ok) throw toTRPCError(result.error);
      const people = await admittedPeople(
        ctx.db,
        result.value.cells.map((c) => c.id),
        input.year,
        asOf,
      );
      const women = (cellId?: string) =>
        people.filter((p) => p.gender === 'F' && (cellId === undefined || p.cellId === cellId)).length;
      const { commune: c, cells, checkpoints, grading } = result.value;
      return {
        commune: { ...c, women: women() },
        year: input.year,
        asOf,
        cells: [...cells]
          .sort((a, b) => compareVi(a.name, b.name))
          .map((cell) => ({ ...cell, women: women(cell.id) })),
        checkpoints,
        grading,
      };
    }),

  /**
   * The composition of the year's new members. Reads the sensitive fields (ethnicity, religion) of those
   * admitted, writes the audit entry of that read (field names only), and returns counts. A reader without
   * `read-sensitive` over the commune (a viewer) gets no sensitive breakdown at all, and neither the sensitive
   * fields are read nor the read audited for them: any count of ethnicity or religion, compared across two days or
   * with the names and decision dates a viewer sees, can name a person's value.
   */
  composition: readProcedure('communeSlug')
    .input(communeYear)
    .query(async ({ ctx, input }) => {
      const asOf = yearEnd(input.year, input.asOf ?? ctx.today());
      const loaded = await loadCommuneYear(ctx.db, input.commune, input.year, asOf);
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const withholdSensitive = !maySeeSensitive(ctx.session.roles, ctx.units);
      const records = await admittedRecords(ctx.db, loaded.cellIds, input.year, asOf);
      if (records.length > 0 && !withholdSensitive)
        await ctx.auditRead({
          targetType: 'commune',
          targetId: loaded.commune.id,
          orgId: loaded.commune.id,
          fields: [...SENSITIVE_DIMENSIONS],
        });
      const people: AdmittedPerson[] = records.map((r) => {
        const sensitive = sensitiveProfileSchema.safeParse(
          r.sensitive && !withholdSensitive ? JSON.parse(r.sensitive) : {},
        );
        return {
          cellId: r.cellId,
          gender: r.gender,
          birthDate: r.birthDate,
          decidedOn: r.decidedOn,
          profile: basicProfileSchema.catch({}).parse(JSON.parse(r.profile)),
          sensitive: sensitive.success
            ? { ethnicity: sensitive.data.ethnicity, religion: sensitive.data.religion }
            : {},
        };
      });
      const composition = compositionOf(people, { withholdSensitive });
      const achieved = subTargetAchievement(people);
      const withheld = (d: 'ethnicity' | 'religion') =>
        composition.breakdowns.find((b) => b.dimension === d)?.withheld ?? false;
      return {
        commune: { slug: loaded.commune.slug ?? loaded.commune.id, name: loaded.commune.name },
        year: input.year,
        asOf,
        ...composition,
        suppressed: withholdSensitive,
        subTargets: loaded.targetOf.get(loaded.commune.id)?.subTargets ?? {},
        achieved: {
          ...achieved,
          ethnicMinority: withheld('ethnicity') ? null : achieved.ethnicMinority,
          religious: withheld('religion') ? null : achieved.religious,
        },
      };
    }),

  /**
   * The villages of the commune on `asOf` with the cell covering each and the members living there; flags the
   * villages without members and those without a cell of their own (covered by a neighbour's, or by none).
   */
  villages: readProcedure('communeSlug')
    .input(communeDay)
    .query(async ({ ctx, input }) => {
      const found = await communeBySlug(ctx.db, input.commune);
      if (!found) throw noCommune(input.commune);
      const asOf = input.asOf ?? ctx.today();
      const villages = (await villagesOf(ctx.db, found.id, asOf)).sort((a, b) => compareVi(a.name, b.name));
      return {
        commune: { slug: found.slug ?? found.id, name: found.name },
        asOf,
        villages: villages.map((v) => ({
          ...v,
          withoutMembers: v.members === 0,
          withoutOwnCell: !v.ownCell,
          withoutCell: v.cellId === null,
        })),
      };
    }),

  /** The member register on `asOf` (basic fields), in Vietnamese order: the members' list export. */
  members: readProcedure('communeSlug')
    .input(communeDay)
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? ctx.today();
      const loaded = await loadCommuneYear(ctx.db, input.commune, Number(asOf.slice(0, 4)), asOf);
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const cellName = new Map(loaded.rows.cells.map((c) => [c.id, c.name]));
      const rows = await memberRegister(ctx.db, loaded.cellIds, asOf);
      return {
        commune: { slug: loaded.commune.slug ?? loaded.commune.id, name: loaded.commune.name },
        asOf,
        rows: rows
          .map((r) => ({
            fullName: r.fullName,
            gender: r.gender,
            birthDate: r.birthDate,
            cellName: cellName.get(r.cellId) ?? '',
            villageName: r.villageName,
            admittedOn: r.admittedOn,
            joinedOn: r.joinedOn,
            officialOn: r.officialOn,
          }))
          .sort((a, b) => compareVi(a.fullName, b.fullName) || a.birthDate.localeCompare(b.birthDate)),
      };
    }),

  /**
   * Every candidate of the commune's cells today (open and closed) with the basic fields of the person record, in
   * Vietnamese order: the candidates' list export. The ID number and the sensitive fields are not listed. An erased
   * dossier is a row "(đã xóa)" with its cell, pool day and stage only (so the register still counts it).
   */
  candidates: readProcedure('communeSlug')
    .input(z.object({ commune }))
    .query(async ({ ctx, input }) => {
      const today = ctx.today();
      const loaded = await loadCommuneYear(ctx.db, input.commune, Number(today.slice(0, 4)), today);
      if (!loaded.ok) throw toTRPCError(loaded.error);
      const cellName = new Map(loaded.rows.cells.map((c) => [c.id, c.name]));
      const rows = await candidateRegister(ctx.db, loaded.cellIds);
      return {
        commune: { slug: loaded.commune.slug ?? loaded.commune.id, name: loaded.commune.name },
        asOf: today,
        rows: rows
          .map((r) => {
            const profile = basicProfileSchema.catch({}).parse(JSON.parse(r.profile));
            const stage = (stageNames as readonly string[]).includes(r.stage)
              ? stageLabels[r.stage as (typeof stageNames)[number]]
              : { vi: r.stage, en: r.stage };
            return {
              fullName: r.fullName,
              gender: r.gender,
              birthDate: r.erasedOn === null ? r.birthDate : null,
              cellName: cellName.get(r.cellId) ?? '',
              enteredPoolOn: r.enteredPoolOn,
              stage,
              education: profile.education ?? null,
              occupation: profile.occupation ?? null,
              youthUnionMember: profile.youthUnionMember ?? null,
              residence: profile.residence ?? null,
            };
          })
          .sort(
            (a, b) =>
              compareVi(a.fullName, b.fullName) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''),
          ),
      };
    }),
});
