/**
 * `evaluateCase`: the whole rules engine on one case of case-format.md.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import { checkAge } from './age.js';
import type { Case } from './case-schema.js';
import { certificateDeadline, checkCertificate } from './certificate.js';
import { judging } from './context.js';
import { caseDates, caseDeadlines, checkExtension } from './deadlines.js';
import { checkEducation } from './education.js';
import { checkIntroducers } from './introducers.js';
import { checkReadmission } from './readmission.js';
import { ruleSetOn } from './rule-sets.js';
import type { CaseAnswer, Check } from './types.js';
import { checkVote } from './votes.js';

/** What `evaluateCase` may be told besides the case. */
export interface EvaluateOptions {
  /** The working-day calendar for deadlines; default {@link vietnamCalendar} (add a commune's extra days off). */
  calendar?: WorkingCalendar;
}

/**
 * Judges a case (case-format.md) and answers in its format: eligibility, introducers and the admission vote by the
 * rule set in force on the cell vote (on `asOf` before it), the recognition vote by the set of its own date, and the
 * deadlines and dates of the admission clock. Pure; never throws for a case that `parseCase` accepted (untrusted
 * JSON must go through `parseCase` first). Checks come in a fixed order, every rule always present.
 */
export function evaluateCase(input: Case, options: EvaluateOptions = {}): CaseAnswer {
  const calendar = options.calendar ?? vietnamCalendar;
  const j = judging(input);
  const recognitionDate = input.recognitionVote?.date ?? null;
  const dates = caseDates(input);
  // Appended in place rather than spread from each part: one array per case instead of nine.
  const checks: Check[] = [];
  append(checks, checkAge(j));
  append(checks, checkEducation(j));
  checks.push(checkCertificate(j));
  append(checks, checkIntroducers(j));
  append(checks, checkReadmission(j));
  append(checks, checkVote(input.cellVote, 'admission', j.ruleSet));
  checks.push(checkExtension(input));
  append(
    checks,
    checkVote(input.recognitionVote, 'recognition', recognitionDate ? ruleSetOn(recognitionDate) : j.ruleSet),
  );
  return {
    ruleSet: j.ruleSet.id,
    checks,
    deadlines: [certificateDeadline(j), ...caseDeadlines(input, dates, calendar)],
    dates,
  };
}

function append(checks: Check[], more: readonly Check[]): void {
  for (const c of more) checks.push(c);
}
