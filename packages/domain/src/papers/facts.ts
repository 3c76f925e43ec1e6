/**
 * What a paper is filled from, as the shell loads it: the commune and the cell, the candidate's person record and
 * history, the names of the members the history cites, the rule checks of the case, the register's number and, for
 * the annual statistics, the year's figures. Everything is optional but the commune: a missing part is reported
 * as missing facts, never printed blank.
 */
import type { Bilingual } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import type { PipelineEvent } from '../pipeline/events.js';
import type { CaseStep, CheckStatus } from '../rules/types.js';

/** One cell's row of the annual statistics. */
export interface StatisticsRow {
  cell: string;
  admitted: number;
  recognised: number;
}

export interface PaperFacts {
  commune: { name: string; province: string };
  cell?: { name: string } | null;
  candidate?: {
    fullName: string;
    birthDate: IsoDate;
    gender: 'M' | 'F' | string;
    residence?: string;
    occupation?: string;
  } | null;
  /** The candidate's history in date order. */
  history?: readonly PipelineEvent[];
  memberNames?: Readonly<Record<string, string>>;
  checks?: readonly { rule: string; step: CaseStep; status: CheckStatus; message: Bilingual }[];
  /** The register's numbers of the candidate's papers by kind (`12-NQ/CB`), where the register has given one. */
  numbers?: Readonly<Partial<Record<string, string>>>;
  statistics?: { year: number; rows: readonly StatisticsRow[] } | null;
}
