/**
 * A cell's members as the candidate's file shows them: each one's standing on a day (official or probationary), and
 * who may introduce the candidate (I-02, I-03) with the days together the history records.
 */
import type { IsoDate } from '../date.js';
import { compareVi } from '../locale/collate-vi.js';
import { memberIntroducerStanding } from '../rules/introducer-standing.js';
import { ruleSetOn } from '../rules/rule-sets.js';
import type { PipelineEvent } from './events.js';

/** What these functions need of a member row. */
export interface CellMember {
  id: string;
  fullName: string;
  officialOn: IsoDate | null;
}

/**
 * A member's standing on `today`: official from the day of recognition (`officialOn`, on or before `today`),
 * probationary before; `officialOn` is answered only once reached, so a future day is not shown.
 */
export function memberStandingOn(
  officialOn: IsoDate | null,
  today: IsoDate,
): { status: 'official' | 'probationary'; officialOn: IsoDate | null } {
  return officialOn !== null && officialOn <= today
    ? { status: 'official', officialOn }
    : { status: 'probationary', officialOn: null };
}

/** The together periods the history states for a member: its helper assignment and its introduction letter. */
export function togetherWith(history: readonly PipelineEvent[], memberId: string) {
  return history.flatMap((e) =>
    e.kind === 'helper-assigned' && e.memberId === memberId
      ? e.together
      : e.kind === 'introduction' && e.introducer.kind === 'member' && e.introducer.memberId === memberId
        ? e.introducer.together
        : [],
  );
}

/** One member who could introduce the candidate, and whether they may today. */
export interface IntroducerChoice {
  id: string;
  fullName: string;
  officialOn: IsoDate;
  togetherMonths: number;
  requiredMonths: number;
  mayIntroduce: boolean;
}

/**
 * Who may introduce the candidate on `today` (I-02, I-03): the official members among `members` (the candidate's
 * cell), each with the months together the history records against the months the rule set in force requires;
 * those who may first, then in Vietnamese order.
 */
export function introducerChoices(
  members: readonly CellMember[],
  history: readonly PipelineEvent[],
  today: IsoDate,
): IntroducerChoice[] {
  const ruleSet = ruleSetOn(today);
  const choices: IntroducerChoice[] = [];
  for (const m of members) {
    if (m.officialOn === null || m.officialOn > today) continue;
    const standing = memberIntroducerStanding(
      {
        kind: 'member',
        officialSince: m.officialOn,
        together: togetherWith(history, m.id),
        replacement: false,
      },
      today,
      ruleSet,
    );
    choices.push({
      id: m.id,
      fullName: m.fullName,
      officialOn: m.officialOn,
      togetherMonths: standing.togetherMonths,
      requiredMonths: standing.requiredMonths,
      mayIntroduce: standing.valid,
    });
  }
  return choices.sort(
    (a, b) => Number(b.mayIntroduce) - Number(a.mayIntroduce) || compareVi(a.fullName, b.fullName),
  );
}
