/**
 * The columns of the Excel import of members and candidates: Vietnamese headers (the same the list exports write),
 * the kind of value each holds, whether it is required and a hint on how to fill it.
 */
import type { Bilingual } from '../calendar/index.js';
import { personFields } from '../pipeline/field-catalogue.js';
import { EDUCATION_LABELS } from '../reports/labels.js';
import { educationLevels } from '../rules/index.js';

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

export const DATE_HINT = 'Ghi ngày dạng dd/MM/yyyy, ví dụ 15/03/2023 (hoặc định dạng ô Ngày của Excel).';
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
