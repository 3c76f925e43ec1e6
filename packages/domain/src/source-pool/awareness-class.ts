/**
 * The awareness class (lớp bồi dưỡng nhận thức về Đảng): organised by the commune's political centre or its
 * committee, on given dates, for a roster of candidates from several cells. Recording its results issues every
 * passing candidate's certificate, the pipeline's `certificate` step, from which the candidate's E-08 clock runs.
 * Pure: the schemas and the check of the results against the roster.
 */
import { z } from 'zod';
import type { IsoDate } from '../date.js';
import { recordId as id, isoDay } from '../inputs/common-inputs.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { ReviewProblem } from './review.js';

/** Who organises the class. */
export const classOrganisers = ['political-centre', 'committee'] as const;
export type ClassOrganiser = (typeof classOrganisers)[number];

export const classOrganiserLabels: Record<ClassOrganiser, { vi: string; en: string }> = {
  'political-centre': { vi: 'Trung tâm Chính trị', en: 'Political centre' },
  committee: { vi: 'Đảng ủy xã', en: "The commune's committee" },
};

/** A candidate's result in the class: passed (a certificate is issued), failed, or did not attend. */
export const classResults = ['passed', 'failed', 'absent'] as const;
export type ClassResult = (typeof classResults)[number];

export const classResultLabels: Record<ClassResult, { vi: string; en: string }> = {
  passed: { vi: 'Đạt, cấp giấy chứng nhận', en: 'Passed, certificate issued' },
  failed: { vi: 'Không đạt', en: 'Failed' },
  absent: { vi: 'Không tham dự', en: 'Did not attend' },
};

/** A new class (`awarenessClass.create`): its commune, name, organiser, dates and roster. */
export const createClassInput = z
  .strictObject({
    communeId: id,
    name: z
      .string({ error: 'Cần tên lớp.' })
      .trim()
      .min(1, { error: 'Cần tên lớp.' })
      .max(200, { error: 'Tên lớp tối đa 200 ký tự.' }),
    organiser: z.enum(classOrganisers, { error: 'Chọn đơn vị tổ chức lớp.' }),
    startsOn: isoDay,
    endsOn: isoDay,
    roster: z
      .array(id)
      .min(1, { error: 'Lớp cần ít nhất một học viên.' })
      .max(300, { error: 'Tối đa 300 học viên một lớp.' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Mỗi quần chúng chỉ ghi một lần.' }),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    error: 'Ngày bế giảng không được trước ngày khai giảng.',
    path: ['endsOn'],
  });

export type CreateClassInput = z.input<typeof createClassInput>;

/** The class's results (`awarenessClass.recordResults`): one line per candidate of the roster. */
export const classResultsInput = z.strictObject({
  communeId: id,
  classId: id,
  /** The day the certificates are issued (the E-08 clock of each starts on it). */
  issuedOn: isoDay,
  results: z
    .array(
      z.strictObject({
        candidateId: id,
        result: z.enum(classResults, { error: 'Chọn kết quả: đạt, không đạt hoặc không tham dự.' }),
        serial: z.string().trim().max(40, { error: 'Số giấy chứng nhận tối đa 40 ký tự.' }).optional(),
      }),
    )
    .max(300),
});

export type ClassResultsInput = z.input<typeof classResultsInput>;

/**
 * Checks results against the class: not recorded before, issued on or after the last day of the class and not after
 * today, one result for every candidate of the roster and for no one else.
 */
export function checkClassResults(
  cls: { endsOn: IsoDate; resultsOn: IsoDate | null; roster: readonly string[] },
  input: z.output<typeof classResultsInput>,
  today: IsoDate,
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const whole = (vi: string, en: string) => problems.push({ item: null, message: { vi, en } });
  if (cls.resultsOn !== null)
    whole(
      `Kết quả lớp đã được ghi ngày ${formatDateVi(cls.resultsOn)}.`,
      'The results of this class are recorded already.',
    );
  if (input.issuedOn < cls.endsOn)
    whole(
      `Ngày cấp giấy chứng nhận không được trước ngày bế giảng (${formatDateVi(cls.endsOn)}).`,
      'Certificates cannot be issued before the class ends.',
    );
  if (input.issuedOn > today)
    whole(
      `Ngày cấp giấy chứng nhận không được sau hôm nay (${formatDateVi(today)}).`,
      'Certificates cannot be dated after today.',
    );
  const roster = new Set(cls.roster);
  const seen = new Set<string>();
  input.results.forEach((r, i) => {
    if (!roster.has(r.candidateId) || seen.has(r.candidateId))
      problems.push({
        item: i,
        message: {
          vi: seen.has(r.candidateId)
            ? 'Quần chúng này đã có kết quả ở dòng trên.'
            : 'Quần chúng này không có trong danh sách học viên của lớp.',
          en: seen.has(r.candidateId)
            ? 'This candidate has a result above.'
            : 'This candidate is not on the roster.',
        },
      });
    seen.add(r.candidateId);
  });
  const missing = cls.roster.filter((c) => !seen.has(c)).length;
  if (missing > 0)
    whole(
      `Còn ${missing} học viên chưa có kết quả: ghi kết quả cho cả lớp một lần.`,
      `${missing} on the roster have no result: record the whole class at once.`,
    );
  return problems;
}
