/**
 * What the events alone determine about a candidate, in the shape the database caches it: the stage and the next
 * running deadline. Deadlines depend only on the dated steps, never on the person's facts, so the cache needs no
 * profile; it is rebuilt from the history in the transaction that appends an event.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { evaluateCase, type RuleSettings } from '../rules/index.js';
import { nextDeadline } from './deadlines.js';
import { type PipelineEvent, pipelineEventSchema } from './events.js';
import { type StageName, stageOf } from './stage.js';
import { toCase } from './to-case.js';

/** The cached summary of a history. */
export interface PipelineSummary {
  stage: StageName;
  stageSince: IsoDate | null;
  nextDue: { rule: string; due: IsoDate } | null;
}

/**
 * Stage and next running deadline of a history in date order (an empty history is in the pool, with no date), under
 * the commune's rule `settings` (V-07's working days, T-07's threshold; default the catalogue's defaults).
 */
export function pipelineSummary(
  history: readonly PipelineEvent[],
  calendar: WorkingCalendar = vietnamCalendar,
  settings?: RuleSettings,
): PipelineSummary {
  const stage = stageOf(history);
  const last = history[history.length - 1];
  if (!stage || !last) return { stage: 'pool', stageSince: null, nextDue: null };
  let nextDue: PipelineSummary['nextDue'] = null;
  try {
    const facts = { birthDate: null, profile: {}, sensitive: {} };
    const unit = { youthUnionPresent: null, tradeUnionPresent: null };
    // D-H8 is left out: the pipeline records no step that completes the member record, so its clock never stops.
    nextDue = nextDeadline(
      evaluateCase(toCase(facts, history, new Map(), unit, last.on), { calendar, settings }).deadlines.filter(
        (d) => d.rule !== 'D-H8',
      ),
    );
  } catch (error) {
    // Steps before the oldest rule set (2016-07-25) have no deadlines the engine can count.
    if (!(error instanceof RangeError)) throw error;
  }
  return { stage: stage.name, stageSince: stage.since, nextDue };
}

/**
 * An event as stored (kind, day, JSON data) back into the domain's event, through the event schema: a stored row
 * that no longer fits it is a fault (the schema only ever gains optional fields), so this throws.
 */
export function eventFromStored(stored: {
  kind: string;
  occurredOn: IsoDate;
  data: Record<string, unknown>;
}): PipelineEvent {
  return pipelineEventSchema.parse({ ...stored.data, kind: stored.kind, on: stored.occurredOn });
}

/** The JSON data an event is stored with: everything but its kind and day (those are columns). */
export function storedData(event: PipelineEvent): Record<string, unknown> {
  const { kind: _kind, on: _on, ...data } = event;
  return data;
}
