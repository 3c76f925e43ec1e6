/**
 * The composition of the new members of a year for the commune office's report: gender, age band, ethnicity,
 * religion, education, Youth Union membership and occupation, counted over the person records of those admitted.
 * Only counts come out. The sensitive dimensions (ethnicity, religion) are withheld whole from a reader who may not
 * see sensitive fields: the reader of the year's admissions by name and date could otherwise tell each admittee's
 * religion by comparing two days, or everyone's from a group that holds them all.
 */
import type { Bilingual } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { compareVi } from '../locale/collate-vi.js';
import { foldVi } from '../locale/search-vi.js';
import type { BasicProfile, SensitiveProfile } from '../pipeline/field-catalogue.js';
import { AGE_BAND_LABELS, AGE_BANDS, ageBandOn } from '../quota/composition.js';
import { educationLevels } from '../rules/index.js';
import { EDUCATION_LABELS, GENDER_LABELS, NOT_DECLARED } from './labels.js';

/** One person admitted in the year, as the report counts them. */
export interface AdmittedPerson {
  cellId: string;
  gender: string;
  birthDate: IsoDate;
  decidedOn: IsoDate;
  profile: BasicProfile;
  sensitive: Pick<SensitiveProfile, 'ethnicity' | 'religion'>;
}

/** The dimensions of the composition, in the order the report prints them. */
export const COMPOSITION_DIMENSIONS = [
  'gender',
  'ageBand',
  'ethnicity',
  'religion',
  'education',
  'youthUnion',
  'occupation',
] as const;

export type CompositionDimension = (typeof COMPOSITION_DIMENSIONS)[number];

/** The dimensions read from the sensitive part of the record (audited, and suppressed for readers without it). */
export const SENSITIVE_DIMENSIONS: readonly CompositionDimension[] = ['ethnicity', 'religion'];

/** Headers of the dimensions. */
export const DIMENSION_LABELS: Record<CompositionDimension, Bilingual> = {
  gender: { vi: 'Giới tính', en: 'Gender' },
  ageBand: { vi: 'Độ tuổi', en: 'Age band' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnic group' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  education: { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
  youthUnion: { vi: 'Đoàn viên thanh niên', en: 'Youth Union member' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
};

/** One group of a breakdown. `key` is stable (a code, or the folded free text); `label` is what is printed. */
export interface CompositionGroup {
  key: string;
  label: Bilingual;
  count: number;
}

/** One dimension's counts; `withheld` when suppressed (then `groups` is empty). */
export interface Breakdown {
  dimension: CompositionDimension;
  label: Bilingual;
  sensitive: boolean;
  withheld: boolean;
  groups: CompositionGroup[];
}

/** The composition of a year's new members. */
export interface Composition {
  total: number;
  breakdowns: Breakdown[];
}

const UNDECLARED = '_';
const NO_RELIGION = new Set(['khong', 'khong co', 'khong theo ton giao']);

/** True when a declared religion means "none" (Không, Không có…). */
export function isNoReligion(religion: string): boolean {
  return NO_RELIGION.has(foldVi(religion).trim());
}

/** Free text grouped without regard to case and diacritic variants; the first spelling met is printed. */
function freeText(values: (string | undefined)[]): CompositionGroup[] {
  const groups = new Map<string, CompositionGroup>();
  for (const raw of values) {
    const text = raw?.trim() ?? '';
    const key = text === '' ? UNDECLARED : foldVi(text);
    const group = groups.get(key) ?? {
      key,
      label: text === '' ? NOT_DECLARED : { vi: text, en: text },
      count: 0,
    };
    group.count++;
    groups.set(key, group);
  }
  // Largest first; then Vietnamese order; "not declared" last.
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === UNDECLARED) - Number(b.key === UNDECLARED) ||
      b.count - a.count ||
      compareVi(a.label.vi, b.label.vi),
  );
}

/** Fixed groups (every key present, 0 when none), plus "not declared" when someone did not declare. */
function coded<K extends string>(
  keys: readonly K[],
  labels: Record<K, Bilingual>,
  values: (K | undefined)[],
): CompositionGroup[] {
  const groups = keys.map((key) => ({ key: key as string, label: labels[key], count: 0 }));
  let undeclared = 0;
  for (const v of values) {
    const group = v === undefined ? undefined : groups.find((g) => g.key === v);
    if (group) group.count++;
    else undeclared++;
  }
  return undeclared > 0 ? [...groups, { key: UNDECLARED, label: NOT_DECLARED, count: undeclared }] : groups;
}

/**
 * Counts `people` along every dimension. Each breakdown sums to `total`. With `withholdSensitive` (a reader who may
 * not see sensitive fields) the sensitive breakdowns are withheld whole, whatever their counts: any count there,
 * compared with another day's or with the names a viewer sees, can tell a person's ethnicity or religion.
 */
export function compositionOf(
  people: readonly AdmittedPerson[],
  options: { withholdSensitive: boolean },
): Composition {
  const groupsOf: Record<CompositionDimension, CompositionGroup[]> = {
    gender: coded(
      ['M', 'F'] as const,
      GENDER_LABELS,
      people.map((p) => (p.gender === 'M' || p.gender === 'F' ? p.gender : undefined)),
    ),
    ageBand: coded(
      AGE_BANDS,
      Object.fromEntries(AGE_BANDS.map((b) => [b, { vi: AGE_BAND_LABELS[b], en: b }])) as Record<
        (typeof AGE_BANDS)[number],
        Bilingual
      >,
      people.map((p) => ageBandOn(p.birthDate, p.decidedOn)),
    ),
    ethnicity: freeText(people.map((p) => p.sensitive.ethnicity)),
    religion: freeText(people.map((p) => p.sensitive.religion)),
    education: coded(
      educationLevels,
      EDUCATION_LABELS,
      people.map((p) => p.profile.education),
    ),
    youthUnion: coded(
      ['yes', 'no'] as const,
      { yes: { vi: 'Đoàn viên', en: 'Member' }, no: { vi: 'Không phải đoàn viên', en: 'Not a member' } },
      people.map((p) =>
        p.profile.youthUnionMember === undefined ? undefined : p.profile.youthUnionMember ? 'yes' : 'no',
      ),
    ),
    occupation: freeText(people.map((p) => p.profile.occupation)),
  };
  return {
    total: people.length,
    breakdowns: COMPOSITION_DIMENSIONS.map((dimension) => {
      const sensitive = SENSITIVE_DIMENSIONS.includes(dimension);
      const groups = groupsOf[dimension];
      const withheld = sensitive && options.withholdSensitive;
      return {
        dimension,
        label: DIMENSION_LABELS[dimension],
        sensitive,
        withheld,
        groups: withheld ? [] : groups,
      };
    }),
  };
}

/**
 * What the year's new members achieved of the sub-targets that the record can tell: women, Youth Union
 * members, ethnic minorities (an ethnic group other than Kinh), religious followers (a religion other than none).
 * The private sector is not a field of the record, so it is not counted (null).
 */
export function subTargetAchievement(people: readonly AdmittedPerson[]): {
  female: number;
  youthUnion: number;
  ethnicMinority: number;
  religious: number;
  privateSector: null;
} {
  const declared = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';
  return {
    female: people.filter((p) => p.gender === 'F').length,
    youthUnion: people.filter((p) => p.profile.youthUnionMember === true).length,
    ethnicMinority: people.filter(
      (p) => declared(p.sensitive.ethnicity) && foldVi(p.sensitive.ethnicity) !== 'kinh',
    ).length,
    religious: people.filter((p) => declared(p.sensitive.religion) && !isNoReligion(p.sensitive.religion))
      .length,
    privateSector: null,
  };
}
