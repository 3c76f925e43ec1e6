import { describe, expect, it } from 'vitest';
import { introducerChoices, memberStandingOn, togetherWith } from './cell-members.js';
import { type PipelineEvent, type PipelineEventInput, pipelineEventSchema } from './events.js';
import { changesPublicBoard } from './stage.js';

const ev = (e: PipelineEventInput): PipelineEvent => pipelineEventSchema.parse(e);
const TODAY = '2026-11-26';

describe("a member's standing on a day", () => {
  it('official from the day of recognition itself; probationary the day before, the future day not shown', () => {
    expect(memberStandingOn('2026-11-26', TODAY)).toEqual({ status: 'official', officialOn: '2026-11-26' });
    expect(memberStandingOn('2026-11-27', TODAY)).toEqual({ status: 'probationary', officialOn: null });
    expect(memberStandingOn(null, TODAY)).toEqual({ status: 'probationary', officialOn: null });
  });
});

describe('I-02, I-03: who may introduce the candidate', () => {
  const together = [{ from: '2024-01-01', to: null, relation: 'residence' as const }];
  const history = [
    ev({ kind: 'entered-pool', on: '2024-01-01' }),
    ev({ kind: 'helper-assigned', on: '2024-02-01', memberId: 'dv-a', together }),
  ];
  const members = [
    { id: 'dv-b', fullName: 'Bùi Văn Bình', officialOn: '2010-05-01' },
    { id: 'dv-a', fullName: 'Lê Thị An', officialOn: '2012-03-01' },
    { id: 'dv-c', fullName: 'Đỗ Văn Cường', officialOn: null },
    { id: 'dv-d', fullName: 'Vũ Thị Dung', officialOn: '2026-12-01' },
  ];

  it('the history states the periods together of the helper and of each introducer, and nobody else', () => {
    expect(togetherWith(history, 'dv-a')).toEqual(together);
    expect(togetherWith(history, 'dv-b')).toEqual([]);
  });

  it('only official members are offered; 12 months together make one eligible, and the eligible come first', () => {
    const choices = introducerChoices(members, history, TODAY);
    expect(choices.map((c) => [c.id, c.mayIntroduce])).toEqual([
      ['dv-a', true],
      ['dv-b', false],
    ]);
    expect(choices[0]).toMatchObject({ togetherMonths: 34, requiredMonths: 12 });
    expect(choices[1]).toMatchObject({ togetherMonths: 0 });
  });
});

describe('the public board follows the steps that change it', () => {
  it('a decision (an admission) and a ceremony (a member) rebuild the board; any other step does not', () => {
    expect(changesPublicBoard('admission-decision')).toBe(true);
    expect(changesPublicBoard('ceremony')).toBe(true);
    expect(changesPublicBoard('certificate')).toBe(true);
    expect(changesPublicBoard('cell-vote')).toBe(false);
    expect(changesPublicBoard('withdrawn')).toBe(false);
  });
});
