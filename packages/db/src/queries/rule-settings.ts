import {
  type RuleSettings,
  resolveSettings,
  ruleSettingsSchema,
  type SettingOverrides,
} from '@ketnap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** One stored override: the value, and who set it when. */
export interface StoredRuleSetting {
  setting: string;
  value: unknown;
  updatedBy: string;
  updatedAt: string;
}

/** A commune's stored overrides (only the settings that differ from their defaults), in setting order. */
export async function ruleSettingRows(db: Kysely<Database>, communeId: string): Promise<StoredRuleSetting[]> {
  const rows = await db
    .selectFrom('rule_setting')
    .select(['setting', 'value', 'updated_by', 'updated_at'])
    .where('commune_id', '=', communeId)
    .orderBy('setting')
    .execute();
  return rows.map((r) => ({
    setting: r.setting,
    value: JSON.parse(r.value) as unknown,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

/**
 * A commune's resolved rule settings: its overrides over the defaults. A stored row the schema no longer accepts
 * (a bound tightened since) is a fault, not silently dropped: this throws.
 */
export async function communeRuleSettings(db: Kysely<Database>, communeId: string): Promise<RuleSettings> {
  return resolveRuleSettingRows(await ruleSettingRows(db, communeId));
}

/** The rule settings `rows` ({@link ruleSettingRows}) resolve to over the defaults; a row the schema refuses throws. */
export function resolveRuleSettingRows(rows: readonly StoredRuleSetting[]): RuleSettings {
  return resolveStored(rows.map((r) => [r.setting, r.value]));
}

/** Stored `[setting, value]` pairs over the defaults, through the schema (a row it refuses throws). */
function resolveStored(pairs: readonly (readonly [string, unknown])[]): RuleSettings {
  return resolveSettings(ruleSettingsSchema.parse(Object.fromEntries(pairs)));
}

/**
 * Writes a commune's overrides (validated): each setting in `overrides` equal to its default is deleted, any other
 * upserted with `by` and `at`. Run inside the caller's transaction.
 */
export async function saveRuleSettings(
  db: Kysely<Database>,
  communeId: string,
  overrides: SettingOverrides,
  defaults: RuleSettings,
  by: string,
  at: string,
): Promise<void> {
  for (const [setting, value] of Object.entries(overrides)) {
    await db
      .deleteFrom('rule_setting')
      .where('commune_id', '=', communeId)
      .where('setting', '=', setting)
      .execute();
    if (JSON.stringify(value) === JSON.stringify(defaults[setting as keyof RuleSettings])) continue;
    await db
      .insertInto('rule_setting')
      .values({
        commune_id: communeId,
        setting,
        value: JSON.stringify(value),
        updated_by: by,
        updated_at: at,
      })
      .execute();
  }
}

/**
 * The resolved rule settings of the commune of each of `cellIds` (a cell sits under its commune or under a
 * grassroots organisation of it), by cell, in two queries whatever the number of cells.
 */
export async function ruleSettingsOfCells(
  db: Kysely<Database>,
  cellIds: readonly string[],
): Promise<Map<string, RuleSettings>> {
  if (cellIds.length === 0) return new Map();
  const cells = await db
    .selectFrom('org_unit as c')
    .leftJoin('org_unit as p', 'p.id', 'c.parent_id')
    .select(['c.id', 'p.id as parent_id', 'p.level as parent_level', 'p.parent_id as grandparent_id'])
    .where('c.id', 'in', cellIds)
    .execute();
  const communeOf = new Map(
    cells.map((c) => [c.id, c.parent_level === 'commune' ? c.parent_id : c.grandparent_id]),
  );
  const communes = [...new Set([...communeOf.values()].filter((id): id is string => id !== null))];
  const rows =
    communes.length === 0
      ? []
      : await db
          .selectFrom('rule_setting')
          .select(['commune_id', 'setting', 'value'])
          .where('commune_id', 'in', communes)
          .execute();
  const settingsOf = new Map(
    communes.map((id) => {
      const own = rows
        .filter((r) => r.commune_id === id)
        .map((r) => [r.setting, JSON.parse(r.value)] as const);
      return [id, resolveStored(own)];
    }),
  );
  return new Map(cellIds.map((id) => [id, settingsOf.get(communeOf.get(id) ?? '') ?? resolveSettings()]));
}
