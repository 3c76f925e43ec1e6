import { type IsoDate, parseIsoDate } from '../date.js';

/** `Xã Yên Bình` → `Yên Bình`: the place a paper is dated at is the commune's name without its level word. */
export function placeOf(communeName: string): string {
  return communeName.replace(/^(Xã|Phường|Đặc khu|Thị trấn)\s+/u, '').trim();
}

/**
 * `Yên Bình, ngày 05 tháng 02 năm 2026`: the place and date line of a Party paper. Days below 10 and the months
 * January and February take a leading zero, so the date cannot be altered by adding a digit (36-HD/VPTW 2018).
 */
export function placeDateLine(communeName: string, date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${placeOf(communeName)}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Upper case as Vietnamese writes it (`Chi bộ thôn Đông` → `CHI BỘ THÔN ĐÔNG`), NFC. */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}
