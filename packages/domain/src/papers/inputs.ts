/** The inputs that ask for a paper: one candidate's paper by kind, or a commune's annual statistics for a year. */
import { z } from 'zod';
import { communeSlug, planYear, recordId } from '../inputs/common-inputs.js';
import { type PaperKind, paperKindNames } from './registry.js';

/** The kinds made from one candidate's dossier: every kind but the annual statistics. */
export const candidatePaperKinds = paperKindNames.filter((k) => k !== 'annual-statistics') as [
  PaperKind,
  ...PaperKind[],
];

export const candidatePaperInput = z.strictObject({
  candidateId: recordId,
  kind: z.enum(candidatePaperKinds, { error: 'Loại giấy tờ không có trong danh mục.' }),
});

export const annualPaperInput = z.strictObject({
  commune: communeSlug,
  year: planYear,
});

/** The two formats a paper downloads in. */
export const paperFormat = z.enum(['pdf', 'docx'], { error: 'Định dạng là pdf hoặc docx.' });

/** Re-issuing a corrected paper: which one, and why (kept in the register beside the superseded number). */
export const reissuePaperInput = z.strictObject({
  candidateId: recordId,
  kind: z.enum(candidatePaperKinds, { error: 'Loại giấy tờ không có trong danh mục.' }),
  reason: z
    .string({ error: 'Cần ghi lý do cấp lại.' })
    .trim()
    .min(5, { error: 'Ghi lý do cấp lại, ít nhất 5 ký tự.' })
    .max(500, { error: 'Lý do tối đa 500 ký tự.' }),
});

/** The commune's register for a year, optionally searched by number or by a candidate's name. */
export const paperRegisterInput = z.strictObject({
  commune: communeSlug,
  year: planYear,
  q: z.string().trim().max(100, { error: 'Tối đa 100 ký tự.' }).optional(),
});
