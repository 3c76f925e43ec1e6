import type { ExpressionBuilder, ExpressionWrapper, ReferenceExpression, SqlBool } from 'kysely';

/**
 * "Active on `asOf`": started on or before the day and not ended by it (the end day is the first day it no longer
 * counts). One definition for every span the queries ask about: a member from the ceremony (`joined_on`) to leaving
 * (`left_on`), a unit from `valid_from` to `valid_to`, a village's member likewise. `from` and `to` name the span's
 * columns; a null `to` has not ended.
 */
export function activeOn<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  from: ReferenceExpression<DB, TB>,
  to: ReferenceExpression<DB, TB>,
  asOf: string,
): ExpressionWrapper<DB, TB, SqlBool> {
  // Generic column references cannot be typed against a day's text here; each call site's refs are checked by its
  // own `eb`, and every span column is ISO text.
  const start = eb(from as never, '<=', asOf as never);
  const end = eb.or([eb(to as never, 'is', null), eb(to as never, '>', asOf as never)]);
  return eb.and([start, end]);
}
