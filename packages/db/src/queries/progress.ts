import type { Kysely } from 'kysely';
import type { CellKind, Database } from '../schema.js';
import { admittedByCell } from './candidates.js';
import { memberCountsByCell } from './members.js';
import { cellsOf } from './org.js';
import { targetsInForce } from './targets.js';

/** One cell's raw figures for a year on a day. */
export interface CellProgressRow {
  id: string;
  name: string;
  kind: CellKind;
  official: number;
  probationary: number;
  /** Null when no target was set for the cell by `asOf`. */
  target: number | null;
  admitted: number;
}

/** A commune's raw figures for a year on a day: its own target and every cell's row. */
export interface CommuneProgressRows {
  communeTarget: number | null;
  cells: CellProgressRow[];
}

/**
 * Loads what the progress views need for one commune, `year` and `asOf` in four grouped queries: cells existing
 * on `asOf`, their members on `asOf`, admissions in the year up to `asOf`, and targets in force on `asOf`.
 */
export async function communeProgressRows(
  db: Kysely<Database>,
  communeId: string,
  year: number,
  asOf: string,
): Promise<CommuneProgressRows> {
  const cells = await cellsOf(db, communeId, asOf);
  const ids = cells.map((c) => c.id);
  const [members, admitted, targets] = await Promise.all([
    memberCountsByCell(db, ids, asOf),
    admittedByCell(db, ids, year, asOf),
    targetsInForce(db, [communeId, ...ids], year, asOf),
  ]);
  const membersOf = new Map(members.map((m) => [m.cellId, m]));
  const admittedOf = new Map(admitted.map((a) => [a.cellId, a.admitted]));
  const targetOf = new Map(targets.map((t) => [t.orgId, t.total]));
  return {
    communeTarget: targetOf.get(communeId) ?? null,
    cells: cells.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind ?? 'other',
      official: membersOf.get(c.id)?.official ?? 0,
      probationary: membersOf.get(c.id)?.probationary ?? 0,
      target: targetOf.get(c.id) ?? null,
      admitted: admittedOf.get(c.id) ?? 0,
    })),
  };
}
