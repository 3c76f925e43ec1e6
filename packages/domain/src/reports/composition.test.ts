import { describe, expect, it } from 'vitest';
import { type AdmittedPerson, compositionOf, isNoReligion, subTargetAchievement } from './composition.js';

const person = (over: Partial<AdmittedPerson> = {}): AdmittedPerson => ({
  cellId: 'cb-1',
  gender: 'M',
  birthDate: '1995-05-01',
  decidedOn: '2023-03-15',
  profile: { education: 'university', youthUnionMember: true, occupation: 'Giáo viên' },
  sensitive: { ethnicity: 'Kinh', religion: 'Không' },
  ...over,
});

const groups = (c: ReturnType<typeof compositionOf>, dimension: string) =>
  Object.fromEntries(
    (c.breakdowns.find((b) => b.dimension === dimension)?.groups ?? []).map((g) => [g.key, g.count]),
  );

describe('composition of new members (Q-04)', () => {
  const people = [
    person(),
    person({ gender: 'F', birthDate: '1990-03-16' }),
    person({ gender: 'F', birthDate: '1970-01-01', profile: { occupation: 'giáo viên ' } }),
    person({ sensitive: { ethnicity: 'Tày', religion: 'Phật giáo' }, profile: {} }),
  ];

  it('every breakdown adds up to the number admitted', () => {
    const c = compositionOf(people, { withholdSensitive: false });
    expect(c.total).toBe(4);
    for (const b of c.breakdowns) expect(b.groups.reduce((n, g) => n + g.count, 0)).toBe(4);
  });

  it('counts age at the decision: 33 on the decision day is 31–40, born 1970 is 51–60', () => {
    const c = compositionOf(people, { withholdSensitive: false });
    expect(groups(c, 'ageBand')).toEqual({ '<=30': 2, '31-40': 1, '41-50': 0, '51-60': 1, '>60': 0 });
  });

  it('groups free text without regard to case, spaces and diacritic variants; undeclared apart', () => {
    const c = compositionOf(people, { withholdSensitive: false });
    expect(groups(c, 'occupation')).toEqual({ 'giao vien': 3, _: 1 });
    expect(groups(c, 'youthUnion')).toEqual({ yes: 2, no: 0, _: 2 });
  });

  it('withholds every sensitive breakdown whole from a reader who may not see sensitive fields, whatever the counts', () => {
    const withheld = compositionOf(people, { withholdSensitive: true });
    for (const dimension of ['ethnicity', 'religion'])
      expect(withheld.breakdowns.find((b) => b.dimension === dimension)).toMatchObject({
        withheld: true,
        groups: [],
      });
    // Large groups too: comparing two days' counts would still name the one admitted between them.
    const many = Array.from({ length: 12 }, () => person());
    expect(
      compositionOf(many, { withholdSensitive: true }).breakdowns.find((b) => b.dimension === 'religion')
        ?.withheld,
    ).toBe(true);
    // Basic dimensions are never withheld; the commune office sees everything.
    expect(withheld.breakdowns.find((b) => b.dimension === 'gender')?.withheld).toBe(false);
    expect(groups(compositionOf(people, { withholdSensitive: false }), 'ethnicity')).toEqual({
      kinh: 3,
      tay: 1,
    });
  });

  it('sub-targets achieved: women, Youth Union, ethnic minorities (not Kinh), religious followers (not "Không")', () => {
    expect(subTargetAchievement(people)).toEqual({
      female: 2,
      youthUnion: 2,
      ethnicMinority: 1,
      religious: 1,
      privateSector: null,
    });
    expect(isNoReligion('không')).toBe(true);
    expect(isNoReligion('Công giáo')).toBe(false);
  });
});
