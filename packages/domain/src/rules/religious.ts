/**
 * E-14 at the decision: a religious dignitary, office-holder or clergy member (chức sắc, chức việc, nhà tu hành)
 * needs the competent committee's special approval before the admission decision: `requiresSpecialApproval`,
 * blocking (the catalogue makes it overridable only by the deciding committee, i.e. by that approval, never by a
 * setting). A decision signed without it does not stand (step-order.ts).
 */
import { formatDateVi } from '../locale/date-vi.js';
import type { Case } from './case-schema.js';
import { ruleEntry } from './catalogue.js';
import { priorStatus } from './context.js';
import { check } from './messages.js';
import type { Check, CheckStatus } from './types.js';

const CITATION = ruleEntry('E-14')?.citation ?? '';

/** True when the candidate is a religious dignitary, so the decision needs special approval (E-14). */
export function requiresSpecialApproval(c: Case): boolean {
  return c.candidate.religiousDignitary === true;
}

/** E-14's status: not applicable to others; for a dignitary, the approval before the decision (as E-04's consent). */
export function religiousApprovalStatus(c: Case): CheckStatus {
  if (!requiresSpecialApproval(c)) return 'not-applicable';
  return priorStatus(c.consents?.religiousApproval ?? null, c.decision?.date ?? null);
}

/** E-14 judged at the decision. */
export function checkReligiousApproval(c: Case): Check {
  const status = religiousApprovalStatus(c);
  const approval = c.consents?.religiousApproval ?? null;
  const decision = c.decision?.date ?? null;
  const details = { requiresSpecialApproval: requiresSpecialApproval(c), approval, decision };
  const at = (vi: string, en: string) => check('E-14', status, CITATION, vi, en, details, 'decision');
  if (status === 'not-applicable')
    return at(
      'Người vào Đảng không phải là chức sắc, chức việc, nhà tu hành: không cần phê duyệt đặc biệt.',
      'The candidate is not a religious dignitary: no special approval needed.',
    );
  if (status === 'pass' && approval !== null)
    return at(
      `Người vào Đảng là chức sắc, chức việc hoặc nhà tu hành: đã có phê duyệt đặc biệt ngày ${formatDateVi(approval)}.`,
      `The candidate is a religious dignitary: special approval given on ${formatDateVi(approval)}.`,
    );
  if (status === 'pending')
    return at(
      'Người vào Đảng là chức sắc, chức việc hoặc nhà tu hành: cần phê duyệt đặc biệt của cấp ủy có thẩm quyền trước khi ra quyết định kết nạp.',
      'The candidate is a religious dignitary: the competent committee’s special approval is needed before the admission decision.',
    );
  return at(
    `Quyết định kết nạp ngày ${decision ? formatDateVi(decision) : ''} với người là chức sắc, chức việc hoặc nhà tu hành mà ${approval === null ? 'chưa có' : `phê duyệt ngày ${formatDateVi(approval)} không có trước quyết định, không phải là`} phê duyệt đặc biệt: quyết định không có hiệu lực.`,
    `The admission decision of ${decision ? formatDateVi(decision) : ''} for a religious dignitary ${approval === null ? 'has no' : `came before the approval of ${formatDateVi(approval)}, without a prior`} special approval: it does not stand.`,
  );
}
