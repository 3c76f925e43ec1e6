import { describe, expect, it } from 'vitest';
import { membersMessages } from '../members/messages.js';
import { candidateMessages } from './messages.js';

/** A rule ID as the catalogue writes them (E-02, T-03, L-20, D-H5): for check lists, never for a clerk's label. */
const RULE_CODE = /\b[A-Z]{1,2}-[A-Z0-9]?\d{1,2}\b/;

describe('the wording of the candidate forms', () => {
  for (const lang of ['vi', 'en'] as const) {
    const m = candidateMessages[lang];
    const labels: Record<string, string> = {
      ...m.fields,
      ...m.consentReasons,
      ...m.introducerKinds,
      ...m.relations,
      ...m.bodies,
      hardshipArea: m.hardshipArea,
      education: m.education,
    };
    it(`names no rule code in a form label (${lang})`, () => {
      expect(Object.entries(labels).filter(([, label]) => RULE_CODE.test(label))).toEqual([]);
    });
  }

  it('says what "Số không tính" leaves out, in words', () => {
    expect(candidateMessages.vi.fields.notCounted).toMatch(/^Số đảng viên chính thức không tính/);
  });
});

describe('the wording of the members page', () => {
  it('says a member may introduce, not that they were introduced', () => {
    expect(membersMessages.vi.mayIntroduce).not.toBe('Được giới thiệu');
    expect(membersMessages.vi.mayIntroduce).toMatch(/giới thiệu người vào Đảng/);
  });
});
