import { rebuildBoardSnapshot, saveCommuneSettings } from '@ketnap/db';
import type { CommuneSettings } from '@ketnap/domain';
import { loadCommuneYear } from '../commune-year.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * Saves the commune's settings (`targets.setSettings`: split policy, grading thresholds, forecast, public
 * suppression) with the audit entry (field names) and the year's board rebuilt, in one transaction.
 */
export async function setSettings(
  ctx: CallerContext,
  input: { commune: string; year: number; settings: CommuneSettings },
) {
  const loaded = await loadCommuneYear(ctx.db, input.commune, input.year, ctx.today());
  if (!loaded.ok) throw toTRPCError(loaded.error);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await saveCommuneSettings(trx, loaded.commune.id, input.settings, at);
    await ctx.audit(trx, {
      action: 'targets.settings',
      targetType: 'commune',
      targetId: loaded.commune.id,
      orgId: loaded.commune.id,
      payload: { fields: Object.keys(input.settings) },
    });
    await rebuildBoardSnapshot(trx, loaded.commune.id, input.year, { today: ctx.today(), at });
  });
  return input.settings;
}
