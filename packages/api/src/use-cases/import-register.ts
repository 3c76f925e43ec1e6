import {
  cellsOf,
  communeBySlug,
  type DbTransaction,
  peopleOf,
  rebuildBoardSnapshot,
  targetYears,
  villagesOf,
} from '@ketnap/db';
import {
  type AuditAction,
  communeSlug,
  type ImportCheck,
  type ImportContext,
  type ImportKind,
  MAX_IMPORT_ROWS,
  type ReadField,
  type RowError,
  type SheetRow,
} from '@ketnap/domain';
import { z } from 'zod';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/** Errors returned at most (a file wrong in every row would otherwise answer megabytes). */
export const MAX_ERRORS_SHOWN = 500;

const sheetRow = z.object({
  row: z.int().min(2).max(1_048_576),
  cells: z.record(z.string().max(200), z.union([z.string().max(4000), z.number(), z.boolean(), z.null()])),
});

/** An import's input: the commune, dry run or not, and the sheet's rows as the HTTP shell parsed them. */
export const importInput = z.object({
  commune: communeSlug,
  /** Check only and answer the preview; nothing is written. */
  dryRun: z.boolean(),
  rows: z.array(sheetRow).max(MAX_IMPORT_ROWS, { error: `Tối đa ${MAX_IMPORT_ROWS} dòng một lần.` }),
});

/** What an import answers: the preview (valid rows, by row number) or the row errors; `written` when saved. */
export type ImportAnswer =
  | {
      ok: true;
      dryRun: boolean;
      count: number;
      written: number;
      ignoredColumns: string[];
      /** Each valid row with every field as read (dates dd/MM/yyyy) and the rules' warnings (E-04). */
      preview: {
        row: number;
        fullName: string;
        cellName: string;
        fields: ReadField[];
        warnings: string[];
      }[];
    }
  | { ok: false; errors: RowError[]; errorCount: number; ignoredColumns: string[] };

/** The commune and what the checks compare rows against: its cells and villages today, the people already held. */
async function importContext(ctx: CallerContext, slug: string) {
  const commune = await communeBySlug(ctx.db, slug);
  if (!commune)
    throw toTRPCError({
      code: 'BOARD.COMMUNE_NOT_FOUND',
      message: { vi: `Không tìm thấy xã "${slug}".`, en: `No commune "${slug}".` },
    });
  const today = ctx.today();
  const cells = await cellsOf(ctx.db, commune.id, today);
  const cellIds = cells.map((c) => c.id);
  const [villages, existing] = await Promise.all([
    villagesOf(ctx.db, commune.id, today),
    peopleOf(ctx.db, cellIds),
  ]);
  const context: ImportContext = {
    cells: cells.map((c) => ({ id: c.id, name: c.name })),
    villages: villages.map((v) => ({ id: v.id, name: v.name })),
    existing,
    today,
  };
  return { commune, context };
}

/**
 * Checks the rows; on a dry run or any error answers without writing; otherwise writes every row, one audit entry
 * per record and one for the import, and rebuilds the commune's board snapshots, all in ONE transaction.
 */
export async function runImport<T extends { row: number; fullName: string; cellId: string }>(
  ctx: CallerContext,
  kind: ImportKind,
  input: z.output<typeof importInput>,
  check: (rows: SheetRow[], context: ImportContext) => ImportCheck<T>,
  write: (
    trx: DbTransaction,
    row: T,
    at: string,
  ) => Promise<{ id: string; targetType: string; action: AuditAction }>,
): Promise<ImportAnswer> {
  const { commune, context } = await importContext(ctx, input.commune);
  const result = check(input.rows, context);
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.slice(0, MAX_ERRORS_SHOWN),
      errorCount: result.errors.length,
      ignoredColumns: result.ignoredColumns,
    };
  const cellName = new Map(context.cells.map((c) => [c.id, c.name]));
  const answer = (written: number): ImportAnswer => ({
    ok: true,
    dryRun: input.dryRun,
    count: result.rows.length,
    written,
    ignoredColumns: result.ignoredColumns,
    preview: result.rows.map((r) => ({
      row: r.row,
      fullName: r.fullName,
      cellName: cellName.get(r.cellId) ?? '',
      fields: r.fields,
      warnings: r.warnings,
    })),
  });
  if (input.dryRun) return answer(0);
  const at = ctx.now().toISOString();
  const today = ctx.today();
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of result.rows) {
      const written = await write(trx, row, at);
      await ctx.audit(trx, {
        action: written.action,
        targetType: written.targetType,
        targetId: written.id,
        orgId: row.cellId,
        payload: { source: 'import', row: row.row },
      });
    }
    await ctx.audit(trx, {
      action: `import.${kind}`,
      targetType: 'commune',
      targetId: commune.id,
      orgId: commune.id,
      payload: { rows: result.rows.length },
    });
    // Members change the member counts of every year; candidates the forecasts: every year's board is rebuilt.
    for (const year of await targetYears(trx, commune.id))
      await rebuildBoardSnapshot(trx, commune.id, year, { today, at });
  });
  return answer(result.rows.length);
}
