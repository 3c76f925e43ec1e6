import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one. The form catalogue rows below are data as of
// this migration; a later correction (38-HD/BTCTW's codes once confirmed) is a new migration or an admin edit.

/** Form catalogue rows: [document, stage, requiredWhen, satisfiedBy, title vi, title en, 12-HD code, 38-HD code]. */
const FORMS: [string, string, string, string, string, string, string, string][] = [
  [
    'D-01',
    'admission',
    'always',
    'certificate',
    'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
    'Party-awareness class certificate',
    'Giấy chứng nhận',
    'Phụ lục 3, mục 1.1',
  ],
  [
    'D-02',
    'admission',
    'always',
    'application',
    'Đơn xin vào Đảng',
    'Application for membership',
    '1-KNĐ',
    '1-KNĐ',
  ],
  [
    'D-03',
    'admission',
    'always',
    'background-declared',
    'Lý lịch của người xin vào Đảng',
    'Background record',
    '2-KNĐ',
    '2-KNĐ',
  ],
  [
    'D-04',
    'admission',
    'always',
    'introduction',
    'Giấy giới thiệu người vào Đảng',
    'Introduction by a member',
    '3-KNĐ',
    '3-KNĐ',
  ],
  [
    'D-05',
    'admission',
    'union-route',
    'introduction',
    'Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng',
    'Union resolution introducing the candidate',
    '4-KNĐ',
    '4-KNĐ',
  ],
  [
    'D-06',
    'admission',
    'always',
    'union-comment',
    'Tổng hợp ý kiến nhận xét của đoàn thể nơi làm việc',
    'Summary of the unions’ comments',
    '5-KNĐ',
    '5-KNĐ',
  ],
  [
    'D-06',
    'admission',
    'always',
    'residence-comment',
    'Nhận xét của chi ủy, chi bộ nơi cư trú',
    'Comments of the residence cell',
    '5-KNĐ (phiếu)',
    '5-KNĐ (phiếu)',
  ],
  [
    'D-12',
    'admission',
    'always',
    'verification-requested',
    'Công văn đề nghị thẩm tra lý lịch',
    'Verification request',
    '20-KNĐ',
    '20-KNĐ',
  ],
  [
    'D-07',
    'admission',
    'always',
    'cell-vote',
    'Nghị quyết đề nghị kết nạp của chi bộ',
    'Cell resolution proposing admission',
    '6-KNĐ',
    '6-KNĐ',
  ],
  [
    'D-08',
    'admission',
    'partial-committee',
    'committee-resolution',
    'Báo cáo thẩm định của đảng ủy bộ phận',
    'Partial committee appraisal',
    '7-KNĐ',
    '7-KNĐ',
  ],
  [
    'D-09',
    'admission',
    'grassroots-committee',
    'committee-resolution',
    'Nghị quyết đề nghị kết nạp của đảng ủy cơ sở',
    'Grassroots committee resolution',
    '8-KNĐ',
    '8-KNĐ',
  ],
  [
    'D-10',
    'admission',
    'always',
    'admission-decision',
    'Quyết định kết nạp đảng viên',
    'Admission decision',
    '9-KNĐ',
    '9-KNĐ',
  ],
  [
    'D-20',
    'recognition',
    'always',
    'new-member-certificate',
    'Giấy chứng nhận học lớp bồi dưỡng đảng viên mới',
    'New-member class certificate',
    'Giấy chứng nhận',
    'Phụ lục 3, mục 14.1',
  ],
  [
    'D-21',
    'recognition',
    'always',
    'probation-review',
    'Bản tự kiểm điểm của đảng viên dự bị',
    'Probationary member’s self-review',
    '10-KNĐ',
    '10-KNĐ',
  ],
  [
    'D-22',
    'recognition',
    'always',
    'probation-review',
    'Bản nhận xét của đảng viên được phân công giúp đỡ',
    'Helper’s review',
    '11-KNĐ',
    '11-KNĐ',
  ],
  [
    'D-23',
    'recognition',
    'always',
    'union-comment',
    'Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú',
    'Summary of comments',
    '12-KNĐ',
    '12-KNĐ',
  ],
  [
    'D-24',
    'recognition',
    'always',
    'recognition-vote',
    'Nghị quyết đề nghị công nhận đảng viên chính thức của chi bộ',
    'Cell resolution proposing recognition',
    '13-KNĐ',
    '13-KNĐ',
  ],
  [
    'D-25',
    'recognition',
    'partial-committee',
    'committee-resolution',
    'Báo cáo thẩm định của đảng ủy bộ phận',
    'Partial committee appraisal',
    '14-KNĐ',
    '14-KNĐ',
  ],
  [
    'D-26',
    'recognition',
    'grassroots-committee',
    'committee-resolution',
    'Nghị quyết đề nghị công nhận chính thức của đảng ủy cơ sở',
    'Grassroots committee resolution',
    '15-KNĐ',
    '15-KNĐ',
  ],
  [
    'D-27',
    'recognition',
    'always',
    'recognition-decision',
    'Quyết định công nhận đảng viên chính thức',
    'Recognition decision',
    '16-KNĐ',
    '16-KNĐ',
  ],
];

/** The two regimes: 12-HD/BTCTW (18/01/2022, codes confirmed: H) and 38-HD/BTCTW (29/09/2025, codes unverified: L). */
const REGIMES = [
  { regime: 'HD12_2022', inForceFrom: '2022-01-18', code: 6, confidence: 'H' },
  { regime: 'HD38_2025', inForceFrom: '2025-09-29', code: 7, confidence: 'L' },
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  // Whether the unit has a Youth Union / Trade Union organisation (E-13, I-01); null = not recorded.
  await db.schema.alterTable('org_unit').addColumn('youth_union_present', 'integer').execute();
  await db.schema.alterTable('org_unit').addColumn('trade_union_present', 'integer').execute();

  // Mergers and splits: which units a unit's members and candidates went to, and when (the units keep their dates).
  await db.schema
    .createTable('org_unit_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('to_unit_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('reference', 'text')
    .execute();

  // The candidate's basic person record, the diacritic-free name for search, and a cache of what the events
  // determine (stage, next deadline), rebuilt from the events in the transaction that appends one.
  await db.schema
    .alterTable('candidate')
    .addColumn('profile', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .alterTable('candidate')
    .addColumn('name_folded', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('candidate')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('pool'))
    .execute();
  await db.schema.alterTable('candidate').addColumn('stage_since', 'text').execute();
  await db.schema.alterTable('candidate').addColumn('next_due', 'text').execute();
  await db.schema.alterTable('candidate').addColumn('next_due_rule', 'text').execute();
  await db.schema.createIndex('candidate_cell_stage').on('candidate').columns(['cell_id', 'stage']).execute();

  // Sensitive fields of the person record, apart: read only by the audited query.
  await db.schema
    .createTable('candidate_sensitive')
    .addColumn('candidate_id', 'text', (c) => c.primaryKey().references('candidate.id'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('form_catalogue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('in_force_from', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('title_vi', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('required_when', 'text', (c) => c.notNull())
    .addColumn('satisfied_by', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  const rows = REGIMES.flatMap((r) =>
    FORMS.map((f, i) => ({
      id: `${r.regime}:${i + 1}`,
      regime: r.regime,
      in_force_from: r.inForceFrom,
      document: f[0],
      form_code: f[r.code],
      title_vi: f[4],
      title_en: f[5],
      stage: f[1],
      required_when: f[2],
      satisfied_by: f[3],
      // The certificate items of 38-HD are cited by appendix item in 1147-QĐ/BTGDVTW (M); the KNĐ numbers are not.
      confidence: r.regime === 'HD38_2025' && f[r.code].startsWith('Phụ lục') ? 'M' : r.confidence,
      position: i + 1,
    })),
  );
  await db.insertInto('form_catalogue').values(rows).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['form_catalogue', 'candidate_sensitive', 'org_unit_change'])
    await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('candidate_cell_stage').execute();
  for (const column of ['next_due_rule', 'next_due', 'stage_since', 'stage', 'name_folded', 'profile'])
    await db.schema.alterTable('candidate').dropColumn(column).execute();
  for (const column of ['trade_union_present', 'youth_union_present'])
    await db.schema.alterTable('org_unit').dropColumn(column).execute();
}
