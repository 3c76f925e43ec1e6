import { type PipelineEvent, pipelineState, resolveSettings, type TransitionContext } from '@ketnap/domain';
import { describe, expect, it } from 'vitest';
import { draftEvent, emptyStepFields, previewStep, type StepFields } from './step-form.js';

const TODAY = '2026-11-26';

/** A candidate ready for the cell vote, whose awareness-class certificate is more than 60 months old (E-08). */
const history: PipelineEvent[] = [
  { kind: 'entered-pool', on: '2020-09-01' },
  { kind: 'certificate', on: '2021-03-10' },
  { kind: 'application', on: '2026-03-02' },
  { kind: 'background-declared', on: '2026-03-10' },
  { kind: 'verification-requested', on: '2026-03-15' },
  { kind: 'verification-answered', on: '2026-05-05' },
  {
    kind: 'introduction',
    on: '2026-06-01',
    introducer: {
      kind: 'member',
      memberId: 'm1',
      replacement: false,
      together: [{ from: '2020-01-01', to: null, relation: 'work' }],
    },
  },
  {
    kind: 'introduction',
    on: '2026-06-02',
    introducer: {
      kind: 'member',
      memberId: 'm2',
      replacement: false,
      together: [{ from: '2019-01-01', to: null, relation: 'residence' }],
    },
  },
];

const context: TransitionContext = {
  candidate: {
    birthDate: '1985-04-12',
    profile: { education: 'upper-secondary', youthUnionMember: false, tradeUnionMember: false },
    sensitive: {},
  },
  members: new Map([
    ['m1', { officialOn: '2010-01-01' }],
    ['m2', { officialOn: '2012-01-01' }],
  ]),
  unit: { youthUnionPresent: true, tradeUnionPresent: false },
  asOf: TODAY,
  recordedBy: 'cell',
};

const fields = (patch: Partial<StepFields>): StepFields => ({ ...emptyStepFields(TODAY), ...patch });

describe('the step form', () => {
  it('starts dated today, written dd/MM/yyyy', () => {
    expect(emptyStepFields(TODAY).on).toBe('26/11/2026');
  });

  it('puts each schema error beside its field, in Vietnamese', () => {
    const preview = previewStep(
      'cell-vote',
      fields({ on: '31/02/2026', inFavour: 'mười' }),
      pipelineState(history),
      context,
    );
    expect(preview.valid).toBe(false);
    if (preview.valid) return;
    expect(preview.errors.on).toBe('Ngày không có thật hoặc sai định dạng.');
    expect(preview.errors.officialMembers).toBe('Cần một số nguyên.');
    expect(preview.errors.inFavour).toBe('Cần một số nguyên.');
  });

  it('refuses more votes in favour than counted members beside the "in favour" field', () => {
    const preview = previewStep(
      'cell-vote',
      fields({ officialMembers: '10', notCounted: '1', inFavour: '11' }),
      pipelineState(history),
      context,
    );
    expect(preview.valid ? null : preview.errors.inFavour).toBe(
      'Số tán thành không lớn hơn số đảng viên chính thức được tính.',
    );
  });

  it('shows the E-08 block with its citation while the vote is typed: the certificate is older than 60 months', () => {
    const preview = previewStep(
      'cell-vote',
      fields({ officialMembers: '20', notCounted: '0', inFavour: '18' }),
      pipelineState(history),
      context,
    );
    expect(preview.valid).toBe(true);
    if (!preview.valid) return;
    const e08 = preview.refused.find((check) => check.rule === 'E-08');
    expect(e08?.status).toBe('fail');
    expect(e08?.citation).toMatch(/06-HD\/TW/);
    expect(preview.refused.map((c) => c.rule)).not.toContain('T-02');
  });

  it('accepts the same vote once the class is re-taken, and refuses it when under 2/3 are in favour (T-02)', () => {
    const renewed = pipelineState([
      ...history.slice(0, 2),
      { kind: 'certificate', on: '2025-10-10' },
      ...history.slice(2),
    ]);
    const passing = previewStep(
      'cell-vote',
      fields({ officialMembers: '20', inFavour: '14' }),
      renewed,
      context,
    );
    expect(passing.valid && passing.refused).toEqual([]);
    const failing = previewStep(
      'cell-vote',
      fields({ officialMembers: '20', inFavour: '13' }),
      renewed,
      context,
    );
    expect(failing.valid && failing.refused.map((c) => c.rule)).toEqual(['T-02']);
  });

  it('asks no member for a Youth Union introduction, and a member (beside its field) for a member introduction', () => {
    expect(draftEvent('introduction', fields({ introducerKind: 'youth-union' }))).toEqual({
      kind: 'introduction',
      on: TODAY,
      introducer: { kind: 'youth-union' },
    });
    const preview = previewStep(
      'introduction',
      fields({ introducerKind: 'member' }),
      pipelineState(history.slice(0, 6)),
      context,
    );
    expect(preview.valid ? null : preview.errors.memberId).toBe('Cần chọn một người.');
  });

  it('refuses a commune decision typed by a cell secretary (T-07), citing the rule', () => {
    const voted = pipelineState([
      ...history.slice(0, 2),
      { kind: 'certificate', on: '2025-10-10' },
      ...history.slice(2),
      { kind: 'cell-vote', on: '2026-07-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
    ]);
    const preview = previewStep('admission-decision', fields({ number: '123-QĐ/ĐU' }), voted, context);
    expect(preview.valid && preview.refused.map((c) => c.rule)).toContain('T-07');
  });

  it('L-03: a late ceremony carries the superior’s consent typed beside it, and no warning follows; without it the L-03 warning shows', () => {
    const received = pipelineState([
      ...history.slice(0, 2),
      { kind: 'certificate', on: '2025-10-10' },
      ...history.slice(2),
      { kind: 'cell-vote', on: '2026-07-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
      { kind: 'admission-decision', on: '2026-07-15', number: '1-QĐ/ĐU', extendedWorkingDays: 0 },
      { kind: 'decision-received', on: '2026-07-16' },
    ]);
    expect(draftEvent('ceremony', fields({ superiorConsentOn: '20/11/2026' }))).toEqual({
      kind: 'ceremony',
      on: TODAY,
      superiorConsentOn: '2026-11-20',
    });
    const consented = previewStep('ceremony', fields({ superiorConsentOn: '20/11/2026' }), received, context);
    expect(consented.valid && consented.warnings).toEqual([]);
    const late = previewStep('ceremony', fields({}), received, context);
    expect(late.valid && late.warnings.map((w) => `${w.rule}@${w.step}`)).toEqual(['L-03@ceremony']);
    const wrong = previewStep('ceremony', fields({ superiorConsentOn: '31/02/2026' }), received, context);
    expect(wrong.valid ? null : wrong.errors.superiorConsentOn).toBe(
      'Ngày không có thật hoặc sai định dạng.',
    );
  });

  it('L-11: the recognition decision form sends the extension typed', () => {
    expect(
      draftEvent('recognition-decision', fields({ number: '7-QĐ/ĐU', extendedWorkingDays: '15' })),
    ).toEqual({
      kind: 'recognition-decision',
      on: TODAY,
      number: '7-QĐ/ĐU',
      extendedWorkingDays: 15,
    });
  });

  it('T-07: the decision form sends the standing committee vote, judged by the commune threshold while typing', () => {
    const voted = pipelineState([
      ...history.slice(0, 1),
      { kind: 'certificate', on: '2025-10-10' },
      ...history.slice(2),
      { kind: 'cell-vote', on: '2026-11-02', officialMembers: 20, notCounted: 0, inFavour: 18 },
    ]);
    const commune = { ...context, recordedBy: 'commune' as const };
    const decision = (committeeInFavour: string, settings?: TransitionContext['settings']) =>
      previewStep(
        'admission-decision',
        fields({ number: '12-QĐ/ĐU', committeeMembers: '9', committeeInFavour }),
        voted,
        settings ? { ...commune, settings } : commune,
      );
    const atLeastTwoThirds = resolveSettings({
      standingCommitteeThreshold: { numerator: 2, denominator: 3, strict: false },
    });
    const refusedRules = (preview: ReturnType<typeof decision>) =>
      preview.valid ? preview.refused.map((c) => c.rule) : ['invalid'];
    expect(refusedRules(decision('5'))).toEqual([]);
    expect(refusedRules(decision('4'))).toEqual(['T-07']);
    expect(refusedRules(decision('5', atLeastTwoThirds))).toEqual(['T-07']);
    const tooMany = decision('10');
    expect(tooMany.valid ? null : tooMany.errors.committeeInFavour).toBe(
      'Số tán thành không được lớn hơn số thành viên Ban Thường vụ.',
    );
    expect(
      draftEvent('admission-decision', fields({ number: '12-QĐ/ĐU' })).standingCommittee,
    ).toBeUndefined();
  });
});
