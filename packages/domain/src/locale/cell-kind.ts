/** What a party cell is attached to: it decides how the cell is named and grouped on the board and in reports. */
export type CellKind = 'rural' | 'school' | 'police' | 'agency' | 'enterprise' | 'other';

/** The interface languages: Vietnamese first, English as a toggle. */
export type Lang = 'vi' | 'en';

const LABELS: Record<CellKind, Record<Lang, string>> = {
  rural: { vi: 'Chi bộ nông thôn', en: 'Rural cell' },
  school: { vi: 'Chi bộ trường học', en: 'School cell' },
  police: { vi: 'Chi bộ công an', en: 'Police cell' },
  agency: { vi: 'Chi bộ cơ quan', en: 'Agency cell' },
  enterprise: { vi: 'Chi bộ doanh nghiệp', en: 'Enterprise cell' },
  other: { vi: 'Chi bộ khác', en: 'Other cell' },
};

/** The label of a cell kind, `rural` → `Chi bộ nông thôn` (or `Rural cell` in English). */
export function cellKindLabel(kind: CellKind, lang: Lang = 'vi'): string {
  return LABELS[kind][lang];
}
