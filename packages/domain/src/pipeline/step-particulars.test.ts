import { describe, expect, it } from 'vitest';
import { pipelineEventSchema } from './events.js';
import { WITHHELD_MEMBER } from './redact.js';
import { stepParticulars } from './step-particulars.js';

const names = new Map([['dv-1', 'Nguyễn Văn Giới']]);
const event = (input: unknown) => pipelineEventSchema.parse(input);

describe('what a timeline step says beyond its kind and day', () => {
  it('gives the admission decision its number, to every reader', () => {
    const decision = event({ kind: 'admission-decision', on: '2026-03-02', number: '125-QĐ/ĐU' });
    for (const sees of [true, false])
      expect(stepParticulars(decision, names, sees)).toEqual([
        {
          label: { vi: 'Số quyết định', en: 'Decision number' },
          value: { vi: '125-QĐ/ĐU', en: '125-QĐ/ĐU' },
        },
      ]);
  });

  it('names the introducer and the helper to a reader who may see names', () => {
    const together = [{ from: '2024-01-01', to: null, relation: 'work' }];
    const introduction = event({
      kind: 'introduction',
      on: '2026-01-10',
      introducer: { kind: 'member', memberId: 'dv-1', together },
    });
    expect(stepParticulars(introduction, names, true)).toEqual([
      {
        label: { vi: 'Người giới thiệu', en: 'Introduced by' },
        value: { vi: 'Nguyễn Văn Giới', en: 'Nguyễn Văn Giới' },
      },
    ]);
    const helper = event({ kind: 'helper-assigned', on: '2025-06-01', memberId: 'dv-1', together });
    expect(stepParticulars(helper, names, true)[0]?.value.vi).toBe('Nguyễn Văn Giới');
  });

  it('withholds the names from a reader who may not see them, saying only that a member was named', () => {
    const together = [{ from: '2024-01-01', to: null, relation: 'work' }];
    const introduction = event({
      kind: 'introduction',
      on: '2026-01-10',
      introducer: { kind: 'member', memberId: 'dv-1', together },
    });
    expect(stepParticulars(introduction, names, false)).toEqual([
      { label: { vi: 'Người giới thiệu', en: 'Introduced by' }, value: WITHHELD_MEMBER },
    ]);
    expect(JSON.stringify(stepParticulars(introduction, names, false))).not.toContain('Giới');
  });

  it('names an introducing union by its body, and says nothing of a step without particulars', () => {
    const byYouth = event({ kind: 'introduction', on: '2026-01-10', introducer: { kind: 'youth-union' } });
    expect(stepParticulars(byYouth, names, false)[0]?.value.vi).toBe('Ban Chấp hành Đoàn cơ sở');
    expect(stepParticulars(event({ kind: 'application', on: '2026-01-02' }), names, true)).toEqual([]);
  });
});
