/**
 * The inputs of the pipeline's API procedures, shared by the admin console (validation while typing) and the server
 * (the authority): one schema on both sides, messages in Vietnamese.
 */
import { z } from 'zod';
import { isoDay, pipelineEventSchema } from './events.js';
import { basicProfileSchema, sensitiveFieldKeys, sensitiveProfileSchema } from './field-catalogue.js';
import { stageNames } from './stage.js';

const id = z.string().min(1, { error: 'Thiếu mã.' }).max(64);
/** The candidate's version as the editor loaded it (optimistic concurrency). */
const version = z.int({ error: 'Thiếu phiên bản hồ sơ.' }).min(1);

/** A new candidate entering the pool of a cell. */
export const createCandidateInput = z.strictObject({
  cellId: id,
  fullName: z
    .string({ error: 'Cần họ và tên.' })
    .trim()
    .min(2, { error: 'Cần họ và tên.' })
    .max(120, { error: 'Họ và tên tối đa 120 ký tự.' }),
  gender: z.enum(['M', 'F'], { error: 'Chọn giới tính.' }),
  birthDate: isoDay,
  enteredPoolOn: isoDay,
  profile: basicProfileSchema.default({}),
  sensitive: sensitiveProfileSchema.default({}),
});

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

/** Addresses one candidate. */
export const candidateRef = z.strictObject({ candidateId: id });

export type CreateCandidateInput = z.input<typeof createCandidateInput>;
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
export type RecordStepInput = z.input<typeof recordStepInput>;
export type CandidateListInput = z.input<typeof candidateListInput>;
