import { describe, expect, it } from 'vitest';
import { addMonths } from '../date.js';
import { evaluateCase, resolveSettings } from '../rules/index.js';
import { type PipelineEvent, type PipelineEventInput, pipelineEventSchema } from './events.js';
import { pipelineSummary } from './summary.js';
import { toCase } from './to-case.js';
import {
  nextSteps,
  type PipelineState,
  pipelineState,
  type TransitionContext,
  transition,
} from './transition.js';

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

/** A 30-year-old (outside the youth band by 2026-05) with everything the cell vote needs. */
function ready(certificateOn = '2025-10-10'): PipelineEvent[] {
  return [
    ev({ kind: 'entered-pool', on: '2025-01-10' }),
    ev({ kind: 'helper-assigned', on: '2025-02-10', memberId: 'dv-1' }),
    ev({ kind: 'certificate', on: certificateOn }),
    ev({ kind: 'application', on: '2025-11-03' }),
    ev({ kind: 'background-declared', on: '2025-11-04' }),
    ev({ kind: 'verification-requested', on: '2025-11-10' }),
    ev({ kind: 'verification-answered', on: '2026-02-02' }),
    introducer('dv-1'),
    introducer('dv-2'),
  ];
}

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  candidate: { birthDate: '1990-04-15', profile: { education: 'upper-secondary' }, sensitive: {} },
  members: new Map([
    ['dv-1', { officialOn: '2010-01-01' }],
    ['dv-2', { officialOn: '2012-01-01' }],
  ]),
  unit: { youthUnionPresent: false, tradeUnionPresent: false },
  asOf: '2026-11-26',
  recordedBy: 'cell',
  ...over,
});

const vote = (on: string, inFavour = 20) =>
  ev({ kind: 'cell-vote', on, officialMembers: 30, notCounted: 0, inFavour });

const rules = (r: ReturnType<typeof transition>) => (r.ok ? [] : r.reasons.map((c) => c.rule));

describe('pipeline transitions', () => {
  it('the stage is derived from the history: a complete dossier then a carried vote is cell-resolved', () => {
    const state = pipelineState(ready());
    expect(state.stage?.name).toBe('comments');
    const r = transition(state, vote('2026-05-11'), ctx());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state.stage?.name).toBe('cell-resolved');
  });

  it('E-08: a cell vote with a 61-month-old certificate is refused', () => {
    const voteOn = '2026-05-11';
    const r = transition(pipelineState(ready(addMonths(voteOn, -61))), vote(voteOn), ctx());
    expect(r.ok).toBe(false);
    expect(rules(r)).toContain('E-08');
  });

  it('E-08: a certificate valid through the vote day itself is accepted', () => {
    const voteOn = '2026-05-11';
    expect(transition(pipelineState(ready(addMonths(voteOn, -60))), vote(voteOn), ctx()).ok).toBe(true);
  });

  it('E-02: a cell vote on a candidate under 18 (in months) is refused', () => {
    const r = transition(
      pipelineState(ready()),
      vote('2026-05-11'),
      ctx({
        candidate: {
          birthDate: '2008-06-01',
          profile: { education: 'upper-secondary', youthUnionMember: true },
          sensitive: {},
        },
      }),
    );
    expect(rules(r)).toContain('E-02');
  });

  it('T-02: a vote of 19 of 30 (below 2/3) is refused; 20 of 30 carries', () => {
    expect(rules(transition(pipelineState(ready()), vote('2026-05-11', 19), ctx()))).toContain('T-02');
    expect(transition(pipelineState(ready()), vote('2026-05-11', 20), ctx()).ok).toBe(true);
  });

  it('V-05, D-02, D-03: the cell may not vote before the application, background and verification result', () => {
    const r = transition(pipelineState(ready().slice(0, 3)), vote('2026-05-11'), ctx());
    expect(rules(r)).toEqual(expect.arrayContaining(['D-02', 'D-03', 'V-05']));
  });

  it('V-05: with a verification request of the cell still unanswered the vote is refused; answered, it carries', () => {
    const person = {
      relation: 'candidate',
      personName: 'Nguyễn Văn An',
      sentOn: '2025-11-10',
      exemptReason: null,
    } as const;
    const open = ctx({ verifications: [{ ...person, answeredOn: null, answer: null }] });
    expect(rules(transition(pipelineState(ready()), vote('2026-05-11'), open))).toEqual(['V-05']);
    const done = ctx({ verifications: [{ ...person, answeredOn: '2026-01-20', answer: 'clear' }] });
    expect(transition(pipelineState(ready()), vote('2026-05-11'), done).ok).toBe(true);
  });

  it('E-04: over 60, the cell vote is recorded without the consent; the decision is refused until a consent precedes it', () => {
    const old = ctx({
      candidate: { birthDate: '1965-01-10', profile: { education: 'upper-secondary' }, sensitive: {} },
      recordedBy: 'commune',
    });
    const voted = transition(pipelineState(ready()), vote('2026-05-11'), old);
    expect(voted.ok).toBe(true);
    const decision = ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' });
    const history = [...ready(), vote('2026-05-11')];
    expect(rules(transition(pipelineState(history), decision, old))).toEqual(
      expect.arrayContaining(['E-02', 'E-04']),
    );
    const consent = ev({ kind: 'consent', on: '2026-06-01', reason: 'over-60', reference: '123-CV/TU' });
    expect(transition(pipelineState([...history, consent]), decision, old).ok).toBe(true);
  });

  it('L-20: a re-admission is refused before 36 months since leaving', () => {
    const former = ctx({
      candidate: {
        birthDate: '1990-04-15',
        profile: { education: 'upper-secondary' },
        sensitive: {
          formerMember: {
            leftOn: '2024-01-01',
            reason: 'struck-off',
            recordExpungedOn: null,
            readmittedBefore: false,
          },
        },
      },
    });
    expect(rules(transition(pipelineState(ready()), vote('2026-05-11'), former))).toContain('L-20');
  });

  it('T-07: the standing committee vote is judged by the commune threshold; a failed vote is refused', () => {
    const voted = pipelineState([...ready(), vote('2026-05-11')]);
    const decision = (inFavour: number) =>
      ev({
        kind: 'admission-decision',
        on: '2026-06-15',
        number: '12-QĐ/ĐU',
        standingCommittee: { members: 9, inFavour },
      });
    const commune = ctx({ recordedBy: 'commune' });
    const twoThirds = ctx({
      recordedBy: 'commune',
      settings: resolveSettings({
        standingCommitteeThreshold: { numerator: 2, denominator: 3, strict: false },
      }),
    });
    expect(transition(voted, decision(5), commune).ok).toBe(true);
    expect(rules(transition(voted, decision(4), commune))).toEqual(['T-07']);
    expect(rules(transition(voted, decision(5), twoThirds))).toEqual(['T-07']);
    expect(transition(voted, decision(6), twoThirds).ok).toBe(true);
  });

  it('T-07: a cell secretary may not record the admission decision; the commune may', () => {
    const voted = pipelineState([...ready(), vote('2026-05-11')]);
    const decision = ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' });
    const refused = transition(voted, decision, ctx());
    expect(rules(refused)).toEqual(['T-07']);
    // Cited to the regulation in force on the step's day, not to the 232-QĐ/TW the catalogue row names.
    expect(refused.ok ? '' : refused.reasons[0]?.citation).toBe(
      'Quy định 294-QĐ/TW, điểm 4.3.2.b; Điều lệ Đảng, Điều 9.5',
    );
    expect(transition(voted, decision, ctx({ recordedBy: 'commune' })).ok).toBe(true);
  });

  it('L-01: a decision without a cell vote is refused with the rules engine’s own L-01 check, message and citation', () => {
    const decision = ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' });
    const r = transition(pipelineState(ready()), decision, ctx({ recordedBy: 'commune' }));
    expect(rules(r)).toEqual(['L-01']);
    const judged = evaluateCase(
      toCase(ctx().candidate, [...ready(), decision], ctx().members, ctx().unit, '2026-06-15'),
    );
    const engine = judged.checks.find((c) => c.rule === 'L-01' && c.step === 'decision');
    expect(engine?.status).toBe('fail');
    expect(r.ok ? null : r.reasons[0]).toEqual(engine);
  });

  it('refuses a step dated after today or before the last step', () => {
    const state = pipelineState(ready());
    expect(rules(transition(state, vote('2026-12-01'), ctx()))).toContain('PIPELINE');
    expect(rules(transition(state, vote('2026-03-01'), ctx()))).toContain('PIPELINE');
  });

  it('L-03: the ceremony needs the receipt of the decision; a late ceremony is recorded with a warning', () => {
    const decided: PipelineState = pipelineState([
      ...ready(),
      vote('2026-05-11'),
      ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' }),
    ]);
    expect(rules(transition(decided, ev({ kind: 'ceremony', on: '2026-07-01' }), ctx()))).toEqual(['L-03']);
    const received = pipelineState([...decided.history, ev({ kind: 'decision-received', on: '2026-06-16' })]);
    const late = transition(received, ev({ kind: 'ceremony', on: '2026-09-30' }), ctx());
    expect(late.ok && late.warnings.map((w) => w.rule)).toEqual(['L-03']);
    if (late.ok)
      expect(late.state.stage).toMatchObject({ name: 'probationary', probationEnds: '2027-09-30' });
  });

  it('L-10: the recognition vote comes once the 12 months of probation have ended', () => {
    const probation = pipelineState([
      ...ready(),
      vote('2026-05-11'),
      ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' }),
      ev({ kind: 'decision-received', on: '2026-06-16' }),
      ev({ kind: 'ceremony', on: '2026-07-01' }),
    ]);
    const recognition = (on: string) =>
      ev({ kind: 'recognition-vote', on, officialMembers: 30, notCounted: 0, inFavour: 25 });
    const asOf = { asOf: '2027-12-31' };
    expect(rules(transition(probation, recognition('2027-06-30'), ctx(asOf)))).toEqual(['L-10']);
    expect(transition(probation, recognition('2027-07-01'), ctx(asOf)).ok).toBe(true);
    expect(nextSteps(probation, '2027-06-30', 'cell')).not.toContain('recognition-vote');
    expect(nextSteps(probation, '2027-07-01', 'cell')).toContain('recognition-vote');
  });

  it('L-03: a late ceremony with the superior’s consent is recorded without a warning', () => {
    const received = pipelineState([
      ...ready(),
      vote('2026-05-11'),
      ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' }),
      ev({ kind: 'decision-received', on: '2026-06-16' }),
    ]);
    const late = transition(
      received,
      ev({ kind: 'ceremony', on: '2026-09-30', superiorConsentOn: '2026-09-25' }),
      ctx(),
    );
    expect(late.ok && late.warnings).toEqual([]);
    const warned = transition(received, ev({ kind: 'ceremony', on: '2026-09-30' }), ctx());
    expect(warned.ok && warned.warnings[0]).toMatchObject({
      rule: 'L-03',
      step: 'ceremony',
      details: { late: true },
    });
  });

  it('L-03: the ceremony is not offered before the decision is received', () => {
    const decided = pipelineState([
      ...ready(),
      vote('2026-05-11'),
      ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' }),
    ]);
    expect(nextSteps(decided, '2026-06-20', 'cell')).not.toContain('ceremony');
    expect(nextSteps(decided, '2026-06-20', 'cell')).toContain('decision-received');
  });

  it('L-11: a recognition decision within its recorded extension is recorded without a warning', () => {
    const proposed = pipelineState([
      ...ready(),
      vote('2026-05-11'),
      ev({ kind: 'admission-decision', on: '2026-06-15', number: '12-QĐ/ĐU' }),
      ev({ kind: 'decision-received', on: '2026-06-16' }),
      ev({ kind: 'ceremony', on: '2026-07-01' }),
      ev({ kind: 'new-member-certificate', on: '2027-03-01' }),
      ev({ kind: 'recognition-vote', on: '2027-07-01', officialMembers: 30, notCounted: 0, inFavour: 25 }),
    ]);
    const commune = ctx({ recordedBy: 'commune', asOf: '2027-12-31' });
    // 30 working days after Thu 01/07/2027 end mid-August; 40 reach into late August.
    const decision = (extendedWorkingDays: number) =>
      ev({ kind: 'recognition-decision', on: '2027-08-26', number: '7-QĐ/ĐU', extendedWorkingDays });
    const late = transition(proposed, decision(0), commune);
    expect(late.ok && late.warnings.map((w) => w.rule)).toEqual(['L-11']);
    const extended = transition(proposed, decision(15), commune);
    expect(extended.ok && extended.warnings).toEqual([]);
    if (extended.ok)
      expect(extended.state.stage).toMatchObject({ name: 'official', officialFrom: '2027-07-01' });
  });

  it('T-05: a committee resolution needs its own 2/3 of the committee’s members (6 of 9 carries, 5 of 9 is refused)', () => {
    const voted = pipelineState([...ready(), vote('2026-05-11')]);
    const resolution = (inFavour: number) =>
      ev({ kind: 'committee-resolution', on: '2026-05-20', body: 'grassroots', members: 9, inFavour });
    expect(transition(voted, resolution(6), ctx()).ok).toBe(true);
    const refused = transition(voted, resolution(5), ctx());
    expect(rules(refused)).toEqual(['T-05']);
    expect(refused.ok ? '' : refused.reasons[0]?.message.vi).toContain('cần ít nhất 6');
  });

  it('refuses a step on or before the candidate’s birth, and a cell vote before the former membership ended', () => {
    const unborn = ctx({
      candidate: { birthDate: '2026-05-11', profile: { education: 'upper-secondary' }, sensitive: {} },
    });
    expect(rules(transition(pipelineState(ready()), vote('2026-05-11'), unborn))).toContain('PIPELINE');
    const stillMember = ctx({
      candidate: {
        birthDate: '1990-04-15',
        profile: { education: 'upper-secondary' },
        sensitive: {
          formerMember: {
            leftOn: '2026-06-01',
            reason: 'struck-off',
            recordExpungedOn: null,
            readmittedBefore: false,
          },
        },
      },
    });
    const r = transition(pipelineState(ready()), vote('2026-05-11'), stillMember);
    expect(rules(r)).toEqual(['PIPELINE']);
    expect(r.ok ? '' : r.reasons[0]?.message.vi).toContain('candidate.formerMember.leftOn');
  });

  it('nextSteps: a cell secretary cannot decide, the commune can', () => {
    const voted = pipelineState([...ready(), vote('2026-05-11')]);
    expect(nextSteps(voted, '2026-06-01', 'cell')).not.toContain('admission-decision');
    expect(nextSteps(voted, '2026-06-01', 'commune')).toContain('admission-decision');
  });

  it('the summary caches the stage and the next running deadline (L-01 after a carried vote)', () => {
    const s = pipelineSummary([...ready(), vote('2026-05-11')]);
    expect(s.stage).toBe('cell-resolved');
    expect(s.nextDue?.rule).toBe('L-01');
  });

  it('event schema: a vote with more in favour than counted members is refused with a Vietnamese message', () => {
    const r = pipelineEventSchema.safeParse({
      kind: 'cell-vote',
      on: '2026-05-11',
      officialMembers: 10,
      notCounted: 2,
      inFavour: 9,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('tán thành');
  });
});
