/**
 * What the forecast needs to know about one candidate, read from the candidate's event history: the furthest step
 * reached, the awareness-class certificate, the cell's admission vote, and whether the candidate is decided or gone.
 */
import { compareDates, type IsoDate } from '../date.js';

/** Steps toward the admission decision, in order: the forecast's notion of "how far along". */
export const FORECAST_STAGES = [
  'pool',
  'sympathiser',
  'certified',
  'dossier',
  'verification',
  'voted',
] as const;

export type ForecastStage = (typeof FORECAST_STAGES)[number];

/** A recorded event, as the database keeps it: its kind, the day it happened, and its data. */
export interface HistoryEvent {
  kind: string;
  on: IsoDate;
  data?: Record<string, unknown>;
}

/** A cell vote's counts (T-02..T-04), when recorded. */
export interface VoteFacts {
  on: IsoDate;
  officialMembers: number | null;
  notCounted: number;
  inFavour: number | null;
}

/** One candidate on a day. `decidedOn` set = admitted; `closedOn` set = withdrawn or rejected. */
export interface ForecastFacts {
  id: string;
  cellId: string;
  birthDate: IsoDate;
  stage: ForecastStage;
  /** Day the stage was reached. */
  stageSince: IsoDate;
  certificateOn: IsoDate | null;
  cellVote: VoteFacts | null;
  decidedOn: IsoDate | null;
  closedOn: IsoDate | null;
}

const STAGE_OF_KIND: Record<string, ForecastStage> = {
  'entered-pool': 'pool',
  'helper-assigned': 'sympathiser',
  certificate: 'certified',
  application: 'dossier',
  'background-declared': 'dossier',
  'verification-requested': 'verification',
  'verification-answered': 'verification',
  introduction: 'verification',
  'union-comment': 'verification',
  'residence-comment': 'verification',
  'cell-vote': 'voted',
  'committee-resolution': 'voted',
};

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Folds a history (events on or before `asOf` only; later ones have not happened yet on that day) into facts.
 * Steps only move forward; a later certificate replaces an earlier one (a re-taken class); the latest cell vote
 * counts. A certificate's date is its `issuedOn` when recorded, else the event's day.
 */
export function forecastFacts(
  base: { id: string; cellId: string; birthDate: IsoDate },
  history: readonly HistoryEvent[],
  asOf: IsoDate,
): ForecastFacts {
  const facts: ForecastFacts = {
    ...base,
    stage: 'pool',
    stageSince: history[0]?.on ?? asOf,
    certificateOn: null,
    cellVote: null,
    decidedOn: null,
    closedOn: null,
  };
  for (const e of history) {
    if (compareDates(e.on, asOf) > 0) continue;
    const stage = STAGE_OF_KIND[e.kind];
    if (stage && FORECAST_STAGES.indexOf(stage) > FORECAST_STAGES.indexOf(facts.stage)) {
      facts.stage = stage;
      facts.stageSince = e.on;
    }
    if (e.kind === 'certificate') {
      const issued = e.data?.issuedOn;
      facts.certificateOn = typeof issued === 'string' ? issued : e.on;
    } else if (e.kind === 'cell-vote') {
      facts.cellVote = {
        on: e.on,
        officialMembers: num(e.data?.officialMembers),
        notCounted: num(e.data?.notCounted) ?? 0,
        inFavour: num(e.data?.inFavour),
      };
    } else if (e.kind === 'admission-decision') {
      facts.decidedOn = e.on;
    } else if (e.kind === 'withdrawn' || e.kind === 'rejected') {
      facts.closedOn = e.on;
    }
  }
  return facts;
}

/** Open on `asOf`: neither decided nor withdrawn/rejected. */
export function isOpenCandidate(f: ForecastFacts): boolean {
  return f.decidedOn === null && f.closedOn === null;
}
