import { describe, expect, it } from 'vitest';
import { describeError } from './error-log.js';

describe('what the server logs about a failure', () => {
  it('names the class, the code and where it was thrown, never the message (it may quote personal data)', () => {
    const error = Object.assign(new Error('UNIQUE constraint failed: Nguyễn Văn An, CCCD 001203004567'), {
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    const line = describeError(error);
    expect(line).toMatch(/^Error SQLITE_CONSTRAINT_UNIQUE at .*error-log\.test\.ts:\d+/);
    expect(line).not.toMatch(/Nguyễn|001203004567|UNIQUE constraint/);
  });

  it('copes with an error without a code or a stack, and with a thrown non-error', () => {
    const bare = new TypeError('Cannot read properties of undefined (reading "fullName")');
    bare.stack = undefined;
    expect(describeError(bare)).toBe('TypeError');
    expect(describeError('Nguyễn Văn An')).toBe('string');
  });
});
