/**
 * `evaluateCase`: the whole rules engine on one case of case-format.md.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import { checkAge } from './age.js';
import type { Case } from './case-schema.js';
import { certificateDeadline, checkCertificate } from './certificate.js';
import { judging } from './context.js';
import { caseDates, caseDeadlines } from './deadlines.js';
import { checkDossierPapers } from './dossier-papers.js';
import { checkEducation } from './education.js';
import { checkIntroducers } from './introducers.js';
import { checkReadmission } from './readmission.js';
import { checkReligiousApproval } from './religious.js';
import { ruleSetOn } from './rule-sets.js';
import { defaultSettings, type RuleSettings } from './settings.js';
import { checkStandingCommittee } from './standing-committee.js';
import { lawfulSteps, stepOrderChecks } from './step-order.js';
import { checkSympathiserList } from './sympathiser.js';
import type { CaseAnswer, Check } from './types.js';
import { checkVote } from './votes.js';

/** What `evaluateCase` may be told besides the case. */
export interface EvaluateOptions {
  /** The working-day calendar for deadlines; default {@link vietnamCalendar} (add a commune's extra days off). */
  calendar?: WorkingCalendar;
  /**
   * The commune's rule settings, resolved (`resolveSettings` of its overrides); default {@link defaultSettings}.
   * They fix D-V2's validity months, T-07's threshold, I-08's minimum, and V-07's and D-H8's working days.
   */
  settings?: RuleSettings;
}

/**
 * Judges a case (case-format.md) and answers in its format. Every condition is judged at the step that needs it
 * (each check names it in `step`): eligibility, introducers, re-admission waits and the admission vote at the cell
 * vote, by the rule set in force on it (on `asOf` before it); the provincial consent (E-04, E-07, L-20), the
 * standing committee's vote (T-07) and a religious dignitary's special approval (E-14) at the decision; the order of the later steps at each of them (L-01, L-03, L-10, L-11); the recognition vote by the set
 * of its own date. Deadlines and dates follow the steps that stand in the lawful order (a decision failing T-07 or
 * E-14 does not stand). The L rules read `options.settings`. Pure; never throws for a
 * case that `parseCase` accepted (untrusted JSON must go through `parseCase` first). Checks come in a fixed order,
 * grouped by step, every rule always present (`rule` and `step` together unique).
 */
export function evaluateCase(input: Case, options: EvaluateOptions = {}): CaseAnswer {
  const calendar = options.calendar ?? vietnamCalendar;
  const settings = options.settings ?? defaultSettings;
  const j = judging(input);
  const lawful = lawfulSteps(input, settings);
  const recognitionDate = input.recognitionVote?.date ?? null;
  const age = checkAge(j);
  const education = checkEducation(j);
  const readmission = checkReadmission(j);
  const order = stepOrderChecks(input, calendar, settings, lawful);
  // Appended in place rather than spread from each part: one array per case instead of nine.
  const checks: Check[] = [];
  // cell-vote
  checks.push(age.e02);
  append(checks, education.vote);
  checks.push(checkCertificate(j), checkDossierPapers(j, settings), checkSympathiserList(j, settings));
  append(checks, checkIntroducers(j));
  append(checks, readmission.vote);
  append(checks, checkVote(input.cellVote, 'admission', j.ruleSet));
  // decision
  checks.push(age.e04, education.decision, readmission.decision, order.decision);
  checks.push(checkStandingCommittee(input, settings), checkReligiousApproval(input));
  // ceremony
  checks.push(order.ceremony);
  // recognition-vote
  append(checks, checkVote(input.recognitionVote, 'recognition', ruleSetOn(recognitionDate ?? input.asOf)));
  checks.push(order['recognition-vote']);
  // recognition-decision
  checks.push(order['recognition-decision']);
  return {
    ruleSet: j.ruleSet.id,
    checks,
    deadlines: [certificateDeadline(j), ...caseDeadlines(input, calendar, settings, lawful)],
    dates: caseDates(lawful),
  };
}

function append(checks: Check[], more: readonly Check[]): void {
  for (const c of more) checks.push(c);
}
