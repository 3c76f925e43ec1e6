/**
 * The ONE catalogue of a candidate's person record: the background fields of the lý lịch (Mẫu 2-KNĐ, rules.md §11),
 * each classed `basic` or `sensitive` (Law 91/2025/QH15 and Decree 356/2025/NĐ-CP: ethnic origin, religion,
 * political history, criminal record, foreign contacts and third parties' data are sensitive). The database keeps
 * the two classes apart and reads sensitive fields only through an audited query; the profile schemas below are
 * built from this table, so a field's class is stated once.
 *
 * Full name, gender and birth date (items 01, 02, 05) are columns of the candidate; the rest live in the profile.
 */
import { z } from 'zod';
import { isoDay } from '../inputs/common-inputs.js';
import { educationLevels, leavingReasons } from '../rules/index.js';

/** How a field may be read: `basic` with the candidate, `sensitive` only through the audited read. */
export type Sensitivity = 'basic' | 'sensitive';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự.` });
const period = z.strictObject({ from: isoDay, to: isoDay.nullable(), text: text(500) });
const yesNo = z.boolean({ error: 'Chọn có hoặc không.' });

/** A relative declared in item 24 (father, mother, spouse, children …): third-party data, always sensitive. */
const relative = z.strictObject({
  relation: text(40),
  fullName: text(120),
  birthYear: z
    .int({ error: 'Năm sinh là một số nguyên (để trống nếu không rõ).' })
    .min(1850, { error: 'Năm sinh từ 1850 đến 2200.' })
    .max(2200, { error: 'Năm sinh từ 1850 đến 2200.' })
    .nullable(),
  occupation: text(200).optional(),
  partyMember: yesNo.optional(),
  politicalHistory: text(2000).optional(),
});

/** Why and when a former member left (items 15–16); the rules of re-admission (L-20..L-22) read it. */
const formerMember = z.strictObject({
  leftOn: isoDay,
  reason: z.enum(leavingReasons, { error: 'Chọn lý do ra khỏi Đảng.' }),
  recordExpungedOn: isoDay.nullable().default(null),
  readmittedBefore: yesNo.default(false),
});

const field = <V extends Sensitivity, S extends z.ZodType>(
  item: string,
  sensitivity: V,
  vi: string,
  en: string,
  schema: S,
) => ({
  item,
  sensitivity,
  label: { vi, en },
  schema,
});

/**
 * Every profile field: lý lịch item number, class, label, and schema. Items marked "basic/sensitive" or
 * "sensitive-adjacent" in rules.md are classed sensitive here except union membership (13–14), which the rules
 * engine needs for E-13 on every rule check.
 */
export const personFields = {
  birthName: field('03', 'basic', 'Họ và tên khai sinh', 'Name at birth', text(120)),
  aliases: field('04', 'basic', 'Các bí danh', 'Aliases', z.array(text(120)).max(10)),
  birthPlace: field('06', 'basic', 'Nơi sinh', 'Place of birth', text(300)),
  hometown: field('07', 'basic', 'Quê quán', 'Hometown', text(300)),
  residence: field('08', 'basic', 'Nơi cư trú', 'Residence', text(300)),
  occupation: field('11', 'basic', 'Nghề nghiệp hiện nay', 'Occupation', text(200)),
  education: field(
    '12',
    'basic',
    'Trình độ giáo dục phổ thông',
    'General education',
    z.enum(educationLevels, { error: 'Chọn trình độ học vấn.' }),
  ),
  hardshipArea: field('12', 'basic', 'Sống ở vùng khó khăn (E-06)', 'Lives in a hardship area (E-06)', yesNo),
  communityElder: field(
    '12',
    'basic',
    'Già làng, trưởng bản, người có uy tín (E-07)',
    'Community elder (E-07)',
    yesNo,
  ),
  youthUnionMember: field('13', 'basic', 'Đoàn viên Đoàn TNCS Hồ Chí Minh', 'Youth Union member', yesNo),
  youthUnionJoinedOn: field('13', 'basic', 'Ngày vào Đoàn', 'Joined the Youth Union on', isoDay),
  tradeUnionMember: field('14', 'basic', 'Đoàn viên công đoàn', 'Trade Union member', yesNo),
  workHistory: field(
    '18',
    'basic',
    'Những công tác và chức vụ đã qua',
    'Work and positions',
    z.array(period).max(50),
  ),
  training: field('20', 'basic', 'Những lớp đào tạo, bồi dưỡng', 'Training', z.array(period).max(50)),
  awards: field('22', 'basic', 'Khen thưởng', 'Awards', z.array(text(300)).max(50)),
  selfAssessment: field('25', 'basic', 'Tự nhận xét', 'Self-assessment', text(4000)),
  // Not a lý lịch item, but it identifies the person everywhere else: kept with the sensitive fields (audited read,
  // never shown to viewers).
  nationalId: field(
    '—',
    'sensitive',
    'Số định danh cá nhân',
    'Personal ID number',
    z.string().regex(/^\d{12}$/, { error: 'Số định danh gồm 12 chữ số.' }),
  ),
  ethnicity: field('09', 'sensitive', 'Dân tộc', 'Ethnic group', text(60)),
  religion: field('10', 'sensitive', 'Tôn giáo', 'Religion', text(100)),
  formerMember: field('15–16', 'sensitive', 'Đã từng vào Đảng', 'Former party membership', formerMember),
  personalHistory: field('17', 'sensitive', 'Lịch sử bản thân', 'Personal history', z.array(period).max(50)),
  historicalFeatures: field('19', 'sensitive', 'Đặc điểm lịch sử', 'Historical features', text(4000)),
  foreignTravel: field('21', 'sensitive', 'Đi nước ngoài', 'Travel abroad', z.array(period).max(50)),
  discipline: field('23', 'sensitive', 'Kỷ luật', 'Discipline', z.array(text(300)).max(50)),
  family: field('24', 'sensitive', 'Hoàn cảnh gia đình', 'Family', z.array(relative).max(40)),
} as const;

type Fields = typeof personFields;
/** Names of the fields of one class. */
export type FieldKey<S extends Sensitivity> = {
  [K in keyof Fields]: Fields[K]['sensitivity'] extends S ? K : never;
}[keyof Fields];
type ProfileShape<S extends Sensitivity> = { [K in FieldKey<S>]: z.ZodOptional<Fields[K]['schema']> };

function profileSchema<S extends Sensitivity>(sensitivity: S): z.ZodObject<ProfileShape<S>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, f] of Object.entries(personFields))
    if (f.sensitivity === sensitivity) shape[key] = f.schema.optional();
  return z.strictObject(shape) as unknown as z.ZodObject<ProfileShape<S>, z.core.$strict>;
}

/** The basic fields of the profile, all optional (a record fills in over time); unknown keys are refused. */
export const basicProfileSchema = profileSchema('basic');
/** The sensitive fields, stored apart and read only through the audited procedure. */
export const sensitiveProfileSchema = profileSchema('sensitive');

export type BasicProfile = z.output<typeof basicProfileSchema>;
export type SensitiveProfile = z.output<typeof sensitiveProfileSchema>;

/** Every sensitive field's name, in the catalogue's order. */
export const sensitiveFieldKeys = Object.keys(personFields).filter(
  (k) => personFields[k as keyof Fields].sensitivity === 'sensitive',
) as [FieldKey<'sensitive'>, ...FieldKey<'sensitive'>[]];

/** The names of the sensitive fields present in `profile`: what an audit entry may name (never the values). */
export function sensitiveFieldNames(profile: SensitiveProfile): string[] {
  return Object.keys(profile).filter((k) => (sensitiveFieldKeys as readonly string[]).includes(k));
}
