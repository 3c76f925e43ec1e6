import {
  communeRuleSettings,
  type OrgPath,
  resolveRuleSettingRows,
  ruleSettingRows,
  saveRuleSettings,
} from '@ketnap/db';
import { defaultSettings, type SettingOverrides, settingCatalogue } from '@ketnap/domain';
import { grants } from '../access.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/** The unit asked about and the commune it belongs to (itself for a commune), or a refusal for a unit above every commune. */
function communeOf(ctx: CallerContext): { unit: OrgPath; communeId: string } {
  const unit = ctx.units[0];
  if (unit?.communeId) return { unit, communeId: unit.communeId };
  throw toTRPCError({
    code: 'REQUEST.INVALID',
    message: {
      vi: 'Thiết lập quy tắc thuộc về một xã: chọn một xã hoặc một chi bộ của xã.',
      en: 'Rule settings belong to a commune: choose a commune or one of its cells.',
    },
  });
}

/**
 * `ruleSettings.get`: the rule settings of the commune of `orgId` (the commune itself, or any unit under it), so
 * the commune office, its viewers and its cells' secretaries may all read them: for each setting of the catalogue
 * its default, the commune's value, and who changed it when (an account id; no personal data). `editable` says
 * whether the caller may change them (the commune office only).
 */
export async function readRuleSettings(ctx: CallerContext) {
  const { unit, communeId } = communeOf(ctx);
  // One read: the stored rows say who changed what, and resolve to the values the rules use.
  const rows = await ruleSettingRows(ctx.db, communeId);
  const resolved = resolveRuleSettingRows(rows);
  return {
    communeId,
    editable: grants(ctx.session.roles, 'decide', unit),
    settings: settingCatalogue.map((entry) => {
      const row = rows.find((r) => r.setting === entry.key);
      return {
        key: entry.key,
        rule: entry.rule.id,
        value: resolved[entry.key],
        default: entry.default,
        overridden: row !== undefined,
        updatedBy: row?.updatedBy ?? null,
        updatedAt: row?.updatedAt ?? null,
      };
    }),
  };
}

/**
 * `ruleSettings.set`: the commune office changes some settings (validated by `ruleSettingsSchema` at the edge).
 * In one transaction: each setting whose value changes is stored (deleted when back to its default) and audited
 * as `rule-settings.set` naming the setting and its old → new value (numbers only, no personal data). A setting
 * sent with its current value changes nothing and is not audited. Answers as {@link readRuleSettings}.
 */
export async function setRuleSettings(ctx: CallerContext, input: { settings: SettingOverrides }) {
  const { communeId } = communeOf(ctx);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await communeRuleSettings(trx, communeId);
    const changed: SettingOverrides = {};
    for (const [key, value] of Object.entries(input.settings) as [keyof SettingOverrides, unknown][])
      if (JSON.stringify(value) !== JSON.stringify(before[key])) Object.assign(changed, { [key]: value });
    await saveRuleSettings(trx, communeId, changed, defaultSettings, ctx.session.accountId, at);
    for (const [setting, to] of Object.entries(changed))
      await ctx.audit(trx, {
        action: 'rule-settings.set',
        targetType: 'commune',
        targetId: communeId,
        orgId: communeId,
        // Values as JSON text: the audit payload holds flat values (a threshold is an object).
        payload: {
          setting,
          from: JSON.stringify(before[setting as keyof SettingOverrides]),
          to: JSON.stringify(to),
        },
      });
  });
  return readRuleSettings(ctx);
}
