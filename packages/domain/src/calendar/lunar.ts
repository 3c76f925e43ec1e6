/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm: months start on the
 * day of the new moon, the 11th month holds the winter solstice, and a 13-month year repeats (as leap) the first
 * month that contains no major solar term. Everything is reckoned at UTC+7, which is why Vietnam's calendar
 * differs from China's (UTC+8) in some years: Tết 1985 fell on 21 Jan in Vietnam and 20 Feb in China, Tết 2007
 * on 17 Feb in Vietnam and 18 Feb in China.
 *
 * Astronomy after Jean Meeus, "Astronomical Algorithms" (1998), as simplified by Hồ Ngọc Đức
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/). Checked against published Tết dates for 1900–2199.
 */
import { formatIsoDate, fromEpochDay, type IsoDate, toEpochDay } from '../date.js';

/** A day of the Vietnamese lunar calendar. `leap` marks the repeated (nhuận) month of a 13-month year. */
export interface LunarDate {
  /** The lunar year, named after the Gregorian year in which its first day (Tết) falls. */
  year: number;
  /** 1 (tháng Giêng) to 12 (tháng Chạp). */
  month: number;
  /** 1 to 29 or 30. */
  day: number;
  leap: boolean;
}

/** Hours east of UTC at which new moons and solar terms are dated: Vietnam, not China (+8). */
const VIETNAM_UTC_OFFSET_HOURS = 7;
/** Julian day number of 1970-01-01, the epoch of `toEpochDay`. */
const JDN_OF_EPOCH = 2_440_588;
/** Julian day of the new moon of 1900-01-01, from which new moons are numbered. */
const NEW_MOON_ZERO_JD = 2_415_021.076998695;
const SYNODIC_MONTH_DAYS = 29.530588853;
const DEG = Math.PI / 180;

/** Julian day (fractional, UT) of the `k`-th new moon after 1900-01-01 (Meeus ch. 49, trimmed). */
function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const meanJd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  const drift = 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (terrestrial minus universal time), in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return meanJd + drift + correction - deltaT;
}

/** Julian day number of the local (UTC+7) day holding the `k`-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + VIETNAM_UTC_OFFSET_HOURS / 24);
}

/**
 * Index 0..11 of the major solar term (trung khí) in force at the start of local day `jdn`: the sun's apparent
 * longitude in 30° sectors, 0 = [0°, 30°) from the March equinox, 9 = [270°, 300°) from the winter solstice.
 */
function solarTermIndex(jdn: number): number {
  const t = (jdn - 0.5 - VIETNAM_UTC_OFFSET_HOURS / 24 - 2_451_545) / 36_525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (((meanLongitude + centre) % 360) + 360) % 360;
  return Math.floor(longitude / 30);
}

/** Julian day number on which the 11th lunar month (the one holding the winter solstice) starts, in `year`. */
function month11Start(year: number): number {
  const dec31 = toEpochDay(formatIsoDate(year, 12, 31)) + JDN_OF_EPOCH;
  const k = Math.floor((dec31 - 2_415_021) / SYNODIC_MONTH_DAYS);
  const start = newMoonDay(k);
  // A new moon after the solstice (term 9 already begun) starts month 12: month 11 began one lunation earlier.
  return solarTermIndex(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month year starting with month 11 at `a11`, the offset (in lunations from `a11`) of the leap month:
 * the first month that has no major solar term of its own, seen as the same term index at its start and at the
 * start of the next month.
 */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_ZERO_JD) / SYNODIC_MONTH_DAYS + 0.5);
  let i = 1;
  let term = solarTermIndex(newMoonDay(k + i));
  let previous: number;
  do {
    previous = term;
    i += 1;
    term = solarTermIndex(newMoonDay(k + i));
  } while (term !== previous && i < 14);
  return i - 1;
}

/**
 * The lunar date of a Gregorian date. Valid at least for 1900–2199 (the range the tests check).
 * Throws RangeError on a malformed date.
 */
export function solarToLunar(date: IsoDate): LunarDate {
  const jdn = toEpochDay(date) + JDN_OF_EPOCH;
  const gregorianYear = Number(date.slice(0, 4));
  const k = Math.floor((jdn - NEW_MOON_ZERO_JD) / SYNODIC_MONTH_DAYS);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);

  let a11 = month11Start(gregorianYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = gregorianYear;
    a11 = month11Start(gregorianYear - 1);
  } else {
    year = gregorianYear + 1;
    b11 = month11Start(gregorianYear + 1);
  }

  const day = jdn - monthStart + 1;
  const lunationsSince11 = Math.floor((monthStart - a11) / 29);
  let month = lunationsSince11 + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (lunationsSince11 >= leapOffset) {
      month = lunationsSince11 + 10;
      leap = lunationsSince11 === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 before the new year belong to the previous lunar year.
  if (month >= 11 && lunationsSince11 < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The Gregorian date of a lunar date. Throws RangeError when the lunar date does not exist: a `leap` month the
 * year does not repeat, or day 30 of a 29-day month. Valid at least for lunar years 1900–2199.
 */
export function lunarToSolar(lunar: LunarDate): IsoDate {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`not a lunar date: ${JSON.stringify(lunar)}`);
  }
  const [a11, b11] =
    month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_ZERO_JD) / SYNODIC_MONTH_DAYS);
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (leap || offset >= leapOffset) offset += 1;
  }
  const result = fromEpochDay(newMoonDay(k + offset) + day - 1 - JDN_OF_EPOCH);
  // Round-tripping rejects a leap month that is not this year's, and day 30 of a short month, in one check.
  const back = solarToLunar(result);
  if (back.year !== year || back.month !== month || back.day !== day || back.leap !== leap) {
    throw new RangeError(`no such lunar date: ${JSON.stringify(lunar)}`);
  }
  return result;
}

/** The Gregorian date of Tết Nguyên đán (1st day of the 1st lunar month) of lunar year `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}
