import type { OrgPath, Role } from '@ketnap/db';
import type { RecordedBy } from '@ketnap/domain';
import type { RoleGrant } from './auth/sessions.js';

/**
 * What a procedure does to its target unit:
 * - `read`: aggregates and basic fields; any role whose unit contains the target.
 * - `read-sensitive`: a candidate's sensitive background fields (rules.md §11); commune administrators and the
 *   target's own cell secretary, not viewers. Resolvers audit each such read (`ctx.auditRead`).
 * - `write`: recording a cell's steps; commune administrators and the own cell's secretary.
 * - `decide`: what only the commune's standing committee or office does (admission decisions, the ceremony's
 *   decision-level steps, targets, accounts); commune administrators only.
 */
export type AccessLevel = 'read' | 'read-sensitive' | 'write' | 'decide';

/** The levels each role holds over its unit and everything under it. */
export const ROLE_LEVELS: Readonly<Record<Role, readonly AccessLevel[]>> = {
  'commune-admin': ['read', 'read-sensitive', 'write', 'decide'],
  'cell-secretary': ['read', 'read-sensitive', 'write'],
  viewer: ['read'],
};

/** The level of organisation unit each role may be granted over. */
export const ROLE_UNIT_LEVELS: Readonly<Record<Role, readonly OrgPath['level'][]>> = {
  'commune-admin': ['commune'],
  'cell-secretary': ['cell'],
  viewer: ['province', 'commune'],
};

/**
 * True when some grant gives `level` over the unit at `target`: the grant's role holds the level and the grant's
 * unit is the target or above it. Pure; the one place this decision is made.
 */
export function grants(
  roles: readonly RoleGrant[],
  level: AccessLevel,
  target: Pick<OrgPath, 'path'>,
): boolean {
  return roles.some((g) => ROLE_LEVELS[g.role].includes(level) && target.path.includes(g.orgId));
}

/**
 * True when the caller may read the sensitive fields of every unit in `units` (the resolved targets of a
 * procedure): what decides whether an answer may show anything that depends on a sensitive field.
 */
export function maySeeSensitive(
  roles: readonly RoleGrant[],
  units: readonly Pick<OrgPath, 'path'>[],
): boolean {
  return units.length > 0 && units.every((unit) => grants(roles, 'read-sensitive', unit));
}

/**
 * Who records a step on a candidate of `unit` for a caller who may write there: the commune (its decisions and the
 * ceremony's decision-level steps included) for whoever may decide over the unit, else the cell (T-07).
 */
export function recordedByOf(roles: readonly RoleGrant[], unit: Pick<OrgPath, 'path'>): RecordedBy {
  return grants(roles, 'decide', unit) ? 'commune' : 'cell';
}

/** True when `role` may be granted over `unit`: a commune administrator over a commune, a secretary over a cell, … */
export function roleFits(role: Role, unit: Pick<OrgPath, 'level'>): boolean {
  return ROLE_UNIT_LEVELS[role].includes(unit.level);
}
