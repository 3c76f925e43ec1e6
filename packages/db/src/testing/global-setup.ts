import type { TestProject } from 'vitest/node';
// Type-only: brings the ProvidedContext augmentation in without loading vitest's test runtime here.
import type {} from './dialects.js';
import { startTestPostgres } from './postgres.js';

/**
 * Vitest global setup: one PostgreSQL server for the whole run of a package (each test file then makes its own
 * database). `KETNAP_PG_URL` points at an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.KETNAP_PG_URL;
  if (external) {
    project.provide('pgUrl', external);
    return async () => {};
  }
  const pg = await startTestPostgres();
  project.provide('pgUrl', pg?.url ?? '');
  return async () => {
    await pg?.stop();
  };
}
