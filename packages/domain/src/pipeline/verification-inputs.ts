/**
 * The inputs of the verification procedures (`verifications.*`), shared by the console and the server: one request
 * per person verified (V-02), sent to a named organisation in another place, or a side exempted with its reason
 * (V-04); then its answer. Messages in Vietnamese say what to fix.
 */
import { z } from 'zod';
import { recordId as id, isoDay } from '../inputs/common-inputs.js';
import { personName } from '../locale/person-name.js';
import { verificationAnswers, verifiedRelations } from '../rules/verification.js';

const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự.` });

export const addVerificationInput = z
  .strictObject({
    candidateId: id,
    relation: z.enum(verifiedRelations, { error: 'Chọn người được thẩm tra (quan hệ với người vào Đảng).' }),
    personName: personName(120),
    /** The organisation asked (the grassroots committee where the person lives or works), empty when exempt. */
    organisation: text(200, 'Ghi tổ chức được đề nghị thẩm tra.').default(''),
    /** Where that organisation is (commune, province). */
    place: text(200, 'Ghi nơi của tổ chức được đề nghị thẩm tra.').default(''),
    sentOn: isoDay.optional(),
    /** V-04: why this side needs no verification (which relative is a Party member). */
    exemptReason: text(500, 'Ghi lý do miễn thẩm tra.').optional(),
  })
  .superRefine((v, ctx) => {
    const exempt = v.exemptReason !== undefined && v.exemptReason !== '';
    if (exempt && v.sentOn !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['sentOn'],
        message: 'Người đã miễn thẩm tra thì không gửi công văn: bỏ ngày gửi, hoặc bỏ lý do miễn.',
      });
    if (!exempt && v.sentOn === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['sentOn'],
        message: 'Ghi ngày gửi công văn đề nghị thẩm tra (hoặc lý do miễn thẩm tra theo V-04).',
      });
    if (!exempt && v.organisation === '')
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'Ghi tổ chức được đề nghị thẩm tra.' });
    if (!exempt && v.place === '')
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'Ghi nơi của tổ chức được đề nghị thẩm tra.',
      });
  });

export const answerVerificationInput = z.strictObject({
  candidateId: id,
  verificationId: id,
  answeredOn: isoDay,
  answer: z.enum(verificationAnswers, { error: 'Chọn kết quả thẩm tra.' }),
});

export type AddVerificationInput = z.input<typeof addVerificationInput>;
export type AnswerVerificationInput = z.input<typeof answerVerificationInput>;
