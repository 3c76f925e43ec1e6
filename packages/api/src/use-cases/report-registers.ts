import { candidateRegister, communeBySlug, memberRegister, villagesOf } from '@ketnap/db';
import { basicProfileSchema, compareVi, type IsoDate, stageLabels, stageNames } from '@ketnap/domain';
import { loadCommuneYear } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * The villages of the commune on `asOf` (`reports.villages`) with the cell covering each and the members living
 * there; flags the villages without members and those without a cell of their own (covered by a neighbour's, or by
 * none).
 */
export async function villageRegister(ctx: CallerContext, input: { commune: string; asOf?: IsoDate }) {
  const found = await communeBySlug(ctx.db, input.commune);
  if (!found)
    throw toTRPCError({
      code: 'BOARD.COMMUNE_NOT_FOUND',
      message: { vi: `Không tìm thấy xã "${input.commune}".`, en: `No commune "${input.commune}".` },
    });
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
}

/** The member register on `asOf` (`reports.members`, basic fields), in Vietnamese order: the members' list export. */
export async function memberList(ctx: CallerContext, input: { commune: string; asOf?: IsoDate }) {
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
}

/**
 * Every candidate of the commune's cells today (`reports.candidates`, open and closed) with the basic fields of the
 * person record, in Vietnamese order: the candidates' list export. The ID number and the sensitive fields are not
 * listed. An erased dossier is a row "(đã xóa)" with its cell, pool day and stage only (so the register still
 * counts it).
 */
export async function candidateList(ctx: CallerContext, input: { commune: string }) {
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
        (a, b) => compareVi(a.fullName, b.fullName) || (a.birthDate ?? '').localeCompare(b.birthDate ?? ''),
      ),
  };
}
