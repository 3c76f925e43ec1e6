import { describe, expect, it } from 'vitest';
import { namedAs } from './unit-name.js';

describe('a unit named after its kind', () => {
  it('does not repeat a kind the name already starts with ("Xã Xã Yên Bình")', () => {
    expect(namedAs('Xã', 'Xã Yên Bình')).toBe('Xã Yên Bình');
    expect(namedAs('Xã', 'xã Yên Bình')).toBe('xã Yên Bình');
    expect(namedAs('Xã', 'Xa\u0303 Yên Bình')).toBe('Xa\u0303 Yên Bình');
  });
  it('adds the kind to a bare name', () => {
    expect(namedAs('Xã', 'Yên Bình')).toBe('Xã Yên Bình');
    // A name that merely begins with the same letters is not of that kind already.
    expect(namedAs('Xã', 'Xãbình')).toBe('Xã Xãbình');
  });
});
