/**
 * A valid admission case for tests: a 26-year-old with upper-secondary education, introduced by two official
 * members, voted for by the cell on 10/11/2025 (294-QĐ/TW). Tests override one section at a time.
 */
import type { Case } from '../src/rules/case-schema.js';
import { type EvaluateOptions, evaluateCase } from '../src/rules/evaluate-case.js';
import { parseCase } from '../src/rules/parse-case.js';
import type { CaseAnswer, CaseStep, Check } from '../src/rules/types.js';

export function makeCase(overrides: Partial<Case> = {}): Case {
  return {
    asOf: '2025-11-20',
    candidate: {
      birthDate: '1999-06-15',
      education: 'upper-secondary',
      hardshipArea: false,
      communityElder: false,
      youthUnionMember: false,
      tradeUnionMember: false,
      formerMember: null,
    },
    unit: { youthUnionPresent: false, tradeUnionPresent: false },
    certificate: { issuedOn: '2025-06-01' },
    introducers: [
      {
        kind: 'member',
        officialSince: '2015-01-01',
        together: [{ from: '2020-01-01', to: null, relation: 'work' }],
        replacement: false,
      },
      {
        kind: 'member',
        officialSince: '2018-05-01',
        together: [{ from: '2021-03-01', to: null, relation: 'work' }],
        replacement: false,
      },
    ],
    consents: { provincialStandingCommittee: null },
    cellVote: { date: '2025-11-10', officialMembers: 20, notCounted: 0, inFavour: 18 },
    decision: { date: null, receivedOn: null, extendedWorkingDays: 0 },
    ceremony: { date: null },
    recognitionVote: { date: null, officialMembers: null, notCounted: null, inFavour: null },
    recognitionDecision: { date: null },
    ...overrides,
  };
}

/** The candidate section of {@link makeCase} with `changes` applied. */
export function withCandidate(changes: Partial<Case['candidate']>, rest: Partial<Case> = {}): Case {
  const base = makeCase(rest);
  return { ...base, candidate: { ...base.candidate, ...changes } };
}

/**
 * `evaluateCase` on `c` after `parseCase`, as `ketnap check` runs it: a test case that the format refuses (a date
 * after `asOf`, a step before the birth …) throws with its issues instead of being judged.
 */
export function judge(c: Case, options?: EvaluateOptions): CaseAnswer {
  const parsed = parseCase(c);
  if (!parsed.ok) throw new Error(`not a valid case: ${parsed.issues.map((i) => i.message.en).join('; ')}`);
  return evaluateCase(parsed.case, options);
}

/** The check of `rule` at `step` (default: the first check of `rule`). */
export function checkOf(answer: CaseAnswer, rule: string, step?: CaseStep): Check | undefined {
  return answer.checks.find((k) => k.rule === rule && (step === undefined || k.step === step));
}

/**
 * The statuses of the checks `pick` keeps, keyed by rule, a check of a later step as `rule@step`
 * (`E-07` at the cell vote, `E-07@decision` for its consent).
 */
export function statusesOf(answer: CaseAnswer, pick: (check: Check) => boolean): Record<string, string> {
  return Object.fromEntries(
    answer.checks
      .filter(pick)
      .map((k) => [k.step === 'cell-vote' ? k.rule : `${k.rule}@${k.step}`, k.status]),
  );
}
