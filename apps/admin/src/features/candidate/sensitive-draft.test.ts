import type { SensitiveProfile } from '@ketnap/domain';
import { describe, expect, it } from 'vitest';
import {
  draftSensitive,
  emptyFormerMember,
  emptyPeriod,
  emptyRelative,
  judgeSensitive,
  type SensitiveDraft,
  sensitiveDraft,
} from './sensitive-draft.js';

const full: SensitiveProfile = {
  ethnicity: 'Kinh',
  religion: 'Không',
  formerMember: {
    leftOn: '2015-03-02',
    reason: 'resigned',
    recordExpungedOn: null,
    readmittedBefore: false,
  },
  personalHistory: [{ from: '2005-09-05', to: null, text: 'Học sinh' }],
  historicalFeatures: 'Không có gì',
  foreignTravel: [{ from: '2019-01-10', to: '2019-01-20', text: 'Du lịch Thái Lan' }],
  discipline: ['Khiển trách 2018'],
  family: [
    { relation: 'Bố', fullName: 'Vũ Văn An', birthYear: 1960, occupation: 'Nông dân', partyMember: true },
    { relation: 'Mẹ', fullName: 'Lê Thị Bình', birthYear: null },
  ],
};

const judged = (saved: SensitiveProfile, edit: (d: SensitiveDraft) => void) => {
  const draft = sensitiveDraft(saved);
  edit(draft);
  return judgeSensitive(saved, draft);
};

describe('the sensitive record in the editor', () => {
  it('shows dates dd/MM/yyyy, an open period and an unknown year as empty, nothing declared as empty fields', () => {
    const d = sensitiveDraft(full);
    expect(d.personalHistory).toEqual([{ from: '05/09/2005', to: '', text: 'Học sinh' }]);
    expect(d.formerMember).toEqual({
      leftOn: '02/03/2015',
      reason: 'resigned',
      recordExpungedOn: '',
      readmittedBefore: false,
    });
    expect(d.family[1]).toMatchObject({ birthYear: '', occupation: '', partyMember: false });
    expect(sensitiveDraft({})).toEqual({
      nationalId: '',
      ethnicity: '',
      religion: '',
      historicalFeatures: '',
      discipline: [],
      personalHistory: [],
      foreignTravel: [],
      family: [],
      formerMember: null,
    });
  });

  it('the personal ID number is edited with the sensitive record; clearing it removes it', () => {
    const withId = { ...full, nationalId: '001203004567' };
    expect(sensitiveDraft(withId).nationalId).toBe('001203004567');
    expect(judgeSensitive(withId, sensitiveDraft(withId))).toMatchObject({
      valid: true,
      changes: {},
      removed: [],
    });
    const cleared = judgeSensitive(withId, { ...sensitiveDraft(withId), nationalId: ' ' });
    expect(cleared).toMatchObject({ valid: true, removed: ['nationalId'] });
    const wrong = judgeSensitive(withId, { ...sensitiveDraft(withId), nationalId: '12345' });
    expect(wrong).toMatchObject({ valid: false, errors: { nationalId: 'Số định danh gồm 12 chữ số.' } });
  });

  it('round-trips a record read from the server without a change', () => {
    expect(judgeSensitive(full, sensitiveDraft(full))).toEqual({
      valid: true,
      changes: {},
      removed: [],
      profile: full,
    });
    expect(judgeSensitive({}, sensitiveDraft({}))).toEqual({
      valid: true,
      changes: {},
      removed: [],
      profile: {},
    });
  });
});

describe('judging the editor with the server schema', () => {
  it('sends only the changed fields, typed dates as ISO days, and the record as it will be stored', () => {
    const result = judged({ ethnicity: 'Kinh', religion: 'Không' }, (d) => {
      d.religion = 'Phật giáo';
      d.formerMember = { ...emptyFormerMember(), leftOn: '1/6/2010', reason: 'abandoned' };
    });
    const left = {
      leftOn: '2010-06-01',
      reason: 'abandoned',
      recordExpungedOn: null,
      readmittedBefore: false,
    };
    expect(result).toEqual({
      valid: true,
      changes: {
        religion: 'Phật giáo',
        formerMember: left,
      },
      removed: [],
      profile: {
        ethnicity: 'Kinh',
        religion: 'Phật giáo',
        formerMember: left,
      },
    });
  });

  it('a cleared text is a change (to empty); an empty discipline line is dropped, a typed one kept', () => {
    const cleared = judged(full, (d) => {
      d.ethnicity = '  ';
      d.discipline.push('   ');
    });
    expect(cleared.valid && cleared.changes).toEqual({ ethnicity: '' });
    const added = judged(full, (d) => d.discipline.push('Cảnh cáo 2020'));
    expect(added.valid && added.changes).toEqual({ discipline: ['Khiển trách 2018', 'Cảnh cáo 2020'] });
  });

  it('a date that does not exist is refused beside its field, one that does is accepted', () => {
    const bad = judged({}, (d) => {
      d.formerMember = { ...emptyFormerMember(), leftOn: '31/02/2020', reason: 'resigned' };
    });
    expect(bad).toEqual({
      valid: false,
      errors: { 'formerMember.leftOn': 'Ngày không có thật hoặc sai định dạng.' },
    });
    const good = judged({}, (d) => {
      d.formerMember = { ...emptyFormerMember(), leftOn: '29/02/2020', reason: 'resigned' };
    });
    expect(good.valid).toBe(true);
  });

  it('a former membership needs a reason; the expungement date is optional but must be real when typed', () => {
    const noReason = judged({}, (d) => {
      d.formerMember = { ...emptyFormerMember(), leftOn: '01/06/2010' };
    });
    expect(noReason.valid === false && noReason.errors['formerMember.reason']).toBe(
      'Chọn lý do ra khỏi Đảng.',
    );
    const expunged = judged({}, (d) => {
      d.formerMember = {
        leftOn: '01/06/2010',
        reason: 'convicted-minor',
        recordExpungedOn: '2012-13-01',
        readmittedBefore: true,
      };
    });
    expect(expunged.valid === false && expunged.errors).toEqual({
      'formerMember.recordExpungedOn': 'Ngày không có thật hoặc sai định dạng.',
    });
  });

  it('periods: an empty end is "until now", a missing start is refused under its row', () => {
    const open = judged({}, (d) => {
      d.foreignTravel = [{ from: '10/01/2019', to: '', text: 'Công tác' }];
    });
    expect(open.valid && open.changes).toEqual({
      foreignTravel: [{ from: '2019-01-10', to: null, text: 'Công tác' }],
    });
    const missing = judged({}, (d) => {
      d.personalHistory = [emptyPeriod(), { from: '01/01/2000', to: '32/01/2001', text: '' }];
    });
    expect(missing.valid === false && Object.keys(missing.errors).sort()).toEqual([
      'personalHistory.0.from',
      'personalHistory.1.to',
    ]);
  });

  it('relatives: the birth year is a number from 1850 to 2200 or empty, in Vietnamese when not', () => {
    const relative = (birthYear: string) =>
      judged({}, (d) => {
        d.family = [{ ...emptyRelative(), relation: 'Bố', fullName: 'Vũ Văn An', birthYear }];
      });
    const edge = relative('1850');
    expect(edge.valid && edge.changes.family).toEqual([
      { relation: 'Bố', fullName: 'Vũ Văn An', birthYear: 1850 },
    ]);
    expect(relative('2200').valid).toBe(true);
    const unknown = relative('');
    expect(unknown.valid && unknown.changes).toEqual({
      family: [{ relation: 'Bố', fullName: 'Vũ Văn An', birthYear: null }],
    });
    const low = relative('1849');
    expect(low.valid === false && low.errors['family.0.birthYear']).toBe('Năm sinh từ 1850 đến 2200.');
    expect(relative('2201').valid).toBe(false);
    const words = relative('năm 60');
    expect(words.valid === false && words.errors['family.0.birthYear']).toMatch(/^Năm sinh là một số nguyên/);
  });

  it('text longer than the catalogue allows is refused with its limit', () => {
    const long = judged({}, (d) => {
      d.religion = 'x'.repeat(101);
    });
    expect(long).toEqual({ valid: false, errors: { religion: 'Tối đa 100 ký tự.' } });
    const limit = judged({}, (d) => {
      d.religion = 'x'.repeat(100);
    });
    expect(limit.valid).toBe(true);
  });

  it('unticking a declared former membership removes it: named in removed, gone from the stored record', () => {
    const result = judged(full, (d) => {
      d.formerMember = null;
    });
    const { formerMember: _, ...rest } = full;
    expect(result).toEqual({ valid: true, changes: {}, removed: ['formerMember'], profile: rest });
    const untouched = judged({ ethnicity: 'Kinh' }, (d) => {
      d.formerMember = null;
    });
    expect(untouched).toMatchObject({ removed: [] });
  });

  it('the object judged is the schema input: no former membership key when none is declared', () => {
    expect(draftSensitive(sensitiveDraft({}))).not.toHaveProperty('formerMember');
    expect(draftSensitive(sensitiveDraft(full))).toHaveProperty('formerMember.leftOn', '2015-03-02');
  });
});
