/**
 * Where each introducer stands on the day of the cell vote (I-02, I-03, I-05, I-06) and which introduction route the
 * candidate needs (I-01, E-13): the facts `checkIntroducers` words into checks, and the console lists beside a step.
 */
import { compareDates, type IsoDate } from '../date.js';
import { ageInMonths, inBand } from './age.js';
import type { Case } from './case-schema.js';
import type { Judging } from './context.js';
import type { RuleSet } from './rule-sets.js';
import { togetherMonths, togetherReachedOn } from './together.js';
import type { CheckStatus } from './types.js';

type Introducer = NonNullable<Case['introducers']>[number];
export type MemberIntroducer = Extract<Introducer, { kind: 'member' }>;
export type UnionIntroducer = Exclude<Introducer, { kind: 'member' }>;

/** How one official-member introducer stands on `on` under `ruleSet`. */
export interface MemberIntroducerStanding {
  /** I-02: official on or before `on`. */
  official: boolean;
  /** I-03: whole months together before `on`, and the months required. */
  togetherMonths: number;
  requiredMonths: number;
  /** I-05: a replacement introducer needs no 12 months together. */
  exempt: boolean;
  /** I-03 met (or exempt). */
  togetherEnough: boolean;
  /** Some `together` period is still going on, so more time could still be counted. */
  ongoing: boolean;
  /**
   * When I-03 is short and a counted period is still going on: the first vote day on which it reaches the months
   * required (time alone decides); else null.
   */
  earliest: IsoDate | null;
  valid: boolean;
}

/** I-02, I-03 and I-05 for one member introducer on the day `on` (the cell vote). */
export function memberIntroducerStanding(
  intro: MemberIntroducer,
  on: IsoDate,
  ruleSet: RuleSet,
): MemberIntroducerStanding {
  const { index, ...standing } = memberEntry(0, intro, on, ruleSet);
  return standing;
}

/**
 * The standing of the introducer at `index`, as `details.introducers` lists it, with what is the same for every
 * introducer of a case computed once. Built as one literal: `{ index, ...standing }` costs a copy per introducer.
 */
export function memberEntry(
  index: number,
  intro: MemberIntroducer,
  on: IsoDate,
  ruleSet: RuleSet,
): MemberEntry {
  const official = intro.officialSince != null && compareDates(intro.officialSince, on) <= 0;
  const periods = intro.together ?? [];
  const relations = ruleSet.numbers.introducerRelations.value;
  const months = togetherMonths(periods, on, relations);
  const requiredMonths = ruleSet.numbers.introducerTogetherMonths.value;
  const exempt = intro.replacement === true;
  const togetherEnough = exempt || months >= requiredMonths;
  const ongoing = periods.some((p) => p.to == null);
  return {
    index,
    official,
    togetherMonths: months,
    requiredMonths,
    exempt,
    togetherEnough,
    ongoing,
    earliest: togetherEnough || !ongoing ? null : togetherReachedOn(periods, on, relations, requiredMonths),
    valid: official && togetherEnough,
  };
}

/** I-06: a union introduces by its executive's resolution, adopted on or before the cell vote. */
export function unionResolutionStatus(intro: UnionIntroducer, j: Judging): CheckStatus {
  if (intro.resolutionDate == null) return 'pending';
  if (compareDates(intro.resolutionDate, j.on) <= 0) return 'pass';
  return j.voted ? 'fail' : 'pending';
}

/** Which introduction route I-01 requires; `unknown` while age or the unit's unions are not recorded. */
export type IntroductionRoute = 'members' | 'youth-union' | 'trade-union' | 'unknown';

/**
 * I-01/E-13: a candidate of youth age (16–30, in months) is introduced by the Youth Union's resolution where the unit
 * has a Youth Union, else by the Trade Union's where it has one; everyone else by two official members.
 */
export function introductionRoute(j: Judging): IntroductionRoute {
  const birth = j.case.candidate.birthDate ?? null;
  if (birth === null) return 'unknown';
  if (!inBand(ageInMonths(birth, j.on), j.ruleSet.numbers.youthAgeMonths.value)) return 'members';
  const unit = j.case.unit;
  if (unit?.youthUnionPresent === true) return 'youth-union';
  if (unit?.youthUnionPresent !== false) return 'unknown';
  if (unit.tradeUnionPresent === true) return 'trade-union';
  return unit.tradeUnionPresent === false ? 'members' : 'unknown';
}

export type MemberEntry = MemberIntroducerStanding & { index: number };
export type UnionEntry = { index: number; kind: UnionIntroducer['kind']; status: CheckStatus };
