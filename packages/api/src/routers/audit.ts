import { z } from 'zod';
import { decideProcedure, router } from '../trpc.js';
import { auditTrail } from '../use-cases/audit-trail.js';

/** The audit view for commune administrators: their commune's trail, newest first. */
export const auditRouter = router({
  list: decideProcedure('commune')
    .input(
      z.object({
        communeId: z.string().min(1).max(200),
        beforeSeq: z.number().int().min(1).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => auditTrail(ctx, input)),
});
