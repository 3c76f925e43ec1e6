/**
 * Intake of the source pool (nguồn phát triển đảng viên): the mass organisations propose their outstanding members to
 * a cell, naming who proposed, when and why. A proposal waits on the cell's source list until the cell committee's
 * next review adds the person to the pool (a candidate) or drops the proposal.
 */
import { z } from 'zod';
import { recordId as id, isoDay } from '../inputs/common-inputs.js';
import { checkBirthDate, createCandidateInput } from '../pipeline/inputs.js';

/** The organisations that propose members to the pool; `other` for a body not named here (a cooperative, a club). */
export const massOrganisations = [
  'youth-union',
  'women-union',
  'farmers-union',
  'veterans',
  'trade-union',
  'other',
] as const;

export type MassOrganisation = (typeof massOrganisations)[number];

/** Vietnamese and English names of the proposing organisations. */
export const massOrganisationLabels: Record<MassOrganisation, { vi: string; en: string }> = {
  'youth-union': { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  'women-union': { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" },
  'farmers-union': { vi: 'Hội Nông dân', en: "Farmers' Union" },
  veterans: { vi: 'Hội Cựu chiến binh', en: 'Veterans' },
  'trade-union': { vi: 'Công đoàn', en: 'Trade Union' },
  other: { vi: 'Tổ chức khác', en: 'Other' },
};

/** Where a proposal stands: waiting for the review, added to the pool (a candidate), or dropped. */
export type ProposalStatus = 'pending' | 'added' | 'dropped';

const text = (label: string, max: number) =>
  z
    .string({ error: `Cần ${label}.` })
    .trim()
    .min(1, { error: `Cần ${label}.` })
    .max(max, { error: `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.` });

/** A proposal of one person to a cell's source list (`sourcePool.propose`). */
export const proposeSourceInput = z
  .strictObject({
    cellId: id,
    // The person proposed becomes the candidate: name and gender read as a candidate's do.
    fullName: createCandidateInput.shape.fullName,
    gender: createCandidateInput.shape.gender,
    birthDate: isoDay,
    proposedBy: z.enum(massOrganisations, { error: 'Chọn tổ chức đề xuất.' }),
    /** Who signed the proposal for the organisation (e.g. "Bí thư Chi đoàn thôn Nam"). */
    proposerName: text('người đề xuất', 120),
    proposedOn: isoDay,
    reason: text('lý do đề xuất', 500),
  })
  .superRefine((p, ctx) =>
    checkBirthDate(p.birthDate, p.proposedOn, 'Ngày sinh phải trước ngày đề xuất.', ctx),
  );

export type ProposeSourceInput = z.input<typeof proposeSourceInput>;
