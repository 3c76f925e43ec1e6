/**
 * The inputs of the pipeline's API procedures, shared by the admin console (validation while typing) and the server
 * (the authority): one schema on both sides, messages in Vietnamese.
 */
import { z } from 'zod';
import { recordId as id, isoDay } from '../inputs/common-inputs.js';
import { formatDateVi } from '../locale/date-vi.js';
import { personName } from '../locale/person-name.js';
import { pipelineEventSchema } from './events.js';
import { basicProfileSchema, sensitiveFieldKeys, sensitiveProfileSchema } from './field-catalogue.js';
import { stageNames } from './stage.js';

/** The candidate's version as the editor loaded it (optimistic concurrency). */
const version = z.int({ error: 'Thiếu phiên bản hồ sơ.' }).min(1);

/** No one alive was born before this day: an earlier birth date is a typing error (0000-01-01, 1800-…). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * A new candidate entering the pool of a cell. The name is canonicalised (`personName`); the birth date is on or after
 * {@link EARLIEST_BIRTH_DATE} and before the day the person entered the pool.
 */
export const createCandidateInput = z
  .strictObject({
    cellId: id,
    fullName: personName(120),
    gender: z.enum(['M', 'F'], { error: 'Chọn giới tính.' }),
    birthDate: isoDay,
    enteredPoolOn: isoDay,
    profile: basicProfileSchema.default({}),
    sensitive: sensitiveProfileSchema.default({}),
  })
  .superRefine((c, ctx) =>
    checkBirthDate(
      c.birthDate,
      c.enteredPoolOn,
      'Ngày sinh phải trước ngày được đưa vào nguồn phát triển đảng viên.',
      ctx,
    ),
  );

/**
 * A person's birth date on an input: on or after {@link EARLIEST_BIRTH_DATE} and before `before` (the day the person
 * entered the pool, was proposed …), `beforeMessage` saying which; the issue is on the `birthDate` field.
 */
export function checkBirthDate(
  birthDate: string,
  before: string,
  beforeMessage: string,
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
): void {
  if (birthDate < EARLIEST_BIRTH_DATE)
    ctx.addIssue({
      code: 'custom',
      path: ['birthDate'],
      message: `Ngày sinh không thể trước ngày ${formatDateVi(EARLIEST_BIRTH_DATE)}: kiểm tra lại năm sinh.`,
    });
  else if (birthDate >= before) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: beforeMessage });
}

/** A change to the person record; a field left out is unchanged, one named in `removeSensitive` is removed. */
export const updateProfileInput = z.strictObject({
  candidateId: id,
  version,
  profile: basicProfileSchema.optional(),
  sensitive: sensitiveProfileSchema.optional(),
  /** Sensitive fields to take off the record (one declared by mistake, e.g. a former membership). */
  removeSensitive: z
    .array(z.enum(sensitiveFieldKeys, { error: 'Không có trường này trong lý lịch.' }))
    .max(sensitiveFieldKeys.length)
    .optional(),
});

/** One step of the pipeline recorded against the version the editor saw. */
export const recordStepInput = z.strictObject({
  candidateId: id,
  version,
  event: pipelineEventSchema,
});

/** A commune or a cell: what a list or a dashboard covers. */
export const orgRef = z.strictObject({ orgId: id });

/** The candidate list's filters: a unit (commune or cell), optionally one cell, one stage, a deadline window, a name. */
export const candidateListInput = z.strictObject({
  orgId: id,
  cellId: id.optional(),
  stage: z.enum(stageNames).optional(),
  /** Next deadline due on or before this many working days from today (overdue included). */
  dueWithinWorkingDays: z.int().min(0).max(400).optional(),
  search: z.string().trim().max(100).optional(),
  page: z.int().min(1).max(10_000).default(1),
  /** `true`: also candidates whose pipeline ended (official, rejected, withdrawn, struck off). */
  includeClosed: z.boolean().default(false),
});

/** One page of a commune's or a cell's members, optionally only the names matching a search (diacritics ignored). */
export const memberListInput = z.strictObject({
  orgId: id,
  search: z.string().trim().max(100, { error: 'Tên tìm kiếm dài quá 100 ký tự.' }).optional(),
  page: z.int({ error: 'Số trang phải là số nguyên.' }).min(1).max(10_000).default(1),
});

/** Addresses one candidate. */
export const candidateRef = z.strictObject({ candidateId: id });

export type CreateCandidateInput = z.input<typeof createCandidateInput>;
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
export type RecordStepInput = z.input<typeof recordStepInput>;
export type CandidateListInput = z.input<typeof candidateListInput>;
export type MemberListInput = z.input<typeof memberListInput>;
