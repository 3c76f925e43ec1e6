/**
 * Vietnamese (and English) words for the coded values of a person record, as reports, exports and imports write
 * them: one table, so an exported file reads back to the same codes.
 */
import type { Bilingual } from '../calendar/index.js';
import type { EducationLevel } from '../rules/index.js';

/** Gender codes as written in Vietnamese records. */
export const GENDER_LABELS: Record<'M' | 'F', Bilingual> = {
  M: { vi: 'Nam', en: 'Male' },
  F: { vi: 'Nữ', en: 'Female' },
};

/** Education levels (lý lịch item 12) in the words of the records. */
export const EDUCATION_LABELS: Record<EducationLevel, Bilingual> = {
  none: { vi: 'Chưa biết chữ', en: 'None' },
  literate: { vi: 'Biết đọc, biết viết chữ quốc ngữ', en: 'Literate' },
  primary: { vi: 'Hoàn thành tiểu học', en: 'Primary' },
  'lower-secondary': { vi: 'Tốt nghiệp THCS', en: 'Lower secondary' },
  'upper-secondary': { vi: 'Tốt nghiệp THPT', en: 'Upper secondary' },
  vocational: { vi: 'Trung cấp', en: 'Vocational' },
  college: { vi: 'Cao đẳng', en: 'College' },
  university: { vi: 'Đại học', en: 'University' },
  postgraduate: { vi: 'Sau đại học', en: 'Postgraduate' },
};

/** Yes and no, as a cell of a register says them. */
export const YES_NO_LABELS: Record<'yes' | 'no', Bilingual> = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
};

/** A field nobody filled in. */
export const NOT_DECLARED: Bilingual = { vi: 'Chưa khai', en: 'Not declared' };
