import { describe, expect, it } from 'vitest';
import { communeSettingsSchema, parseCommuneSettings } from '../quota/settings.js';
import { erasedPerson } from './erasure.js';
import { DEFAULT_RETENTION_MONTHS, erasableFrom, erasureRefusal } from './retention.js';

const rejected = (stageSince: string) => ({ stage: 'rejected', stageSince, erasedOn: null });

describe('retention of a closed dossier (Law 91/2025/QH15: kept no longer than needed)', () => {
  it('a dossier closed on 15/03/2020 under 60 months may be erased from 15/03/2025: refused the day before, allowed on the day', () => {
    expect(erasableFrom('2020-03-15', 60)).toBe('2025-03-15');
    const before = erasureRefusal(rejected('2020-03-15'), '2025-03-14', 60);
    expect(before).toMatchObject({ code: 'PRIVACY.TOO_EARLY', erasableFrom: '2025-03-15' });
    expect(before?.message.vi).toContain('từ ngày 15/03/2025');
    expect(erasureRefusal(rejected('2020-03-15'), '2025-03-15', 60)).toBeNull();
    expect(erasureRefusal(rejected('2020-03-15'), '2025-03-16', 60)).toBeNull();
  });

  it('the months are calendar months clamped to the month end: closed 29/02/2020, 12 months → 28/02/2021', () => {
    expect(erasableFrom('2020-02-29', 12)).toBe('2021-02-28');
    expect(erasureRefusal(rejected('2020-02-29'), '2021-02-27', 12)?.code).toBe('PRIVACY.TOO_EARLY');
    expect(erasureRefusal(rejected('2020-02-29'), '2021-02-28', 12)).toBeNull();
  });

  it('only a rejected or withdrawn candidate may be erased: an open or admitted one is refused whatever the date', () => {
    const withdrawn = { stage: 'withdrawn', stageSince: '2015-01-01', erasedOn: null };
    expect(erasureRefusal(withdrawn, '2026-11-26', 60)).toBeNull();
    for (const stage of ['pool', 'dossier', 'probationary', 'official', 'struck-off']) {
      const refusal = erasureRefusal({ stage, stageSince: '2015-01-01', erasedOn: null }, '2026-11-26', 60);
      expect(refusal?.code, stage).toBe('PRIVACY.NOT_CLOSED');
    }
    expect(
      erasureRefusal({ stage: 'official', stageSince: '2015-01-01', erasedOn: null }, '2026-11-26', 60)
        ?.message.vi,
    ).toContain('Đảng viên chính thức');
  });

  it('an erased dossier is not erased again, and the refusal says when it was erased', () => {
    const refusal = erasureRefusal(
      { stage: 'rejected', stageSince: '2015-01-01', erasedOn: '2026-01-05' },
      '2026-11-26',
      60,
    );
    expect(refusal?.code).toBe('PRIVACY.ERASED');
    expect(refusal?.message.vi).toContain('05/01/2026');
  });

  it('the retention is a commune setting: 60 months unless set, at least 12, a whole number', () => {
    expect(DEFAULT_RETENTION_MONTHS).toBe(60);
    expect(parseCommuneSettings(undefined).retentionMonths).toBe(60);
    expect(communeSettingsSchema.parse({ retentionMonths: 12 }).retentionMonths).toBe(12);
    const tooShort = communeSettingsSchema.safeParse({ retentionMonths: 11 });
    expect(tooShort.success).toBe(false);
    expect(tooShort.error?.issues[0]?.message).toBe('Thời hạn lưu trữ ít nhất 12 tháng.');
    expect(communeSettingsSchema.safeParse({ retentionMonths: 24.5 }).success).toBe(false);
  });

  it('erasure keeps only the year of birth, as 1 January, and a name no search finds', () => {
    expect(erasedPerson('1994-08-17')).toEqual({
      fullName: '(đã xóa)',
      nameFolded: '',
      gender: '',
      birthDate: '1994-01-01',
      profile: {},
      eventData: {},
    });
  });
});
