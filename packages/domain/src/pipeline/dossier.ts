/**
 * The dossier checklist (rules.md §4.1–4.2). Which papers a dossier needs, and their form codes per regime, are data
 * (the `form_catalogue` table), never enums: 38-HD/BTCTW (2025) may renumber the forms of 12-HD/BTCTW (2022), and a
 * commune corrects a row without a code change. This module only matches a catalogue against a history.
 */
import { compareDates, type IsoDate } from '../date.js';
import type { PipelineEvent, PipelineEventKind } from './events.js';

/** One row of the form catalogue. */
export interface FormEntry {
  /** `HD12_2022`, `HD38_2025` … */
  regime: string;
  /** First day the regime's forms are used. */
  inForceFrom: IsoDate;
  /** Document id of rules.md (D-01 …). */
  document: string;
  /** The form's code in that regime (`1-KNĐ`, `Phụ lục 3, mục 1.1` …). */
  formCode: string;
  title: { vi: string; en: string };
  stage: 'admission' | 'recognition';
  /**
   * When the paper is needed: `always`; `partial-committee` / `grassroots-committee` where such a committee sits
   * between the cell and the commune; `union-route` when a union introduces.
   */
  requiredWhen: 'always' | 'partial-committee' | 'grassroots-committee' | 'union-route';
  /** The event that files it. */
  satisfiedBy: PipelineEventKind;
}

/** Where the candidate's cell sits: which intermediate committees exist above it (O-03). */
export interface CellStructure {
  partialCommittee: boolean;
  grassrootsCommittee: boolean;
}

/** A checklist line. */
export interface ChecklistItem {
  document: string;
  formCode: string;
  title: { vi: string; en: string };
  stage: 'admission' | 'recognition';
  status: 'filed' | 'missing' | 'not-required';
  /** Day of the filing event. */
  filedOn: IsoDate | null;
}

/** The regime whose forms apply on `on`: the one with the latest `inForceFrom` on or before it (null: none). */
export function formRegimeOn(forms: readonly FormEntry[], on: IsoDate): string | null {
  let best: FormEntry | null = null;
  for (const f of forms)
    if (
      compareDates(f.inForceFrom, on) <= 0 &&
      (best === null || compareDates(f.inForceFrom, best.inForceFrom) > 0)
    )
      best = f;
  return best?.regime ?? null;
}

/**
 * The checklist of the regime in force on `asOf`: admission papers always, recognition papers once the ceremony is
 * held. A paper is `filed` when its event is in the history (union-route papers by a union introduction, committee
 * papers by that committee's resolution), `not-required` when its condition does not hold.
 */
export function dossierChecklist(
  forms: readonly FormEntry[],
  history: readonly PipelineEvent[],
  structure: CellStructure,
  asOf: IsoDate,
): ChecklistItem[] {
  const regime = formRegimeOn(forms, asOf);
  const probation = history.some((e) => e.kind === 'ceremony');
  const unionIntroduced = history.some((e) => e.kind === 'introduction' && e.introducer.kind !== 'member');
  // Recognition papers are filed during probation: a comment from before the ceremony does not count for them.
  const ceremonyAt = history.findIndex((e) => e.kind === 'ceremony');
  const filing = (f: FormEntry): PipelineEvent | undefined =>
    (f.stage === 'recognition' ? history.slice(ceremonyAt + 1) : history).find((e) => {
      if (e.kind !== f.satisfiedBy) return false;
      if (e.kind === 'introduction')
        return (f.requiredWhen === 'union-route') === (e.introducer.kind !== 'member');
      if (e.kind === 'committee-resolution')
        return e.body === (f.requiredWhen === 'partial-committee' ? 'partial' : 'grassroots');
      return true;
    });
  return forms
    .filter((f) => f.regime === regime && (f.stage === 'admission' || probation))
    .map((f) => {
      const required =
        f.requiredWhen === 'always' ||
        (f.requiredWhen === 'partial-committee' && structure.partialCommittee) ||
        (f.requiredWhen === 'grassroots-committee' && structure.grassrootsCommittee) ||
        (f.requiredWhen === 'union-route' && unionIntroduced);
      const event = filing(f);
      return {
        document: f.document,
        formCode: f.formCode,
        title: f.title,
        stage: f.stage,
        status: event ? 'filed' : required ? 'missing' : 'not-required',
        filedOn: event?.on ?? null,
      };
    });
}
