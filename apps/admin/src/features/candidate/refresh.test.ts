import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { isOverUnit, unitsShowing } from './refresh.js';

const grant = (role: 'commune-admin' | 'cell-secretary' | 'viewer', orgId: string, orgLevel: string) => ({
  role,
  orgId,
  orgName: orgId,
  orgLevel,
});
/** A query key as tRPC's react-query integration builds it: the path, then the input and the kind. */
const key = (path: string, input: object) => [path.split('.'), { input, type: 'query' }];

describe('after a change to a candidate, only what shows it is refetched', () => {
  it('its lists and dashboards are those over its cell and over the units above a cell the person works on', () => {
    expect(unitsShowing('cb-a', [grant('commune-admin', 'xa', 'commune')])).toEqual(['cb-a', 'xa']);
    expect(
      unitsShowing('cb-a', [
        grant('cell-secretary', 'cb-a', 'cell'),
        grant('cell-secretary', 'cb-b', 'cell'),
      ]),
    ).toEqual(['cb-a']);
  });

  it('a list or a dashboard over another cell, and any other screen, keep their answers', async () => {
    const client = new QueryClient();
    const keys = {
      own: key('candidates.list', { orgId: 'cb-a', page: 1 }),
      commune: key('pipeline.dashboard', { orgId: 'xa' }),
      sibling: key('candidates.list', { orgId: 'cb-b', page: 1 }),
      report: key('reports.results', { commune: 'yen-binh', year: 2026 }),
    };
    for (const k of Object.values(keys)) client.setQueryData(k, { cached: true });
    const units = unitsShowing('cb-a', [grant('commune-admin', 'xa', 'commune')]);
    await client.invalidateQueries({ predicate: (q) => isOverUnit(q.queryKey, units) });
    const stale = (k: unknown[]) => client.getQueryState(k)?.isInvalidated;
    expect([stale(keys.own), stale(keys.commune), stale(keys.sibling), stale(keys.report)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
