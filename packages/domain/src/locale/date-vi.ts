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
