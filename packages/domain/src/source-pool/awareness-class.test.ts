import { describe, expect, it } from 'vitest';
import { checkClassResults, classResultsInput, createClassInput } from './awareness-class.js';

const cls = { endsOn: '2023-04-14', resultsOn: null, roster: ['qc-1', 'qc-2'] };
const results = (
  issuedOn: string,
  lines = [
    { candidateId: 'qc-1', result: 'passed' },
    { candidateId: 'qc-2', result: 'absent' },
  ],
) => classResultsInput.parse({ communeId: 'xa', classId: 'lop-1', issuedOn, results: lines });

describe('an awareness class', () => {
  it('ends on or after the day it starts: the same day passes, the day before fails', () => {
    const base = { communeId: 'xa', name: 'Lớp 1/2023', organiser: 'political-centre', roster: ['qc-1'] };
    expect(
      createClassInput.safeParse({ ...base, startsOn: '2023-04-10', endsOn: '2023-04-10' }).success,
    ).toBe(true);
    const r = createClassInput.safeParse({ ...base, startsOn: '2023-04-10', endsOn: '2023-04-09' });
    expect(r.error?.issues[0]).toMatchObject({ path: ['endsOn'] });
  });
  it('names each candidate of its roster once', () => {
    const r = createClassInput.safeParse({
      communeId: 'xa',
      name: 'Lớp',
      organiser: 'committee',
      startsOn: '2023-04-10',
      endsOn: '2023-04-14',
      roster: ['qc-1', 'qc-1'],
    });
    expect(r.error?.issues[0]?.message).toBe('Mỗi quần chúng chỉ ghi một lần.');
  });
});

describe('the results of an awareness class', () => {
  it('certificates issued on the last day of the class pass; the day before fails', () => {
    expect(checkClassResults(cls, results('2023-04-14'), '2023-05-01')).toEqual([]);
    expect(checkClassResults(cls, results('2023-04-13'), '2023-05-01')).toHaveLength(1);
  });
  it('issued today passes; tomorrow fails', () => {
    expect(checkClassResults(cls, results('2023-05-01'), '2023-05-01')).toEqual([]);
    expect(checkClassResults(cls, results('2023-05-02'), '2023-05-01')).toHaveLength(1);
  });
  it('every candidate of the roster has one result, and no one else', () => {
    const missing = checkClassResults(
      cls,
      results('2023-04-14', [{ candidateId: 'qc-1', result: 'passed' }]),
      '2023-05-01',
    );
    expect(missing[0]?.message.vi).toContain('Còn 1 học viên');
    const stranger = checkClassResults(
      cls,
      results('2023-04-14', [
        { candidateId: 'qc-1', result: 'passed' },
        { candidateId: 'qc-2', result: 'failed' },
        { candidateId: 'qc-9', result: 'passed' },
      ]),
      '2023-05-01',
    );
    expect(stranger.map((p) => p.item)).toEqual([2]);
    const twice = checkClassResults(
      cls,
      results('2023-04-14', [
        { candidateId: 'qc-1', result: 'passed' },
        { candidateId: 'qc-2', result: 'failed' },
        { candidateId: 'qc-1', result: 'failed' },
      ]),
      '2023-05-01',
    );
    expect(twice.map((p) => p.item)).toEqual([2]);
  });
  it('is recorded once', () => {
    expect(
      checkClassResults({ ...cls, resultsOn: '2023-04-14' }, results('2023-04-14'), '2023-05-01'),
    ).toHaveLength(1);
  });
});
