/**
 * The Excel import of members and candidates: the columns (Vietnamese headers, the same the exports write), and the
 * validation of every row, with errors a person can act on: row number, column, what is wrong, what to write
 * instead. Candidates are checked with the pipeline's own `createCandidateInput` (the schema of the console's "new
 * candidate" form); members with the schema below. Pure: the server parses the workbook, this decides.
 */
import { z } from 'zod';
import type { Bilingual } from '../calendar/index.js';
import { addMonths, type IsoDate, isIsoDate } from '../date.js';
import { parseDateVi } from '../locale/date-vi.js';
import { foldVi } from '../locale/search-vi.js';
import { isoDay } from '../pipeline/events.js';
import { personFields } from '../pipeline/field-catalogue.js';
import { type CreateCandidateInput, createCandidateInput } from '../pipeline/inputs.js';
import { earliestJudgeableDate, educationLevels, ruleSetOn } from '../rules/index.js';
import { EDUCATION_LABELS, GENDER_LABELS, YES_NO_LABELS } from './labels.js';

/** A cell of the sheet as the server reads it: text, number, yes/no, a date as `YYYY-MM-DD`, or empty. */
export type SheetValue = string | number | boolean | null;

/** One data row of the sheet: its row number in the file (the header is row 1) and its cells by header text. */
export interface SheetRow {
  row: number;
  cells: Record<string, SheetValue>;
}

/** The value kinds of a column: how an export writes it and how an import reads it. */
export type ColumnKind = 'text' | 'date' | 'gender' | 'yes-no' | 'education' | 'cell' | 'village';

/** One column of an import (and of the list export that reads back into it). */
export interface ImportColumn {
  key: string;
  header: Bilingual;
  kind: ColumnKind;
  required: boolean;
  /** What to write: said with each error of this column. */
  hint: string;
  /** Written by the list export (sensitive fields and the ID number are import-only). */
  exported: boolean;
}

const DATE_HINT = 'Ghi ngày dạng dd/MM/yyyy, ví dụ 15/03/2023 (hoặc định dạng ô Ngày của Excel).';
const col = (
  key: string,
  vi: string,
  en: string,
  kind: ColumnKind,
  required: boolean,
  hint: string,
  exported = true,
): ImportColumn => ({ key, header: { vi, en }, kind, required, hint, exported });

const COMMON = [
  col('fullName', 'Họ và tên', 'Full name', 'text', true, 'Ghi đầy đủ họ và tên, từ 2 đến 120 ký tự.'),
  col('gender', 'Giới tính', 'Gender', 'gender', true, 'Ghi "Nam" hoặc "Nữ".'),
  col('birthDate', 'Ngày sinh', 'Date of birth', 'date', true, DATE_HINT),
  col('cell', 'Chi bộ', 'Cell', 'cell', true, 'Ghi đúng tên một chi bộ của xã, ví dụ "Chi bộ thôn Đông".'),
];

/** The members' sheet, in column order. */
export const MEMBER_COLUMNS: readonly ImportColumn[] = [
  ...COMMON,
  col(
    'village',
    'Thôn nơi cư trú',
    'Village',
    'village',
    false,
    'Ghi đúng tên một thôn của xã, hoặc để trống.',
  ),
  col('admittedOn', 'Ngày quyết định kết nạp', 'Admission decision', 'date', true, DATE_HINT),
  col('joinedOn', 'Ngày lễ kết nạp', 'Ceremony', 'date', true, DATE_HINT),
  col(
    'officialOn',
    'Ngày công nhận chính thức',
    'Official from',
    'date',
    false,
    `${DATE_HINT} Để trống nếu là đảng viên dự bị.`,
  ),
];

const label = (key: keyof typeof personFields) => personFields[key].label;
const educationHint = `Ghi một trong: ${educationLevels.map((l) => EDUCATION_LABELS[l].vi).join('; ')}; hoặc để trống.`;

/** The candidates' sheet, in column order. */
export const CANDIDATE_COLUMNS: readonly ImportColumn[] = [
  ...COMMON,
  col('enteredPoolOn', 'Ngày đưa vào nguồn phát triển', 'Entered the pool', 'date', true, DATE_HINT),
  col('education', label('education').vi, label('education').en, 'education', false, educationHint),
  col(
    'occupation',
    label('occupation').vi,
    label('occupation').en,
    'text',
    false,
    'Tối đa 200 ký tự, hoặc để trống.',
  ),
  col(
    'youthUnionMember',
    label('youthUnionMember').vi,
    label('youthUnionMember').en,
    'yes-no',
    false,
    'Ghi "Có" hoặc "Không", hoặc để trống.',
  ),
  col(
    'residence',
    label('residence').vi,
    label('residence').en,
    'text',
    false,
    'Tối đa 300 ký tự, hoặc để trống.',
  ),
  col(
    'nationalId',
    label('nationalId').vi,
    label('nationalId').en,
    'text',
    false,
    'Ghi đủ 12 chữ số, hoặc để trống.',
    false,
  ),
  col(
    'ethnicity',
    label('ethnicity').vi,
    label('ethnicity').en,
    'text',
    false,
    'Ví dụ "Kinh", "Tày"; hoặc để trống.',
    false,
  ),
  col(
    'religion',
    label('religion').vi,
    label('religion').en,
    'text',
    false,
    'Ví dụ "Không", "Phật giáo"; hoặc để trống.',
    false,
  ),
];

/** What kind of record an import adds. */
export type ImportKind = 'members' | 'candidates';

/** The columns of an import kind. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  members: MEMBER_COLUMNS,
  candidates: CANDIDATE_COLUMNS,
};

/** The most rows one file may hold (one commune's register is a few hundred). */
export const MAX_IMPORT_ROWS = 5000;

/** One thing wrong with the file, where it is and how to put it right. Row 1 is the header. */
export interface RowError {
  row: number;
  column: string;
  message: string;
  hint: string;
}

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

/** A candidate row, valid: the pipeline's own create input. */
export type CandidateImport = { row: number } & z.output<typeof createCandidateInput>;

/** What the import may refer to: the commune's cells and villages, the people already on its books, today. */
export interface ImportContext {
  cells: readonly { id: string; name: string }[];
  villages: readonly { id: string; name: string }[];
  existing: readonly { fullName: string; birthDate: IsoDate }[];
  today: IsoDate;
}

/** The outcome of checking a file: every row valid, or the list of what is wrong (nothing is written then). */
export type ImportCheck<T> =
  | { ok: true; rows: T[]; ignoredColumns: string[] }
  | { ok: false; errors: RowError[]; ignoredColumns: string[] };

const key = (text: string) => foldVi(text).replace(/\s+/g, ' ').trim();

/** A cell's value as text ('' when empty); numbers as written. */
function asText(value: SheetValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? YES_NO_LABELS.yes.vi : YES_NO_LABELS.no.vi;
  return String(value).trim();
}

/** A date cell: `YYYY-MM-DD` (what the server makes of an Excel date) or `dd/MM/yyyy` typed as text. */
export function readDateCell(value: SheetValue | undefined): IsoDate | string | undefined {
  const text = asText(value);
  if (text === '') return undefined;
  if (isIsoDate(text)) return text;
  return parseDateVi(text) ?? text;
}

function byName<T extends { name: string }>(list: readonly T[], text: string): T | undefined {
  const k = key(text);
  return list.find((x) => key(x.name) === k);
}

/** Reads the cells of one row by column key, turning words into codes; undefined when empty. */
function readRow(
  columns: readonly ImportColumn[],
  headerOf: Map<string, string>,
  row: SheetRow,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const header = headerOf.get(c.key);
    const raw = header === undefined ? undefined : row.cells[header];
    const text = asText(raw);
    if (text === '') continue;
    switch (c.kind) {
      case 'date':
        out[c.key] = readDateCell(raw);
        break;
      case 'gender':
        out[c.key] =
          (Object.keys(GENDER_LABELS) as ('M' | 'F')[]).find((g) => key(GENDER_LABELS[g].vi) === key(text)) ??
          (text === 'M' || text === 'F' ? text : text);
        break;
      case 'yes-no':
        out[c.key] =
          key(text) === key(YES_NO_LABELS.yes.vi)
            ? true
            : key(text) === key(YES_NO_LABELS.no.vi)
              ? false
              : text;
        break;
      case 'education':
        out[c.key] =
          educationLevels.find((l) => key(EDUCATION_LABELS[l].vi) === key(text) || l === text) ?? text;
        break;
      default:
        out[c.key] = text;
    }
  }
  return out;
}

/** Maps each column key to the header the file uses for it (matched without regard to case and diacritics). */
function headersOf(columns: readonly ImportColumn[], rows: readonly SheetRow[]) {
  const present = new Set<string>();
  for (const r of rows) for (const h of Object.keys(r.cells)) present.add(h);
  const headerOf = new Map<string, string>();
  for (const h of present) {
    const c = columns.find((c) => key(c.header.vi) === key(h) || key(c.header.en) === key(h));
    if (c && !headerOf.has(c.key)) headerOf.set(c.key, h);
  }
  const known = new Set(headerOf.values());
  return { headerOf, ignored: [...present].filter((h) => !known.has(h)) };
}

const personKey = (fullName: string, birthDate: string) => `${key(fullName)}|${birthDate}`;

const fullName = createCandidateInput.shape.fullName;
const gender = createCandidateInput.shape.gender;

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
    if (r.joinedOn < r.admittedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['joinedOn'],
        message: 'Lễ kết nạp không thể trước ngày quyết định kết nạp (L-03).',
      });
    if (r.officialOn !== undefined) {
      // Records older than the first modelled rule set (2016) use its figure: 12 months since the 2011 Charter.
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, not numbers.
      const on = r.joinedOn < earliestJudgeableDate ? earliestJudgeableDate : r.joinedOn;
      const months = ruleSetOn(on).numbers.probationMonths.value;
      if (r.officialOn < addMonths(r.joinedOn, months))
        ctx.addIssue({
          code: 'custom',
          path: ['officialOn'],
          message: `Chưa đủ ${months} tháng dự bị kể từ lễ kết nạp (L-05).`,
        });
    }
  });

/** Errors of zod issues, each on its column. */
function issuesToErrors(
  columns: readonly ImportColumn[],
  row: number,
  issues: readonly z.core.$ZodIssue[],
  values: Record<string, unknown>,
): RowError[] {
  const errors = issues.map((issue) => {
    // Candidate inputs nest the person record (`profile.education`); the column is the last key.
    const path = issue.path.map(String);
    const field = path.find((p) => columns.some((c) => c.key === p)) ?? path.at(-1) ?? '';
    const c =
      columns.find((c) => c.key === field) ??
      columns.find((c) => (field === 'cellId' ? c.key === 'cell' : false));
    const missing = c?.required === true && values[c.key] === undefined;
    return {
      row,
      column: c?.header.vi ?? field,
      message: missing ? 'Ô này bắt buộc nhưng đang để trống.' : issue.message,
      hint: c?.hint ?? '',
    };
  });
  // One error per column and message (a refinement may repeat a type error's column).
  return errors.filter(
    (e, i) => errors.findIndex((f) => f.column === e.column && f.message === e.message) === i,
  );
}

/** Checks the header: every required column must be there (errors on row 1). */
function missingColumns(columns: readonly ImportColumn[], headerOf: Map<string, string>): RowError[] {
  return columns
    .filter((c) => c.required && !headerOf.has(c.key))
    .map((c) => ({
      row: 1,
      column: c.header.vi,
      message: 'Thiếu cột này ở dòng tiêu đề.',
      hint: `Thêm cột tiêu đề "${c.header.vi}" (dòng 1), như trong file mẫu.`,
    }));
}

/** Shared by both kinds: headers, size, then each row; duplicates within the file and against the books. */
function check<T extends { row: number; fullName: string; birthDate: string }>(
  columns: readonly ImportColumn[],
  rows: readonly SheetRow[],
  context: ImportContext,
  parseRow: (
    values: Record<string, unknown>,
    row: number,
  ) => { ok: true; value: T } | { ok: false; errors: RowError[] },
): ImportCheck<T> {
  const { headerOf, ignored } = headersOf(columns, rows);
  const header = missingColumns(columns, headerOf);
  if (header.length > 0) return { ok: false, errors: header, ignoredColumns: ignored };
  if (rows.length === 0)
    return {
      ok: false,
      errors: [
        {
          row: 2,
          column: '',
          message: 'File không có dòng dữ liệu nào.',
          hint: 'Ghi mỗi người một dòng, từ dòng 2.',
        },
      ],
      ignoredColumns: ignored,
    };
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      errors: [
        {
          row: 1,
          column: '',
          message: `File có ${rows.length} dòng, quá ${MAX_IMPORT_ROWS} dòng một lần.`,
          hint: 'Chia thành nhiều file nhỏ hơn.',
        },
      ],
      ignoredColumns: ignored,
    };
  const known = new Map(context.existing.map((p) => [personKey(p.fullName, p.birthDate), true]));
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  const out: T[] = [];
  for (const r of rows) {
    const parsed = parseRow(readRow(columns, headerOf, r), r.row);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const p = parsed.value;
    const k = personKey(p.fullName, p.birthDate);
    const name = columns[0]?.header.vi ?? '';
    if (known.has(k))
      errors.push({
        row: r.row,
        column: name,
        message: 'Người này (cùng họ tên và ngày sinh) đã có trong danh sách của xã.',
        hint: 'Bỏ dòng này, hoặc sửa nếu là người khác.',
      });
    else if (seen.has(k))
      errors.push({
        row: r.row,
        column: name,
        message: `Trùng với dòng ${seen.get(k)} (cùng họ tên và ngày sinh).`,
        hint: 'Mỗi người chỉ ghi một dòng.',
      });
    else {
      seen.set(k, r.row);
      out.push(p);
    }
  }
  return errors.length > 0
    ? { ok: false, errors, ignoredColumns: ignored }
    : { ok: true, rows: out, ignoredColumns: ignored };
}

function notAfterToday(
  columns: readonly ImportColumn[],
  row: number,
  values: Record<string, unknown>,
  today: IsoDate,
) {
  return columns
    .filter(
      (c) => c.kind === 'date' && typeof values[c.key] === 'string' && isIsoDate(values[c.key] as string),
    )
    .filter((c) => (values[c.key] as string) > today)
    .map((c) => ({ row, column: c.header.vi, message: 'Ngày ở tương lai (sau hôm nay).', hint: c.hint }));
}

function unknownName(
  column: ImportColumn,
  row: number,
  text: string,
  names: readonly { name: string }[],
): RowError {
  return {
    row,
    column: column.header.vi,
    message: `Không có "${text}" trong xã.`,
    hint: `Ghi một trong: ${names.map((n) => n.name).join('; ')}.`,
  };
}

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

const PROFILE_KEYS = ['education', 'occupation', 'youthUnionMember', 'residence'] as const;
const SENSITIVE_KEYS = ['nationalId', 'ethnicity', 'religion'] as const;

/** Checks a candidates' sheet with the pipeline's `createCandidateInput`; valid only when every row is. */
export function checkCandidateImport(
  rows: readonly SheetRow[],
  context: ImportContext,
): ImportCheck<CandidateImport> {
  const columns = CANDIDATE_COLUMNS;
  const cellCol = columns.find((c) => c.key === 'cell') as ImportColumn;
  return check(columns, rows, context, (values, row) => {
    const cell = typeof values.cell === 'string' ? byName(context.cells, values.cell) : undefined;
    const input: CreateCandidateInput = {
      cellId: cell?.id ?? '',
      fullName: values.fullName as string,
      gender: values.gender as 'M' | 'F',
      birthDate: values.birthDate as string,
      enteredPoolOn: values.enteredPoolOn as string,
      profile: Object.fromEntries(PROFILE_KEYS.filter((k) => k in values).map((k) => [k, values[k]])),
      sensitive: Object.fromEntries(SENSITIVE_KEYS.filter((k) => k in values).map((k) => [k, values[k]])),
    };
    const parsed = createCandidateInput.safeParse(input);
    const errors = [
      ...(parsed.success
        ? []
        : issuesToErrors(columns, row, parsed.error.issues, values).filter(
            (e) => e.column !== cellCol.header.vi,
          )),
      ...notAfterToday(columns, row, values, context.today),
    ];
    if (values.cell === undefined)
      errors.push({
        row,
        column: cellCol.header.vi,
        message: 'Ô này bắt buộc nhưng đang để trống.',
        hint: cellCol.hint,
      });
    else if (!cell) errors.push(unknownName(cellCol, row, String(values.cell), context.cells));
    if (parsed.success && typeof input.birthDate === 'string' && input.enteredPoolOn < input.birthDate)
      errors.push({
        row,
        column: 'Ngày đưa vào nguồn phát triển',
        message: 'Ngày vào nguồn trước ngày sinh.',
        hint: DATE_HINT,
      });
    if (!parsed.success || errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { row, ...parsed.data } };
  });
}
