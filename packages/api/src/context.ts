import type { DbClient } from '@ketnap/db';
import type { IsoDate } from '@ketnap/domain';

/** What every procedure may use. No HTTP in here, so tests build it directly. */
export interface Context {
  db: DbClient;
  /** Today on the Vietnamese calendar (the shell owns the clock; the domain never reads it). */
  today: () => IsoDate;
}

/** Builds a context from its parts; the HTTP host and the tests both call this. */
export function createContext(parts: Context): Context {
  return parts;
}
