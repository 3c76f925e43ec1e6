/// <reference types="node" />
// Every rule the engine judges has tests named after it: a catalogue row implemented as a check, deadline or date of
// `evaluateCase`, or as a rule function, must be named by at least one `it`/`test` in packages/domain whose text
// holds the id followed by a colon ("E-02: 17 years 11 months … fails"). A describe title, a mention in passing
// ("E-02/E-03 age window") or a skipped test does not count.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/rules/catalogue.js';

const root = new URL('../', import.meta.url);
const testFiles = (readdirSync(root, { recursive: true }) as string[]).filter(
  (f) => f.endsWith('.test.ts') && !f.includes('node_modules'),
);

/** The texts of the `it(…)`, `test(…)` and `it.each(…)(…)` calls of a source file (not `.skip`, `.todo`, `describe`). */
function testNames(source: string): string[] {
  const call = /\b(?:it|test)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  return [...source.matchAll(call)].map((m) => m[2] ?? '');
}

/** True when `name` holds `id` followed by a colon, not as the tail of a longer id (`L-1:` is not in `L-11:`). */
function namesRule(name: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9-])${escaped}:`).test(name);
}

const JUDGED = new Set(['check', 'deadline', 'date', 'function', 'setting']);
const judged = catalogue.filter((r) => JUDGED.has(r.implementation.kind)).map((r) => r.id);
const names = testFiles.flatMap((f) => testNames(readFileSync(new URL(f, root), 'utf8')));

describe('every judged rule has a test named after it', () => {
  it('the scanner reads test names and counts only the id followed by a colon', () => {
    expect(
      testNames("it('E-02: a', () => {}); it.each([[1, 2]])('T-02: %s', () => {}); it.skip('L-01: x')"),
    ).toEqual(['E-02: a', 'T-02: %s']);
    expect(testNames("describe('E-02: a title', () => {})")).toEqual([]);
    expect(namesRule('L-06/L-12: seniority', 'L-12')).toBe(true);
    expect(namesRule('L-06/L-12: seniority', 'L-06')).toBe(false);
    expect(namesRule('L-10: due', 'L-1')).toBe(false);
    expect(namesRule('judged like E-02 at the vote', 'E-02')).toBe(false);
    expect(names.length).toBeGreaterThan(300);
  });
  it('the judged rules include the rule functions outside evaluateCase', () => {
    expect(judged).toEqual(expect.arrayContaining(['T-05', 'T-06', 'T-09', 'M-01', 'M-07', 'M-08', 'D-H5']));
    expect(judged).toEqual(expect.arrayContaining(['L-17', 'M-12', 'M-09', 'M-11', 'Q-05', 'Q-07']));
  });
  it('no judged rule id is left without a test named after it', () => {
    expect(judged.filter((id) => !names.some((name) => namesRule(name, id)))).toEqual([]);
  });
});
