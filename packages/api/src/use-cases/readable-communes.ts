import { listCommunes, orgPath } from '@ketnap/db';
import { grants } from '../access.js';
import { communesWithYears } from '../board.js';
import type { CallerContext } from '../context.js';

/** The communes the caller may read (`org.communes`: viewer or administrator of the commune or its province). */
export async function readableCommunes(ctx: CallerContext) {
  const readable = new Set<string>();
  for (const commune of await listCommunes(ctx.db)) {
    const unit = await orgPath(ctx.db, commune.id);
    if (unit && commune.slug && grants(ctx.session.roles, 'read', unit)) readable.add(commune.slug);
  }
  return (await communesWithYears(ctx.db)).filter((c) => readable.has(c.slug));
}
