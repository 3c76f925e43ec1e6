/// <reference types="node" />
// Each test/fixtures/NAME.json is a case in the interchange format; NAME.expected.json its answer (checks reduced
// to rule, step and status, so wording can improve without touching the fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../src/rules/evaluate-case.js';
import { parseCase } from '../src/rules/parse-case.js';

const dir = new URL('./fixtures/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const cases = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('fixture cases', () => {
  it('there are fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });
  it.each(cases)('%s answers as expected', (name) => {
    const parsed = parseCase(read(name));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const answer = evaluateCase(parsed.case);
    expect({
      ruleSet: answer.ruleSet,
      checks: answer.checks.map(({ rule, step, status }) => ({ rule, step, status })),
      deadlines: answer.deadlines,
      dates: answer.dates,
    }).toEqual(read(name.replace(/\.json$/, '.expected.json')));
  });
});
