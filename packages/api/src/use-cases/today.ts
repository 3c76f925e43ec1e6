import type { IsoDate } from '@ketnap/domain';
import type { CallerContext } from '../context.js';

/**
 * Today as the server counts it (`org.today`: Vietnam's calendar day, or a test's fixed day), which the console's
 * forms default to and the rules judge on. No query: what a screen needs the date for should not cost a dashboard.
 */
export function serverToday(ctx: CallerContext): { today: IsoDate } {
  return { today: ctx.today() };
}
