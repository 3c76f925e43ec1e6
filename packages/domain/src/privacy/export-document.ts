/**
 * Everything the commune office holds about one person, as one document (Law 91/2025/QH15: the data subject's right
 * to obtain their data): the candidate row, the basic and sensitive fields of the person record in the field
 * catalogue's order with its labels, every step of the history with its data, the member record once admitted, and
 * the audit entries about the person (ids, actions, field names: the audit holds no values). The JSON download IS
 * this document; the HTML page renders it. Pure: the api loads the parts, this decides what goes in and in what
 * order.
 */
import { z } from 'zod';
import { auditActionLabel } from '../audit/actions.js';
import type { Bilingual } from '../calendar/index.js';
import { isIsoDate } from '../date.js';
import { isoDay as day } from '../inputs/common-inputs.js';
import { formatDateVi } from '../locale/date-vi.js';
import { eventLabels } from '../pipeline/events.js';
import { type BasicProfile, personFields, type SensitiveProfile } from '../pipeline/field-catalogue.js';
import { type StageName, stageLabels, stageNames } from '../pipeline/stage.js';
import { EDUCATION_LABELS, GENDER_LABELS } from '../reports/labels.js';
import { leavingReasonLabels } from '../rules/index.js';

const bilingual = z.object({ vi: z.string(), en: z.string() });
const json = z.record(z.string(), z.unknown());

/** One field of the person record: its catalogue key, lý lịch item, label and stored value. */
const fieldEntry = z.object({ key: z.string(), item: z.string(), label: bilingual, value: z.unknown() });

/**
 * The export's shape, version 1 (docs/privacy.md, "The export"). Fields are only ever added; a change of meaning is a
 * new `version`.
 */
export const personalDataExportSchema = z.object({
  format: z.literal('ketnap.personal-data-export'),
  version: z.literal(1),
  /** UTC instant the export was made, and that day in Vietnam. */
  generatedAt: z.string(),
  generatedOn: day,
  /** The controller: the commune whose party office holds the dossier. */
  commune: z.object({ id: z.string(), name: z.string() }),
  subject: z.object({
    candidateId: z.string(),
    fullName: z.string(),
    gender: z.object({ code: z.string(), label: bilingual }),
    birthDate: day,
    enteredPoolOn: day,
    cell: z.object({ id: z.string(), name: z.string() }),
    stage: z.object({ code: z.string(), label: bilingual }),
    stageSince: day.nullable(),
    admittedOn: day.nullable(),
  }),
  basic: z.array(fieldEntry),
  sensitive: z.array(fieldEntry),
  events: z.array(
    z.object({
      seq: z.number(),
      id: z.string(),
      kind: z.string(),
      label: bilingual,
      on: day,
      recordedAt: z.string(),
      data: json,
    }),
  ),
  member: z
    .object({
      id: z.string(),
      cellId: z.string(),
      fullName: z.string(),
      gender: z.string(),
      birthDate: day,
      admittedOn: day,
      joinedOn: day,
      officialOn: day.nullable(),
      leftOn: day.nullable(),
      leftReason: z.string().nullable(),
    })
    .nullable(),
  audit: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorAccountId: z.string().nullable(),
      action: z.string(),
      label: bilingual,
      targetType: z.string(),
      targetId: z.string().nullable(),
      payload: json,
    }),
  ),
});

/** The document of {@link personalDataExport}. */
export type PersonalDataExport = z.output<typeof personalDataExportSchema>;

/** What the api loads for an export: rows as stored, the profile and sensitive record already parsed. */
export interface PersonalDataSources {
  generatedAt: string;
  generatedOn: string;
  commune: { id: string; name: string };
  cell: { id: string; name: string };
  candidate: {
    id: string;
    fullName: string;
    gender: string;
    birthDate: string;
    enteredPoolOn: string;
    stage: string;
    stageSince: string | null;
    admittedOn: string | null;
  };
  profile: BasicProfile;
  sensitive: SensitiveProfile;
  events: readonly {
    id: string;
    seq: number;
    kind: string;
    occurredOn: string;
    data: Record<string, unknown>;
    recordedAt: string;
  }[];
  member: PersonalDataExport['member'];
  audit: readonly {
    seq: number;
    at: string;
    actorAccountId: string | null;
    action: string;
    targetType: string;
    targetId: string | null;
    payload: Record<string, unknown>;
  }[];
}

/** The fields of `record` present in the catalogue, in its order, with their labels. */
function fieldsOf(record: Record<string, unknown>): PersonalDataExport['basic'] {
  return Object.entries(personFields)
    .filter(([key]) => record[key] !== undefined)
    .map(([key, f]) => ({ key, item: f.item, label: f.label, value: record[key] }));
}

const labelOf = <K extends string>(table: Record<K, Bilingual>, code: string): Bilingual =>
  (table as Record<string, Bilingual>)[code] ?? { vi: code, en: code };

/**
 * The export document of one person from its parts: the subject, the basic then the sensitive fields in the
 * catalogue's order (absent fields left out), the events in history order, the member record, and the audit
 * entries oldest first.
 */
export function personalDataExport(parts: PersonalDataSources): PersonalDataExport {
  const c = parts.candidate;
  return {
    format: 'ketnap.personal-data-export',
    version: 1,
    generatedAt: parts.generatedAt,
    generatedOn: parts.generatedOn,
    commune: parts.commune,
    subject: {
      candidateId: c.id,
      fullName: c.fullName,
      gender: { code: c.gender, label: labelOf(GENDER_LABELS, c.gender) },
      birthDate: c.birthDate,
      enteredPoolOn: c.enteredPoolOn,
      cell: parts.cell,
      stage: {
        code: c.stage,
        label: (stageNames as readonly string[]).includes(c.stage)
          ? stageLabels[c.stage as StageName]
          : { vi: c.stage, en: c.stage },
      },
      stageSince: c.stageSince,
      admittedOn: c.admittedOn,
    },
    basic: fieldsOf(parts.profile),
    sensitive: fieldsOf(parts.sensitive),
    events: [...parts.events]
      .sort((a, b) => a.seq - b.seq)
      .map((e) => ({
        seq: e.seq,
        id: e.id,
        kind: e.kind,
        label: labelOf(eventLabels, e.kind),
        on: e.occurredOn,
        recordedAt: e.recordedAt,
        data: e.data,
      })),
    member: parts.member,
    audit: [...parts.audit]
      .sort((a, b) => a.seq - b.seq)
      .map((a) => ({ ...a, label: auditActionLabel(a.action) })),
  };
}

/** A value as a reader sees it: a text, a list, or labelled parts (a period, a relative, a vote). */
export type DisplayValue =
  | { kind: 'text'; text: Bilingual }
  | { kind: 'list'; items: DisplayValue[] }
  | { kind: 'pairs'; pairs: { label: Bilingual; value: DisplayValue }[] };

/** The words of the export page: section titles and the names of the subject's and the member's columns. */
export const EXPORT_LABELS = {
  title: {
    vi: 'Dữ liệu cá nhân do Đảng ủy xã lưu giữ',
    en: 'Personal data held by the commune party office',
  },
  intro: {
    vi: 'Bản trích xuất toàn bộ dữ liệu về một người theo quyền của chủ thể dữ liệu (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Nghị định 356/2025/NĐ-CP). Nhật ký thao tác chỉ ghi mã, thao tác và tên trường, không ghi nội dung.',
    en: "An extract of everything held about one person, under the data subject's rights (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). The audit log holds ids, actions and field names, never the data.",
  },
  generatedAt: { vi: 'Thời điểm xuất', en: 'Exported at' },
  commune: { vi: 'Đơn vị lưu giữ', en: 'Held by' },
  subject: { vi: 'Thông tin chung', en: 'The person' },
  candidateId: { vi: 'Mã hồ sơ', en: 'Record id' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  enteredPoolOn: { vi: 'Vào nguồn phát triển', en: 'Entered the pool' },
  cell: { vi: 'Chi bộ', en: 'Cell' },
  stage: { vi: 'Giai đoạn', en: 'Stage' },
  stageSince: { vi: 'Từ ngày', en: 'Since' },
  admittedOn: { vi: 'Ngày quyết định kết nạp', en: 'Admission decided on' },
  basic: { vi: 'Thông tin cơ bản trong lý lịch', en: 'Basic fields of the person record' },
  sensitive: { vi: 'Thông tin nhạy cảm', en: 'Sensitive fields' },
  item: { vi: 'Mục', en: 'Item' },
  field: { vi: 'Trường', en: 'Field' },
  value: { vi: 'Nội dung', en: 'Value' },
  none: { vi: 'Không có.', en: 'None.' },
  events: { vi: 'Các bước đã ghi', en: 'Recorded steps' },
  seq: { vi: 'Số', en: 'No.' },
  step: { vi: 'Bước', en: 'Step' },
  on: { vi: 'Ngày', en: 'Day' },
  recordedAt: { vi: 'Ghi lúc', en: 'Recorded at' },
  data: { vi: 'Chi tiết', en: 'Details' },
  member: { vi: 'Hồ sơ đảng viên', en: 'Member record' },
  memberId: { vi: 'Mã đảng viên', en: 'Member id' },
  joinedOn: { vi: 'Ngày lễ kết nạp', en: 'Ceremony' },
  officialOn: { vi: 'Ngày công nhận chính thức', en: 'Official from' },
  leftOn: { vi: 'Ngày ra khỏi danh sách', en: 'Left on' },
  leftReason: { vi: 'Lý do', en: 'Reason' },
  notMember: { vi: 'Chưa là đảng viên.', en: 'Not a member.' },
  audit: { vi: 'Nhật ký thao tác về người này', en: 'Audit entries about this person' },
  at: { vi: 'Thời điểm', en: 'When' },
  actor: { vi: 'Tài khoản thực hiện', en: 'By account' },
  action: { vi: 'Thao tác', en: 'Action' },
  target: { vi: 'Đối tượng', en: 'Target' },
  empty: { vi: '—', en: '—' },
} as const satisfies Record<string, Bilingual>;

/** Names of the parts of stored values: periods, relatives, a former membership, the data of the steps. */
const PART_LABELS: Record<string, Bilingual> = {
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  text: { vi: 'Nội dung', en: 'Text' },
  relation: { vi: 'Quan hệ', en: 'Relation' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  birthYear: { vi: 'Năm sinh', en: 'Year of birth' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
  partyMember: { vi: 'Là đảng viên', en: 'Party member' },
  politicalHistory: { vi: 'Lịch sử chính trị', en: 'Political history' },
  leftOn: { vi: 'Ngày ra khỏi Đảng', en: 'Left the Party on' },
  reason: { vi: 'Lý do', en: 'Reason' },
  recordExpungedOn: { vi: 'Ngày được xóa án tích', en: 'Record expunged on' },
  readmittedBefore: { vi: 'Đã được kết nạp lại', en: 'Re-admitted before' },
  memberId: { vi: 'Mã đảng viên', en: 'Member id' },
  together: { vi: 'Thời gian cùng công tác, học tập, cư trú', en: 'Time together' },
  serial: { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  issuedOn: { vi: 'Ngày cấp', en: 'Issued on' },
  addressee: { vi: 'Nơi được đề nghị thẩm tra', en: 'Sent to' },
  introducer: { vi: 'Người giới thiệu', en: 'Introducer' },
  kind: { vi: 'Loại', en: 'Kind' },
  replacement: { vi: 'Giới thiệu thay', en: 'Replacement' },
  reference: { vi: 'Số văn bản', en: 'Reference' },
  officialMembers: { vi: 'Số đảng viên chính thức', en: 'Official members' },
  notCounted: { vi: 'Số không tính', en: 'Not counted' },
  inFavour: { vi: 'Số tán thành', en: 'In favour' },
  body: { vi: 'Cấp ủy', en: 'Committee' },
  members: { vi: 'Số ủy viên', en: 'Members' },
  number: { vi: 'Số quyết định', en: 'Decision number' },
  extendedWorkingDays: { vi: 'Số ngày làm việc gia hạn', en: 'Working days of extension' },
  officialFrom: { vi: 'Chính thức từ ngày', en: 'Official from' },
  fields: { vi: 'Các trường', en: 'Fields' },
  eventId: { vi: 'Mã bước', en: 'Step id' },
  recordedBy: { vi: 'Cấp ghi', en: 'Recorded by' },
  rules: { vi: 'Quy định', en: 'Rules' },
  procedure: { vi: 'Chức năng', en: 'Procedure' },
  level: { vi: 'Mức truy cập', en: 'Access level' },
  format: { vi: 'Định dạng', en: 'Format' },
  events: { vi: 'Số bước', en: 'Steps' },
};

/** Words of coded values, by the key they are stored under; a value not listed is shown as it is. */
const CODE_LABELS: Record<string, Record<string, Bilingual>> = {
  education: EDUCATION_LABELS,
  fields: Object.fromEntries(Object.entries(personFields).map(([k, f]) => [k, f.label])),
  reason: {
    ...leavingReasonLabels,
    'over-60': { vi: 'Trên 60 tuổi', en: 'Over 60' },
    'community-elder': { vi: 'Già làng, trưởng bản, người có uy tín', en: 'Community elder' },
    readmission: { vi: 'Kết nạp lại', en: 'Re-admission' },
  },
  relation: {
    work: { vi: 'Cùng công tác', en: 'Work' },
    study: { vi: 'Cùng học tập', en: 'Study' },
    residence: { vi: 'Cùng nơi cư trú', en: 'Residence' },
  },
  kind: {
    member: { vi: 'Đảng viên', en: 'Party member' },
    'youth-union': { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
    'trade-union': { vi: 'Công đoàn', en: 'Trade Union' },
  },
  body: {
    partial: { vi: 'Đảng ủy bộ phận', en: 'Partial committee' },
    grassroots: { vi: 'Đảng ủy cơ sở', en: 'Grassroots committee' },
  },
  recordedBy: {
    commune: { vi: 'Đảng ủy xã', en: 'Commune' },
    cell: { vi: 'Chi bộ', en: 'Cell' },
  },
};

const same = (text: string): Bilingual => ({ vi: text, en: text });

/**
 * A stored value in words: yes/no for a flag, dd/MM/yyyy for a calendar date, the label of a coded value (by the
 * key it is stored under), a list for an array, labelled parts for an object; "—" for nothing.
 */
export function displayValue(value: unknown, key?: string): DisplayValue {
  if (value === null || value === undefined || value === '')
    return { kind: 'text', text: EXPORT_LABELS.empty };
  if (typeof value === 'boolean')
    return { kind: 'text', text: value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' } };
  if (typeof value === 'number') return { kind: 'text', text: same(String(value)) };
  if (typeof value === 'string') {
    const coded = key === undefined ? undefined : CODE_LABELS[key]?.[value];
    if (coded) return { kind: 'text', text: coded };
    if (isIsoDate(value)) return { kind: 'text', text: same(formatDateVi(value)) };
    return { kind: 'text', text: same(value) };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'text', text: EXPORT_LABELS.none };
    return { kind: 'list', items: value.map((v) => displayValue(v, key)) };
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return { kind: 'text', text: EXPORT_LABELS.empty };
    return {
      kind: 'pairs',
      pairs: entries.map(([k, v]) => ({ label: PART_LABELS[k] ?? same(k), value: displayValue(v, k) })),
    };
  }
  return { kind: 'text', text: same(String(value)) };
}
