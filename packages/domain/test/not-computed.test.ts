import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/rules/catalogue.js';
import { notComputedReasons } from '../src/rules/not-computed.js';
import { renderRulesDoc } from '../src/rules/rules-doc.js';

const recorded = catalogue.filter((r) => r.implementation.kind === 'record').map((r) => r.id);

describe('the "Not computed" list of docs/rules.md', () => {
  it('every rule recorded but not judged has a reason', () => {
    expect(recorded.filter((id) => !notComputedReasons[id])).toEqual([]);
  });
  it('no reason is kept for a rule that is judged, a setting or part of another rule', () => {
    expect(Object.keys(notComputedReasons).filter((id) => !recorded.includes(id))).toEqual([]);
  });
  it('docs/rules.md lists each of them with its reason, and none of the judged rules', () => {
    const doc = renderRulesDoc();
    const section = doc.slice(doc.indexOf('## Not computed'));
    for (const id of recorded) expect(section).toContain(`| ${id} |`);
    for (const id of ['T-05', 'M-01', 'M-11', 'Q-05', 'E-02']) expect(section).not.toContain(`| ${id} |`);
    expect(section).toContain('| M-05 | enforced | Needs attendance and dues records');
  });
});
