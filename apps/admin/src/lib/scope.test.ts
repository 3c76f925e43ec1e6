import { describe, expect, it } from 'vitest';
import { primaryScope } from './scope.js';

const viewer = (
  roles: { role: 'commune-admin' | 'cell-secretary' | 'viewer'; orgId: string; orgLevel: string | null }[],
) => ({
  accountId: 'a',
  username: 'u',
  displayName: 'U',
  roles,
});

describe('primaryScope', () => {
  it("opens a commune administrator on the commune, even when they also hold a cell's role", () => {
    expect(
      primaryScope(
        viewer([
          { role: 'cell-secretary', orgId: 'cb-thon-dong', orgLevel: 'cell' },
          { role: 'commune-admin', orgId: 'yen-binh', orgLevel: 'commune' },
        ]),
      ),
    ).toEqual({ orgId: 'yen-binh', level: 'commune' });
  });

  it('opens a cell secretary on their own cell and a province viewer on the province', () => {
    expect(
      primaryScope(viewer([{ role: 'cell-secretary', orgId: 'cb-thon-dong', orgLevel: 'cell' }])),
    ).toEqual({
      orgId: 'cb-thon-dong',
      level: 'cell',
    });
    expect(primaryScope(viewer([{ role: 'viewer', orgId: 'vinh-phuc', orgLevel: 'province' }]))).toEqual({
      orgId: 'vinh-phuc',
      level: 'province',
    });
  });

  it('is null for an account without a role over a known unit', () => {
    expect(primaryScope(viewer([]))).toBeNull();
    expect(primaryScope(viewer([{ role: 'viewer', orgId: 'gone', orgLevel: null }]))).toBeNull();
  });
});
