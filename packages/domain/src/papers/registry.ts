/**
 * The registry of the papers the organisation issues in the admission and recognition procedure (issue 13), as
 * versioned data: for each kind its document id in rules.md §4, its form number under the guide in force on the
 * step's day, who issues it, at which step, which facts fill it and its register symbol. Papers the applicant or a
 * member writes by hand are listed apart ({@link handwrittenPapers}): ketnap never generates them.
 */
import type { Bilingual } from '../calendar/index.js';
import type { PipelineEventKind } from '../pipeline/events.js';
import type { CaseStep } from '../rules/types.js';
import {
  formsUnder,
  kndForms,
  type PaperForm,
  procedureGuides,
  statisticsGuide,
  unnumberedForms,
} from './forms.js';

/** Who issues (signs) a paper. */
export type PaperIssuer =
  | 'introducer'
  | 'youth-union'
  | 'trade-union'
  | 'cell-committee'
  | 'cell'
  | 'standing-committee'
  | 'political-centre'
  | 'commune-committee'
  | 'verified-committee';

/** Vietnamese and English names of the issuers. */
export const issuerLabels: Record<PaperIssuer, Bilingual> = {
  introducer: { vi: 'Đảng viên giới thiệu', en: 'Introducing member' },
  'youth-union': { vi: 'Ban Chấp hành Đoàn cơ sở', en: 'Youth Union grassroots executive' },
  'trade-union': { vi: 'Ban Chấp hành Công đoàn cơ sở', en: 'Trade Union grassroots executive' },
  'cell-committee': { vi: 'Chi ủy (chi bộ)', en: 'Cell committee' },
  cell: { vi: 'Chi bộ', en: 'Party cell' },
  'standing-committee': { vi: 'Ban Thường vụ Đảng ủy xã', en: "Commune committee's standing committee" },
  'political-centre': { vi: 'Trung tâm chính trị xã', en: 'Commune political centre' },
  'commune-committee': { vi: 'Đảng ủy xã', en: 'Commune Party committee' },
  'verified-committee': { vi: 'Cấp ủy nơi được thẩm tra', en: 'Party committee asked to verify' },
};

/** A fact a paper is filled from; the shell loads them ({@link PaperFacts}). */
export type PaperFact =
  | 'commune.name'
  | 'commune.province'
  | 'cell.name'
  | 'candidate.fullName'
  | 'candidate.birthDate'
  | 'candidate.gender'
  | 'candidate.residence'
  | 'candidate.occupation'
  | 'step.on'
  | 'introducer.name'
  | 'verification.addressee'
  | 'vote.counts'
  | 'decision.number'
  | 'admission.on'
  | 'ceremony.on'
  | 'statistics.rows';

/** Vietnamese and English names of the facts, for the list of what to fill first. */
export const factLabels: Record<PaperFact, Bilingual> = {
  'commune.name': { vi: 'Tên xã', en: 'Commune name' },
  'commune.province': { vi: 'Tên tỉnh', en: 'Province name' },
  'cell.name': { vi: 'Tên chi bộ', en: 'Cell name' },
  'candidate.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'candidate.birthDate': { vi: 'Ngày sinh', en: 'Date of birth' },
  'candidate.gender': { vi: 'Giới tính', en: 'Gender' },
  'candidate.residence': { vi: 'Nơi cư trú', en: 'Residence' },
  'candidate.occupation': { vi: 'Nghề nghiệp', en: 'Occupation' },
  'step.on': { vi: 'Ngày của bước', en: "The step's day" },
  'introducer.name': { vi: 'Họ tên đảng viên giới thiệu', en: "Introducer's name" },
  'verification.addressee': { vi: 'Nơi đề nghị thẩm tra', en: 'Committee asked to verify' },
  'vote.counts': { vi: 'Kết quả biểu quyết', en: 'Vote counts' },
  'decision.number': { vi: 'Số quyết định', en: 'Decision number' },
  'admission.on': { vi: 'Ngày quyết định kết nạp', en: 'Admission decision day' },
  'ceremony.on': { vi: 'Ngày lễ kết nạp', en: 'Ceremony day' },
  'statistics.rows': { vi: 'Số liệu kết nạp của năm', en: "The year's admission figures" },
};

/** One kind of paper ketnap generates. */
export interface PaperKindEntry {
  kind: string;
  /** The document's id in rules.md §4 (D-xx), or `—` where the catalogue lists none. */
  document: string;
  title: Bilingual;
  issuedBy: PaperIssuer;
  /** The step that issues it; `annual` for the year's statistics. */
  step: PipelineEventKind | 'annual';
  /** The case step whose rules must pass before the paper is issued (a failed step issues no paper). */
  judgedAt: CaseStep | null;
  facts: readonly PaperFact[];
  /** The register's default symbol (`NQ/CB`: resolution of a cell); null: not numbered by the commune's register. */
  symbol: string | null;
  forms: readonly PaperForm[];
}

const { hd09, hd12, hd38 } = procedureGuides;
const person = ['candidate.fullName', 'candidate.birthDate', 'candidate.gender'] as const;
const place = ['commune.name', 'commune.province', 'cell.name'] as const;

/** Every kind, in the order the procedure meets them. */
export const paperKinds = [
  {
    kind: 'introduction-letter',
    document: 'D-04',
    title: { vi: 'Giấy giới thiệu người vào Đảng', en: 'Letter introducing the applicant' },
    issuedBy: 'introducer',
    step: 'introduction',
    judgedAt: null,
    facts: [...place, ...person, 'introducer.name', 'step.on'],
    symbol: null,
    // ketnap prints the header and the parties; the introducer writes the assessment by hand (D-V3).
    forms: kndForms('3-KNĐ', 'H'),
  },
  {
    kind: 'youth-union-introduction',
    document: 'D-05',
    title: {
      vi: 'Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng',
      en: 'Youth Union resolution introducing an outstanding member',
    },
    issuedBy: 'youth-union',
    step: 'introduction',
    judgedAt: null,
    facts: [...place, ...person, 'step.on'],
    symbol: 'NQ/ĐTN',
    forms: kndForms('4-KNĐ', 'M'),
  },
  {
    kind: 'trade-union-introduction',
    document: 'D-05',
    title: {
      vi: 'Nghị quyết giới thiệu đoàn viên công đoàn ưu tú vào Đảng',
      en: 'Trade Union resolution introducing an outstanding member',
    },
    issuedBy: 'trade-union',
    step: 'introduction',
    judgedAt: null,
    facts: [...place, ...person, 'step.on'],
    symbol: 'NQ/CĐ',
    forms: kndForms('4A-KNĐ', 'M'),
  },
  {
    kind: 'mass-opinion-summary',
    document: 'D-06',
    title: {
      vi: 'Tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội nơi làm việc và chi ủy, chi bộ nơi cư trú đối với người xin vào Đảng',
      en: 'Summary of the opinions of the mass organisations and the residence cell on the applicant',
    },
    issuedBy: 'cell-committee',
    step: 'residence-comment',
    judgedAt: null,
    facts: [...place, ...person, 'candidate.residence', 'step.on'],
    symbol: 'TH/CB',
    forms: kndForms('5-KNĐ', 'M'),
  },
  {
    kind: 'verification-request',
    document: 'D-12',
    title: { vi: 'Công văn đề nghị thẩm tra lý lịch', en: 'Request to verify the background record' },
    issuedBy: 'commune-committee',
    step: 'verification-requested',
    judgedAt: null,
    facts: [...place, ...person, 'candidate.residence', 'verification.addressee', 'step.on'],
    symbol: 'CV/ĐU',
    forms: kndForms('20-KNĐ', 'M', 'Mẫu 20-KNĐ (V-05)'),
  },
  {
    kind: 'verification-reply',
    document: 'D-12',
    title: { vi: 'Công văn trả lời thẩm tra lý lịch', en: 'Reply to the verification request' },
    issuedBy: 'verified-committee',
    step: 'verification-answered',
    judgedAt: null,
    facts: [...place, ...person, 'step.on'],
    symbol: 'CV/ĐU',
    // No numbered reply form is known in rules.md: the reply is an ordinary official letter (công văn).
    forms: unnumberedForms(
      'L',
      'thẩm tra lý lịch (công văn trả lời, không có mẫu riêng)',
      'thẩm tra lý lịch (công văn trả lời, chưa đối chiếu)',
    ),
  },
  {
    kind: 'cell-admission-resolution',
    document: 'D-07',
    title: { vi: 'Nghị quyết đề nghị kết nạp đảng viên', en: "Cell's resolution proposing admission" },
    issuedBy: 'cell',
    step: 'cell-vote',
    judgedAt: 'cell-vote',
    facts: [...place, ...person, 'vote.counts', 'step.on'],
    symbol: 'NQ/CB',
    forms: kndForms('6-KNĐ', 'H'),
  },
  {
    kind: 'admission-decision',
    document: 'D-10',
    title: { vi: 'Quyết định kết nạp đảng viên', en: 'Decision on admission' },
    issuedBy: 'standing-committee',
    step: 'admission-decision',
    judgedAt: 'decision',
    facts: [...place, ...person, 'decision.number', 'step.on'],
    symbol: 'QĐ/ĐU',
    forms: kndForms('9-KNĐ', 'H'),
  },
  {
    kind: 'admission-minutes',
    document: '—',
    title: {
      vi: 'Biên bản họp Ban Thường vụ xét kết nạp đảng viên',
      en: "Minutes of the standing committee's meeting on admission",
    },
    issuedBy: 'standing-committee',
    step: 'admission-decision',
    judgedAt: 'decision',
    facts: [...place, ...person, 'decision.number', 'step.on'],
    symbol: 'BB/ĐU',
    // The minutes are an ordinary meeting record (biên bản): the guides give no KNĐ form for them.
    forms: unnumberedForms(
      'L',
      'biên bản họp cấp ủy (không có mẫu KNĐ)',
      'biên bản họp cấp ủy (chưa đối chiếu)',
    ),
  },
  {
    kind: 'ceremony-programme',
    document: '—',
    title: { vi: 'Chương trình lễ kết nạp đảng viên', en: 'Programme of the admission ceremony' },
    issuedBy: 'cell',
    step: 'ceremony',
    judgedAt: 'ceremony',
    facts: [...place, ...person, 'decision.number', 'admission.on', 'step.on'],
    symbol: null,
    // The order of the ceremony follows the guide's point on the ceremony; it has no numbered form.
    forms: unnumberedForms(
      'M',
      'trình tự lễ kết nạp đảng viên (không có mẫu số)',
      'trình tự lễ kết nạp đảng viên (chưa đối chiếu)',
    ),
  },
  {
    kind: 'new-member-certificate',
    document: 'D-20',
    title: {
      vi: 'Giấy chứng nhận học lớp bồi dưỡng đảng viên mới',
      en: 'Certificate of the new-member course',
    },
    issuedBy: 'political-centre',
    step: 'new-member-certificate',
    judgedAt: null,
    facts: [...place, ...person, 'step.on'],
    symbol: 'GCN/TTCT',
    forms: formsUnder([
      [hd09, 'Giấy chứng nhận', 'L', 'mẫu giấy chứng nhận của cơ quan tuyên giáo (không có số KNĐ)'],
      [hd12, 'Giấy chứng nhận', 'L', 'mẫu giấy chứng nhận của cơ quan tuyên giáo (không có số KNĐ)'],
      [hd38, 'Phụ lục 3, mục 14.1', 'M', 'Phụ lục 3, tiểu mục 14.1/14/I (theo 1147-QĐ/BTGDVTW)'],
    ]),
  },
  {
    kind: 'probation-opinion-summary',
    document: 'D-23',
    title: {
      vi: 'Tổng hợp ý kiến nhận xét của đoàn thể chính trị - xã hội nơi làm việc và chi ủy, chi bộ nơi cư trú đối với đảng viên dự bị',
      en: 'Summary of the opinions on a probationary member',
    },
    issuedBy: 'cell-committee',
    step: 'probation-review',
    judgedAt: null,
    facts: [...place, ...person, 'admission.on', 'step.on'],
    symbol: 'TH/CB',
    forms: kndForms('12-KNĐ', 'H'),
  },
  {
    kind: 'cell-recognition-resolution',
    document: 'D-24',
    title: {
      vi: 'Nghị quyết đề nghị công nhận đảng viên chính thức',
      en: "Cell's resolution proposing recognition as an official member",
    },
    issuedBy: 'cell',
    step: 'recognition-vote',
    judgedAt: 'recognition-vote',
    facts: [...place, ...person, 'admission.on', 'ceremony.on', 'vote.counts', 'step.on'],
    symbol: 'NQ/CB',
    forms: kndForms('13-KNĐ', 'H'),
  },
  {
    kind: 'recognition-decision',
    document: 'D-27',
    title: { vi: 'Quyết định công nhận đảng viên chính thức', en: 'Decision recognising an official member' },
    issuedBy: 'standing-committee',
    step: 'recognition-decision',
    judgedAt: 'recognition-decision',
    facts: [...place, ...person, 'admission.on', 'ceremony.on', 'decision.number', 'step.on'],
    symbol: 'QĐ/ĐU',
    forms: kndForms('16-KNĐ', 'H', 'Mẫu 16-KNĐ (L-12: ngày chính thức là ngày hết 12 tháng dự bị)'),
  },
  {
    kind: 'annual-statistics',
    document: '—',
    title: { vi: 'Báo cáo thống kê kết nạp đảng viên năm', en: 'Annual statistics of new members' },
    issuedBy: 'commune-committee',
    step: 'annual',
    judgedAt: null,
    facts: ['commune.name', 'commune.province', 'statistics.rows'],
    symbol: 'BC/ĐU',
    forms: formsUnder([
      [statisticsGuide, null, 'L', 'biểu thống kê đảng viên mới kết nạp (số biểu chưa đối chiếu)'],
    ]),
  },
] as const satisfies readonly PaperKindEntry[];

/** The kinds' names: `admission-decision`, … */
export type PaperKind = (typeof paperKinds)[number]['kind'];

/** Every kind's name, in the registry's order. */
export const paperKindNames: readonly PaperKind[] = paperKinds.map((k) => k.kind);

/** The registry entry of `kind`. */
export function paperKind(kind: PaperKind): PaperKindEntry {
  const entry = paperKinds.find((k) => k.kind === kind);
  if (!entry) throw new Error(`no paper kind ${kind}`);
  return entry;
}

/** Whether `text` names a kind of the registry (a route's or the command line's argument). */
export function isPaperKind(text: string): text is PaperKind {
  return paperKinds.some((k) => k.kind === text);
}

/**
 * Issuers whose papers are not numbered in the commune's register: the unions number their resolutions in their
 * own, the committee asked to verify answers under its own number, and an introducer's letter has none.
 */
const OWN_REGISTER: ReadonlySet<PaperIssuer> = new Set([
  'youth-union',
  'trade-union',
  'introducer',
  'verified-committee',
]);

/** Whether the paper is the decision whose number is typed with its step, not one the register gives. */
export function numberTypedWithStep(entry: PaperKindEntry): boolean {
  return entry.kind === entry.step && entry.facts.includes('decision.number');
}

/**
 * The kinds the commune's register numbers when a step of `kind` is recorded: those the step issues that carry a
 * symbol, issued by the commune's Party bodies, and whose number is not typed with the step (the decisions keep
 * the number written on them).
 */
export function registeredPapersOf(kind: string): PaperKindEntry[] {
  return paperKinds.filter(
    (k) => k.step === kind && k.symbol !== null && !OWN_REGISTER.has(k.issuedBy) && !numberTypedWithStep(k),
  );
}
