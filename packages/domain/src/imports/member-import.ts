/**
 * The members' sheet: each row checked with the schema below (names canonicalised as everywhere, dates in their
 * lawful order with messages on the later column), cells and villages resolved by name.
 */
import { z } from 'zod';
import { addMonths, type IsoDate, isIsoDate } from '../date.js';
import { isoDay } from '../inputs/common-inputs.js';
import { formatDateVi } from '../locale/date-vi.js';
import { createCandidateInput } from '../pipeline/inputs.js';
import { ageAgainstWindow, ageInMonths, ageText, earliestJudgeableDate, ruleSetOn } from '../rules/index.js';
import { type ImportColumn, MEMBER_COLUMNS, type SheetRow } from './columns.js';
import {
  byName,
  check,
  type ImportCheck,
  type ImportContext,
  issuesToErrors,
  notAfterToday,
  unknownName,
} from './sheet.js';

/** A member row, valid and resolved (cell and village ids). */
export interface MemberImport {
  row: number;
  fullName: string;
  gender: 'M' | 'F';
  birthDate: IsoDate;
  cellId: string;
  villageId: string | null;
  admittedOn: IsoDate;
  joinedOn: IsoDate;
  officialOn: IsoDate | null;
}

const fullName = createCandidateInput.shape.fullName;
const gender = createCandidateInput.shape.gender;

/**
 * The rule set in force on `on`, or for a day before the first modelled set (2016) that set: the figures the import
 * reads (the E-02 age window, the probation months) stood long before it.
 */
function ruleSetFrom(on: IsoDate) {
  return ruleSetOn(on < earliestJudgeableDate ? earliestJudgeableDate : on);
}

/**
 * The age on the admission decision against the E-02 window of the rule set in force that day (the domain's own
 * age judgement, `ageAgainstWindow`). A decision before the first modelled set (2016) takes that set's window: 18
 * to 60 years since well before it.
 */
function admissionAge(birthDate: IsoDate, admittedOn: IsoDate) {
  const window = ruleSetFrom(admittedOn).numbers.ageWindowMonths;
  const months = ageInMonths(birthDate, admittedOn);
  return {
    band: ageAgainstWindow(months, window.value),
    age: ageText(months).vi,
    min: ageText(window.value.min).vi,
    max: ageText(window.value.max).vi,
    citation: window.citation,
  };
}

/** E-04: over the window at the decision is lawful with the provincial consent, which the file does not hold. */
function ageWarnings(r: { birthDate: IsoDate; admittedOn: IsoDate }): string[] {
  const a = admissionAge(r.birthDate, r.admittedOn);
  return a.band === 'over'
    ? [
        `Dòng này được nhập, nhưng cần kiểm tra: ngày kết nạp ${formatDateVi(r.admittedOn)} người này đã ${a.age}, quá ${a.max}; chỉ hợp lệ khi có văn bản đồng ý của Ban Thường vụ tỉnh ủy (E-04).`,
      ]
    : [];
}

/** A member row before ids are resolved; cross-field order checked with messages on the later column. */
const memberRow = z
  .object({
    fullName,
    gender,
    birthDate: isoDay,
    cell: z.string({ error: 'Cần tên chi bộ.' }),
    village: z.string().optional(),
    admittedOn: isoDay,
    joinedOn: isoDay,
    officialOn: isoDay.optional(),
  })
  .superRefine((r, ctx) => {
    // Order is judged only between real dates (a malformed one has its own error).
    if (![r.birthDate, r.admittedOn, r.joinedOn, r.officialOn ?? r.joinedOn].every(isIsoDate)) return;
    if (r.admittedOn < r.birthDate)
      ctx.addIssue({ code: 'custom', path: ['admittedOn'], message: 'Ngày kết nạp trước ngày sinh.' });
    else if (admissionAge(r.birthDate, r.admittedOn).band === 'under') {
      const { age, min, citation } = admissionAge(r.birthDate, r.admittedOn);
      ctx.addIssue({
        code: 'custom',
        path: ['admittedOn'],
        message: `Ngày kết nạp ${formatDateVi(r.admittedOn)}: người này mới ${age}, chưa đủ ${min} (E-02, ${citation}). Kiểm tra lại ngày sinh hoặc ngày kết nạp.`,
      });
    }
    if (r.joinedOn < r.admittedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['joinedOn'],
        message: 'Lễ kết nạp không thể trước ngày quyết định kết nạp (L-03).',
      });
    if (r.officialOn !== undefined) {
      // Records older than the first modelled rule set (2016) use its figure: 12 months since the 2011 Charter.
      const months = ruleSetFrom(r.joinedOn).numbers.probationMonths.value;
      if (r.officialOn < addMonths(r.joinedOn, months))
        ctx.addIssue({
          code: 'custom',
          path: ['officialOn'],
          message: `Chưa đủ ${months} tháng dự bị kể từ lễ kết nạp (L-05).`,
        });
    }
  });

/** Checks a members' sheet; valid only when every row is. */
export function checkMemberImport(
  rows: readonly SheetRow[],
  context: ImportContext,
): ImportCheck<MemberImport> {
  const columns = MEMBER_COLUMNS;
  const cellCol = columns.find((c) => c.key === 'cell') as ImportColumn;
  const villageCol = columns.find((c) => c.key === 'village') as ImportColumn;
  return check(columns, rows, context, (values, row) => {
    const parsed = memberRow.safeParse(values);
    const errors = [
      ...(parsed.success ? [] : issuesToErrors(columns, row, parsed.error.issues, values)),
      ...notAfterToday(columns, row, values, context.today),
    ];
    const cell = typeof values.cell === 'string' ? byName(context.cells, values.cell) : undefined;
    if (typeof values.cell === 'string' && !cell)
      errors.push(unknownName(cellCol, row, values.cell, context.cells));
    const village = typeof values.village === 'string' ? byName(context.villages, values.village) : undefined;
    if (typeof values.village === 'string' && !village)
      errors.push(unknownName(villageCol, row, values.village, context.villages));
    if (!parsed.success || errors.length > 0 || !cell) return { ok: false, errors };
    const r = parsed.data;
    return {
      ok: true,
      warnings: ageWarnings(r),
      value: {
        row,
        fullName: r.fullName,
        gender: r.gender,
        birthDate: r.birthDate,
        cellId: cell.id,
        villageId: village?.id ?? null,
        admittedOn: r.admittedOn,
        joinedOn: r.joinedOn,
        officialOn: r.officialOn ?? null,
      },
    };
  });
}
