/**
 * The public board's JSON: the ONE declaration of the contract of `/api/public/board/{commune}/{year}` and
 * `/api/public/communes` (docs/public-api.md). The server parses every answer through these schemas, an allow-list
 * (a field not named here cannot reach the public, even if a query returns more), and the board app imports their
 * types. Aggregates only: never a person.
 */
import { z } from 'zod';
import { AGE_BANDS } from './composition.js';

const count = z.number().int().min(0);
const cellKind = z.enum(['rural', 'school', 'police', 'agency', 'enterprise', 'other']);

/** One day's board of a commune. */
export const publicBoardSchema = z.object({
  commune: z.object({
    slug: z.string(),
    name: z.string(),
    members: z.number().int(),
    cells: z.number().int(),
    target: z.number().int().nullable(),
    admitted: z.number().int(),
    /** The cells' source targets summed (introduce N to the awareness class); null when no cell has one. */
    sourceTarget: z.number().int().nullable(),
    /** People introduced to the awareness class in the year up to `asOf`. */
    introduced: count,
  }),
  year: z.number().int(),
  asOf: z.string(),
  cells: z.array(
    z.object({
      name: z.string(),
      kind: cellKind,
      target: z.number().int().nullable(),
      admitted: z.number().int(),
      sourceTarget: z.number().int().nullable(),
      introduced: count,
    }),
  ),
  /** Admissions month by month from January to the month of `asOf`, and since 1 January. */
  trend: z.array(z.object({ month: z.string(), admitted: count, cumulative: count })),
  /**
   * The year-end forecast known on `on` (the latest by `asOf`): admissions expected by 31 December and the 80 %
   * interval `low`..`high`, those already made included; null after the year or before any forecast.
   */
  forecast: z.object({ on: z.string(), expected: count, low: count, high: count }).nullable(),
  /**
   * Commune-wide only, each breakdown counted at the latest quarter end (`on`) it may be published at; null
   * (withheld whole) when no quarter end of the year qualifies (`publishedBreakdown`).
   */
  composition: z.object({
    minCount: count,
    gender: z.object({ on: z.string(), female: count, male: count }).nullable(),
    ageBands: z
      .object({
        on: z.string(),
        bands: z.object(
          Object.fromEntries(AGE_BANDS.map((b) => [b, count])) as Record<
            (typeof AGE_BANDS)[number],
            typeof count
          >,
        ),
      })
      .nullable(),
  }),
  /** When the snapshot behind this answer was last rebuilt (UTC). */
  updatedAt: z.string(),
});

/** One day's board, as the public reads it. */
export type PublicBoard = z.infer<typeof publicBoardSchema>;

/**
 * `/api/public/communes`: every commune with the years it has a board for, and the server's today (Vietnam's
 * calendar day, `YYYY-MM-DD`): the board opens on the current year until it ends (`defaultPlanYear`).
 */
export const publicCommunesSchema = z.object({
  communes: z.array(z.object({ slug: z.string(), name: z.string(), years: z.array(z.number().int()) })),
  today: z.string(),
});

export type PublicCommunes = z.infer<typeof publicCommunesSchema>;
