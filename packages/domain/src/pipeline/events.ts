/**
 * The pipeline's events: what can happen to a candidate, as a tagged union with one zod schema per kind. The same
 * schemas validate a step in the admin console (while typing) and on the server (the authority); the database stores
 * the history of these events, append-only, and everything else about a candidate's progress is derived from it.
 */
import { z } from 'zod';
import { isoDay } from '../inputs/common-inputs.js';

const count = z
  .int({ error: 'Cần một số nguyên.' })
  .min(0, { error: 'Không được là số âm.' })
  .max(100_000, { error: 'Số quá lớn.' });
const reference = (label: string) =>
  z
    .string({ error: `Cần ${label}.` })
    .trim()
    .min(1, { error: `Cần ${label}.` })
    .max(60, { error: `${label} tối đa 60 ký tự.` });
const note = z.string().trim().max(500, { error: 'Tối đa 500 ký tự.' });
const id = z.string({ error: 'Cần chọn một người.' }).min(1, { error: 'Cần chọn một người.' }).max(64);

/** A period the candidate and a member were together (I-03): work, study or living in the same residence area. */
export const togetherPeriodSchema = z
  .strictObject({
    from: isoDay,
    to: isoDay.nullable(),
    relation: z.enum(['work', 'study', 'residence'], { error: 'Chọn: cùng công tác, học tập hoặc cư trú.' }),
  })
  .refine((p) => p.to === null || p.to >= p.from, {
    error: 'Ngày kết thúc không được trước ngày bắt đầu.',
    path: ['to'],
  });

const together = z.array(togetherPeriodSchema).max(10).default([]);

/** Vote counts of a cell meeting (T-02..T-04): official members, those not counted under T-03, votes in favour. */
const voteCounts = {
  officialMembers: count,
  notCounted: count.default(0),
  inFavour: count,
};
function checkCounts<T extends { officialMembers: number; notCounted: number; inFavour: number }>(
  v: T,
  ctx: z.core.$RefinementCtx<T>,
): void {
  if (v.notCounted > v.officialMembers)
    ctx.addIssue({ code: 'custom', path: ['notCounted'], message: 'Không lớn hơn số đảng viên chính thức.' });
  else if (v.inFavour > v.officialMembers - v.notCounted)
    ctx.addIssue({
      code: 'custom',
      path: ['inFavour'],
      message: 'Số tán thành không lớn hơn số đảng viên chính thức được tính.',
    });
}

const step = <K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) =>
  z.strictObject({ kind: z.literal(kind), on: isoDay, ...shape });

/**
 * Every event kind with its own data. `on` is the day the step happened (an issue date for a certificate, the
 * meeting day for a vote, the date written in a decision), never the day it was typed in.
 */
export const pipelineEventSchema = z.discriminatedUnion(
  'kind',
  [
    step('entered-pool', {}),
    step('helper-assigned', { memberId: id, together }),
    step('certificate', { serial: z.string().trim().max(40).optional() }),
    step('application', {}),
    step('background-declared', {}),
    step('verification-requested', { addressee: z.string().trim().max(200).optional() }),
    step('verification-answered', {}),
    step('introduction', {
      introducer: z.discriminatedUnion(
        'kind',
        [
          z.strictObject({
            kind: z.literal('member'),
            memberId: id,
            together,
            replacement: z.boolean().default(false),
          }),
          z.strictObject({ kind: z.literal('youth-union') }),
          z.strictObject({ kind: z.literal('trade-union') }),
        ],
        { error: 'Chọn người giới thiệu: đảng viên, Đoàn Thanh niên hoặc công đoàn.' },
      ),
    }),
    step('union-comment', {}),
    step('residence-comment', {}),
    step('consent', {
      reason: z.enum(['over-60', 'community-elder', 'readmission'], {
        error: 'Chọn trường hợp cần văn bản đồng ý.',
      }),
      reference: reference('số văn bản'),
    }),
    step('cell-vote', voteCounts).superRefine(checkCounts),
    step('committee-resolution', {
      body: z.enum(['partial', 'grassroots'], { error: 'Chọn đảng ủy bộ phận hoặc đảng ủy cơ sở.' }),
      members: count,
      inFavour: count,
    }),
    step('admission-decision', {
      number: reference('số quyết định'),
      extendedWorkingDays: count.default(0),
      // T-07: the standing committee's vote on the decision, judged by the commune's threshold setting.
      standingCommittee: z
        .strictObject({ members: count, inFavour: count })
        .refine((v) => v.inFavour <= v.members, {
          error: 'Số tán thành không được lớn hơn số thành viên Ban Thường vụ.',
          path: ['inFavour'],
        })
        .optional(),
    }),
    step('decision-received', {}),
    // A ceremony later than L-03's working days needs the immediate superior committee's consent: its date.
    step('ceremony', { superiorConsentOn: isoDay.optional() }),
    step('new-member-certificate', {}),
    step('probation-review', {}),
    step('recognition-vote', voteCounts).superRefine(checkCounts),
    step('recognition-decision', {
      number: reference('số quyết định'),
      // L-11: the recorded extension of the committee's working days (at most one, capped by the rule set).
      extendedWorkingDays: count.default(0),
    }),
    step('withdrawn', { reason: note.optional() }),
    step('rejected', { number: z.string().trim().max(60).optional(), reason: note.optional() }),
    step('struck-off', { number: reference('số quyết định'), reason: note.optional() }),
  ],
  { error: 'Loại bước không hợp lệ.' },
);

/** One event of a candidate's history. */
export type PipelineEvent = z.output<typeof pipelineEventSchema>;
/** An event as a form submits it (defaults not yet applied). */
export type PipelineEventInput = z.input<typeof pipelineEventSchema>;
/** The kinds of event. */
export type PipelineEventKind = PipelineEvent['kind'];
/** The event of kind `K`. */
export type EventOf<K extends PipelineEventKind> = Extract<PipelineEvent, { kind: K }>;

/** Every kind, in the order the pipeline usually meets them. */
export const pipelineEventKinds = pipelineEventSchema.options.map(
  (o) => o.shape.kind.value,
) as PipelineEventKind[];

/**
 * Steps that are the competent committee's decisions (T-07: the commune's standing committee decides admission,
 * recognition and strike-off; a cell records its own resolutions only).
 */
export const committeeDecisionKinds: ReadonlySet<PipelineEventKind> = new Set([
  'admission-decision',
  'recognition-decision',
  'struck-off',
]);

/** Vietnamese and English names of the steps, for timelines and buttons. */
export const eventLabels: Record<PipelineEventKind, { vi: string; en: string }> = {
  'entered-pool': { vi: 'Đưa vào nguồn phát triển', en: 'Entered the pool' },
  'helper-assigned': { vi: 'Phân công đảng viên giúp đỡ', en: 'Helper assigned' },
  certificate: { vi: 'Giấy chứng nhận lớp nhận thức về Đảng', en: 'Awareness class certificate' },
  application: { vi: 'Đơn xin vào Đảng', en: 'Application' },
  'background-declared': { vi: 'Khai lý lịch', en: 'Background declared' },
  'verification-requested': { vi: 'Đề nghị thẩm tra lý lịch', en: 'Verification requested' },
  'verification-answered': { vi: 'Có kết quả thẩm tra lý lịch', en: 'Verification answered' },
  introduction: { vi: 'Giới thiệu người vào Đảng', en: 'Introduction' },
  'union-comment': { vi: 'Nhận xét của đoàn thể nơi làm việc', en: 'Union comments' },
  'residence-comment': { vi: 'Nhận xét của chi ủy nơi cư trú', en: 'Residence comments' },
  consent: { vi: 'Văn bản đồng ý của Ban Thường vụ Tỉnh ủy', en: 'Provincial consent' },
  'cell-vote': { vi: 'Chi bộ xét, biểu quyết đề nghị kết nạp', en: 'Cell vote' },
  'committee-resolution': { vi: 'Nghị quyết của đảng ủy cơ sở/bộ phận', en: 'Committee resolution' },
  'admission-decision': { vi: 'Quyết định kết nạp', en: 'Admission decision' },
  'decision-received': { vi: 'Chi bộ nhận quyết định', en: 'Decision received' },
  ceremony: { vi: 'Lễ kết nạp', en: 'Ceremony' },
  'new-member-certificate': { vi: 'Giấy chứng nhận lớp đảng viên mới', en: 'New-member class certificate' },
  'probation-review': { vi: 'Tự kiểm điểm và nhận xét của người giúp đỡ', en: 'Probation review' },
  'recognition-vote': { vi: 'Chi bộ biểu quyết công nhận chính thức', en: 'Recognition vote' },
  'recognition-decision': { vi: 'Quyết định công nhận đảng viên chính thức', en: 'Recognition decision' },
  withdrawn: { vi: 'Rút khỏi nguồn', en: 'Withdrawn' },
  rejected: { vi: 'Không kết nạp', en: 'Rejected' },
  'struck-off': { vi: 'Xóa tên khỏi danh sách đảng viên dự bị', en: 'Struck off' },
};
