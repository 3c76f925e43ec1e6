/**
 * The database schema as Kysely sees it. Columns use a vocabulary both SQLite and PostgreSQL store the same way:
 * text ids, ISO `YYYY-MM-DD` text for calendar dates, ISO UTC text for instants, integers for counts and booleans
 * (0/1), JSON as text. Nullable columns are `T | null`.
 */
export interface Database {
  org_unit: OrgUnitTable;
  member: MemberTable;
  candidate: CandidateTable;
  candidate_event: CandidateEventTable;
  admission_target: AdmissionTargetTable;
}

/** Level of an organisation unit in the party tree (O-01..O-03). */
export type OrgLevel = 'province' | 'commune' | 'grassroots' | 'cell';

/** What a cell is made of; the board groups and labels cells by it. */
export type CellKind = 'rural' | 'school' | 'police' | 'agency' | 'enterprise' | 'other';

export interface OrgUnitTable {
  id: string;
  parent_id: string | null;
  level: OrgLevel;
  /** Only for cells. */
  kind: CellKind | null;
  /** URL handle; set for provinces and communes. */
  slug: string | null;
  name: string;
  /** Dated so that a merger or split keeps history: the unit exists in [valid_from, valid_to). */
  valid_from: string;
  valid_to: string | null;
}

export interface MemberTable {
  id: string;
  cell_id: string;
  full_name: string;
  /** 'M' | 'F' */
  gender: string;
  birth_date: string;
  /** Date written in the admission decision: start of party seniority (L-06). */
  admitted_on: string;
  /** Ceremony date: start of probation (L-05); a member from this day. */
  joined_on: string;
  /** Day the 12 months ended, once recognised (L-12); null while probationary. */
  official_on: string | null;
  left_on: string | null;
  left_reason: string | null;
}

export interface CandidateTable {
  id: string;
  cell_id: string;
  full_name: string;
  gender: string;
  birth_date: string;
  entered_pool_on: string;
  /** Optimistic-concurrency counter: bumped by every change. */
  version: number;
}

/** Append-only pipeline history of one candidate. */
export interface CandidateEventTable {
  id: string;
  candidate_id: string;
  /** Position in the candidate's history, from 1. */
  seq: number;
  kind: CandidateEventKind;
  occurred_on: string;
  /** Event details as JSON text (vote counts, decision numbers …). */
  data: string;
  recorded_at: string;
}

/** Steps of the pipeline (rules.md §8.5). */
export type CandidateEventKind =
  | 'entered-pool'
  | 'helper-assigned'
  | 'certificate'
  | 'application'
  | 'verification-requested'
  | 'verification-answered'
  | 'cell-vote'
  | 'admission-decision'
  | 'decision-received'
  | 'ceremony'
  | 'recognition-vote'
  | 'recognition-decision'
  | 'withdrawn'
  | 'rejected';

/** A yearly admission target for a commune or a cell; a change inserts a new row, the
 * newest `set_on` (then id) counts, so history is kept. */
export interface AdmissionTargetTable {
  id: string;
  org_id: string;
  year: number;
  total: number;
  resolution_ref: string | null;
  set_on: string;
}
