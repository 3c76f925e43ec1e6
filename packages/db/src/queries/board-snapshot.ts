import {
  buildBoardSnapshot,
  type HistoryEvent,
  type IsoDate,
  parseCommuneSettings,
  vietnamCalendar,
} from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { CellKind, Database } from '../schema.js';

/** When a rebuild happens: the Vietnamese date (forecasts are known up to it) and the UTC instant shown as "updated". */
export interface RebuildStamp {
  today: IsoDate;
  at: string;
}

/** Every candidate of the given cells with its history in order: what forecasts and the composition read. */
export async function candidatesWithHistory(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<{ id: string; cellId: string; gender: string; birthDate: IsoDate; events: HistoryEvent[] }[]> {
  if (cellIds.length === 0) return [];
  const candidates = await db
    .selectFrom('candidate')
    .select(['id', 'cell_id', 'gender', 'birth_date'])
    .where('cell_id', 'in', cellIds)
    .orderBy('id')
    .execute();
  const events = await db
    .selectFrom('candidate_event as e')
    .innerJoin('candidate as c', 'c.id', 'e.candidate_id')
    .select(['e.candidate_id', 'e.kind', 'e.occurred_on', 'e.data'])
    .where('c.cell_id', 'in', cellIds)
    .orderBy('e.candidate_id')
    .orderBy('e.seq')
    .execute();
  const byCandidate = new Map<string, HistoryEvent[]>();
  for (const e of events) {
    const list = byCandidate.get(e.candidate_id) ?? [];
    list.push({ kind: e.kind, on: e.occurred_on, data: safeJson(e.data) });
    byCandidate.set(e.candidate_id, list);
  }
  return candidates.map((c) => ({
    id: c.id,
    cellId: c.cell_id,
    gender: c.gender,
    birthDate: c.birth_date,
    events: byCandidate.get(c.id) ?? [],
  }));
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Recomputes the public board's snapshot of one commune and year, in the caller's transaction (call it in the
 * transaction that records an admission decision or a target, and at demo load): loads the facts (every cell the
 * commune ever had, its members' join/leave days, the year's targets, every candidate's history), lets the domain
 * build the snapshot (`buildBoardSnapshot`) and replaces the previous row.
 */
export async function rebuildBoardSnapshot(
  db: Kysely<Database>,
  communeId: string,
  year: number,
  stamp: RebuildStamp,
): Promise<void> {
  const commune = await db
    .selectFrom('org_unit')
    .select(['id', 'slug', 'name'])
    .where('id', '=', communeId)
    .where('level', '=', 'commune')
    .executeTakeFirst();
  if (!commune) return;
  const settingsRow = await db
    .selectFrom('commune_setting')
    .select('settings')
    .where('commune_id', '=', communeId)
    .executeTakeFirst();
  const settings = parseCommuneSettings(settingsRow?.settings);
  const cellRows = await db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'valid_from', 'valid_to'])
    .where('parent_id', '=', communeId)
    .where('level', '=', 'cell')
    .orderBy('id')
    .execute();
  const cellIds = cellRows.map((c) => c.id);
  const [members, targets, candidates] = await Promise.all([
    cellIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('member')
          .select(['cell_id', 'joined_on', 'left_on'])
          .where('cell_id', 'in', cellIds)
          .execute(),
    db
      .selectFrom('admission_target')
      .select(['org_id', 'total', 'set_on', 'source_total'])
      .where('org_id', 'in', [communeId, ...cellIds])
      .where('year', '=', year)
      .orderBy('set_on')
      .orderBy('id')
      .execute(),
    candidatesWithHistory(db, cellIds),
  ]);
  const data = buildBoardSnapshot(
    {
      commune: { id: commune.id, slug: commune.slug ?? commune.id, name: commune.name },
      year,
      settings,
      cells: cellRows.map((c) => ({
        id: c.id,
        name: c.name,
        kind: (c.kind ?? 'other') as CellKind,
        validFrom: c.valid_from,
        validTo: c.valid_to,
      })),
      members: members.map((m) => ({ cellId: m.cell_id, joinedOn: m.joined_on, leftOn: m.left_on })),
      targets: targets.map((t) => ({
        orgId: t.org_id,
        total: Number(t.total),
        setOn: t.set_on,
        sourceTotal: t.source_total === null ? null : Number(t.source_total),
      })),
      candidates,
    },
    stamp.today,
    vietnamCalendar,
  );
  await db
    .deleteFrom('board_snapshot')
    .where('commune_id', '=', communeId)
    .where('year', '=', year)
    .execute();
  await db
    .insertInto('board_snapshot')
    .values({ commune_id: communeId, year, data: JSON.stringify(data), updated_at: stamp.at })
    .execute();
}

/**
 * Rebuilds the snapshot of the commune that `cellId` belongs to, for `year`: what a pipeline transition calls in
 * its transaction after recording an admission decision (or a ceremony, which changes the member count).
 */
export async function rebuildBoardSnapshotForCell(
  db: Kysely<Database>,
  cellId: string,
  year: number,
  stamp: RebuildStamp,
): Promise<void> {
  const cell = await db
    .selectFrom('org_unit')
    .select('parent_id')
    .where('id', '=', cellId)
    .executeTakeFirst();
  if (cell?.parent_id) await rebuildBoardSnapshot(db, cell.parent_id, year, stamp);
}

/** Rebuilds every commune's snapshot for every year it has a target (demo load, imports, migrations of data). */
export async function rebuildAllBoardSnapshots(db: Kysely<Database>, stamp: RebuildStamp): Promise<number> {
  const rows = await db
    .selectFrom('admission_target as t')
    .innerJoin('org_unit as o', 'o.id', 't.org_id')
    .select(['t.org_id', 't.year'])
    .distinct()
    .where('o.level', '=', 'commune')
    .execute();
  for (const r of rows) await rebuildBoardSnapshot(db, r.org_id, Number(r.year), stamp);
  return rows.length;
}

/** A stored snapshot row: its data (JSON text) and when it was rebuilt. */
export interface StoredSnapshot {
  data: string;
  updatedAt: string;
}

/** The snapshot of the commune with `slug` for `year`, or undefined (no such commune or no snapshot). */
export async function boardSnapshotBySlug(
  db: Kysely<Database>,
  slug: string,
  year: number,
): Promise<StoredSnapshot | undefined> {
  const row = await db
    .selectFrom('board_snapshot as b')
    .innerJoin('org_unit as o', 'o.id', 'b.commune_id')
    .select(['b.data', 'b.updated_at'])
    .where('o.slug', '=', slug)
    .where('o.level', '=', 'commune')
    .where('b.year', '=', year)
    .executeTakeFirst();
  return row && { data: row.data, updatedAt: row.updated_at };
}

/** The instant the snapshot was last rebuilt, or undefined: a cheap check whether a cached copy is still current. */
export async function boardSnapshotVersion(
  db: Kysely<Database>,
  slug: string,
  year: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('board_snapshot as b')
    .innerJoin('org_unit as o', 'o.id', 'b.commune_id')
    .select('b.updated_at')
    .where('o.slug', '=', slug)
    .where('b.year', '=', year)
    .executeTakeFirst();
  return row?.updated_at;
}
