/**
 * `buildPaper(kind, facts)`: the document model of one paper, or what must be filled first. Pure. A paper whose
 * facts are missing is never built half-empty; a paper whose step failed its rules is not built at all.
 */
import type { PipelineEvent, PipelineEventKind } from '../pipeline/events.js';
import { bodyOf } from './bodies.js';
import type { PaperFacts } from './facts.js';
import { formOn } from './forms.js';
import type { BuiltPaper, MissingFact, PaperModel } from './model.js';
import { placeDateLine, upperVi } from './place-date.js';
import {
  factLabels,
  numberTypedWithStep,
  type PaperFact,
  type PaperKind,
  type PaperKindEntry,
  paperKind,
} from './registry.js';
import { latest, stepEvent } from './step-event.js';

/** The decision a paper cites: the recognition decision for its own paper, the admission decision otherwise. */
function decisionOf(entry: PaperKindEntry, history: readonly PipelineEvent[]) {
  return entry.kind === 'recognition-decision'
    ? latest(history, 'recognition-decision')
    : latest(history, 'admission-decision');
}

/** The step that supplies a fact, for the list of what to fill first. */
function stepOfFact(fact: PaperFact, entry: PaperKindEntry): PipelineEventKind | 'annual' | null {
  if (fact.startsWith('candidate.')) return 'entered-pool';
  if (fact.startsWith('commune.') || fact === 'cell.name') return null;
  if (fact === 'decision.number')
    return entry.kind === 'recognition-decision' ? 'recognition-decision' : 'admission-decision';
  if (fact === 'admission.on') return 'admission-decision';
  if (fact === 'ceremony.on') return 'ceremony';
  if (fact === 'introducer.name') return 'introduction';
  if (fact === 'verification.addressee') return 'verification-requested';
  return entry.step;
}

/** Whether `facts` hold `fact` for this paper. */
function has(fact: PaperFact, entry: PaperKindEntry, facts: PaperFacts): boolean {
  const history = facts.history ?? [];
  const step = stepEvent(entry, history);
  const c = facts.candidate;
  switch (fact) {
    case 'commune.name':
      return facts.commune.name.trim() !== '';
    case 'commune.province':
      return facts.commune.province.trim() !== '';
    case 'cell.name':
      return Boolean(facts.cell?.name.trim());
    case 'candidate.fullName':
      return Boolean(c?.fullName.trim());
    case 'candidate.birthDate':
      return Boolean(c?.birthDate);
    case 'candidate.gender':
      return c?.gender === 'M' || c?.gender === 'F';
    case 'candidate.residence':
      return Boolean(c?.residence?.trim());
    case 'candidate.occupation':
      return Boolean(c?.occupation?.trim());
    case 'step.on':
    case 'vote.counts':
      return step !== undefined;
    case 'introducer.name':
      return step?.kind === 'introduction' && step.introducer.kind === 'member'
        ? Boolean(facts.memberNames?.[step.introducer.memberId]?.trim())
        : false;
    case 'verification.addressee':
      return step?.kind === 'verification-requested' && Boolean(step.addressee?.trim());
    case 'decision.number':
      return Boolean(decisionOf(entry, history)?.number.trim());
    case 'admission.on':
      return latest(history, 'admission-decision') !== undefined;
    case 'ceremony.on':
      return latest(history, 'ceremony') !== undefined;
    case 'statistics.rows':
      return facts.statistics != null;
  }
}

/** `45-QĐ/ĐU` from a typed `45` (or kept as typed when it already carries its symbol). */
function withSymbol(number: string, symbol: string | null): string {
  const n = number.trim();
  return symbol === null || n.includes('-') || n.includes('/') ? n : `${n}-${symbol}`;
}

/** The number line: the decision's typed number, the register's, or a blank for the office to write in. */
function numberLine(entry: PaperKindEntry, facts: PaperFacts): string | null {
  if (entry.symbol === null) return null;
  const typed = numberTypedWithStep(entry) ? decisionOf(entry, facts.history ?? [])?.number : undefined;
  const number = facts.numbers?.[entry.kind] ?? typed;
  // No-break spaces: the blank the office writes the number in survives wrapping in both renderers.
  return number ? `Số ${withSymbol(number, entry.symbol)}` : `Số${'\u00a0'.repeat(8)}-${entry.symbol}`;
}

const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** Left header (superior, issuer) and the national header of the issuing body. */
function headerOf(entry: PaperKindEntry, facts: PaperFacts) {
  const commune = upperVi(facts.commune.name);
  const cell = upperVi(facts.cell?.name ?? '');
  switch (entry.issuedBy) {
    case 'youth-union':
      return { national: 'ĐOÀN TNCS HỒ CHÍ MINH', superior: `ĐOÀN ${commune}`, issuer: `BCH ĐOÀN ${cell}` };
    case 'trade-union':
      return {
        national: 'CÔNG ĐOÀN VIỆT NAM',
        superior: `CÔNG ĐOÀN ${commune}`,
        issuer: `BCH CÔNG ĐOÀN ${cell}`,
      };
    case 'standing-committee':
    case 'commune-committee':
    case 'verified-committee':
      return {
        national: PARTY,
        superior: `ĐẢNG BỘ ${upperVi(facts.commune.province)}`,
        issuer: `ĐẢNG ỦY ${commune}`,
      };
    case 'political-centre':
      return { national: PARTY, superior: `ĐẢNG BỘ ${commune}`, issuer: 'TRUNG TÂM CHÍNH TRỊ' };
    default:
      return { national: PARTY, superior: `ĐẢNG BỘ ${commune}`, issuer: cell };
  }
}

/** The day the paper is dated: its step's day, or 31 December of the statistics' year. */
function dayOf(entry: PaperKindEntry, facts: PaperFacts): string | undefined {
  if (entry.step === 'annual') return facts.statistics ? `${facts.statistics.year}-12-31` : undefined;
  return stepEvent(entry, facts.history ?? [])?.on;
}

/**
 * Builds the paper `kind` from `facts`: every fact the registry names must be there (else the list of what to fill,
 * with its step and document), the step must not have failed its rules (else the failed rules), and a guide of the
 * registry must be in force on the step's day.
 */
export function buildPaper(kind: PaperKind, facts: PaperFacts): BuiltPaper {
  const entry = paperKind(kind);
  const missing: MissingFact[] = entry.facts
    .filter((f) => !has(f, entry, facts))
    .map((f) => ({ field: f, label: factLabels[f], step: stepOfFact(f, entry), rule: entry.document }));
  const failed = (facts.checks ?? [])
    .filter((c) => entry.judgedAt !== null && c.step === entry.judgedAt && c.status === 'fail')
    .map((c) => ({ rule: c.rule, message: c.message }));
  const day = dayOf(entry, facts);
  const form = day === undefined ? undefined : formOn(entry.forms, day);
  if (day !== undefined && form === undefined && !missing.some((m) => m.field === 'step.on'))
    missing.push({
      field: 'step.on',
      label: factLabels['step.on'],
      step: stepOfFact('step.on', entry),
      rule: entry.forms[0]?.citation ?? entry.document,
    });
  if (missing.length > 0 || failed.length > 0 || day === undefined || form === undefined)
    return { ok: false, missing, failed };
  const body = bodyOf(entry, facts, day);
  const paper: PaperModel = {
    kind,
    form,
    issuedOn: day,
    header: {
      ...headerOf(entry, facts),
      number: numberLine(entry, facts),
      placeDate: placeDateLine(facts.commune.name, day),
    },
    ...body,
  };
  return { ok: true, paper };
}
