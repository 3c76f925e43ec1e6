import { describe, expect, it } from 'vitest';
import { candidateMessages } from './messages.js';
import { sensitiveRows } from './sensitive-fields.js';

const words = candidateMessages.vi;

describe('the sensitive record as the candidate page shows it', () => {
  it("labels each declared field with the catalogue's Vietnamese label, in the catalogue's order", () => {
    const rows = sensitiveRows({ religion: 'Không', ethnicity: 'Kinh' }, 'vi', words);
    expect(rows).toEqual([
      { key: 'ethnicity', label: 'Dân tộc', lines: ['Kinh'] },
      { key: 'religion', label: 'Tôn giáo', lines: ['Không'] },
    ]);
    expect(sensitiveRows({ ethnicity: 'Tày' }, 'en', candidateMessages.en)[0]?.label).toBe('Ethnic group');
  });

  it('writes dates dd/MM/yyyy: periods, and why and when a former member left', () => {
    const rows = sensitiveRows(
      {
        personalHistory: [
          { from: '2008-09-01', to: '2012-06-30', text: 'Học đại học' },
          { from: '2012-08-01', to: null, text: 'Giáo viên' },
        ],
        formerMember: {
          leftOn: '2015-03-02',
          reason: 'convicted-minor',
          recordExpungedOn: '2018-05-04',
          readmittedBefore: false,
        },
      },
      'vi',
      words,
    );
    expect(rows.find((r) => r.key === 'personalHistory')?.lines).toEqual([
      '01/09/2008 – 30/06/2012: Học đại học',
      '01/08/2012 – nay: Giáo viên',
    ]);
    expect(rows.find((r) => r.key === 'formerMember')).toEqual({
      key: 'formerMember',
      label: 'Đã từng vào Đảng',
      lines: [
        'Ra khỏi Đảng ngày 02/03/2015: bị kết án về tội phạm ít nghiêm trọng',
        'Được xóa án tích ngày 04/05/2018',
      ],
    });
  });

  it('says why a former member left in the interface language', () => {
    const former = {
      formerMember: {
        leftOn: '2015-03-02',
        reason: 'abandoned' as const,
        recordExpungedOn: null,
        readmittedBefore: false,
      },
    };
    expect(sensitiveRows(former, 'vi', words)[0]?.lines).toEqual([
      'Ra khỏi Đảng ngày 02/03/2015: tự bỏ sinh hoạt đảng',
    ]);
    expect(sensitiveRows(former, 'en', candidateMessages.en)[0]?.lines).toEqual([
      'Left the Party on 02/03/2015: stopped taking part in party life',
    ]);
  });

  it('writes one line per relative, and leaves out fields declared empty', () => {
    const rows = sensitiveRows(
      {
        ethnicity: '',
        discipline: [],
        family: [
          {
            relation: 'Bố',
            fullName: 'Nguyễn Văn An',
            birthYear: 1960,
            occupation: 'Nông dân',
            partyMember: true,
          },
          { relation: 'Mẹ', fullName: 'Trần Thị Bình', birthYear: null },
        ],
      },
      'vi',
      words,
    );
    expect(rows).toEqual([
      {
        key: 'family',
        label: 'Hoàn cảnh gia đình',
        lines: ['Bố: Nguyễn Văn An (1960), Nông dân, đảng viên', 'Mẹ: Trần Thị Bình'],
      },
    ]);
    expect(sensitiveRows({}, 'vi', words)).toEqual([]);
  });
});
