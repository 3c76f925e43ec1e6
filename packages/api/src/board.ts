import {
  boardSnapshotBySlug,
  communeBySlug,
  communePlanYears,
  communeProgressRows,
  type DbClient,
  type StoredSnapshot,
  targetYears,
} from '@ketnap/db';
import {
  type BoardSnapshotData,
  boardOn,
  type CellKind,
  communeSlug,
  compareVi,
  type IsoDate,
  isoDay,
  namedAs,
  type PublicBoard,
  type PublicCommunes,
  planYearParam,
  publicBoardSchema,
  rollUpCommune,
} from '@ketnap/domain';
import { z } from 'zod';
import type { ApiError } from './errors.js';

/** Inputs of the board, as the URL gives them. */
export const boardInput = z.object({ commune: communeSlug, year: planYearParam, asOf: isoDay.optional() });

/** Every commune with the years it has a plan for, in Vietnamese order (one query): what the board's choosers offer. */
export async function communesWithYears(db: DbClient): Promise<PublicCommunes['communes']> {
  return (await communePlanYears(db))
    .map((c) => ({ slug: c.slug ?? c.id, name: c.name, years: c.years }))
    .sort((a, b) => compareVi(a.name, b.name));
}

/** The commune overview the admin console shows: the public figures plus member splits and cell ids. */
export interface CommuneOverview {
  commune: {
    slug: string;
    name: string;
    members: number;
    official: number;
    probationary: number;
    target: number | null;
    admitted: number;
  };
  year: number;
  asOf: IsoDate;
  cells: {
    id: string;
    name: string;
    kind: CellKind;
    members: number;
    official: number;
    probationary: number;
    target: number | null;
    admitted: number;
  }[];
}

/**
 * Loads a commune's progress for `year` on `asOf` (admissions counted by decision date within the year up to
 * `asOf`; members and targets as they stood on `asOf`). An unknown commune, or a year without a target for it,
 * is an error value, not an exception.
 */
export async function communeOverview(
  db: DbClient,
  input: { commune: string; year: number; asOf: IsoDate },
): Promise<{ ok: true; value: CommuneOverview } | { ok: false; error: ApiError }> {
  const commune = await communeBySlug(db, input.commune);
  if (!commune?.slug) {
    return {
      ok: false,
      error: {
        code: 'BOARD.COMMUNE_NOT_FOUND',
        message: { vi: `Không tìm thấy xã "${input.commune}".`, en: `No commune "${input.commune}".` },
      },
    };
  }
  const years = await targetYears(db, commune.id);
  if (!years.includes(input.year)) {
    return {
      ok: false,
      error: {
        code: 'BOARD.YEAR_NOT_FOUND',
        message: {
          vi: `${namedAs('Xã', commune.name)} chưa có kế hoạch năm ${input.year}.`,
          en: `${commune.name} has no plan for ${input.year}.`,
        },
      },
    };
  }
  const rows = await communeProgressRows(db, commune.id, input.year, input.asOf);
  const totals = rollUpCommune(rows.cells, rows.communeTarget);
  return {
    ok: true,
    value: {
      commune: {
        slug: commune.slug,
        name: commune.name,
        members: totals.members,
        official: totals.official,
        probationary: totals.probationary,
        target: totals.target,
        admitted: totals.admitted,
      },
      year: input.year,
      asOf: input.asOf,
      cells: rows.cells.map((c) => ({ ...c, members: c.official + c.probationary })),
    },
  };
}

/**
 * The public board for `asOf`, read from a stored snapshot (no per-visit computation beyond a fold over its dated
 * lists), through the allow-list.
 */
export function publicBoardFromSnapshot(stored: StoredSnapshot, asOf: IsoDate): PublicBoard {
  const day = boardOn(JSON.parse(stored.data) as BoardSnapshotData, asOf);
  return publicBoardSchema.parse({ ...day, updatedAt: stored.updatedAt });
}

/**
 * The public board of a commune, year and day from its snapshot. No commune, or no snapshot for the year (no plan),
 * is an error value with the same codes as the overview.
 */
export async function publicBoard(
  db: DbClient,
  input: { commune: string; year: number; asOf: IsoDate },
): Promise<{ ok: true; value: PublicBoard } | { ok: false; error: ApiError }> {
  const stored = await boardSnapshotBySlug(db, input.commune, input.year);
  if (stored) return { ok: true, value: publicBoardFromSnapshot(stored, input.asOf) };
  const missing = await communeOverview(db, input);
  if (!missing.ok) return missing;
  // A plan exists but no snapshot yet (data loaded by hand, or before migration 0004): say so, never compute here.
  return {
    ok: false,
    error: {
      code: 'BOARD.YEAR_NOT_FOUND',
      message: {
        vi: `Số liệu công khai năm ${input.year} của ${missing.value.commune.name} chưa được tổng hợp.`,
        en: `The public figures of ${input.year} for ${missing.value.commune.name} are not compiled yet.`,
      },
    },
  };
}
