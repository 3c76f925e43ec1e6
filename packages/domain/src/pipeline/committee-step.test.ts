import { describe, expect, it } from 'vitest';
import { type PipelineEvent, type PipelineEventInput, pipelineEventSchema } from './events.js';
import { pipelineState, type TransitionContext, transition } from './transition.js';

const ev = (e: PipelineEventInput): PipelineEvent => pipelineEventSchema.parse(e);
const introducer = (memberId: string) =>
  ev({
    kind: 'introduction',
    on: '2026-03-02',
    introducer: {
      kind: 'member',
      memberId,
      together: [{ from: '2020-01-01', to: null, relation: 'residence' }],
    },
  });

/** A 36-year-old whose cell carried the admission vote on 11/05/2026. */
const resolved: PipelineEvent[] = [
  ev({ kind: 'entered-pool', on: '2025-01-10' }),
  ev({ kind: 'helper-assigned', on: '2025-02-10', memberId: 'dv-1' }),
  ev({ kind: 'certificate', on: '2025-10-10' }),
  ev({ kind: 'application', on: '2025-11-03' }),
  ev({ kind: 'background-declared', on: '2025-11-04' }),
  ev({ kind: 'verification-requested', on: '2025-11-10' }),
  ev({ kind: 'verification-answered', on: '2026-02-02' }),
  introducer('dv-1'),
  introducer('dv-2'),
  ev({ kind: 'cell-vote', on: '2026-05-11', officialMembers: 30, notCounted: 0, inFavour: 20 }),
];

const ctx: TransitionContext = {
  candidate: { birthDate: '1990-04-15', profile: { education: 'upper-secondary' }, sensitive: {} },
  members: new Map([
    ['dv-1', { officialOn: '2010-01-01' }],
    ['dv-2', { officialOn: '2012-01-01' }],
  ]),
  unit: { youthUnionPresent: false, tradeUnionPresent: false },
  asOf: '2026-11-26',
  recordedBy: 'cell',
};

const resolution = (body: 'partial' | 'grassroots', members: number, inFavour: number) =>
  transition(
    pipelineState(resolved),
    ev({ kind: 'committee-resolution', on: '2026-05-20', body, members, inFavour }),
    ctx,
  );

describe('the committee-resolution step is judged by checkCommitteeResolution', () => {
  it('T-05: the grassroots committee resolution of 5 of 9 is refused, with the rule set citation', () => {
    const r = resolution('grassroots', 9, 5);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reasons.map((c) => c.rule)).toEqual(['T-05']);
      expect(r.reasons[0]?.citation).toBe('Điều lệ Đảng, Điều 4.3');
    }
  });
  it('T-05: 6 of 9 is recorded and the candidate is committee-resolved', () => {
    const r = resolution('grassroots', 9, 6);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state.stage?.name).toBe('committee-resolved');
  });
  it("T-05: a partial committee's appraisal is recorded whatever its count, but not with more in favour than members", () => {
    expect(resolution('partial', 9, 1).ok).toBe(true);
    expect(resolution('partial', 9, 10).ok).toBe(false);
  });
});
