import { randomUUID } from 'node:crypto';
import { awarenessClasses, closeAwarenessClass, insertAwarenessClass, setClassResult } from '@ketnap/db';
import {
  checkClassResults,
  type classResultsInput,
  type createClassInput,
  type ReviewProblem,
} from '@ketnap/domain';
import type { z } from 'zod';
import { recordedByOf } from '../access.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';
import { requireScopes } from '../trpc.js';
import { applyStep } from './record-step.js';

const classNotFound = () =>
  toTRPCError({
    code: 'ACCESS.NOT_FOUND',
    message: { vi: 'Không tìm thấy lớp này.', en: 'No such class.' },
  });

/**
 * Opens a class with its roster (`awarenessClass.create`): every candidate named must be one the caller may write
 * for and of this commune (`requireScopes` on each id), then the class and roster in one transaction, audited.
 */
export async function createClass(ctx: CallerContext, input: z.output<typeof createClassInput>) {
  const units = await requireScopes(
    ctx,
    ctx.session,
    'write',
    input.roster.map((id) => ({ kind: 'candidate' as const, id })),
    'awarenessClass.create',
  );
  if (units.some((u) => u.communeId !== input.communeId))
    throw toTRPCError({
      code: 'REQUEST.INVALID',
      message: {
        vi: 'Danh sách học viên có quần chúng không thuộc xã này.',
        en: 'The roster holds a candidate of another commune.',
      },
    });
  const id = `lop-${randomUUID()}`;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertAwarenessClass(trx, { id, ...input }, at);
    await ctx.audit(trx, {
      action: 'class.create',
      targetType: 'awareness-class',
      targetId: id,
      orgId: input.communeId,
      payload: { roster: input.roster.length },
    });
  });
  return { id };
}

/**
 * The commune's classes (`awarenessClass.list` on a commune) or, on a cell, the classes holding its candidates with
 * only them on the roster: a secretary sees their own cell's people, never another cell's.
 */
export async function listClasses(ctx: CallerContext) {
  const unit = ctx.units[0];
  if (!unit?.communeId) return [];
  return awarenessClasses(ctx.db, unit.communeId, unit.level === 'cell' ? { cellId: unit.id } : {});
}

/** A passing candidate's certificate step the rules refused: ends the transaction, so no certificate stays. */
class CertificateRefused extends Error {
  constructor(
    readonly item: number,
    readonly reasons: { message: { vi: string; en: string } }[],
  ) {
    super('certificate refused');
  }
}

/**
 * Records the class's results (`awarenessClass.recordResults`) in one transaction: the domain checks them against the
 * roster (`checkClassResults`), then each passing candidate gets the pipeline's `certificate` step on the issue day,
 * through `applyStep`, the same event as one typed on the candidate's page (so the E-08 clock and the board's
 * `introduced` run from it), each result is written on the roster and the class is closed, audited. Any refusal
 * answers the problems and writes nothing.
 */
export async function recordClassResults(ctx: CallerContext, input: z.output<typeof classResultsInput>) {
  const unit = ctx.units[0];
  if (!unit) throw classNotFound();
  const today = ctx.today();
  const at = ctx.now().toISOString();
  const recordedBy = recordedByOf(ctx.session.roles, unit);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const [cls] = await awarenessClasses(trx, input.communeId, { classId: input.classId });
      if (!cls) throw classNotFound();
      const problems = checkClassResults(
        { endsOn: cls.endsOn, resultsOn: cls.resultsOn, roster: cls.roster.map((r) => r.candidateId) },
        input,
        today,
      );
      if (problems.length > 0) return refused(problems);
      let issued = 0;
      for (const [i, r] of input.results.entries()) {
        let eventId: string | null = null;
        if (r.result === 'passed') {
          const step = await applyStep(
            ctx,
            trx,
            {
              candidateId: r.candidateId,
              event: { kind: 'certificate', on: input.issuedOn, serial: r.serial },
            },
            { recordedBy, today, at },
          );
          if (!step.ok) throw new CertificateRefused(i, step.reasons);
          eventId = step.eventId;
          issued += 1;
        }
        await setClassResult(trx, {
          classId: cls.id,
          candidateId: r.candidateId,
          result: r.result,
          serial: r.serial ?? null,
          eventId,
        });
      }
      if (!(await closeAwarenessClass(trx, cls.id, input.issuedOn))) throw classNotFound();
      await ctx.audit(trx, {
        action: 'class.results',
        targetType: 'awareness-class',
        targetId: cls.id,
        orgId: input.communeId,
        payload: { results: input.results.length, issued },
      });
      return { ok: true as const, issued };
    });
  } catch (e) {
    if (e instanceof CertificateRefused)
      return refused([
        {
          item: e.item,
          message: {
            vi: `Chưa cấp được giấy chứng nhận cho quần chúng này: ${e.reasons.map((r) => r.message.vi).join(' ')}`,
            en: `No certificate can be issued to this candidate: ${e.reasons.map((r) => r.message.en).join(' ')}`,
          },
        },
      ]);
    throw e;
  }
}

function refused(problems: ReviewProblem[]) {
  return {
    ok: false as const,
    code: 'CLASS.RESULTS_REFUSED' as const,
    message: {
      vi: 'Kết quả lớp chưa ghi được: sửa các dòng được nêu rồi ghi lại.',
      en: 'The results were not recorded: fix the lines named and record them again.',
    },
    problems,
  };
}
