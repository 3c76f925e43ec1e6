import { describe, expect, it } from 'vitest';
import { createCandidateInput } from './inputs.js';

const base = {
  cellId: 'cb-1',
  fullName: 'Lê Văn An',
  gender: 'M',
  birthDate: '2000-05-01',
  enteredPoolOn: '2023-01-10',
};
const birthError = (over: Partial<typeof base>) => {
  const r = createCandidateInput.safeParse({ ...base, ...over });
  return r.success ? null : r.error.issues.find((i) => i.path[0] === 'birthDate')?.message;
};

describe('a new candidate: the birth date is possible', () => {
  it('refuses 0000-01-01 and any day before 01/01/1900; accepts 01/01/1900', () => {
    expect(birthError({ birthDate: '0000-01-01' })).toMatch(/01\/01\/1900/);
    expect(birthError({ birthDate: '1899-12-31' })).toMatch(/01\/01\/1900/);
    expect(birthError({ birthDate: '1900-01-01' })).toBeNull();
  });

  it('refuses a birth on or after the day of entering the pool (9999-12-31 included)', () => {
    expect(birthError({ birthDate: '9999-12-31' })).toMatch(/trước ngày được đưa vào nguồn/);
    expect(birthError({ birthDate: '2023-01-10' })).toMatch(/trước ngày được đưa vào nguồn/);
    expect(birthError({ birthDate: '2023-01-09' })).toBeNull();
  });

  it('stores the canonical name', () => {
    expect(createCandidateInput.parse({ ...base, fullName: ' Lê  Văn An'.normalize('NFD') }).fullName).toBe(
      'Lê Văn An',
    );
  });
});
