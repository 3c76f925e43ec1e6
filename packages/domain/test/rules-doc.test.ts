/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, type Implementation } from '../src/rules/catalogue.js';
import { evaluateCase } from '../src/rules/evaluate-case.js';
import { renderRulesDoc } from '../src/rules/rules-doc.js';
import { makeCase } from './case.js';

describe('the rules reference', () => {
  it('docs/rules.md is exactly what the code generates (run `pnpm --filter @ketnap/domain gen:docs`)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesDoc());
  });
  it('the catalogue lists every series O, E, D, I, V, T, L, M with unique ids', () => {
    const ids = catalogue.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ['O', 'E', 'D', 'I', 'V', 'T', 'L', 'M'])
      expect(ids.some((id) => id.startsWith(`${s}-`))).toBe(true);
  });
  // A setting's rule is reported as the check or deadline that reads the setting.
  const reportedAs = (i: Implementation) => (i.kind === 'setting' ? i.answers : i.kind);
  it('every rule evaluateCase reports is in the catalogue as a check or deadline', () => {
    const a = evaluateCase(makeCase());
    for (const id of [...a.checks, ...a.deadlines].map((x) => x.rule)) {
      const entry = catalogue.find((r) => r.id === id);
      expect(entry && reportedAs(entry.implementation), id).toMatch(/check|deadline/);
    }
  });
  it('every rule the catalogue marks as a check or deadline (or a setting read by one) is reported', () => {
    const a = evaluateCase(makeCase());
    const reported = new Set([...a.checks, ...a.deadlines].map((x) => x.rule));
    for (const r of catalogue.filter((e) => /check|deadline/.test(reportedAs(e.implementation))))
      expect(reported.has(r.id), r.id).toBe(true);
  });
});
