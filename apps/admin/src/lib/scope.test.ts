import { describe, expect, it } from 'vitest';
import { ownCells, primaryScope } from './scope.js';

const names: Record<string, string> = {
  'cb-thon-dong': 'Chi bộ thôn Đông',
  'cb-thon-doai': 'Chi bộ thôn Đoài',
};

const viewer = (
  roles: { role: 'commune-admin' | 'cell-secretary' | 'viewer'; orgId: string; orgLevel: string | null }[],
) => ({
  accountId: 'a',
  username: 'u',
  displayName: 'U',
  roles: roles.map((grant) => ({ ...grant, orgName: names[grant.orgId] ?? grant.orgId })),
  mustChangePassword: false,
  demo: false,
  demoAccountsOpen: 0,
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

describe('ownCells', () => {
  it("lists a secretary's cells in Vietnamese order, and nothing else the person holds", () => {
    const secretaryOfTwo = viewer([
      { role: 'cell-secretary', orgId: 'cb-thon-dong', orgLevel: 'cell' },
      { role: 'viewer', orgId: 'yen-binh', orgLevel: 'commune' },
      { role: 'cell-secretary', orgId: 'cb-thon-doai', orgLevel: 'cell' },
    ]);
    expect(ownCells(secretaryOfTwo).map((c) => c.name)).toEqual(['Chi bộ thôn Đoài', 'Chi bộ thôn Đông']);
    expect(ownCells(secretaryOfTwo)[0]?.id).toBe('cb-thon-doai');
    expect(ownCells(viewer([{ role: 'commune-admin', orgId: 'yen-binh', orgLevel: 'commune' }]))).toEqual([]);
  });
});
