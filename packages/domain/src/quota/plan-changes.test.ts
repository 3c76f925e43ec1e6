import { describe, expect, it } from 'vitest';
import { cellOutsideCommune, planChanges } from './plan-changes.js';
import type { TargetPlan } from './plan-schema.js';

const commune = { id: 'xa', name: 'Xã Yên Bình' };
const plan = (
  over: Partial<TargetPlan['commune']> = {},
  cells: TargetPlan['cells'] = [{ cellId: 'cb-a', total: 2, sourceTotal: null, subTargets: {} }],
) =>
  ({
    year: 2026,
    setOn: '2026-01-15',
    commune: { total: 7, resolutionRef: '12-NQ/ĐU', assignedBy: 'Huyện ủy', subTargets: {}, ...over },
    cells,
  }) as TargetPlan;
const inForce = new Map([
  ['xa', { total: 7, subTargets: {}, resolutionRef: '12-NQ/ĐU', sourceTotal: null }],
  ['cb-a', { total: 2, subTargets: {}, resolutionRef: '12-NQ/ĐU', sourceTotal: null }],
]);

describe('saving a plan writes only the targets that changed (history is kept)', () => {
  it('the same plan again changes nothing', () => {
    expect(planChanges(plan(), inForce, commune)).toEqual([]);
  });

  it("a cell's new total changes that cell only, assigned by the commune", () => {
    expect(
      planChanges(
        plan({}, [{ cellId: 'cb-a', total: 3, sourceTotal: null, subTargets: {} }]),
        inForce,
        commune,
      ),
    ).toEqual([{ orgId: 'cb-a', total: 3, subTargets: {}, sourceTotal: null, assignedBy: 'Xã Yên Bình' }]);
  });

  it('a new resolution changes every target it carries, even at the same totals; the commune first', () => {
    expect(planChanges(plan({ resolutionRef: '15-NQ/ĐU' }), inForce, commune).map((c) => c.orgId)).toEqual([
      'xa',
      'cb-a',
    ]);
  });

  it('a sub-target set or a target not in force yet is a change; the commune keeps who assigned it', () => {
    const changes = planChanges(plan({ subTargets: { female: 3 } }), new Map(), commune);
    expect(changes).toEqual([
      { orgId: 'xa', total: 7, subTargets: { female: 3 }, sourceTotal: null, assignedBy: 'Huyện ủy' },
      { orgId: 'cb-a', total: 2, subTargets: {}, sourceTotal: null, assignedBy: 'Xã Yên Bình' },
    ]);
  });

  it('a source target set beside an unchanged admission target is a change of that cell', () => {
    const changes = planChanges(
      plan({}, [{ cellId: 'cb-a', total: 2, sourceTotal: 2, subTargets: {} }]),
      inForce,
      commune,
    );
    expect(changes).toEqual([
      { orgId: 'cb-a', total: 2, subTargets: {}, sourceTotal: 2, assignedBy: 'Xã Yên Bình' },
    ]);
  });

  it('a cell the commune does not have on the day is named; a plan of its own cells names none', () => {
    expect(
      cellOutsideCommune(plan({}, [{ cellId: 'cb-x', total: 1, sourceTotal: null, subTargets: {} }]), [
        'cb-a',
      ]),
    ).toBe('cb-x');
    expect(cellOutsideCommune(plan(), ['cb-a'])).toBeUndefined();
  });
});
