/**
 * The commune's split of its yearly admission target across its cells. The split is the commune's
 * policy, so nothing here blocks a split: it answers with warnings the office reads before saving.
 */
import type { Bilingual } from '../calendar/index.js';

/** The commune's split policy; both are local choices, not Party rules. */
export interface SplitPolicy {
  /** "Every cell admits at least 1 a year" (demo-commune.md): warn when a cell's target is 0 or missing. */
  everyCellAtLeastOne: boolean;
}

/** The policy of the demo commune, and the default of a new one. */
export const defaultSplitPolicy: SplitPolicy = { everyCellAtLeastOne: true };

/** One cell's part of the split; `target` null = no target set for the cell. */
export interface CellShare {
  cellId: string;
  name: string;
  target: number | null;
  /** The cell's source target (introduce N to the awareness class); null or absent = none set. */
  sourceTarget?: number | null;
}

/** Why a split deserves a second look. */
export type SplitWarningCode =
  | 'QUOTA.SPLIT_BELOW_TARGET'
  | 'QUOTA.CELL_WITHOUT_TARGET'
  | 'QUOTA.NO_COMMUNE_TARGET'
  | 'QUOTA.SOURCE_BELOW_TARGET';

/** A warning on a split: never a block (the commune may keep a reserve, Q-03). */
export interface SplitWarning {
  code: SplitWarningCode;
  /** The cell the warning is about; absent for the commune as a whole. */
  cellId?: string;
  message: Bilingual;
}

/**
 * Sum of the cells' targets; a cell without a target (null) adds 0. An empty split sums to 0.
 */
export function splitSum(cells: readonly CellShare[]): number {
  let sum = 0;
  for (const c of cells) sum += c.target ?? 0;
  return sum;
}

/**
 * True when the split falls short of the commune's target: `sum < communeTarget`. A split equal to the target
 * (`>=`) or above it is not short; with no commune target (null) nothing can be short.
 */
export function splitFallsShort(communeTarget: number | null, sum: number): boolean {
  return communeTarget !== null && sum < communeTarget;
}

/**
 * True when a cell gets none: its target is missing (null) or 0. A target of 1 or more (`>= 1`) is some.
 */
export function cellGetsNone(target: number | null): boolean {
  return target === null || target < 1;
}

/**
 * True when a cell plans to introduce fewer people to the awareness class than it is to admit: `sourceTarget <
 * target`, both set. Equal is enough (each one introduced admitted); with either missing nothing is compared.
 */
export function sourceFallsShort(target: number | null, sourceTarget: number | null | undefined): boolean {
  return target !== null && sourceTarget !== null && sourceTarget !== undefined && sourceTarget < target;
}

/**
 * The warnings on a split: the commune has no target yet; the split sums below the commune's target (a reserve is
 * allowed, so only a warning); a cell gets none while the policy asks every cell for at least 1.
 */
export function checkSplit(
  communeTarget: number | null,
  cells: readonly CellShare[],
  policy: SplitPolicy = defaultSplitPolicy,
): SplitWarning[] {
  const warnings: SplitWarning[] = [];
  const sum = splitSum(cells);
  if (communeTarget === null) {
    warnings.push({
      code: 'QUOTA.NO_COMMUNE_TARGET',
      message: {
        vi: 'Xã chưa nhập chỉ tiêu được cấp trên giao cho năm này.',
        en: 'The commune has no target from the level above for this year yet.',
      },
    });
  } else if (splitFallsShort(communeTarget, sum)) {
    warnings.push({
      code: 'QUOTA.SPLIT_BELOW_TARGET',
      message: {
        vi: `Tổng chỉ tiêu giao cho các chi bộ (${sum}) thấp hơn chỉ tiêu của xã (${communeTarget}), còn thiếu ${communeTarget - sum}.`,
        en: `The cells' targets add up to ${sum}, below the commune's target of ${communeTarget} (${communeTarget - sum} short).`,
      },
    });
  }
  if (policy.everyCellAtLeastOne) {
    for (const c of cells) {
      if (!cellGetsNone(c.target)) continue;
      warnings.push({
        code: 'QUOTA.CELL_WITHOUT_TARGET',
        cellId: c.cellId,
        message: {
          vi: `${c.name} chưa được giao chỉ tiêu (quy định của xã: mỗi chi bộ ít nhất 1).`,
          en: `${c.name} has no target (the commune's policy: every cell at least 1).`,
        },
      });
    }
  }
  for (const c of cells) {
    if (!sourceFallsShort(c.target, c.sourceTarget)) continue;
    warnings.push({
      code: 'QUOTA.SOURCE_BELOW_TARGET',
      cellId: c.cellId,
      message: {
        vi: `${c.name} dự kiến giới thiệu ${c.sourceTarget} người học lớp nhận thức về Đảng, ít hơn chỉ tiêu kết nạp (${c.target}).`,
        en: `${c.name} plans to introduce ${c.sourceTarget} to the awareness class, fewer than its admission target (${c.target}).`,
      },
    });
  }
  return warnings;
}
