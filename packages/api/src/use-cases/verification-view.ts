/**
 * A candidate's verification requests as the console shows them: each with its V-07 deadline (the commune's
 * working days), and the V-02/V-05 checks the cell vote is judged by. Relatives' names are in it: only for callers
 * who may read sensitive fields, each read audited by the caller (list-verifications.ts).
 */
import type { VerificationRow } from '@ketnap/db';
import {
  checkVerifications,
  type IsoDate,
  type VerificationFacts,
  verificationDeadline,
  vietnamCalendar,
} from '@ketnap/domain';

export const factsOf = (r: VerificationRow): VerificationFacts => ({
  relation: r.relation,
  personName: r.person_name,
  sentOn: r.sent_on,
  answeredOn: r.answered_on,
  answer: r.answer,
  exemptReason: r.exempt_reason,
});

export function verificationsView(rows: readonly VerificationRow[], workingDays: number, today: IsoDate) {
  const facts = rows.map(factsOf);
  return {
    workingDays,
    requests: rows.map((r, i) => ({
      id: r.id,
      relation: r.relation,
      personName: r.person_name,
      organisation: r.organisation,
      place: r.place,
      sentOn: r.sent_on,
      answeredOn: r.answered_on,
      answer: r.answer,
      exemptReason: r.exempt_reason,
      deadline: verificationDeadline(facts[i] as VerificationFacts, workingDays, today, vietnamCalendar),
    })),
    checks: checkVerifications(facts).map((c) => ({
      rule: c.rule,
      status: c.status,
      citation: c.citation,
      message: c.message,
    })),
  };
}
