import { compareVi } from '@ketnap/domain';
import type { Viewer } from './session.js';

/** The unit a person works on by default, and its level. */
export interface Scope {
  orgId: string;
  level: 'province' | 'commune' | 'cell';
}

/**
 * The widest unit the person holds a role over, which the dashboard and the pipeline open on: a commune
 * administrator's commune, a viewer's province or commune, else a cell secretary's cell. Null for an account with
 * no role.
 */
export function primaryScope(viewer: Viewer): Scope | null {
  const rank = { province: 0, commune: 1, cell: 2 } as const;
  let best: Scope | null = null;
  for (const grant of viewer.roles) {
    const level = grant.orgLevel;
    if (level !== 'province' && level !== 'commune' && level !== 'cell') continue;
    if (!best || rank[level] < rank[best.level]) best = { orgId: grant.orgId, level };
  }
  return best;
}

/**
 * The cells the person is secretary of, in Vietnamese order: one as a rule, several when the commune's office has
 * granted a second cell (docs/access.md); the pipeline then offers them to choose from.
 */
export function ownCells(viewer: Viewer): { id: string; name: string }[] {
  return viewer.roles
    .filter((grant) => grant.role === 'cell-secretary' && grant.orgLevel === 'cell')
    .map((grant) => ({ id: grant.orgId, name: grant.orgName }))
    .sort((a, b) => compareVi(a.name, b.name));
}
