import { defaultPlanYear, type IsoDate, parseDayParam } from '@ketnap/domain';
import type { BoardSelection, PublicCommune } from './public-api.js';

/** What the address bar asks for; any part may be missing or unusable, and is then left out. */
export interface BoardQuery {
  commune?: string;
  year?: number;
  asOf?: IsoDate;
}

/**
 * Reads `?commune=yen-binh&year=2023&asOf=2023-06-30` (the day also as `30/06/2023`, as people type it), dropping a
 * malformed year or date instead of failing.
 */
export function parseBoardQuery(search: string): BoardQuery {
  const params = new URLSearchParams(search);
  const query: BoardQuery = {};
  const commune = params.get('commune');
  if (commune) query.commune = commune;
  const year = params.get('year');
  if (year && /^\d{4}$/.test(year)) query.year = Number(year);
  const asOf = parseDayParam(params.get('asOf') ?? '');
  if (asOf) query.asOf = asOf;
  return query;
}

/** The inverse of {@link parseBoardQuery}, so a copied link reproduces the view. */
export function formatBoardQuery(query: BoardQuery): string {
  const params = new URLSearchParams();
  if (query.commune) params.set('commune', query.commune);
  if (query.year !== undefined) params.set('year', String(query.year));
  if (query.asOf) params.set('asOf', query.asOf);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The board to load. A full address is taken as it is (even before the commune list arrives, so the board loads
 * at once, and an unknown commune gets the server's 404); missing parts default to the first commune and the
 * current year of the server's `today` until it ends, even once next year is planned (`defaultPlanYear`), once
 * `communes` is known. `null` while there is not enough to decide.
 */
export function resolveSelection(
  query: BoardQuery,
  communes: PublicCommune[] | null,
  today?: IsoDate,
): BoardSelection | null {
  const { asOf } = query;
  if (query.commune && query.year !== undefined) return { commune: query.commune, year: query.year, asOf };
  if (!communes) return null;
  const commune = query.commune ? communes.find((c) => c.slug === query.commune) : communes[0];
  const year = query.year ?? (commune && openingYear(commune, today));
  return commune && year !== undefined ? { commune: commune.slug, year, asOf } : null;
}

/** The year a commune's board opens on: the current one (see above); the latest planned when today is unknown. */
function openingYear(commune: PublicCommune, today: IsoDate | undefined): number | undefined {
  if (today) return defaultPlanYear(commune.years, today);
  return commune.years.length > 0 ? Math.max(...commune.years) : undefined;
}

/**
 * The board after the reader picks another commune: same year if that commune has it, else the year it opens on.
 * A chosen view is live, so `asOf` is dropped: a date from a shared link belongs to that link's view.
 */
export function chooseCommune(
  communes: PublicCommune[],
  slug: string,
  year: number | undefined,
  today?: IsoDate,
): BoardQuery {
  const commune = communes.find((c) => c.slug === slug);
  if (!commune || (year !== undefined && commune.years.includes(year))) return { commune: slug, year };
  return { commune: slug, year: openingYear(commune, today) };
}
