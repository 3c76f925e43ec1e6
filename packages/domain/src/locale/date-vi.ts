import { formatIsoDate, type IsoDate, isIsoDate, parseIsoDate } from '../date.js';

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `2023-06-30` → `30/06/2023`, the way Vietnamese documents write a date. Throws on a malformed ISO date. */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/**
 * `30/06/2023` (or `30/6/2023`, as people type it) → `2023-06-30`; `null` for anything that is not a real
 * calendar date (`29/02/2023`), so a form can say "invalid" instead of guessing.
 */
export function parseDateVi(text: string): IsoDate | null {
  const m = VI_DATE.exec(text.trim());
  if (!m) return null;
  const iso = formatIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}

/**
 * A day as a parameter may carry it: `YYYY-MM-DD`, or `dd/MM/yyyy` as Vietnamese readers write it (30/06/2023,
 * also 5/1/2026), surrounding spaces ignored. Null when it is neither, or not a real day. Kept here, with no zod
 * beside it, because the public board's script imports it: a module that builds zod schemas at load makes zod probe
 * `new Function`, which the board's content security policy reports as a violation.
 */
export function parseDayParam(text: string): IsoDate | null {
  const trimmed = text.trim();
  return isIsoDate(trimmed) ? trimmed : parseDateVi(trimmed);
}
