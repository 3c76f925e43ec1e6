/**
 * Renders docs/rules.md from the catalogue, the rule sets and the settings, so the reference cannot drift from the
 * code (a test compares the committed file with this output). Pure: the script in scripts/ does the writing.
 */
import { catalogue, type Implementation, type RuleEntry } from './catalogue.js';
import { type Parameter, type RuleSetNumbers, ruleSets } from './rule-sets.js';
import { defaultSettings } from './settings.js';
import { type DatedText, guides, youthLaws } from './texts.js';
import { caseSteps } from './types.js';

const SERIES: readonly [string, string][] = [
  ['O', 'Organisation'],
  ['E', 'Eligibility'],
  ['D', 'Dossier'],
  ['I', 'Introducers'],
  ['V', 'Verification'],
  ['T', 'Thresholds'],
  ['L', 'Timelines'],
  ['M', 'Member lifecycle (software-checkable)'],
];

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function value(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v !== null && typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => `${k} ${value(x)}`)
      .join(', ');
  return String(v);
}

function implementation(i: Implementation): string {
  switch (i.kind) {
    case 'check':
      return '`evaluateCase` check';
    case 'deadline':
      return '`evaluateCase` deadline, and a check of its step (order, extension or consent)';
    case 'date':
      return '`evaluateCase` date';
    case 'within':
      return `within ${i.rule}`;
    case 'setting':
      return `setting \`${i.setting}\` (default ${value(defaultSettings[i.setting])})`;
    case 'record':
      return 'recorded, not judged';
  }
}

/** The values of one number across the periods: once when all agree, else from the day each took effect. */
function numberAcrossSets(name: keyof RuleSetNumbers): string {
  const parts: { from: string; text: string }[] = [];
  for (const set of ruleSets) {
    const text = value((set.numbers[name] as Parameter<unknown>).value);
    if (parts[parts.length - 1]?.text !== text) parts.push({ from: set.inForceFrom, text });
  }
  if (parts.length === 1) return `\`${name}\`: ${parts[0]?.text}`;
  return `\`${name}\`: ${parts.map((p) => `from ${p.from} ${p.text}`).join('; ')}`;
}

/** What is judged at each step (`step` of every check and deadline). */
const STEP_TEXT: Record<(typeof caseSteps)[number], string> = {
  'cell-vote':
    'eligibility: age E-02, education E-05..E-07, certificate E-08, introducers I-01..I-06, E-13, re-admission waits L-20, L-21, L-22; the vote O-04, T-02',
  decision:
    'the provincial consent before the decision (E-04, E-07, L-20); L-01: after a carried cell vote, extension within its cap',
  ceremony:
    'L-03: after the cell received the decision; later than its working days only with the superior’s consent',
  'recognition-vote': 'O-04, T-02 of the recognition vote; L-10: held once probation has ended',
  'recognition-decision': 'L-11: after a carried recognition vote, extension within its cap',
};

/** One number's value and citation per period, consecutive periods that agree merged. */
function numberByPeriod(name: keyof RuleSetNumbers): string {
  const parts: { from: string; text: string }[] = [];
  for (const set of ruleSets) {
    const p = set.numbers[name] as Parameter<unknown>;
    const text = `${value(p.value)} (${p.citation}; ${p.confidence})`;
    if (parts[parts.length - 1]?.text !== text) parts.push({ from: set.inForceFrom, text });
  }
  return parts.length === 1
    ? cell(parts[0]?.text ?? '')
    : parts.map((part) => `from ${part.from}: ${cell(part.text)}`).join('<br>');
}

function textRow(t: DatedText): string {
  return `| ${cell(t.title)} | ${t.inForceFrom} | ${cell(t.source)} | ${t.confidence} |`;
}

function ruleRow(r: RuleEntry): string {
  const effective = `${r.effective.from} – ${r.effective.to ?? 'in force'}`;
  const numbers = r.numbers.map(numberAcrossSets).join('<br>');
  return `| ${r.id} | ${cell(r.statement.vi)}<br>*${cell(r.statement.en)}* | ${cell(r.citation)} | ${r.confidence} | ${effective} | ${r.enforcement} | ${implementation(r.implementation)} | ${cell(numbers)} |`;
}

/** The whole docs/rules.md text. */
export function renderRulesDoc(): string {
  const lines: string[] = [
    '# Rules reference',
    '',
    '<!-- Generated from packages/domain/src/rules by `pnpm --filter @ketnap/domain gen:docs`. Do not edit by hand: a test fails when this file and the code differ. -->',
    '',
    "Every rule of the catalogue (shared/domain/rules.md) as the engine holds it. **Enforcement**: `enforced` = blocking check (H), `noted` = checked or recorded with a visible note (M), `setting` = configurable with a documented default (L), `human` = a recorded human determination. **Implemented as**: a check, deadline or date of `evaluateCase`, part of another rule's check, a setting, or recorded only (the case format carries no data for it).",
    '',
    '## Rule sets: the texts in force by date',
    '',
    'A step is judged by the texts in force on its date (eligibility: the cell vote; before the vote: `asOf`; the consent: the decision; a deadline: the day its clock starts). The implementing regulation, the Secretariat’s guide and the Youth Law changed on different days and are picked independently, so a period starts whenever one of them changes. The answer’s `ruleSet` (and each deadline’s) names the regulation.',
    '',
    '| From | `ruleSet` | Regulation | Guide | Youth Law |',
    '|---|---|---|---|---|',
    ...ruleSets.map(
      (s) =>
        `| ${s.inForceFrom} | ${s.id} | ${cell(s.texts.regulation)} | ${cell(s.texts.guide)} | ${cell(s.texts.youthLaw)} |`,
    ),
    '',
    '### Dated texts',
    '',
    '| Text | In force from | Source | Conf. |',
    '|---|---|---|---|',
    ...guides.map(textRow),
    ...youthLaws.map(textRow),
    '',
    '## Steps',
    '',
    'Every check and deadline names the step it judges (`step`); `rule` and `step` together are unique in an answer. Before its step, what a later fact can still cure is `pending` (with `details.earliest` where time alone decides); once the step is recorded, what it lacked is `fail`. The fields this engine adds to the case format are listed in [pipeline.md](pipeline.md#the-case-format-additions).',
    '',
    '| `step` | judged there |',
    '|---|---|',
    ...caseSteps.map((step) => `| \`${step}\` | ${cell(STEP_TEXT[step])} |`),
    '',
    '## Numbers by period',
    '',
    '| Number | Value (citation; confidence) |',
    '|---|---|',
  ];
  const names = Object.keys(ruleSets[0]?.numbers ?? {}) as (keyof RuleSetNumbers)[];
  for (const name of names) lines.push(`| \`${name}\` | ${numberByPeriod(name)} |`);
  lines.push('', '## Settings (L rules) and their defaults', '', '| Setting | Default |', '|---|---|');
  for (const [name, v] of Object.entries(defaultSettings)) lines.push(`| \`${name}\` | ${cell(value(v))} |`);
  for (const [letter, title] of SERIES) {
    lines.push(
      '',
      `## ${letter} — ${title}`,
      '',
      '| ID | Statement (vi / *en*) | Citation | Conf. | Effective | Enforcement | Implemented as | Numbers |',
      '|---|---|---|---|---|---|---|---|',
      ...catalogue.filter((r) => r.id.startsWith(`${letter}-`)).map(ruleRow),
    );
  }
  return `${lines.join('\n')}\n`;
}
