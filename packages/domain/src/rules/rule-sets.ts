/**
 * Versioned rule sets: every regulation-derived number lives here once, with its citation and confidence. A step of
 * an admission is judged by the set in force on the date of that step (case-format.md, "Versions"); what changed
 * between regimes (education "or equivalent", residence co-location for introducers) is data, not code. The
 * regulation, its guide and the Youth Law are dated independently (texts.ts): a set is one period over which none
 * of the three changed, so every citation names the text in force on the step's day.
 */
import { compareDates, type IsoDate } from '../date.js';
import { type DatedText, guides, inForceOn, youthLaws } from './texts.js';
import type { RuleConfidence } from './types.js';
import type { leavingReasons } from './vocabulary.js';

/** A number (or list) taken from a Party text, with where it comes from. */
export interface Parameter<T> {
  value: T;
  citation: string;
  confidence: RuleConfidence;
}

/** How a candidate and an introducer were together (case-format.md `together[].relation`). */
export type TogetherRelation = 'work' | 'study' | 'residence';

/** Why a former member left (case-format.md `formerMember.reason`). */
export type LeavingReason = (typeof leavingReasons)[number];

/** A vote threshold `numerator/denominator` of the counted members, reached with `>=` (T-02). */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** The numbers of one regime. Months are calendar months; working days are counted on the working calendar. */
export interface RuleSetNumbers {
  /** E-02: age window in whole months at the cell vote, both ends inclusive. */
  ageWindowMonths: Parameter<{ min: number; max: number }>;
  /** E-13: youth age in whole months, both ends inclusive (16 years to 30 years and 11 months). */
  youthAgeMonths: Parameter<{ min: number; max: number }>;
  /** E-05: whether a qualification "equivalent" to the lower-secondary diploma satisfies the education rule. */
  educationAcceptsEquivalent: Parameter<boolean>;
  /** E-08: months the Party-awareness certificate stays valid after its issue date (last valid day = issue + N). */
  certificateValidityMonths: Parameter<number>;
  /** I-01: official members introducing on the ordinary route / beside a union's resolution. */
  introducersRequired: Parameter<{ members: number; membersBesideUnion: number }>;
  /** I-03: months an introducer must have been together with the candidate. */
  introducerTogetherMonths: Parameter<number>;
  /** I-03: which kinds of being together count. */
  introducerRelations: Parameter<readonly TogetherRelation[]>;
  /** T-02: share of the counted official members who must vote in favour. */
  voteThreshold: Parameter<Fraction>;
  /** O-04: official members a cell needs to act (and vote) as a cell. */
  minOfficialMembers: Parameter<number>;
  /** L-01: working days for the admission decision after the cell vote, and the cap on one extension. */
  decisionWorkingDays: Parameter<{ base: number; maxExtension: number }>;
  /** L-03: working days for the ceremony after the cell receives the decision. */
  ceremonyWorkingDays: Parameter<number>;
  /** L-05: months of probation from the ceremony. */
  probationMonths: Parameter<number>;
  /** L-10: working days for the cell's recognition vote after probation ends. */
  recognitionVoteWorkingDays: Parameter<number>;
  /** L-11: working days for the recognition decision after the recognition vote, and the extension cap. */
  recognitionDecisionWorkingDays: Parameter<{ base: number; maxExtension: number }>;
  /** L-20: months since leaving, and months since a minor conviction's record was expunged. */
  readmissionWaitMonths: Parameter<{ sinceLeaving: number; sinceExpunged: number }>;
  /** L-21: reasons for leaving that bar re-admission for ever. */
  readmissionBarredReasons: Parameter<readonly LeavingReason[]>;
  /** L-22: how many times a person may be re-admitted. */
  readmissionMaxTimes: Parameter<number>;
  /** T-05: share of a grassroots Party committee's members who must vote for its resolution proposing admission. */
  committeeThreshold: Parameter<Fraction>;
  /** T-06: share of ALL the members of a grassroots committee authorised to admit needed for its admission decision. */
  authorisedCommitteeThreshold: Parameter<Fraction>;
  /** T-09: failed cell votes on recognition (or strike-off) after which the cell reports up instead of voting again. */
  failedVotesBeforeEscalation: Parameter<number>;
  /** M-01: working days to start an official transfer, and to present the transfer letter once introduced. */
  transferWorkingDays: Parameter<{ start: number; presentLetter: number }>;
  /** M-08, D-H5: working days to send the death or leaving notification slip, with the file, up from drafting it. */
  leavingSlipWorkingDays: Parameter<number>;
  /** M-07: calendar days to appeal a discipline decision after receiving it; `null`: the set holds no such text. */
  disciplineAppealDays: Parameter<number | null>;
  /** M-09: the Party badge milestones in years of seniority, and how early a badge may be awarded. */
  badgeMilestones: Parameter<BadgeRules>;
  /** L-17, M-12: months since admission below which a member is not reviewed or graded; `null`: no text held. */
  reviewMinMonths: Parameter<number | null>;
  /** M-11: full years of party seniority from which a member pays no dues; `null`: no such exemption held. */
  duesExemptSeniorityYears: Parameter<number | null>;
  /** the grading scale out of 100 and the cap on excellent grades; `null`: no text held. */
  gradingScale: Parameter<GradingScale | null>;
  /** consecutive "excellent" years for the superior's and the province's awards; `null`: no text held. */
  meritAwardConsecutiveYears: Parameter<number | null>;
}

/**
 * M-09: badges at these years of seniority; an award may come up to `illnessEarlyMonths` early for a seriously ill
 * member (the first band whose `fromYears` the badge reaches, from the top) and `posthumousEarlyMonths` early for one
 * who died before the milestone.
 */
export interface BadgeRules {
  years: readonly number[];
  illnessEarlyMonths: readonly { fromYears: number; months: number }[];
  posthumousEarlyMonths: number;
}

/**
 * Q-05 (366-QĐ/TW Art. 11): the lowest score out of 100 of each grade (`>=` reaches it), the share of tasks that must
 * exceed their target for "excellent", the most tasks that may be late for "complete" (percent of all tasks), and
 * the cap on "excellent" as a percent of those graded "good" (higher for outstanding units).
 */
export interface GradingScale {
  excellent: number;
  good: number;
  complete: number;
  excellentExceedingPercent: number;
  completeLatePercent: number;
  excellentCapPercent: number;
  excellentCapPercentOutstanding: number;
}

/** Where a regime states the rules that carry no number. */
export interface RuleSetCitations {
  /** E-04 */
  overAge: string;
  /** E-06, E-07 */
  educationExceptions: string;
  /** I-05 */
  introducerReplacement: string;
  /** I-06, E-13 */
  unionIntroduction: string;
}

/** Ids as they appear in the answer's `ruleSet`: the implementing regulation. */
export type RuleSetId = '29-QD/TW' | '24-QD/TW' | '232-QD/TW' | '294-QD/TW';

/**
 * The texts in force over one period, with the numbers and citations they give: a period starts whenever the
 * regulation, the guide or the Youth Law changes. `id` is the regulation's (two periods may share it).
 */
export interface RuleSet {
  id: RuleSetId;
  /** The regulation and guide in force, as a Vietnamese reader names them. */
  title: string;
  /** The first day of this period. */
  inForceFrom: IsoDate;
  /** The texts of the period as citations name them (`Quy định 24-QĐ/TW`, `Hướng dẫn 01-HD/TW 2016` …). */
  texts: { regulation: string; guide: string; youthLaw: string };
  numbers: RuleSetNumbers;
  citations: RuleSetCitations;
}

/** A regulation implementing the Charter, and what it changed that the rules read as data. */
interface Regulation extends DatedText {
  id: RuleSetId;
  educationAcceptsEquivalent: boolean;
  introducerRelations: readonly TogetherRelation[];
}

const CHARTER = 'Điều lệ Đảng';

/** The texts of one period. */
interface Texts {
  regulation: Regulation;
  guide: DatedText;
  youthLaw: DatedText;
}

function numbersOf({ regulation: r, guide, youthLaw }: Texts): RuleSetNumbers {
  const reg = (point: string) => `${r.name}, điểm ${point}`;
  return {
    ageWindowMonths: { value: { min: 18 * 12, max: 60 * 12 }, citation: reg('1.1.1'), confidence: 'H' },
    youthAgeMonths: {
      value: { min: 16 * 12, max: 31 * 12 - 1 },
      citation: `${youthLaw.name}, Điều 1`,
      confidence: 'M',
    },
    educationAcceptsEquivalent: {
      value: r.educationAcceptsEquivalent,
      citation: reg('1.2.1'),
      confidence: 'H',
    },
    certificateValidityMonths: {
      value: 60,
      citation: `${guide.name} (thời hạn giá trị của giấy tờ)`,
      confidence: 'H',
    },
    introducersRequired: {
      value: { members: 2, membersBesideUnion: 1 },
      citation: `${CHARTER}, Điều 4.1; ${reg('3.1')}`,
      confidence: 'H',
    },
    introducerTogetherMonths: { value: 12, citation: reg('3.2.1'), confidence: 'H' },
    introducerRelations: { value: r.introducerRelations, citation: reg('3.2.1'), confidence: 'H' },
    voteThreshold: {
      value: { numerator: 2, denominator: 3 },
      citation: `${CHARTER}, Điều 4.3, 5.2; ${reg('9.3.2')}`,
      confidence: 'H',
    },
    minOfficialMembers: { value: 3, citation: `${CHARTER}, Điều 21.2, 24.1`, confidence: 'H' },
    decisionWorkingDays: { value: { base: 60, maxExtension: 30 }, citation: reg('4.3.1'), confidence: 'H' },
    ceremonyWorkingDays: { value: 30, citation: reg('4.1'), confidence: 'H' },
    probationMonths: { value: 12, citation: `${CHARTER}, Điều 5.1`, confidence: 'H' },
    recognitionVoteWorkingDays: { value: 30, citation: reg('4.2.1'), confidence: 'H' },
    recognitionDecisionWorkingDays: {
      value: { base: 30, maxExtension: 30 },
      citation: reg('4.3.1'),
      confidence: 'H',
    },
    readmissionWaitMonths: {
      value: { sinceLeaving: 36, sinceExpunged: 60 },
      citation: reg('3.5.1'),
      confidence: 'H',
    },
    readmissionBarredReasons: {
      value: ['abandoned', 'resigned', 'disunity', 'convicted-corruption', 'convicted-serious'],
      citation: reg('3.5.2'),
      confidence: 'H',
    },
    readmissionMaxTimes: { value: 1, citation: reg('3.5.3'), confidence: 'H' },
    ...lifecycleNumbers(r, guide),
  };
}

/**
 * The numbers of the member-lifecycle and grading rules. The point numbers of the implementing regulation hold in
 * every set (M for the older sets: only the current text was read in a reproduction); the texts outside the
 * Charter-implementing pair (296-QĐ/TW on discipline, 366-QĐ/TW on grading, 01-QĐ/TW 2026 on dues, 06-HD/TW point
 * 19.2 on awards) are held by the current set only: earlier sets answer `null`, so a step of their time is not judged
 * by a later text. A rule whose text starts within a set also has its first day in the catalogue (`effective.from`).
 */
function lifecycleNumbers(r: Regulation, guide: DatedText) {
  const reg = (point: string) => `${r.name}, điểm ${point}`;
  const current = r.id === '294-QD/TW';
  const verified: RuleConfidence = current ? 'H' : 'M';
  const twoThirds = { numerator: 2, denominator: 3 };
  const notHeld = (text: string) => ({
    value: null,
    citation: `${text} (không áp dụng cho bộ quy định này)`,
    confidence: 'M' as const,
  });
  return {
    committeeThreshold: { value: twoThirds, citation: `${CHARTER}, Điều 4.3`, confidence: 'H' as const },
    authorisedCommitteeThreshold: {
      value: twoThirds,
      citation: current ? `${reg('4.3.2.a')}; ${guide.name}, điểm 3.7.a` : reg('4.3.2.a'),
      confidence: 'H' as const,
    },
    failedVotesBeforeEscalation: { value: 3, citation: reg('4.2.3'), confidence: 'H' as const },
    transferWorkingDays: {
      value: { start: 60, presentLetter: 30 },
      citation: reg('6.3.1'),
      confidence: verified,
    },
    leavingSlipWorkingDays: {
      value: 30,
      citation: current ? `${guide.name}, điểm 8.2` : `${guide.name}, Mục 8`,
      confidence: r.id === '29-QD/TW' ? ('M' as const) : ('H' as const),
    },
    disciplineAppealDays: current
      ? { value: 30, citation: 'Quy định 296-QĐ/TW', confidence: 'M' as const }
      : notHeld('Quy định 296-QĐ/TW'),
    badgeMilestones: {
      value: {
        years: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
        illnessEarlyMonths: [
          { fromYears: 30, months: 12 },
          { fromYears: 70, months: 24 },
        ],
        posthumousEarlyMonths: 12,
      },
      citation:
        r.id === '29-QD/TW'
          ? 'Hướng dẫn 01-HD/TW 2016 (chưa đối chiếu)'
          : current
            ? 'Hướng dẫn 01-HD/TW 2021, Mục 18 (chưa đối chiếu Hướng dẫn 06-HD/TW 2025)'
            : 'Hướng dẫn 01-HD/TW 2021, Mục 18',
      confidence: r.id === '24-QD/TW' || r.id === '232-QD/TW' ? ('H' as const) : ('M' as const),
    },
    reviewMinMonths: current
      ? { value: 6, citation: 'Quy định 366-QĐ/TW, Điều 5', confidence: 'H' as const }
      : notHeld('Quy định 366-QĐ/TW'),
    duesExemptSeniorityYears: current
      ? { value: 50, citation: 'Quy định 01-QĐ/TW 2026', confidence: 'H' as const }
      : notHeld('Quy định 01-QĐ/TW 2026'),
    gradingScale: current
      ? {
          value: {
            excellent: 90,
            good: 70,
            complete: 50,
            excellentExceedingPercent: 30,
            completeLatePercent: 20,
            excellentCapPercent: 20,
            excellentCapPercentOutstanding: 25,
          },
          citation: 'Quy định 366-QĐ/TW, Điều 11',
          confidence: 'H' as const,
        }
      : notHeld('Quy định 366-QĐ/TW'),
    meritAwardConsecutiveYears: current
      ? { value: 5, citation: `${guide.name}, điểm 19.2`, confidence: 'H' as const }
      : notHeld('Hướng dẫn 06-HD/TW 2025, điểm 19.2'),
  } satisfies Partial<RuleSetNumbers>;
}

/** The first day the engine can judge: the oldest set's start. Earlier steps fall under texts it does not hold. */
export const earliestJudgeableDate: IsoDate = '2016-07-25';

const ALL_RELATIONS: readonly TogetherRelation[] = ['work', 'study', 'residence'];

/** The regulations implementing the Charter, oldest first (rules.md §1). */
const regulations: readonly Regulation[] = [
  {
    id: '29-QD/TW',
    name: 'Quy định 29-QĐ/TW',
    title: 'Quy định 29-QĐ/TW (25/07/2016)',
    inForceFrom: earliestJudgeableDate,
    source: 'rules.md §1',
    confidence: 'H',
    // "bằng tốt nghiệp THCS hoặc tương đương": dropped from 2021 on.
    educationAcceptsEquivalent: true,
    // Living in the same residence area only counts from 24-QĐ/TW (2021).
    introducerRelations: ['work', 'study'],
  },
  {
    id: '24-QD/TW',
    name: 'Quy định 24-QĐ/TW',
    title: 'Quy định 24-QĐ/TW (30/07/2021)',
    inForceFrom: '2021-07-30',
    source: 'rules.md §1',
    confidence: 'H',
    educationAcceptsEquivalent: false,
    introducerRelations: ALL_RELATIONS,
  },
  {
    id: '232-QD/TW',
    name: 'Quy định 232-QĐ/TW',
    title: 'Quy định 232-QĐ/TW (20/01/2025)',
    inForceFrom: '2025-01-20',
    source: 'rules.md §1',
    confidence: 'H',
    educationAcceptsEquivalent: false,
    introducerRelations: ALL_RELATIONS,
  },
  {
    id: '294-QD/TW',
    name: 'Quy định 294-QĐ/TW',
    title: 'Quy định 294-QĐ/TW (26/05/2025, hiệu lực 01/07/2025)',
    inForceFrom: '2025-07-01',
    source: 'rules.md §0 and §1',
    confidence: 'H',
    educationAcceptsEquivalent: false,
    introducerRelations: ALL_RELATIONS,
  },
];

function textsOn(date: IsoDate): Texts | undefined {
  const regulation = inForceOn(regulations, date);
  const guide = inForceOn(guides, date);
  const youthLaw = inForceOn(youthLaws, date);
  return regulation && guide && youthLaw ? { regulation, guide, youthLaw } : undefined;
}

function ruleSetOf(inForceFrom: IsoDate, texts: Texts): RuleSet {
  const { regulation: r, guide, youthLaw } = texts;
  return {
    id: r.id,
    title: `${r.title} và ${guide.title}`,
    inForceFrom,
    texts: { regulation: r.name, guide: guide.name, youthLaw: youthLaw.name },
    numbers: numbersOf(texts),
    citations: {
      overAge: `${r.name}, điểm 1.1.2; ${guide.name}, Mục 1`,
      educationExceptions: `${guide.name}, Mục 1`,
      introducerReplacement: `${r.name}, điểm 3.2.2`,
      unionIntroduction: `${CHARTER}, Điều 4.1; ${r.name}, điểm 3.1`,
    },
  };
}

/**
 * Every period this engine knows, oldest first: one from each day the regulation, the guide or the Youth Law
 * changed (on or after {@link earliestJudgeableDate}).
 */
export const ruleSets: readonly RuleSet[] = [
  ...new Set(
    [earliestJudgeableDate, ...[...regulations, ...guides, ...youthLaws].map((t) => t.inForceFrom)].filter(
      (d) => compareDates(d, earliestJudgeableDate) >= 0,
    ),
  ),
]
  .sort(compareDates)
  .map((from) => {
    const texts = textsOn(from);
    if (!texts) throw new RangeError(`no texts in force on ${from}`);
    return ruleSetOf(from, texts);
  });

const TEXT_NAME = new RegExp(
  [...regulations, ...guides]
    .map((t) => t.name)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * `citation` (a catalogue row's, which names today's texts) as it reads on `date`: every implementing regulation
 * and guide it names replaced by the one in force that day, so a step of 2021 is not cited to a 2025 text. Point
 * numbers are kept (the texts kept their numbering). Unchanged for a date before {@link earliestJudgeableDate}.
 */
export function citationOn(citation: string, date: IsoDate): string {
  if (compareDates(date, earliestJudgeableDate) < 0) return citation;
  const { texts } = ruleSetOn(date);
  return citation.replace(TEXT_NAME, (name) =>
    regulations.some((r) => r.name === name) ? texts.regulation : texts.guide,
  );
}

/**
 * The regulation a rule set id names, as a reader writes it (`294-QD/TW` → `Quy định 294-QĐ/TW`): the id is the
 * case format's ASCII key (case-format.md), never a text to show.
 */
export function regulationName(id: string): string {
  const regulation = regulations.find((r) => r.id === id);
  if (!regulation) throw new RangeError(`unknown rule set ${id}`);
  return regulation.name;
}

/**
 * The rule set in force on `date` (its start day included). Throws a RangeError for a date before
 * {@link earliestJudgeableDate}: `parseCase` rejects such cases, so the engine never judges by a text it lacks.
 */
export function ruleSetOn(date: IsoDate): RuleSet {
  for (let i = ruleSets.length - 1; i >= 0; i--) {
    const set = ruleSets[i];
    if (set && compareDates(set.inForceFrom, date) <= 0) return set;
  }
  throw new RangeError(`no rule set in force on ${date} (the earliest starts ${earliestJudgeableDate})`);
}
