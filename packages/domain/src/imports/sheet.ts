/**
 * Reading an imported sheet and checking it as a whole, for both kinds: headers matched without regard to case and
 * diacritics, every row read by column, duplicates within the file and against the books, errors a person can act
 * on (row number, column, what is wrong, what to write instead). Pure: the server parses the workbook, this decides.
 */
import type { z } from 'zod';
import { type IsoDate, isIsoDate } from '../date.js';
import { formatDateVi, parseDayParam } from '../locale/date-vi.js';
import { foldVi } from '../locale/search-vi.js';
import { EDUCATION_LABELS, GENDER_LABELS, YES_NO_LABELS } from '../reports/labels.js';
import { educationLevels } from '../rules/index.js';
import { type ImportColumn, MAX_IMPORT_ROWS, type SheetRow, type SheetValue } from './columns.js';

/** One thing wrong with the file, where it is and how to put it right. Row 1 is the header. */
export interface RowError {
  row: number;
  column: string;
  message: string;
  hint: string;
}

/** What the import may refer to: the commune's cells and villages, the people already on its books, today. */
export interface ImportContext {
  cells: readonly { id: string; name: string }[];
  villages: readonly { id: string; name: string }[];
  existing: readonly { fullName: string; birthDate: IsoDate }[];
  today: IsoDate;
}

/** The outcome of checking a file: every row valid, or the list of what is wrong (nothing is written then). */
/** A field of a valid row as the import read it, for the preview: dates dd/MM/yyyy, codes by their words. */
export interface ReadField {
  column: string;
  value: string;
}

/**
 * A valid row with every field as read (`fields`) and what the rules advise without refusing (`warnings`, e.g.
 * E-04: over the age window at the decision, lawful with a consent the file does not hold).
 */
export type Previewed<T> = T & { fields: ReadField[]; warnings: string[] };

export type ImportCheck<T> =
  | { ok: true; rows: Previewed<T>[]; ignoredColumns: string[] }
  | { ok: false; errors: RowError[]; ignoredColumns: string[] };

export const key = (text: string) => foldVi(text).replace(/\s+/g, ' ').trim();

/** A cell's value as text ('' when empty); numbers as written. */
export function asText(value: SheetValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? YES_NO_LABELS.yes.vi : YES_NO_LABELS.no.vi;
  return String(value).trim();
}

/** A date cell: `YYYY-MM-DD` (what the server makes of an Excel date) or `dd/MM/yyyy` typed as text. */
export function readDateCell(value: SheetValue | undefined): IsoDate | string | undefined {
  const text = asText(value);
  if (text === '') return undefined;
  return parseDayParam(text) ?? text;
}

export function byName<T extends { name: string }>(list: readonly T[], text: string): T | undefined {
  const k = key(text);
  return list.find((x) => key(x.name) === k);
}

/** Reads the cells of one row by column key, turning words into codes; undefined when empty. */
export function readRow(
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
export function headersOf(columns: readonly ImportColumn[], rows: readonly SheetRow[]) {
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

export const personKey = (fullName: string, birthDate: string) => `${key(fullName)}|${birthDate}`;

/** Errors of zod issues, each on its column. */
export function issuesToErrors(
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
export function missingColumns(columns: readonly ImportColumn[], headerOf: Map<string, string>): RowError[] {
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
export function check<T extends { row: number; fullName: string; birthDate: string }>(
  columns: readonly ImportColumn[],
  rows: readonly SheetRow[],
  context: ImportContext,
  parseRow: (
    values: Record<string, unknown>,
    row: number,
  ) => { ok: true; value: T; warnings?: string[] } | { ok: false; errors: RowError[] },
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
  const out: Previewed<T>[] = [];
  for (const r of rows) {
    const values = readRow(columns, headerOf, r);
    const parsed = parseRow(values, r.row);
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
      out.push({ ...p, fields: readFields(columns, values), warnings: parsed.warnings ?? [] });
    }
  }
  return errors.length > 0
    ? { ok: false, errors, ignoredColumns: ignored }
    : { ok: true, rows: out, ignoredColumns: ignored };
}

/** Every field of a row as read, in column order (empty cells left out): what the preview shows. */
export function readFields(columns: readonly ImportColumn[], values: Record<string, unknown>): ReadField[] {
  return columns.flatMap((c) => {
    const v = values[c.key];
    if (v === undefined) return [];
    const value =
      c.kind === 'date' && typeof v === 'string' && isIsoDate(v)
        ? formatDateVi(v)
        : c.kind === 'gender' && (v === 'M' || v === 'F')
          ? GENDER_LABELS[v].vi
          : c.kind === 'yes-no' && typeof v === 'boolean'
            ? YES_NO_LABELS[v ? 'yes' : 'no'].vi
            : c.kind === 'education' && typeof v === 'string' && v in EDUCATION_LABELS
              ? EDUCATION_LABELS[v as keyof typeof EDUCATION_LABELS].vi
              : String(v);
    return [{ column: c.header.vi, value }];
  });
}

export function notAfterToday(
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

export function unknownName(
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
