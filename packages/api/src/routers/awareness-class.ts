import { classResultsInput, createClassInput, orgRef } from '@ketnap/domain';
import { decideProcedure, readProcedure, router } from '../trpc.js';
import { createClass, listClasses, recordClassResults } from '../use-cases/awareness-class.js';

/** The awareness class (docs/source-pool.md): the commune opens it, records its results; cells read their own. */
export const awarenessClassRouter = router({
  /** A commune's classes, or on a cell the classes holding its candidates with only them on the roster. */
  list: readProcedure('org')
    .input(orgRef)
    .query(({ ctx }) => listClasses(ctx)),

  /** Opens a class with its roster of candidates of the commune's cells (every id scoped). */
  create: decideProcedure('commune')
    .input(createClassInput)
    .mutation(({ ctx, input }) => createClass(ctx, input)),

  /** Records the results: every certificate issued in one transaction, or nothing. */
  recordResults: decideProcedure('commune')
    .input(classResultsInput)
    .mutation(({ ctx, input }) => recordClassResults(ctx, input)),
});
