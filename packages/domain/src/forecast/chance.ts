/**
 * Each open candidate's chance of an admission decision dated by 31 December, from the stage model (stage-model.ts)
 * and the earliest lawful days (earliest.ts): the candidate moves on from its stage by the model's daily chances,
 * given the days already spent there, and through the later stages likewise; the cell votes no earlier than the
 * lawful day (a candidate ready sooner waits for it), and the decision counts only when the vote leaves a working
 * day for it in the year. A candidate whose earliest lawful decision falls after 31 December has no chance. Pure and
 * exact (sums over days, no sampling).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { addDays, formatIsoDate, toEpochDay } from '../date.js';
import type { CandidateForecast } from './earliest.js';
import { FORECAST_STAGES, type ForecastFacts } from './facts.js';
import { binOf, type StageModel, scaledModel, stageUncertainty } from './stage-model.js';

const VOTED = FORECAST_STAGES.length - 1;

/** An open candidate with its lawful forecast for the year. */
export interface OpenCandidate {
  facts: ForecastFacts;
  forecast: CandidateForecast;
}

/** What a candidate's chance is computed from: nothing (not lawful in the year), the decision alone, or the path. */
type Prepared =
  | { kind: 'none' }
  | { kind: 'decision'; elapsed: number }
  | { kind: 'path'; stage: number; elapsed: number; lawful: number };

/** The year's horizon on `model.asOf`: T days left, and the last day (offset) a vote still leaves a decision day. */
interface Horizon {
  start: number;
  T: number;
  lastVote: number;
}

function horizonOf(model: StageModel, year: number, calendar: WorkingCalendar): Horizon {
  const start = toEpochDay(model.asOf);
  const yearEnd = formatIsoDate(year, 12, 31);
  const T = toEpochDay(yearEnd) - start;
  let lastVote = T;
  while (lastVote >= 0 && calendar.nextWorkingDay(addDays(model.asOf, lastVote)) > yearEnd) lastVote--;
  return { start, T, lastVote };
}

function prepare({ facts, forecast }: OpenCandidate, start: number): Prepared {
  if (!forecast.inYear) return { kind: 'none' };
  const voteStep = forecast.steps.find((s) => s.step === 'cell-vote');
  // A recorded vote that carried: only the decision remains, counted from the vote.
  if (!voteStep && facts.cellVote)
    return { kind: 'decision', elapsed: Math.max(0, start - toEpochDay(facts.cellVote.on)) };
  const lawful = Math.max(0, voteStep ? toEpochDay(voteStep.earliest) - start : 0);
  // A vote that failed (or a stage past the vote with none recorded): the dossier is back before the cell.
  const [stage, since] =
    facts.stage === 'voted'
      ? ['verification' as const, facts.cellVote?.on ?? facts.stageSince]
      : [facts.stage, facts.stageSince];
  return {
    kind: 'path',
    stage: FORECAST_STAGES.indexOf(stage),
    elapsed: Math.max(0, start - toEpochDay(since)),
    lawful,
  };
}

/** The path tables of one model, per first lawful vote day: `w[i][c]`, see {@link chancesUnder}. */
type PathTables = Map<number, Float64Array[]>;

/**
 * The chances of prepared candidates under one model. `w[i][c]` (for each first lawful vote day, an offset from
 * asOf) is the chance of a decision by 31 December for someone entering stage i on day c, the vote waiting for the
 * lawful day; only stages after `first` are needed. `reuse` holds another model's tables that agree with this one
 * on every stage above `reuse.above` (a model changed at one stage only changes the tables of that stage and
 * below).
 */
function chancesUnder(
  model: StageModel,
  prepared: readonly Prepared[],
  h: Horizon,
  first: number,
  reuse?: { tables: PathTables; above: number },
): { chances: number[]; tables: PathTables } {
  const { T, lastVote } = h;
  const move = FORECAST_STAGES.map((s) => model.stages[s].move);
  const leave = FORECAST_STAGES.map((s) => model.stages[s].leave);
  // From the first day in stage i: the chance of moving on exactly on day u (having stayed until then).
  const moveOnDay = (i: number) => {
    const m = move[i] as number[];
    const l = leave[i] as number[];
    const out = new Float64Array(T + 1);
    let stay = 1;
    for (let u = 0; u <= T; u++) {
      const b = binOf(u);
      out[u] = stay * (m[b] as number);
      stay *= 1 - (m[b] as number) - (l[b] as number);
    }
    return out;
  };
  const tables: PathTables = new Map();
  const reachFrom = (lawful: number): Float64Array[] => {
    const hit = tables.get(lawful);
    if (hit) return hit;
    const known = reuse?.tables.get(lawful);
    const w: Float64Array[] = FORECAST_STAGES.map(() => new Float64Array(0));
    const lowest = Math.max(1, first + 1);
    for (let i = VOTED; i >= lowest; i--) {
      if (known && reuse && i > reuse.above) {
        w[i] = known[i] as Float64Array;
        continue;
      }
      const here = new Float64Array(T + 1);
      const m = moveOnDay(i);
      if (i === VOTED) {
        // Decided within t days of a vote, the vote held on the lawful day at the earliest.
        const within = new Float64Array(T + 1);
        let sum = 0;
        for (let t = 0; t <= T; t++) {
          sum += m[t] as number;
          within[t] = sum;
        }
        for (let c = 0; c <= T; c++) {
          const v = Math.max(c, lawful);
          here[c] = v <= lastVote ? (within[T - v] as number) : 0;
        }
      } else {
        const next = w[i + 1] as Float64Array;
        for (let c = 0; c <= T; c++) {
          let s = 0;
          for (let u = 0; c + u <= T; u++) s += (m[u] as number) * (next[c + u] as number);
          here[c] = s;
        }
      }
      w[i] = here;
    }
    tables.set(lawful, w);
    return w;
  };
  const chances = prepared.map((p) => {
    if (p.kind === 'none') return 0;
    const stage = p.kind === 'decision' ? VOTED : p.stage;
    const next = p.kind === 'decision' ? null : (reachFrom(p.lawful)[stage + 1] as Float64Array);
    const m = move[stage] as number[];
    const l = leave[stage] as number[];
    // Still in the stage on asOf (day `elapsed` of it): moves on on day j after asOf, then the rest of the path.
    let stay = 1;
    let chance = 0;
    for (let j = 1; j <= T && stay > 1e-12; j++) {
      const b = binOf(p.elapsed + j);
      const hm = m[b] as number;
      chance += stay * hm * (next ? (next[j] as number) : 1);
      stay *= 1 - hm - (l[b] as number);
    }
    return Math.min(1, Math.max(0, chance));
  });
  return { chances, tables };
}

/** The earliest stage any prepared candidate is at (stages before it change nobody's chance). */
function firstStage(prepared: readonly Prepared[]): number {
  return Math.min(VOTED, ...prepared.map((p) => (p.kind === 'path' ? p.stage : VOTED)));
}

/** The chances of `candidates` (open, each with its lawful forecast for `year` on `model.asOf`), in their order. */
export function yearEndChances(
  model: StageModel,
  candidates: readonly OpenCandidate[],
  year: number,
  calendar: WorkingCalendar,
): number[] {
  const h = horizonOf(model, year, calendar);
  if (h.T <= 0) return candidates.map(() => 0);
  const prepared = candidates.map((c) => prepare(c, h.start));
  return chancesUnder(model, prepared, h, firstStage(prepared)).chances;
}

/**
 * The chances under the model, and under the model with each stage's moving-on rates one standard deviation faster
 * and with every stage's leaving rates one standard deviation higher ({@link stageUncertainty}): how much a unit's
 * expected count moves when the commune's pace is not quite what its history says, which widens the interval
 * (distribution.ts).
 */
export function yearEndChanceSets(
  model: StageModel,
  candidates: readonly OpenCandidate[],
  year: number,
  calendar: WorkingCalendar,
): { chances: number[]; perturbed: number[][] } {
  const h = horizonOf(model, year, calendar);
  if (h.T <= 0) return { chances: candidates.map(() => 0), perturbed: [] };
  const prepared = candidates.map((c) => prepare(c, h.start));
  if (prepared.every((p) => p.kind === 'none')) return { chances: prepared.map(() => 0), perturbed: [] };
  const first = firstStage(prepared);
  const base = chancesUnder(model, prepared, h, first);
  const perturbed: number[][] = [];
  let leaving = model;
  FORECAST_STAGES.forEach((stage, i) => {
    if (i < first) return;
    const sigma = stageUncertainty(model, stage);
    if (sigma.move > 0) {
      const faster = scaledModel(model, stage, 'move', Math.exp(sigma.move));
      perturbed.push(chancesUnder(faster, prepared, h, first, { tables: base.tables, above: i }).chances);
    }
    if (sigma.leave > 0) leaving = scaledModel(leaving, stage, 'leave', Math.exp(sigma.leave));
  });
  if (leaving !== model) perturbed.push(chancesUnder(leaving, prepared, h, first).chances);
  return { chances: base.chances, perturbed };
}
