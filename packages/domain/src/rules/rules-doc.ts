/**
 * Renders docs/rules.md from the catalogue, the rule sets and the settings, so the reference cannot drift from the
 * code (a test compares the committed file with this output). Pure: the script in scripts/ does the writing.
 */
import { catalogue, type Implementation, type RuleEntry } from './catalogue.js';
import { notComputedReasons } from './not-computed.js';
import { type Parameter, type RuleSetNumbers, ruleSets } from './rule-sets.js';
import { defaultSettings } from './settings.js';
import { settingCatalogue } from './settings-catalogue.js';
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
      return '`evaluateCase` deadline, and a check of its step (order, extension or consent)';
    case 'date':
      return '`evaluateCase` date';
    case 'function':
      return `\`${i.name}\` ${i.answers} (${i.module})${i.usedBy ? `; ${i.usedBy}` : ''}`;
    case 'within':
      return `within ${i.rule}`;
    case 'setting':
      return `setting \`${i.setting}\` (default ${value(defaultSettings[i.setting])}), read by an \`evaluateCase\` ${i.answers}`;
    case 'record':
      return 'recorded, not judged';
  }
}

/** The values of one number across the periods: once when all agree, else from the day each took effect. */
function numberAcrossSets(name: keyof RuleSetNumbers): string {
  const parts: { from: string; text: string }[] = [];
  for (const set of ruleSets) {
    const text = numberValue((set.numbers[name] as Parameter<unknown>).value);
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
    const text = `${numberValue(p.value)} (${p.citation}; ${p.confidence})`;
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

/** How the functions outside `evaluateCase` read the rules where the catalogue leaves a choice. */
const DECISIONS: readonly string[] = [
  'Statuses of the lifecycle and grading checks: `pass` when the rule’s condition holds (the badge may be awarded, the member is exempt or is graded, the vote carried), `fail` when a step or proposal breaks it (too early, a better grade than allowed, a vote short of 2/3), `not-applicable` when the condition does not hold and nothing was done against it (not exempt, not graded this year), `pending` while a fact is missing.',
  'Texts outside the Charter-implementing regulation and its guide (296-QĐ/TW, 366-QĐ/TW, 01-QĐ/TW 2026, 06-HD/TW point 19.2) are held by the 294-QĐ/TW set only; earlier sets show the number as "not held", and a step of their time is not applicable rather than judged by a later text. Rules whose text starts inside a set (366-QĐ/TW on 30/08/2025, 01-QĐ/TW on 01/02/2026) also start on their catalogue date.',
  'T-05: the 2/3 applies to the grassroots committee’s resolution. A partial committee sends an appraisal (D-08, form 7-KNĐ) for which no text sets a threshold: not applicable, so the pipeline records it whatever its count (it used to refuse one below 2/3). Impossible counts (no member, more in favour than members) fail for both.',
  'T-06 is a function only: the pipeline has no route where an authorised grassroots committee decides (the commune’s standing committee does, T-07).',
  'T-09/L-13: each vote is judged by T-02 with the rule set of its own date; the votes are counted in date order and a vote after the third failure does not count. The pipeline refuses a recognition vote that fails, so it holds no failed votes to count: the function is for a caller that records them.',
  'M-01: the first clock runs from the decision taking effect (or the long-term move) to the day the member made the transfer procedure; the second from the transfer letter’s date to its presentation. Both in working days (294-QĐ/TW point 6.3.1 as reproduced); the older sets’ values are M.',
  'M-07: 30 calendar days from receiving the decision, the day of receipt not counted (received 01/03, last day 31/03), judged only from 01/07/2025 (296-QĐ/TW held by the 294-QĐ/TW set).',
  'M-08/D-H5: the 30 working days run from drafting the notification slip (01-HD/TW 2021 Mục 8: "kể từ khi lập phiếu báo"), not from the death or the leaving; the deadline is M-08 for a death and D-H5 for a member who left.',
  'L-17/M-12: "admitted" is the admission decision’s date (the date of admission, L-06); the 6 months are calendar months reached on the same day of the month (admitted 10/06, graded from 10/12). M-12 adds the exempted and the suspended.',
  'M-09/M-11: seniority is counted in whole calendar months from the admission decision’s date, less the months of interruption given; a badge for a seriously ill member may come 12 months early up to the 65-year badge and 24 months from the 70-year one; a posthumous badge is measured at the day of death (at most 12 months short). M-11 exempts from the day of 50 full years.',
  'Q-05: the facts are counts of the assigned tasks (done, late, exceeded), compared exactly; "excellent" also needs every task on time; a proposed grade lower than the best allowed passes (a committee may grade lower, e.g. under the cap); the cap on "excellent" is counted against those graded "good" (20 %, 25 % in a unit recognised as outstanding).',
  'Q-07: a year of the run with no grade recorded is pending, not failed.',
];

/** The whole docs/rules.md text. */
export function renderRulesDoc(): string {
  const lines: string[] = [
    '# Rules reference',
    '',
    '<!-- Generated from packages/domain/src/rules by `pnpm --filter @ketnap/domain gen:docs`. Do not edit by hand: a test fails when this file and the code differ. -->',
    '',
    'Every rule of the catalogue (shared/domain/rules.md) as the engine holds it. **Enforcement**: `enforced` = blocking check (H), `noted` = checked or recorded with a visible note (M), `setting` = configurable with a documented default (L), `human` = a recorded human determination. **Implemented as**: a check, deadline or date of `evaluateCase`; a function of `packages/domain/src/rules` answering a check or deadline under the rule\'s id for facts outside the case format (committee votes, member lifecycle, grading), judged by the rule set in force on the step\'s day and not applicable on a day no text it holds covers (a number shown as "not held"); part of another rule\'s check; a setting; or recorded only (see "Not computed" at the end for why).',
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
  lines.push(
    '',
    '## Settings (L rules) and their defaults',
    '',
    'Each commune may override these (the console\'s "Thiết lập quy tắc" screen, `ketnap check --settings FILE`); see docs/rule-settings.md.',
    '',
    '| Setting | Rule | Default | Bounds | Why a setting |',
    '|---|---|---|---|---|',
  );
  for (const s of settingCatalogue)
    lines.push(
      `| \`${s.key}\` | ${s.rule.id} | ${cell(value(s.default))} | ${cell(s.bounds.en)} | ${cell(s.why.en)} |`,
    );
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
  lines.push('', '## Decisions where the texts are silent', '', ...DECISIONS.map((d) => `- ${d}`));
  lines.push(
    '',
    '## Not computed',
    '',
    'The rules recorded but judged by no function, and why. The pipeline and the dossier screens record the steps; nothing here answers a check.',
    '',
    '| ID | Enforcement | Why not computed |',
    '|---|---|---|',
    ...catalogue
      .filter((r) => r.implementation.kind === 'record')
      .map(
        (r) => `| ${r.id} | ${r.enforcement} | ${cell(notComputedReasons[r.id] ?? '(no reason recorded)')} |`,
      ),
  );
  return `${lines.join('\n')}\n`;
}
