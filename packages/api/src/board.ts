import {
  boardSnapshotBySlug,
  communeBySlug,
  communeProgressRows,
  type DbClient,
  listCommunes,
  type StoredSnapshot,
  targetYears,
} from '@ketnap/db';
import { type BoardSnapshotData, boardOn, type IsoDate, isIsoDate, rollUpCommune } from '@ketnap/domain';
import { z } from 'zod';
import type { ApiError } from './errors.js';

const cellKind = z.enum(['rural', 'school', 'police', 'agency', 'enterprise', 'other']);
const count = z.number().int().min(0);

/**
 * The public board's answer. An allow-list: parsing through it drops any field not named here, so nothing about a
 * person can reach the public even if a query returns more.
 */
export const publicBoardSchema = z.object({
  commune: z.object({
    slug: z.string(),
    name: z.string(),
    members: z.number().int(),
    cells: z.number().int(),
    target: z.number().int().nullable(),
    admitted: z.number().int(),
  }),
  year: z.number().int(),
  asOf: z.string(),
  cells: z.array(
    z.object({
      name: z.string(),
      kind: cellKind,
      target: z.number().int().nullable(),
      admitted: z.number().int(),
    }),
  ),
  /** Admissions month by month from January to the month of `asOf`, and since 1 January. */
  trend: z.array(z.object({ month: z.string(), admitted: count, cumulative: count })),
  /** The year-end band known on `on` (the latest forecast by `asOf`); null after the year or before any forecast. */
  forecast: z.object({ on: z.string(), realistic: count, optimistic: count }).nullable(),
  /**
   * Commune-wide only, counted at the latest quarter end (`on`) it may be published at; null (withheld whole) when
   * no quarter end of the year qualifies (docs/public-api.md).
   */
  composition: z.object({
    minCount: count,
    gender: z.object({ on: z.string(), female: count, male: count }).nullable(),
    ageBands: z
      .object({
        on: z.string(),
        bands: z.object({ '<=30': count, '31-40': count, '41-50': count, '51-60': count, '>60': count }),
      })
      .nullable(),
  }),
  /** When the snapshot behind this answer was last rebuilt (UTC). */
  updatedAt: z.string(),
});
export type PublicBoard = z.infer<typeof publicBoardSchema>;

/** Inputs of the board, as the URL gives them. */
export const boardInput = z.object({
  commune: z.string().min(1).max(100),
  year: z.coerce.number().int().min(1930).max(2200),
  asOf: z.string().refine(isIsoDate, { message: 'asOf phải là ngày có thật dạng YYYY-MM-DD' }).optional(),
});

/** Every commune with the years it has a plan for: what the board's choosers offer. */
export async function communesWithYears(
  db: DbClient,
): Promise<{ slug: string; name: string; years: number[] }[]> {
  const communes = await listCommunes(db);
  return Promise.all(
    communes.map(async (c) => ({ slug: c.slug ?? c.id, name: c.name, years: await targetYears(db, c.id) })),
  );
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
    kind: z.infer<typeof cellKind>;
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
          vi: `Xã ${commune.name} chưa có kế hoạch năm ${input.year}.`,
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
