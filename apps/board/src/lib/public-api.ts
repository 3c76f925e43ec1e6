import type { CellKind, IsoDate } from '@ketnap/domain';

/**
 * The public JSON contract of `/api/public`: aggregates only, never a person. The board reads it with plain
 * `fetch` (no tRPC client) to stay small, and cannot name an admin call.
 */

/** A commune and the years it has a board for. */
export interface PublicCommune {
  slug: string;
  name: string;
  years: number[];
}

export interface CommunesResponse {
  communes: PublicCommune[];
}

/** One cell's line on the board. `target` is `null` when the plan gives the cell none. */
export interface BoardCell {
  name: string;
  kind: CellKind;
  target: number | null;
  admitted: number;
}

/** The commune's figures for one year, counted as of `asOf`; `target` is `null` before the year's plan sets one. */
export interface BoardSnapshot {
  commune: {
    slug: string;
    name: string;
    members: number;
    cells: number;
    target: number | null;
    admitted: number;
  };
  year: number;
  asOf: IsoDate;
  cells: BoardCell[];
  /** Admissions by month from January to the month of `asOf`. */
  trend: { month: string; admitted: number; cumulative: number }[];
  /** The year-end band known on `on`; null after the year ends or before the first forecast. */
  forecast: { on: IsoDate; realistic: number; optimistic: number } | null;
  /**
   * Commune-wide breakdowns of new members, each counted at the latest quarter end `on` it may be published at;
   * null when no quarter end of the year qualifies (a small group, a group holding everyone, or a small change
   * since an earlier published quarter).
   */
  composition: {
    minCount: number;
    gender: { on: IsoDate; female: number; male: number } | null;
    ageBands: { on: IsoDate; bands: Record<'<=30' | '31-40' | '41-50' | '51-60' | '>60', number> } | null;
  };
  /** When the figures were last compiled (UTC instant). */
  updatedAt: string;
}

/** Which board to show: `asOf` absent means "as of today" (the server's today). */
export interface BoardSelection {
  commune: string;
  year: number;
  asOf?: IsoDate;
}

/**
 * A non-2xx answer, with the code of the server's `{ error: { code, message } }` when it sent one. The page words
 * its own message from the status, so the server's text is not needed here.
 */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`HTTP ${status} ${code}`);
    this.name = 'PublicApiError';
  }
}

export const COMMUNES_URL = '/api/public/communes';

export function boardUrl({ commune, year, asOf }: BoardSelection): string {
  const path = `/api/public/board/${encodeURIComponent(commune)}/${year}`;
  return asOf ? `${path}?asOf=${asOf}` : path;
}

/** GETs JSON from the public API; throws {@link PublicApiError} on an HTTP error. */
export async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body: { error?: { code?: string } } | null = await response.json().catch(() => null);
    throw new PublicApiError(response.status, body?.error?.code ?? 'HTTP_ERROR');
  }
  return (await response.json()) as T;
}
