/**
 * Who was introduced to the awareness class (lớp bồi dưỡng nhận thức về Đảng): what the source target ("introduce N
 * to the class") is measured against.
 */
import type { IsoDate } from '../date.js';
import type { PipelineEventKind } from '../pipeline/events.js';

/**
 * The step that records a candidate's going to the class. The pipeline records the class by its certificate, so
 * someone on a class that has not ended yet is counted once the certificate is recorded; a candidate sent again
 * (the first certificate expired, E-08) was introduced again and counts again.
 */
export const INTRODUCED_BY: PipelineEventKind = 'certificate';

/** The days a candidate was introduced to the class, in the order of the history. */
export function introductionDays(events: readonly { kind: string; on: IsoDate }[]): IsoDate[] {
  return events.flatMap((e) => (e.kind === INTRODUCED_BY ? [e.on] : []));
}

/**
 * The commune's source target: its cells' summed (the plan sets one per cell), or null when no cell has one. The
 * board and the progress screen both read it from here.
 */
export function communeSourceTarget(cellTargets: readonly (number | null)[]): number | null {
  const set = cellTargets.filter((t): t is number => t !== null);
  return set.length === 0 ? null : set.reduce((n, t) => n + t, 0);
}
