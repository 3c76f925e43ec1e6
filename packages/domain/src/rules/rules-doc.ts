/**
 * Renders docs/rules.md from the catalogue, the rule sets and the settings, so the reference cannot drift from the
 * code (a test compares the committed file with this output). Pure: the script in scripts/ does the writing.
 */
import { catalogue, type Implementation, type RuleEntry } from './catalogue.js';
import { type Parameter, type RuleSetNumbers, ruleSets } from './rule-sets.js';
import { defaultSettings } from './settings.js';

const SERIES: readonly [string, string][] = [
  ['O', 'Organisation'],
  ['E', 'Eligibility'],
  ['D', 'Dossier'],
  ['I', 'Introducers'],
  ['V', 'Verification'],
  ['T', 'Thresholds'],
  ['L', 'Timelines'],
  ['M', 'Member lifecycle (software-checkable)'],
  ['Q', 'Member grading and awards'],
];

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function value(v: unknown): string {
  if (Array.isArray(v))
    return v.some((x) => x !== null && typeof x === 'object')
      ? v.map((x) => `(${value(x)})`).join(', ')
      : v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v !== null && typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => `${k} ${value(x)}`)
      .join(', ');
  return String(v);
}

/** A rule-set number: `null` means the set holds no text for it. */
function numberValue(v: unknown): string {
  return v === null ? '— (not held)' : value(v);
}

function implementation(i: Implementation): string {
  switch (i.kind) {
    case 'check':
      return '`evaluateCase` check';
    case 'deadline':
      return '`evaluateCase` deadline';
    case 'date':
      return '`evaluateCase` date';
    case 'function':
      return `\`${i.name}\` ${i.answers} (${i.module})${i.usedBy ? `; ${i.usedBy}` : ''}`;
    case 'within':
      return `within ${i.rule}`;
    case 'setting':
      return `setting \`${i.setting}\` (default ${value(defaultSettings[i.setting])})`;
    case 'record':
      return 'recorded, not judged';
  }
}

/** The values of one number across the rule sets: once when all agree, else per set. */
function numberAcrossSets(name: keyof RuleSetNumbers): string {
  const values = ruleSets.map((set) => ({
    id: set.id,
    text: numberValue((set.numbers[name] as Parameter<unknown>).value),
  }));
  const first = values[0]?.text;
  if (values.every((v) => v.text === first)) return `\`${name}\`: ${first}`;
  return `\`${name}\`: ${values.map((v) => `${v.id} ${v.text}`).join('; ')}`;
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
    'Every rule of the catalogue (shared/domain/rules.md) as the engine holds it. **Enforcement**: `enforced` = blocking check (H), `noted` = checked or recorded with a visible note (M), `setting` = configurable with a documented default (L), `human` = a recorded human determination. **Implemented as**: a check, deadline or date of `evaluateCase`; a function of `packages/domain/src/rules` answering a check or deadline under the rule\'s id for facts outside the case format (committee votes, member lifecycle, grading), judged by the rule set in force on the step\'s day and not applicable on a day no text it holds covers (a number shown as "not held"); part of another rule\'s check; a setting; or recorded only (the case format carries no data for it).',
    '',
    '## Rule sets',
    '',
    'A step is judged by the rule set in force on its date (eligibility: the cell vote; before the vote: `asOf`).',
    '',
    '| Id | Texts | In force from |',
    '|---|---|---|',
    ...ruleSets.map((s) => `| ${s.id} | ${cell(s.title)} | ${s.inForceFrom} |`),
    '',
    '## Numbers per rule set',
    '',
    `| Number | ${ruleSets.map((s) => s.id).join(' | ')} |`,
    `|---|${ruleSets.map(() => '---|').join('')}`,
  ];
  const names = Object.keys(ruleSets[0]?.numbers ?? {}) as (keyof RuleSetNumbers)[];
  for (const name of names) {
    const cells = ruleSets.map((s) => {
      const p = s.numbers[name] as Parameter<unknown>;
      return `${cell(numberValue(p.value))} (${cell(p.citation)}; ${p.confidence})`;
    });
    lines.push(`| \`${name}\` | ${cells.join(' | ')} |`);
  }
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
