/**
 * How long a closed dossier is kept, and whether it may be erased today (Law 91/2025/QH15 on personal data
 * protection, Decree 356/2025/NĐ-CP: data is kept no longer than its purpose needs). The retention period is a
 * commune setting (`retentionMonths`, docs/privacy.md); these functions only read it.
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type StageName, stageLabels, stageNames } from '../pipeline/stage.js';

/**
 * Default retention, in months from the day the candidate was rejected or withdrew: 60, the validity of the
 * awareness-class certificate (E-08) and the time after which an expunged former member's record stops counting for
 * re-admission (L-21). Within it the person may come back to the pool and the old dossier still serves; after it
 * nothing in the rules reads it.
 */
export const DEFAULT_RETENTION_MONTHS = 60;

/** The stages whose dossier may be erased: the person was turned down or left before any decision. */
export const ERASABLE_STAGES: readonly StageName[] = stageNames.filter(
  (s) => s === 'rejected' || s === 'withdrawn',
);

/**
 * The first day a dossier closed on `closedOn` may be erased: `closedOn` plus `retentionMonths` calendar months
 * (the day of month kept, clamped to the month's end: closed 29/02/2020, 12 months → 28/02/2021). Erasure is allowed
 * ON that day (`today >= erasableFrom`), not only after it.
 */
export function erasableFrom(closedOn: IsoDate, retentionMonths: number): IsoDate {
  return addMonths(closedOn, retentionMonths);
}

/** A candidate as the erasure check sees it: the cached stage, the day it began, and the day it was erased. */
export interface ErasureSubject {
  stage: string;
  stageSince: IsoDate | null;
  erasedOn: IsoDate | null;
}

/** Why a dossier may not be erased today: a stable code and the message in Vietnamese and English. */
export type ErasureRefusal =
  | { code: 'PRIVACY.ERASED'; message: { vi: string; en: string } }
  | { code: 'PRIVACY.NOT_CLOSED'; message: { vi: string; en: string } }
  | { code: 'PRIVACY.TOO_EARLY'; erasableFrom: IsoDate; message: { vi: string; en: string } };

/**
 * Whether the dossier may be erased on `today` under a retention of `retentionMonths`: only a rejected or withdrawn
 * candidate, only from {@link erasableFrom} the day the stage began, and only once. Null when allowed.
 */
export function erasureRefusal(
  subject: ErasureSubject,
  today: IsoDate,
  retentionMonths: number,
): ErasureRefusal | null {
  if (subject.erasedOn !== null) return erasedRefusal(subject.erasedOn, 'erase');
  const stage = (stageNames as readonly string[]).includes(subject.stage)
    ? stageLabels[subject.stage as StageName]
    : { vi: subject.stage, en: subject.stage };
  if (!ERASABLE_STAGES.includes(subject.stage as StageName) || subject.stageSince === null)
    return {
      code: 'PRIVACY.NOT_CLOSED',
      message: {
        vi: `Chỉ xóa được hồ sơ của quần chúng không được kết nạp hoặc đã rút khỏi nguồn; giai đoạn hiện tại: ${stage.vi}.`,
        en: `Only a rejected or withdrawn candidate's dossier may be erased; the current stage is ${stage.en}.`,
      },
    };
  const from = erasableFrom(subject.stageSince, retentionMonths);
  if (compareDates(today, from) < 0)
    return {
      code: 'PRIVACY.TOO_EARLY',
      erasableFrom: from,
      message: {
        vi: `Chưa hết thời hạn lưu trữ ${retentionMonths} tháng kể từ ngày ${formatDateVi(subject.stageSince)}: hồ sơ được xóa từ ngày ${formatDateVi(from)}.`,
        en: `The ${retentionMonths}-month retention from ${formatDateVi(subject.stageSince)} has not ended: the dossier may be erased from ${formatDateVi(from)}.`,
      },
    };
  return null;
}

/** What an erased dossier refuses: being exported, read as a case (rule checks, dossier), changed, erased again. */
export type ErasedAction = 'export' | 'read' | 'change' | 'erase';

/** The refusal of `action` on a dossier erased on `erasedOn`. */
export function erasedRefusal(
  erasedOn: IsoDate,
  action: ErasedAction,
): { code: 'PRIVACY.ERASED'; message: { vi: string; en: string } } {
  const on = formatDateVi(erasedOn);
  const what = {
    export: {
      vi: 'không còn dữ liệu cá nhân nào để xuất (chỉ còn loại bước và ngày, để thống kê).',
      en: 'no personal data is left to export (only the kinds and days of the steps, for the counts).',
    },
    read: {
      vi: 'chỉ còn loại và ngày của các bước, không còn hồ sơ để kiểm tra.',
      en: 'only the kinds and days of its steps are left, no dossier to check.',
    },
    change: {
      vi: 'không sửa hồ sơ hay ghi thêm bước được nữa.',
      en: 'it can no longer be edited or have steps recorded.',
    },
    erase: { vi: 'không cần xóa lại.', en: 'there is nothing left to erase.' },
  }[action];
  return {
    code: 'PRIVACY.ERASED',
    message: {
      vi: `Hồ sơ này đã được xóa ngày ${on} theo quy định bảo vệ dữ liệu cá nhân: ${what.vi}`,
      en: `This dossier was erased on ${on} under the personal data protection rules: ${what.en}`,
    },
  };
}
