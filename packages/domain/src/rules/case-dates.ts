/**
 * The impossible dates of a case (case-format.md: refused, never answered): a date after `asOf` in a field that
 * records something that happened, a step on or before the candidate's birth, a former membership that ended after
 * the cell vote. Steps out of the lawful order are not here: they are possible, and judged (step-order.ts).
 */
import { compareDates, type IsoDate, isIsoDate } from '../date.js';
import type { Case } from './case-schema.js';

/** What a cross-field rule found wrong at `path` (what was expected there, in en and vi). */
export interface CrossFieldIssue {
  path: (string | number)[];
  en: string;
  vi: string;
}

type Dated = { path: (string | number)[]; date: IsoDate | null | undefined };

/** Compared only when both are real dates: inside the schema the rules also run on fields that failed their own. */
const later = (a: unknown, b: unknown): boolean => isIsoDate(a) && isIsoDate(b) && compareDates(a, b) > 0;

/** The candidate's own steps: every dated fact of the admission except the birth and the introducers' own dates. */
function steps(c: Case): Dated[] {
  const out: Dated[] = [
    { path: ['candidate', 'formerMember', 'leftOn'], date: c.candidate?.formerMember?.leftOn },
    {
      path: ['candidate', 'formerMember', 'recordExpungedOn'],
      date: c.candidate?.formerMember?.recordExpungedOn,
    },
    { path: ['certificate', 'issuedOn'], date: c.certificate?.issuedOn },
    { path: ['candidate', 'sympathiserSince'], date: c.candidate?.sympathiserSince },
    { path: ['dossier', 'backgroundCertifiedOn'], date: c.dossier?.backgroundCertifiedOn },
    { path: ['dossier', 'oldestPaperOn'], date: c.dossier?.oldestPaperOn },
    { path: ['dossier', 'verificationRequestedOn'], date: c.dossier?.verificationRequestedOn },
    { path: ['dossier', 'verificationAnsweredOn'], date: c.dossier?.verificationAnsweredOn },
  ];
  const introducers = c.introducers ?? [];
  for (let i = 0; i < introducers.length; i++) {
    const intro = introducers[i];
    if (intro && intro.kind !== 'member')
      out.push({ path: ['introducers', i, 'resolutionDate'], date: intro.resolutionDate });
  }
  out.push(
    { path: ['consents', 'provincialStandingCommittee'], date: c.consents?.provincialStandingCommittee },
    { path: ['consents', 'religiousApproval'], date: c.consents?.religiousApproval },
    { path: ['cellVote', 'date'], date: c.cellVote?.date },
    { path: ['decision', 'date'], date: c.decision?.date },
    { path: ['decision', 'receivedOn'], date: c.decision?.receivedOn },
    { path: ['ceremony', 'date'], date: c.ceremony?.date },
    { path: ['ceremony', 'superiorConsentOn'], date: c.ceremony?.superiorConsentOn },
    { path: ['ceremony', 'memberRecordCompletedOn'], date: c.ceremony?.memberRecordCompletedOn },
    { path: ['recognitionVote', 'date'], date: c.recognitionVote?.date },
    { path: ['recognitionDecision', 'date'], date: c.recognitionDecision?.date },
  );
  return out;
}

/** Every date of the case that records something that happened: all but `asOf` itself. */
function recorded(c: Case): Dated[] {
  const out: Dated[] = [{ path: ['candidate', 'birthDate'], date: c.candidate?.birthDate }];
  const introducers = c.introducers ?? [];
  for (let i = 0; i < introducers.length; i++) {
    const intro = introducers[i];
    if (intro?.kind !== 'member') continue;
    out.push({ path: ['introducers', i, 'officialSince'], date: intro.officialSince });
    const together = intro.together ?? [];
    for (let k = 0; k < together.length; k++) {
      out.push({ path: ['introducers', i, 'together', k, 'from'], date: together[k]?.from });
      out.push({ path: ['introducers', i, 'together', k, 'to'], date: together[k]?.to });
    }
  }
  return out.concat(steps(c));
}

const AFTER_AS_OF = {
  en: 'a date on or before asOf (the field records something that has happened)',
  vi: 'một ngày không sau asOf (trường này ghi việc đã diễn ra)',
};
const AFTER_BIRTH = {
  en: 'a date after candidate.birthDate (no step comes on or before the birth)',
  vi: 'một ngày sau ngày sinh candidate.birthDate (không bước nào trước hoặc trùng ngày sinh)',
};
const BEFORE_STEPS = {
  en: 'a date before every recorded step (a step cannot come on or before the birth)',
  vi: 'một ngày trước mọi bước đã ghi (không bước nào trước hoặc trùng ngày sinh)',
};
const LEFT_BEFORE_VOTE = {
  en: 'a date on or before cellVote.date (a former membership ends before the cell votes on admission)',
  vi: 'một ngày không sau cellVote.date (người từng là đảng viên phải ra khỏi Đảng trước khi chi bộ xét kết nạp)',
};

/**
 * The impossible dates of `c`, each at the path of the field to correct (the later step for a birth, the former
 * membership's end for a vote it follows). Texts are constant: the path says which field.
 */
export function impossibleDates(c: Case): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  for (const { path, date } of recorded(c)) if (later(date, c.asOf)) issues.push({ path, ...AFTER_AS_OF });
  return issues.concat(impossibleOrder(c));
}

/**
 * The birth and former-membership rules alone (what the pipeline checks on a step: its `asOf` is the step's own day,
 * and an introducer's planned end of a period together may lie after it).
 */
export function impossibleOrder(c: Case): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const birth = c.candidate?.birthDate ?? null;
  if (isIsoDate(birth)) {
    const before = steps(c).filter(({ date }) => isIsoDate(date) && !later(date, birth));
    for (const { path } of before) issues.push({ path, ...AFTER_BIRTH });
    // Either date may be the wrong one: name the birth too.
    if (before.length > 0) issues.push({ path: ['candidate', 'birthDate'], ...BEFORE_STEPS });
  }
  issues.push(...formerMembershipAfterVote(c));
  return issues;
}

function formerMembershipAfterVote(c: Case): CrossFieldIssue[] {
  const left = c.candidate?.formerMember?.leftOn ?? null;
  const vote = c.cellVote?.date ?? null;
  return later(left, vote) ? [{ path: ['candidate', 'formerMember', 'leftOn'], ...LEFT_BEFORE_VOTE }] : [];
}
