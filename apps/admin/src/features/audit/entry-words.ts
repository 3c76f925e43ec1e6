import { type Lang, personFields } from '@ketnap/domain';

/** What an entry's target is called: its kind in words, then its name where the server gave one, else its id. */
const TARGET_KINDS: Record<string, Record<Lang, string>> = {
  account: { vi: 'Tài khoản', en: 'Account' },
  candidate: { vi: 'Quần chúng', en: 'Candidate' },
  member: { vi: 'Đảng viên', en: 'Party member' },
  commune: { vi: 'Xã', en: 'Commune' },
  cell: { vi: 'Chi bộ', en: 'Cell' },
};

export function targetWords(type: string, id: string | null, name: string | null, lang: Lang): string {
  const kind = TARGET_KINDS[type]?.[lang] ?? type;
  const what = name ?? id;
  return what ? `${kind}: ${what}` : kind;
}

/** The payload's keys in words; a key not listed shows as it is. */
const KEYS: Record<string, Record<Lang, string>> = {
  fields: { vi: 'Trường', en: 'Fields' },
  rules: { vi: 'Quy định', en: 'Rules' },
  reason: { vi: 'Lý do', en: 'Reason' },
  year: { vi: 'Năm', en: 'Year' },
  units: { vi: 'Đơn vị', en: 'Units' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  row: { vi: 'Dòng', en: 'Row' },
  source: { vi: 'Nguồn', en: 'Source' },
  role: { vi: 'Vai trò', en: 'Role' },
  procedure: { vi: 'Chức năng', en: 'Function' },
  level: { vi: 'Mức quyền', en: 'Access level' },
  sessionsRevoked: { vi: 'Phiên bị kết thúc', en: 'Sessions ended' },
};

const fieldName = (key: string, lang: Lang): string =>
  (personFields as Record<string, { label: Record<Lang, string> } | undefined>)[key]?.label[lang] ?? key;

/**
 * An entry's payload as "Trường: Tôn giáo, Dân tộc · Năm: 2026", not JSON. Ids (an event's, a unit's) are left out
 * but for the units a plan changed: the reader has the target beside it.
 */
export function payloadWords(payload: Record<string, unknown>, lang: Lang): string {
  return Object.entries(payload)
    .filter(([key]) => key !== 'eventId' && key !== 'grantOrgId' && key !== 'kind' && key !== 'events')
    .map(([key, value]) => {
      const shown = Array.isArray(value)
        ? value.map((v) => (key === 'fields' ? fieldName(String(v), lang) : String(v))).join(', ')
        : String(value);
      return `${KEYS[key]?.[lang] ?? key}: ${shown}`;
    })
    .join(' · ');
}
