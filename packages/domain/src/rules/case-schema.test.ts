import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/case.js';
import { fromEpochDay } from '../date.js';
import { educationLevels, leavingReasons } from './case-schema.js';
import { caseSchema, parseCase, parseCaseFast } from './parse-case.js';

const issues = (json: unknown) => {
  const r = parseCase(json);
  return r.ok ? [] : r.issues;
};

describe('parseCase: the strict interchange format', () => {
  it('accepts the test case and a minimal case', () => {
    expect(parseCase(makeCase()).ok).toBe(true);
    expect(parseCase({ asOf: '2026-01-01', candidate: {} }).ok).toBe(true);
  });
  it('rejects unknown keys, naming the field', () => {
    expect(issues({ ...makeCase(), extra: 1 })).toMatchObject([
      { path: 'extra', expected: 'no such field (unknown key)' },
    ]);
  });
  it('rejects dates that do not exist (29/02/2023)', () => {
    expect(issues({ ...makeCase(), asOf: '2023-02-29' })).toMatchObject([
      { path: 'asOf', expected: 'a calendar date YYYY-MM-DD' },
    ]);
  });
  it('names nested paths with indices', () => {
    const c = makeCase();
    const bad = {
      ...c,
      introducers: [{ kind: 'member', officialSince: '2015-13-01', together: [], replacement: false }],
    };
    expect(issues(bad)).toMatchObject([{ path: 'introducers[0].officialSince' }]);
  });
  it('rejects more votes in favour than members counted', () => {
    const bad = {
      ...makeCase(),
      cellVote: { date: '2025-11-10', officialMembers: 10, notCounted: 2, inFavour: 9 },
    };
    const [issue] = issues(bad);
    expect(issue).toMatchObject({
      path: 'cellVote.inFavour',
      expected: 'at most officialMembers - notCounted',
    });
    expect(issue?.message.vi).toContain('cellVote.inFavour');
  });
  it('rejects negative or fractional counts', () => {
    expect(
      issues({
        ...makeCase(),
        cellVote: { date: '2025-11-10', officialMembers: 2.5, notCounted: 0, inFavour: 1 },
      })[0]?.path,
    ).toBe('cellVote.officialMembers');
  });
  it('rejects steps before the oldest rule set (25/07/2016)', () => {
    expect(
      issues({
        ...makeCase(),
        cellVote: { date: '2016-07-24', officialMembers: 10, notCounted: 0, inFavour: 9 },
      })[0]?.path,
    ).toBe('cellVote.date');
  });
  it('rejects an unknown education level and a non-object', () => {
    expect(issues({ asOf: '2026-01-01', candidate: { education: 'phd' } })[0]?.path).toBe(
      'candidate.education',
    );
    expect(issues('x')[0]).toMatchObject({ path: '(case)', expected: 'an object' });
  });
});

describe('parseCase: impossible inputs are refused, naming the field (case-format.md)', () => {
  const paths = (json: unknown) => issues(json).map((i) => i.path);
  it('refuses a step dated after asOf, and accepts it on asOf itself', () => {
    const c = makeCase({ asOf: '2025-11-20' });
    expect(
      paths({ ...c, decision: { date: '2025-11-21', receivedOn: null, extendedWorkingDays: 0 } }),
    ).toEqual(['decision.date']);
    expect(
      parseCase({ ...c, decision: { date: '2025-11-20', receivedOn: null, extendedWorkingDays: 0 } }).ok,
    ).toBe(true);
  });
  it('refuses every date that records something that happened after asOf (birth, certificate, consent, introducer, periods, late-ceremony consent)', () => {
    const c = makeCase({ asOf: '2025-11-20' });
    const later = '2025-11-21';
    const bad = {
      ...c,
      candidate: { ...c.candidate, birthDate: later },
      certificate: { issuedOn: later },
      consents: { provincialStandingCommittee: later },
      introducers: [
        { kind: 'member', officialSince: later, together: [{ from: later, to: later, relation: 'work' }] },
        { kind: 'youth-union', resolutionDate: later },
      ],
      ceremony: { date: null, superiorConsentOn: later },
    };
    expect(paths(bad)).toEqual(
      expect.arrayContaining([
        'candidate.birthDate',
        'certificate.issuedOn',
        'consents.provincialStandingCommittee',
        'introducers[0].officialSince',
        'introducers[0].together[0].from',
        'introducers[0].together[0].to',
        'introducers[1].resolutionDate',
        'ceremony.superiorConsentOn',
      ]),
    );
    expect(issues(bad).find((i) => i.path === 'certificate.issuedOn')?.message).toEqual({
      vi: 'certificate.issuedOn: cần một ngày không sau asOf (trường này ghi việc đã diễn ra).',
      en: 'certificate.issuedOn: expected a date on or before asOf (the field records something that has happened).',
    });
  });
  it('refuses a birth on or after a recorded step, naming the step and the birth; a birth the day before is accepted', () => {
    const born = (birthDate: string) => ({
      asOf: '2025-11-20',
      candidate: { birthDate },
      cellVote: { date: '2025-11-10', officialMembers: 10, notCounted: 0, inFavour: 9 },
    });
    expect(paths(born('2025-11-10'))).toEqual(['cellVote.date', 'candidate.birthDate']);
    expect(issues(born('2025-11-10'))[0]?.message.vi).toContain('sau ngày sinh');
    expect(parseCase(born('2025-11-09')).ok).toBe(true);
  });
  it('refuses a former membership that ended after the cell vote; ending on the vote day is accepted', () => {
    const left = (leftOn: string) =>
      makeCase({
        candidate: {
          ...makeCase().candidate,
          formerMember: { leftOn, reason: 'struck-off', recordExpungedOn: null },
        },
      });
    expect(paths(left('2025-11-11'))).toEqual(['candidate.formerMember.leftOn']);
    expect(parseCase(left('2025-11-10')).ok).toBe(true);
  });
  it('accepts the additions: the superior’s consent to a late ceremony and the recognition decision’s extension', () => {
    const c = makeCase({
      ceremony: { date: null, superiorConsentOn: '2025-11-15' },
      recognitionDecision: { date: null, extendedWorkingDays: 10 },
    });
    expect(parseCase(c)).toMatchObject({
      ok: true,
      case: { recognitionDecision: { extendedWorkingDays: 10 } },
    });
    expect(paths({ ...c, recognitionDecision: { date: null, extendedWorkingDays: -1 } })).toEqual([
      'recognitionDecision.extendedWorkingDays',
    ]);
  });
  it('steps out of the lawful order are not refused (they are judged): a decision before the cell vote', () => {
    expect(
      parseCase(makeCase({ decision: { date: '2025-11-01', receivedOn: null, extendedWorkingDays: 0 } })).ok,
    ).toBe(true);
  });
});

describe('parseCase fast path: the same acceptance and output as caseSchema', () => {
  const date = fc.oneof(
    { weight: 40, arbitrary: fc.integer({ min: 16_990, max: 21_000 }).map(fromEpochDay) }, // around 25/07/2016
    { weight: 1, arbitrary: fc.constantFrom('1900-12-31', '1901-01-01', '2197-12-31', '2198-01-01') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('2023-02-29', '2024-02-29', '2024-1-01', '2024-01-01 ', '２０２４-01-01'),
    },
  );
  // Each field mostly gets a value of its own type, sometimes a value of another type, sometimes nothing (so
  // required fields are sometimes missing).
  const odd = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant([]),
  );
  const field = <T>(value: fc.Arbitrary<T>) =>
    fc.option(fc.oneof({ weight: 150, arbitrary: value }, { weight: 1, arbitrary: odd }), {
      nil: undefined,
      freq: 3,
    });
  const required = <T>(value: fc.Arbitrary<T>) =>
    fc.option(fc.oneof({ weight: 150, arbitrary: value }, { weight: 1, arbitrary: odd }), {
      nil: undefined,
      freq: 300,
    });
  const count = fc.oneof(
    { weight: 60, arbitrary: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null)) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 2.5, -0, Number.NaN, 2 ** 53) },
  );
  // Keys left out when undefined (mostly), or kept with the value undefined; sometimes an unknown key added.
  const object = <T extends Record<string, unknown>>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
    fc
      .tuple(
        fc.record(shape),
        fc.boolean(),
        fc.oneof(
          { weight: 100, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom('extra', '__proto__') },
        ),
      )
      .map(([value, keepUndefined, extraKey]) => {
        const out: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) if (v !== undefined || keepUndefined) out[key] = v;
        if (extraKey) Object.defineProperty(out, extraKey, { value: 1, enumerable: true });
        return out;
      });
  // asOf mostly after every other date and births mostly long before, so that most cases are possible and both
  // sides of the impossible-date rules (a date after asOf, a step on or before the birth) are met.
  const asOfDate = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 21_000, max: 21_400 }).map(fromEpochDay) },
    { weight: 1, arbitrary: date },
  );
  const birth = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: 12_000 }).map(fromEpochDay) },
    { weight: 1, arbitrary: date },
  );
  const vote = object({ date: field(date), officialMembers: count, notCounted: count, inFavour: count });
  const introducer = fc.oneof(
    object({
      kind: required(fc.constant('member')),
      officialSince: field(date),
      together: field(
        fc.array(
          object({
            from: required(date),
            to: field(date),
            relation: required(fc.constantFrom('work', 'study', 'residence', 'home')),
          }),
          { maxLength: 3 },
        ),
      ),
      replacement: field(fc.boolean()),
    }),
    object({
      kind: required(fc.constantFrom('youth-union', 'trade-union', 'member')),
      resolutionDate: field(date),
    }),
  );
  const candidate = object({
    birthDate: field(birth),
    education: field(fc.constantFrom(...educationLevels, 'phd')),
    hardshipArea: field(fc.boolean()),
    communityElder: field(fc.boolean()),
    youthUnionMember: field(fc.boolean()),
    tradeUnionMember: field(fc.boolean()),
    formerMember: field(
      object({
        leftOn: required(date),
        reason: required(fc.constantFrom(...leavingReasons, 'bored')),
        recordExpungedOn: field(date),
        readmittedBefore: field(fc.boolean()),
      }),
    ),
  });
  const anyCase = object({
    asOf: required(asOfDate),
    candidate: required(candidate),
    unit: field(object({ youthUnionPresent: field(fc.boolean()), tradeUnionPresent: field(fc.boolean()) })),
    certificate: field(object({ issuedOn: field(date) })),
    introducers: field(fc.array(introducer, { maxLength: 3 })),
    consents: field(object({ provincialStandingCommittee: field(date) })),
    cellVote: field(vote),
    decision: field(
      object({ date: field(date), receivedOn: field(date), extendedWorkingDays: field(count) }),
    ),
    ceremony: field(object({ date: field(date), superiorConsentOn: field(date) })),
    recognitionVote: field(vote),
    recognitionDecision: field(object({ date: field(date), extendedWorkingDays: field(count) })),
  });
  /** Keys in order and `undefined` values made visible, so equal texts mean equal objects. */
  const exact = (value: unknown) => JSON.stringify(value, (_key, v) => (v === undefined ? '(undefined)' : v));

  it('accepts exactly what zod accepts and returns the same case, keys in the same order', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyCase, (json) => {
        const fast = parseCaseFast(json);
        const zod = caseSchema.safeParse(json);
        expect(fast !== undefined).toBe(zod.success);
        if (fast !== undefined && zod.success) {
          accepted += 1;
          expect(exact(fast)).toBe(exact(zod.data));
          expect(fast).not.toBe(json);
        }
      }),
      { numRuns: 2000 },
    );
    // Both sides of the property are exercised.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1900);
    // Hundreds of generated cases through both readers: no time is asserted, so a busy machine gets room.
  });

  it('agrees with zod on the test case, a minimal case and values that are not objects', () => {
    for (const json of [
      makeCase(),
      { asOf: '2026-01-01', candidate: {} },
      null,
      'x',
      [],
      42,
      { asOf: '2026-01-01' },
    ]) {
      const zod = caseSchema.safeParse(json);
      expect(exact(parseCaseFast(json))).toBe(exact(zod.success ? zod.data : undefined));
    }
  });
});
