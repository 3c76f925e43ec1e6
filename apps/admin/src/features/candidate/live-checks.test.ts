import type { PipelineEvent } from '@ketnap/domain';
import { describe, expect, it } from 'vitest';
import { profileChecks, sensitiveChecks } from './live-checks.js';

const history: PipelineEvent[] = [
  { kind: 'entered-pool', on: '2026-01-05' },
  { kind: 'certificate', on: '2026-03-10' },
];
const context = {
  candidate: { birthDate: '1990-04-12', profile: {}, sensitive: {} },
  members: new Map(),
  unit: { youthUnionPresent: null, tradeUnionPresent: null },
  asOf: '2026-11-26',
};
const status = (checks: { rule: string; status: string }[], rule: string) =>
  checks.find((c) => c.rule === rule)?.status;

describe('profile checks while the profile is edited', () => {
  it('E-05 on primary school is pending before the cell vote (a diploma can still come) and marked as blocking the vote; it passes once an upper-secondary diploma is chosen', () => {
    const e05 = profileChecks({ education: 'primary' }, history, context).find((c) => c.rule === 'E-05');
    expect(e05).toMatchObject({ step: 'cell-vote', status: 'pending', details: { blocksVote: true } });
    expect(status(profileChecks({ education: 'upper-secondary' }, history, context), 'E-05')).toBe('pass');
  });

  it('E-05 on primary school fails once the cell has voted, as on the server', () => {
    const voted: PipelineEvent[] = [
      ...history,
      { kind: 'cell-vote', on: '2026-06-01', officialMembers: 20, notCounted: 0, inFavour: 18 },
    ];
    expect(status(profileChecks({ education: 'primary' }, voted, context), 'E-05')).toBe('fail');
  });

  it('E-06: primary school is enough in a hardship area', () => {
    const checks = profileChecks({ education: 'primary', hardshipArea: true }, history, context);
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.rule)).not.toContain('E-05');
  });

  it('leaves out the rules that do not apply and keeps the citation of each check', () => {
    const checks = profileChecks({ education: 'university' }, history, context);
    expect(checks.every((c) => c.status !== 'not-applicable')).toBe(true);
    expect(checks.find((c) => c.rule === 'E-05')?.citation).toMatch(/294/);
  });
});

describe('profile checks once the sensitive record is revealed', () => {
  it('judges re-admission (L-21) in the browser from the revealed former membership; without it, not at all', () => {
    const convicted = {
      ...context,
      candidate: {
        ...context.candidate,
        sensitive: {
          formerMember: {
            leftOn: '2015-03-02',
            reason: 'convicted-corruption' as const,
            recordExpungedOn: null,
            readmittedBefore: false,
          },
        },
      },
    };
    expect(status(profileChecks({}, history, convicted), 'L-21')).toBe('fail');
    expect(status(profileChecks({}, history, context), 'L-21')).toBeUndefined();
  });
});

describe('checks while the sensitive record is edited', () => {
  it('a former membership typed in the editor is judged by L-20..L-22; none typed, they do not apply', () => {
    const former = (reason: 'convicted-corruption' | 'struck-off') => ({
      formerMember: { leftOn: '2015-03-02', reason, recordExpungedOn: null, readmittedBefore: false },
    });
    expect(status(sensitiveChecks(former('convicted-corruption'), history, context), 'L-21')).toBe('fail');
    expect(status(sensitiveChecks(former('struck-off'), history, context), 'L-21')).not.toBe('fail');
    expect(status(sensitiveChecks(former('struck-off'), history, context), 'L-20')).toBeDefined();
    expect(status(sensitiveChecks({ religion: 'Phật giáo' }, history, context), 'L-20')).toBeUndefined();
  });
});
