import { compareDates, compareVi, type IsoDate, type StageName, stageNames } from '@ketnap/domain';

/** What the board and the table need of a candidate line. */
export interface PipelineRow {
  fullName: string;
  stage: string;
  nextDue: IsoDate | null;
}

/** The table's sortable columns. */
export type SortKey = 'name' | 'stage' | 'due';

const stageRank = (stage: string) => {
  const rank = stageNames.indexOf(stage as StageName);
  return rank === -1 ? stageNames.length : rank;
};

/**
 * The rows in the order the table shows: by name in Vietnamese dictionary order (Đ after D, tones after the bare
 * vowel), by stage in pipeline order, or by next deadline (soonest first, none last); ties by name, A to Z. Returns a new
 * array.
 */
export function sortRows<R extends PipelineRow>(rows: readonly R[], key: SortKey, descending = false): R[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    // No running deadline sorts last in both directions: such a candidate is never the most urgent.
    if (key === 'due' && (a.nextDue === null) !== (b.nextDue === null)) return a.nextDue === null ? 1 : -1;
    const primary =
      key === 'name'
        ? compareVi(a.fullName, b.fullName)
        : key === 'stage'
          ? stageRank(a.stage) - stageRank(b.stage)
          : a.nextDue && b.nextDue
            ? compareDates(a.nextDue, b.nextDue)
            : 0;
    return sign * primary || compareVi(a.fullName, b.fullName);
  });
}

/**
 * The board's columns: every stage that has a candidate, in pipeline order, each column sorted by next deadline
 * (soonest first) and then by name.
 */
export function boardColumns<R extends PipelineRow>(rows: readonly R[]): { stage: StageName; rows: R[] }[] {
  const columns = new Map<StageName, R[]>();
  for (const row of sortRows(rows, 'due')) {
    const stage = row.stage as StageName;
    columns.set(stage, [...(columns.get(stage) ?? []), row]);
  }
  return stageNames.flatMap((stage) => {
    const list = columns.get(stage);
    return list ? [{ stage, rows: list }] : [];
  });
}
