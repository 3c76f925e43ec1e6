import { paperRegisterOf } from '@ketnap/db';
import { foldVi, isPaperKind, paperKind, type paperRegisterInput } from '@ketnap/domain';
import type { z } from 'zod';
import type { CallerContext } from '../context.js';

/**
 * The commune's document register for a year (`papers.register`), in number order per symbol, superseded rows kept
 * with why; `q` searches the numbers when it holds a digit or a slash (`NQ/CB`, `12-`), else the candidates' names
 * without diacritics.
 */
export async function paperRegister(ctx: CallerContext, input: z.output<typeof paperRegisterInput>) {
  const communeId = ctx.units[0]?.id ?? '';
  const q = input.q ?? '';
  const byNumber = /[\d/]/.test(q);
  const rows = await paperRegisterOf(ctx.db, communeId, input.year, {
    ...(q !== '' && byNumber ? { number: q } : {}),
    ...(q !== '' && !byNumber ? { nameFolded: foldVi(q) } : {}),
  });
  return rows.map((r) => ({
    number: r.number,
    kind: r.kind,
    title: isPaperKind(r.kind) ? paperKind(r.kind).title : { vi: r.kind, en: r.kind },
    issuedOn: r.issued_on,
    candidateId: r.candidate_id,
    fullName: r.full_name,
    superseded: r.superseded_by !== null,
    supersededReason: r.superseded_reason,
  }));
}
