import {
  formatDateVi,
  type Lang,
  leavingReasonLabels,
  personFields,
  type SensitiveProfile,
  sensitiveFieldKeys,
} from '@ketnap/domain';

/** The words the sensitive record is written with, besides the catalogue's labels (from `candidateMessages`). */
export interface SensitiveWords {
  untilNow: string;
  leftOn: (date: string, reason: string) => string;
  expungedOn: (date: string) => string;
  readmittedBefore: string;
  partyMember: string;
}

/** One field of the sensitive record as the reader sees it: the catalogue's label, and its value line by line. */
export interface SensitiveRow {
  key: keyof SensitiveProfile;
  label: string;
  lines: string[];
}

type Period = { from: string; to: string | null; text: string };

const period = (p: Period, words: SensitiveWords) =>
  `${formatDateVi(p.from)} – ${p.to ? formatDateVi(p.to) : words.untilNow}${p.text ? `: ${p.text}` : ''}`;

function lines(
  key: keyof SensitiveProfile,
  profile: SensitiveProfile,
  lang: Lang,
  words: SensitiveWords,
): string[] {
  switch (key) {
    case 'nationalId':
    case 'ethnicity':
    case 'religion':
    case 'historicalFeatures':
      return profile[key] ? [profile[key]] : [];
    case 'discipline':
      return profile.discipline ?? [];
    case 'personalHistory':
    case 'foreignTravel':
      return (profile[key] ?? []).map((p) => period(p, words));
    case 'formerMember': {
      const f = profile.formerMember;
      if (!f) return [];
      return [
        words.leftOn(formatDateVi(f.leftOn), leavingReasonLabels[f.reason][lang]),
        ...(f.recordExpungedOn ? [words.expungedOn(formatDateVi(f.recordExpungedOn))] : []),
        ...(f.readmittedBefore ? [words.readmittedBefore] : []),
      ];
    }
    case 'family':
      return (profile.family ?? []).map((r) =>
        [
          `${r.relation}: ${r.fullName}${r.birthYear === null ? '' : ` (${r.birthYear})`}`,
          r.occupation,
          r.partyMember ? words.partyMember : undefined,
          r.politicalHistory,
        ]
          .filter(Boolean)
          .join(', '),
      );
  }
}

/**
 * The declared sensitive fields in the catalogue's order (lý lịch items 09–24), each with the catalogue's label in
 * `lang` and its value as text: dates `dd/MM/yyyy`, periods "from – to: what", the reason for leaving the Party in
 * the reader's language. Fields not declared, or declared empty, are left out.
 */
export function sensitiveRows(profile: SensitiveProfile, lang: Lang, words: SensitiveWords): SensitiveRow[] {
  const rows: SensitiveRow[] = [];
  for (const key of sensitiveFieldKeys) {
    const values = lines(key, profile, lang, words);
    if (values.length > 0) rows.push({ key, label: personFields[key].label[lang], lines: values });
  }
  return rows;
}
