/**
 * D-V2 at the cell vote: the background record stays valid the commune's months from its certification, the other
 * dossier papers (application, introducer letters, union resolutions, comment summaries) the commune's months from
 * the oldest of them (settings; defaults 12 and 6, unverified). Like the certificate (E-08): an expired paper before
 * the vote is pending (it can be renewed), at the vote it is evidence; a paper whose date is not recorded is missing
 * data, pending.
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { ruleEntry } from './catalogue.js';
import { type Judging, shortfall, shortfallDetails } from './context.js';
import { check, combineStatuses } from './messages.js';
import type { RuleSettings } from './settings.js';
import type { Check, CheckStatus } from './types.js';

const CITATION = ruleEntry('D-V2')?.citation ?? '';

interface Paper {
  status: CheckStatus;
  vi: string;
  en: string;
  validUntil: IsoDate | null;
}

function paper(j: Judging, dated: IsoDate | null, months: number, what: { vi: string; en: string }): Paper {
  if (dated === null)
    return {
      status: 'pending',
      vi: `Chưa ghi ngày ${what.vi}.`,
      en: `The date of the ${what.en} is not recorded.`,
      validUntil: null,
    };
  const validUntil = addMonths(dated, months);
  if (compareDates(j.on, validUntil) > 0)
    return {
      status: shortfall(j),
      vi: `${what.vi[0]?.toUpperCase()}${what.vi.slice(1)} (${formatDateVi(dated)}) đã quá ${months} tháng tại ngày ${formatDateVi(j.on)}: cần làm lại hoặc bổ sung trước khi chi bộ xét.`,
      en: `The ${what.en} (${formatDateVi(dated)}) is more than ${months} months old on ${formatDateVi(j.on)}: renew it before the cell votes.`,
      validUntil,
    };
  return {
    status: 'pass',
    vi: `${what.vi[0]?.toUpperCase()}${what.vi.slice(1)} (${formatDateVi(dated)}) còn giá trị đến hết ngày ${formatDateVi(validUntil)}.`,
    en: `The ${what.en} (${formatDateVi(dated)}) is valid through ${formatDateVi(validUntil)}.`,
    validUntil,
  };
}

/** D-V2 judged on the cell vote's date (or `asOf` before the vote) with the commune's validity months. */
export function checkDossierPapers(j: Judging, settings: RuleSettings): Check {
  const months = settings.documentValidityMonths;
  const background = paper(j, j.case.dossier?.backgroundCertifiedOn ?? null, months.background, {
    vi: 'chứng nhận lý lịch của chi ủy/cấp ủy cơ sở',
    en: 'background record’s certification',
  });
  const others = paper(j, j.case.dossier?.oldestPaperOn ?? null, months.otherPapers, {
    vi: 'giấy tờ cũ nhất trong hồ sơ (đơn, giấy giới thiệu, nghị quyết, bản tổng hợp nhận xét)',
    en: 'oldest dossier paper (application, introductions, resolutions, comment summaries)',
  });
  const status = combineStatuses([background.status, others.status]);
  const details = {
    judgedOn: j.on,
    validityMonths: months,
    backgroundValidUntil: background.validUntil,
    otherPapersValidUntil: others.validUntil,
  };
  return check(
    'D-V2',
    status,
    CITATION,
    `${background.vi} ${others.vi}`,
    `${background.en} ${others.en}`,
    [background, others].some((p) => p.validUntil !== null && p.status !== 'pass')
      ? shortfallDetails(j, details)
      : details,
  );
}
