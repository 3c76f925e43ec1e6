/**
 * The pieces every input schema repeats: the plan year, a day, a commune's slug, a unit's id. Declared once here
 * and imported by the domain's own schemas (which the admin console validates with), the API's procedures, the
 * server's HTTP routes and the board app, so a bound or a message changes in one place.
 */
import { z } from 'zod';
import { isIsoDate } from '../date.js';

/**
 * The first year a plan, board, report or forecast may name: the Communist Party of Vietnam was founded on
 * 3 February 1930, so no admission, target or member count exists before it.
 */
export const FIRST_PLAN_YEAR = 1930;
/**
 * The last year accepted: no regulation bounds it; it is a ceiling that turns a mistyped year (20233, 9999) into a
 * refusal naming the field instead of a query over an empty range, far beyond any plan a commune makes. (The working
 * calendar itself ends with 2199, `LAST_CALENDAR_YEAR`.)
 */
export const LAST_PLAN_YEAR = 2200;

const YEAR_MESSAGE = `Năm phải là số nguyên từ ${FIRST_PLAN_YEAR} đến ${LAST_PLAN_YEAR}, ví dụ 2023.`;

/** A plan year as a number ({@link FIRST_PLAN_YEAR}..{@link LAST_PLAN_YEAR}), as JSON inputs carry it. */
export const planYear = z
  .int({ error: YEAR_MESSAGE })
  .min(FIRST_PLAN_YEAR, { error: YEAR_MESSAGE })
  .max(LAST_PLAN_YEAR, { error: YEAR_MESSAGE });

/** A plan year as a URL carries it (`"2023"`), turned into a number and then checked as {@link planYear}. */
export const planYearParam = z.coerce.number({ error: YEAR_MESSAGE }).pipe(planYear);

/** A calendar date `YYYY-MM-DD` that exists (the console's date fields and every API input send this form). */
export const isoDay = z
  .string({ error: 'Cần một ngày (dd/MM/yyyy).' })
  .refine(isIsoDate, { error: 'Ngày không có thật hoặc sai định dạng.' });

/** A commune as addresses name it: its slug (`yen-binh`), or its id where it has none. */
export const communeSlug = z.string({ error: 'Thiếu mã xã.' }).min(1, { error: 'Thiếu mã xã.' }).max(100);

/** The id of an org unit, a candidate or a member: what the database's keys hold. */
export const recordId = z.string({ error: 'Thiếu mã.' }).min(1, { error: 'Thiếu mã.' }).max(64);

/**
 * A commune's year on a day (default today): the input of the progress, targets and report procedures, and of the
 * Excel files that call them.
 */
export const communeYearInput = z.object({ commune: communeSlug, year: planYear, asOf: isoDay.optional() });
/** A commune on a day (default today): the registers' input, and their Excel files'. */
export const communeDayInput = z.object({ commune: communeSlug, asOf: isoDay.optional() });
/** A commune: the candidate list's input. */
export const communeInput = z.object({ commune: communeSlug });
