import { describe, expect, it } from 'vitest';
import { makeCase } from '../../test/case.js';
import { parseCase } from './case-schema.js';

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
