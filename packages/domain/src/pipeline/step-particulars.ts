/**
 * What a step of the timeline says beyond its kind and day: the number of the decision or document it records and
 * the people it names (introducer, helper), each as "label: value". Names pass through the redaction
 * (`memberAsSeen`), so a reader who may not see them learns only that a member was named.
 */
import type { Bilingual } from '../calendar/calendar-data.js';
import type { PipelineEvent } from './events.js';
import { memberAsSeen } from './redact.js';

/** One line of a step's particulars. */
export interface StepParticular {
  label: Bilingual;
  value: Bilingual;
}

const same = (text: string): Bilingual => ({ vi: text, en: text });

const LABELS = {
  decision: { vi: 'Số quyết định', en: 'Decision number' },
  reference: { vi: 'Số văn bản', en: 'Document number' },
  serial: { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  introducer: { vi: 'Người giới thiệu', en: 'Introduced by' },
  replacement: {
    vi: 'Người giới thiệu (thay người đã chuyển đi)',
    en: 'Introduced by (replacing one who left)',
  },
  helper: { vi: 'Đảng viên giúp đỡ', en: 'Helper' },
} satisfies Record<string, Bilingual>;

const UNIONS = {
  'youth-union': { vi: 'Ban Chấp hành Đoàn cơ sở', en: 'Youth Union executive' },
  'trade-union': { vi: 'Ban Chấp hành Công đoàn cơ sở', en: 'Trade Union executive' },
} satisfies Record<string, Bilingual>;

/** The particulars of `event`; `names` holds the named members' names, `sees` whether the reader may see them. */
export function stepParticulars(
  event: PipelineEvent,
  names: ReadonlyMap<string, string>,
  sees: boolean,
): StepParticular[] {
  switch (event.kind) {
    case 'admission-decision':
    case 'recognition-decision':
    case 'struck-off':
    case 'rejected':
      return event.number ? [{ label: LABELS.decision, value: same(event.number) }] : [];
    case 'consent':
      return [{ label: LABELS.reference, value: same(event.reference) }];
    case 'certificate':
      return event.serial ? [{ label: LABELS.serial, value: same(event.serial) }] : [];
    case 'helper-assigned':
      return [{ label: LABELS.helper, value: memberAsSeen(names.get(event.memberId), sees) }];
    case 'introduction': {
      const by = event.introducer;
      if (by.kind !== 'member') return [{ label: LABELS.introducer, value: UNIONS[by.kind] }];
      return [
        {
          label: by.replacement ? LABELS.replacement : LABELS.introducer,
          value: memberAsSeen(names.get(by.memberId), sees),
        },
      ];
    }
    default:
      return [];
  }
}
