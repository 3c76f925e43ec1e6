import { describe, expect, it } from 'vitest';
import { cellKindLabel } from './cell-kind.js';

describe('cell kinds', () => {
  it('names each kind in Vietnamese by default and in English on request', () => {
    expect(cellKindLabel('rural')).toBe('Chi bộ nông thôn');
    expect(cellKindLabel('school')).toBe('Chi bộ trường học');
    expect(cellKindLabel('police')).toBe('Chi bộ công an');
    expect(cellKindLabel('police', 'en')).toBe('Police cell');
  });
});
