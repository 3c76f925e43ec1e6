import { formatDateVi, formatIsoDate, type IsoDate, parseDateVi } from '@ketnap/domain';

/** What the reader typed in the day chooser, read: a day to show, the live view (empty), or why not. */
export type DayChoice = { ok: true; day: IsoDate | undefined } | { ok: false; error: string };

/**
 * Reads the day chooser's text (dd/mm/yyyy) for a board of `year`: empty is the live view (today, or 31/12 of a past
 * year); otherwise a real day within the year and not after the server's `today` (a day still to come has no
 * figures of its own). The error says, in Vietnamese, what to type instead.
 */
export function readDayChoice(text: string, year: number, today: IsoDate | undefined): DayChoice {
  if (text.trim() === '') return { ok: true, day: undefined };
  const day = parseDateVi(text);
  if (!day)
    return { ok: false, error: 'Ngày không có thật hoặc không đúng dạng dd/mm/yyyy (ví dụ 30/06/2023).' };
  const first = formatIsoDate(year, 1, 1);
  const last = formatIsoDate(year, 12, 31);
  if (day < first || day > last)
    return {
      ok: false,
      error: `Chọn một ngày trong năm ${year} (từ ${formatDateVi(first)} đến ${formatDateVi(last)}).`,
    };
  if (today && day > today)
    return { ok: false, error: `Ngày này chưa tới: hôm nay là ${formatDateVi(today)}.` };
  return { ok: true, day };
}
