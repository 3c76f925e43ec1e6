import { describe, expect, it } from 'vitest';
import { displayValue, personalDataExport, personalDataExportSchema } from './export-document.js';

const parts = {
  generatedAt: '2026-11-26T03:00:00.000Z',
  generatedOn: '2026-11-26',
  commune: { id: 'xa', name: 'Xã Yên Bình' },
  cell: { id: 'cb', name: 'Chi bộ thôn Nam' },
  candidate: {
    id: 'qc-1',
    fullName: 'Lò Thị <Ánh>',
    gender: 'F',
    birthDate: '1995-02-03',
    enteredPoolOn: '2024-01-04',
    stage: 'rejected',
    stageSince: '2025-06-01',
    admittedOn: null,
  },
  profile: { residence: 'Thôn Nam', education: 'upper-secondary' as const },
  sensitive: { religion: 'Không', ethnicity: 'Thái' },
  events: [
    {
      id: 'ev-2',
      seq: 2,
      kind: 'rejected',
      occurredOn: '2025-06-01',
      data: { reason: 'x' },
      recordedAt: '2025-06-02T01:00:00.000Z',
    },
    { id: 'ev-1', seq: 1, kind: 'entered-pool', occurredOn: '2024-01-04', data: {}, recordedAt: 'r' },
  ],
  member: null,
  audit: [
    {
      seq: 9,
      at: 'a',
      actorAccountId: 'acc-1',
      action: 'candidate.rejected',
      targetType: 'candidate',
      targetId: 'qc-1',
      payload: {},
    },
    {
      seq: 4,
      at: 'a',
      actorAccountId: null,
      action: 'candidate.read-sensitive',
      targetType: 'candidate',
      targetId: 'qc-1',
      payload: { fields: ['religion'] },
    },
  ],
};

describe('the personal data export document', () => {
  it('lists the fields in the catalogue order with its labels, the steps and the audit oldest first', () => {
    const doc = personalDataExport(parts);
    expect(personalDataExportSchema.parse(doc)).toEqual(doc);
    expect(doc.basic.map((f) => f.key)).toEqual(['residence', 'education']);
    // Ethnicity (item 09) comes before religion (item 10) in the lý lịch, whatever order it was stored in.
    expect(doc.sensitive.map((f) => [f.item, f.label.vi, f.value])).toEqual([
      ['09', 'Dân tộc', 'Thái'],
      ['10', 'Tôn giáo', 'Không'],
    ]);
    expect(doc.events.map((e) => [e.seq, e.label.vi])).toEqual([
      [1, 'Đưa vào nguồn phát triển'],
      [2, 'Không kết nạp'],
    ]);
    expect(doc.audit.map((a) => [a.seq, a.label.vi])).toEqual([
      [4, 'Xem thông tin nhạy cảm'],
      [9, 'Ghi bước: Không kết nạp'],
    ]);
    expect(doc.subject).toMatchObject({
      gender: { label: { vi: 'Nữ' } },
      stage: { label: { vi: 'Không kết nạp' } },
    });
  });

  it('values read as words: dates dd/MM/yyyy, flags Có/Không, codes by their label, field names by theirs', () => {
    expect(displayValue('2020-01-31')).toEqual({
      kind: 'text',
      text: { vi: '31/01/2020', en: '31/01/2020' },
    });
    expect(displayValue(false)).toMatchObject({ text: { vi: 'Không' } });
    expect(displayValue('upper-secondary', 'education')).toMatchObject({ text: { vi: 'Tốt nghiệp THPT' } });
    expect(displayValue(['religion'], 'fields')).toMatchObject({ items: [{ text: { vi: 'Tôn giáo' } }] });
    expect(displayValue([{ from: '2019-09-01', to: null, text: 'Học' }])).toMatchObject({
      kind: 'list',
      items: [
        {
          kind: 'pairs',
          pairs: [
            { label: { vi: 'Từ ngày' }, value: { text: { vi: '01/09/2019' } } },
            { label: { vi: 'Đến ngày' }, value: { text: { vi: '—' } } },
            { label: { vi: 'Nội dung' }, value: { text: { vi: 'Học' } } },
          ],
        },
      ],
    });
  });
});
