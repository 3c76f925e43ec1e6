/**
 * What the forecast needs to know about one candidate, read from the candidate's event history: the furthest step
 * reached, the awareness-class certificate, the cell's admission vote, and whether the candidate is decided or gone.
 */
import { compareDates, type IsoDate, isIsoDate } from '../date.js';
import type { TogetherPeriod } from '../rules/index.js';

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
  /**
   * The day each of {@link FORECAST_STAGES} was first reached, in that order (null: not yet). A step that implies
   * earlier ones (an application recorded without a helper; a decision) marks the skipped stages reached that day,
   * so durations between stages can be learnt from every history (stage-model.ts).
   */
  stageDays: (IsoDate | null)[];
  certificateOn: IsoDate | null;
  /**
   * The recorded periods together (I-03) of each member introducer who is not a replacement (I-05): the cell vote
   * waits until each has been together with the candidate long enough.
   */
  introducers: TogetherPeriod[][];
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
    stageDays: FORECAST_STAGES.map(() => null),
    certificateOn: null,
    introducers: [],
    cellVote: null,
    decidedOn: null,
    closedOn: null,
  };
  const reach = (upTo: number, on: IsoDate) => {
    for (let i = 0; i <= upTo; i++) if (facts.stageDays[i] == null) facts.stageDays[i] = on;
  };
  for (const e of history) {
    if (compareDates(e.on, asOf) > 0) continue;
    const stage = STAGE_OF_KIND[e.kind];
    if (stage) reach(FORECAST_STAGES.indexOf(stage), e.on);
    else if (e.kind === 'admission-decision') reach(FORECAST_STAGES.length - 1, e.on);
    if (stage && FORECAST_STAGES.indexOf(stage) > FORECAST_STAGES.indexOf(facts.stage)) {
      facts.stage = stage;
      facts.stageSince = e.on;
    }
    if (e.kind === 'certificate') {
      const issued = e.data?.issuedOn;
      facts.certificateOn = typeof issued === 'string' ? issued : e.on;
    } else if (e.kind === 'introduction') {
      const periods = memberIntroducerPeriods(e.data?.introducer);
      if (periods) facts.introducers.push(periods);
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

/** The periods of a member introducer who is not a replacement, as stored; null for a union or a replacement. */
function memberIntroducerPeriods(introducer: unknown): TogetherPeriod[] | null {
  if (!introducer || typeof introducer !== 'object') return null;
  const i = introducer as { kind?: unknown; together?: unknown; replacement?: unknown };
  if (i.kind !== 'member' || i.replacement === true || !Array.isArray(i.together)) return null;
  return i.together.flatMap((p: { from?: unknown; to?: unknown; relation?: unknown }) =>
    isIsoDate(p?.from) && (p.to == null || isIsoDate(p.to)) && typeof p.relation === 'string'
      ? [{ from: p.from, to: p.to ?? null, relation: p.relation as TogetherPeriod['relation'] }]
      : [],
  );
}

/**
 * Open on `asOf`: in the pipeline by then (some step on or before it; a record whose history starts later is not a
 * candidate yet on that day) and neither decided nor withdrawn/rejected.
 */
export function isOpenCandidate(f: ForecastFacts): boolean {
  return f.stageDays[0] != null && f.decidedOn === null && f.closedOn === null;
}
