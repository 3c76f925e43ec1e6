import type { IsoDate, PublicBoard, PublicCommunes } from '@ketnap/domain';

/**
 * The public JSON contract of `/api/public`: aggregates only, never a person. The board reads it with plain
 * `fetch` (no tRPC client) to stay small, and cannot name an admin call.
 */

/** A commune and the years it has a board for. */
export type PublicCommune = PublicCommunes['communes'][number];

export type CommunesResponse = PublicCommunes;

/** One cell's line on the board. `target` is `null` when the plan gives the cell none. */
export type BoardCell = PublicBoard['cells'][number];

/** The commune's figures for one year, counted as of `asOf` (the contract: `publicBoardSchema` in @ketnap/domain). */
export type BoardSnapshot = PublicBoard;

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
