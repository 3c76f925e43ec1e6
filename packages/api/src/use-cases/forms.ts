import { formCatalogue } from '@ketnap/db';
import type { CallerContext } from '../context.js';

/** The form catalogue of both regimes (`pipeline.forms`), for the dossier screens. */
export function formsCatalogue(ctx: CallerContext) {
  return formCatalogue(ctx.db);
}
