/**
 * I-08 at the cell vote: the commune may require a minimum time on the cell's sympathiser list (a setting; no
 * national minimum, so the default 0 makes the rule not applicable). The case carries no dossier-start date, so the
 * time is counted to the cell vote (to `asOf` before it); time alone cures a shortfall before the vote.
 */
import { addMonths, compareDates } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { ruleEntry } from './catalogue.js';
import { type Judging, shortfall } from './context.js';
import { check } from './messages.js';
import type { RuleSettings } from './settings.js';
import type { Check } from './types.js';

const CITATION = ruleEntry('I-08')?.citation ?? '';

/** I-08 judged on the cell vote's date (or `asOf` before the vote) with the commune's minimum months. */
export function checkSympathiserList(j: Judging, settings: RuleSettings): Check {
  const min = settings.sympathiserMinMonths;
  const since = j.case.candidate.sympathiserSince ?? null;
  if (min === 0)
    return check(
      'I-08',
      'not-applicable',
      CITATION,
      'Đảng ủy xã không quy định thời gian tối thiểu trong danh sách cảm tình Đảng.',
      'The commune sets no minimum time on the sympathiser list.',
      { minMonths: min },
    );
  if (since === null)
    return check(
      'I-08',
      'pending',
      CITATION,
      `Chưa ghi ngày chi bộ đưa quần chúng vào danh sách cảm tình Đảng (cần ít nhất ${min} tháng trước khi chi bộ xét).`,
      `The day the cell put the person on its sympathiser list is not recorded (at least ${min} months are needed before the vote).`,
      { minMonths: min },
    );
  const earliest = addMonths(since, min);
  const details = { minMonths: min, since, judgedOn: j.on };
  if (compareDates(j.on, earliest) >= 0)
    return check(
      'I-08',
      'pass',
      CITATION,
      `Quần chúng ở trong danh sách cảm tình Đảng từ ngày ${formatDateVi(since)}, đủ ${min} tháng tại ngày ${formatDateVi(j.on)}.`,
      `On the sympathiser list since ${formatDateVi(since)}: ${min} months reached on ${formatDateVi(j.on)}.`,
      details,
    );
  return check(
    'I-08',
    shortfall(j),
    CITATION,
    `Quần chúng mới ở trong danh sách cảm tình Đảng từ ngày ${formatDateVi(since)}, chưa đủ ${min} tháng tại ngày ${formatDateVi(j.on)}: chi bộ xét từ ngày ${formatDateVi(earliest)}.`,
    `On the sympathiser list only since ${formatDateVi(since)}, short of ${min} months on ${formatDateVi(j.on)}: the cell may vote from ${formatDateVi(earliest)}.`,
    j.voted ? details : { ...details, earliest },
  );
}
