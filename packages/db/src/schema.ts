/**
 * The database schema as Kysely sees it. Columns use a vocabulary both SQLite and PostgreSQL store the same way:
 * text ids, ISO `YYYY-MM-DD` text for calendar dates, ISO UTC text for instants, integers for counts and booleans
 * (0/1), JSON as text. Nullable columns are `T | null`.
 */
import type { AccountRole, PipelineEventKind, VerificationAnswer, VerifiedRelation } from '@ketnap/domain';
import type { ColumnType, Generated } from 'kysely';
export interface Database {
  org_unit: OrgUnitTable;
  member: MemberTable;
  candidate: CandidateTable;
  candidate_event: CandidateEventTable;
  admission_target: AdmissionTargetTable;
  account: AccountTable;
  role_grant: RoleGrantTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  login_gate: LoginGateTable;
  refusal_count: RefusalCountTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  org_unit_change: OrgUnitChangeTable;
  candidate_sensitive: CandidateSensitiveTable;
  form_catalogue: FormCatalogueTable;
  commune_setting: CommuneSettingTable;
  rule_setting: RuleSettingTable;
  board_snapshot: BoardSnapshotTable;
  village: VillageTable;
  verification_request: VerificationRequestTable;
  calendar_feed: CalendarFeedTable;
  reminder_log: ReminderLogTable;
  source_proposal: SourceProposalTable;
  source_review: SourceReviewTable;
  source_review_item: SourceReviewItemTable;
  awareness_class: AwarenessClassTable;
  awareness_class_member: AwarenessClassMemberTable;
  paper_counter: PaperCounterTable;
  paper_register: PaperRegisterTable;
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
  /** 1/0: the unit has a Youth Union / Trade Union organisation (E-13, I-01); null = not recorded. */
  youth_union_present: number | null;
  trade_union_present: number | null;
}

/** A merger, split or move: members and candidates of `from_unit_id` went to `to_unit_id` on `occurred_on`. */
export interface OrgUnitChangeTable {
  id: string;
  occurred_on: string;
  kind: 'merge' | 'split' | 'move' | 'rename';
  from_unit_id: string;
  to_unit_id: string;
  reference: string | null;
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
  /** The village the member lives in (0006); null = not recorded (optional on insert). */
  village_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A village (thôn) of a commune and the cell that covers it (0006). */
export interface VillageTable {
  id: string;
  commune_id: string;
  name: string;
  /** The covering cell: the village's own (`own_cell` 1) or a neighbouring one it was merged into (0); null = none. */
  cell_id: string | null;
  own_cell: number;
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
  /** Basic fields of the person record (the domain's field catalogue) as JSON text. */
  profile: Generated<string>;
  /** `full_name` folded for diacritic-insensitive search (`nguyen van an`). */
  name_folded: Generated<string>;
  /** Cache of the stage the events determine; rebuilt in the transaction that appends an event. */
  stage: Generated<string>;
  stage_since: string | null;
  /** Cache: the earliest running deadline's due day and rule (open or overdue), from the events. */
  next_due: string | null;
  next_due_rule: string | null;
  /** Cache: the day of the admission decision (null until decided), set when that event is appended. */
  admitted_on: Generated<string | null>;
  /**
   * The day the dossier was erased (0010), null otherwise. Once set, `full_name` is the placeholder, `gender` is
   * empty, `birth_date` keeps the year only (1 January), `profile` is `{}` and the events' data `{}`.
   */
  erased_on: Generated<string | null>;
}

/** The sensitive fields of a candidate's person record, as JSON text: read only through the audited query. */
export interface CandidateSensitiveTable {
  candidate_id: string;
  data: string;
  updated_at: string;
}

/**
 * One person's background verification (0015, V-02..V-07): sent to `organisation` in `place`; `sent_on` null and
 * `exempt_reason` set for a side exempted under V-04. `person_name` is sensitive (audited reads only).
 */
export interface VerificationRequestTable {
  id: string;
  candidate_id: string;
  relation: VerifiedRelation;
  person_name: string;
  organisation: string;
  place: string;
  sent_on: string | null;
  answered_on: string | null;
  answer: VerificationAnswer | null;
  exempt_reason: string | null;
  created_at: string;
}

/** A paper of the dossier in one regime's forms (rules.md §4.1–4.2): data, never an enum. */
export interface FormCatalogueTable {
  id: string;
  regime: string;
  in_force_from: string;
  document: string;
  form_code: string;
  title_vi: string;
  title_en: string;
  stage: 'admission' | 'recognition';
  required_when: 'always' | 'partial-committee' | 'grassroots-committee' | 'union-route';
  satisfied_by: CandidateEventKind;
  confidence: string;
  position: number;
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

/** Steps of the pipeline: the domain's event kinds (one list). */
export type CandidateEventKind = PipelineEventKind;

/** A yearly admission target for a commune or a cell; a change inserts a new row, the
 * newest `set_on` (then id) counts, so history is kept. */
export interface AdmissionTargetTable {
  id: string;
  org_id: string;
  year: number;
  total: number;
  resolution_ref: string | null;
  set_on: string;
  /** Q-03 sub-targets as JSON text (`{"female":2,…}`); null = none. */
  sub_targets: string | null;
  /** Who gave the target (the level above for a commune, the commune's committee for a cell). */
  assigned_by: string | null;
  /** The source target (0017): how many to introduce to the awareness class this year; null = none set. */
  source_total: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A mass organisation's proposal of one person to a cell's source list (0017). */
export interface SourceProposalTable {
  id: string;
  cell_id: string;
  full_name: string;
  gender: string;
  birth_date: string;
  /** The domain's `MassOrganisation`. */
  proposed_by: string;
  proposer_name: string;
  proposed_on: string;
  reason: string;
  /** The domain's `ProposalStatus`: 'pending' until a review adds or drops it. */
  status: string;
  /** The candidate the review added, once added. */
  candidate_id: string | null;
  recorded_at: string;
}

/** One review of a cell's source list by its committee (0017). */
export interface SourceReviewTable {
  id: string;
  cell_id: string;
  reviewed_on: string;
  note: string | null;
  recorded_at: string;
}

/** A review's decision on one entry: a proposal or a candidate, kept, added or dropped (with the reason). */
export interface SourceReviewItemTable {
  review_id: string;
  subject: 'proposal' | 'candidate';
  subject_id: string;
  decision: 'keep' | 'add' | 'drop';
  reason: string | null;
}

/** An awareness class of a commune (0018). */
export interface AwarenessClassTable {
  id: string;
  commune_id: string;
  name: string;
  /** The domain's `ClassOrganiser`. */
  organiser: string;
  starts_on: string;
  ends_on: string;
  /** The day the certificates were issued, once the results are recorded. */
  results_on: string | null;
  recorded_at: string;
}

/** One candidate on a class's roster, with the result and the certificate step once recorded (0018). */
export interface AwarenessClassMemberTable {
  class_id: string;
  candidate_id: string;
  /** The domain's `ClassResult`; null until the results are recorded. */
  result: string | null;
  serial: string | null;
  certificate_event_id: string | null;
}

/** A commune's own policies (split, grading, forecast, public suppression) as JSON text. */
export interface CommuneSettingTable {
  commune_id: string;
  settings: string;
  updated_at: string;
}

/** One override of a rule setting by a commune (0012): the value as JSON text, who set it and when. */
export interface RuleSettingTable {
  commune_id: string;
  setting: string;
  value: string;
  updated_by: string;
  updated_at: string;
}

/** The public board's precomputed year for one commune, as JSON text; rebuilt when a decision is recorded. */
export interface BoardSnapshotTable {
  commune_id: string;
  year: number;
  data: string;
  /** UTC instant of the rebuild. */
  updated_at: string;
}

/** A person who signs in to the admin console. */
export interface AccountTable {
  id: string;
  /** Lower-case login name, unique. */
  username: string;
  display_name: string;
  /** Self-describing password hash `scrypt$N$r$p$salt$hash` (base64url salt and key). */
  password_hash: string;
  /** The unit the account belongs to: the commune whose administrators manage it (or the province). */
  home_org_id: string;
  /** 1 when disabled: no login, every session revoked. */
  disabled: number;
  created_at: string;
  /** Optimistic-concurrency counter: bumped by every change. */
  version: number;
  /** 1 after an administrator's reset: only `auth.*` answers until the person sets a password of their own. */
  must_change_password: Generated<number>;
  /** 1 on a demo account still holding the public demo password; cleared when it sets a password of its own. */
  demo: Generated<number>;
  /** UTC instant a one-time password (set by a reset) stops signing in; null for a password of the person's own. */
  password_expires_at: Generated<string | null>;
  /** Where the daily digest goes (0016); null: no digest. */
  email: Generated<string | null>;
}

/** An account's secret calendar feed (0016): the SHA-256 (hex) of the token in its URL; revoked once stamped. */
export interface CalendarFeedTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  revoked_at: string | null;
}

/** One digest sent or failed (0016): the day it was for, to whom, how many items, the failure's code. */
export interface ReminderLogTable {
  id: string;
  day: string;
  at: string;
  account_id: string;
  recipient: string;
  status: 'sent' | 'failed';
  items: number;
  error: string | null;
}

/** Roles an account can hold, each scoped to one organisation unit (docs/access.md); the list is the domain's. */
export type Role = AccountRole;

/** One role held by one account over one unit and everything under it. */
export interface RoleGrantTable {
  account_id: string;
  role: Role;
  /** Commune for a commune-admin, cell for a cell-secretary, province or commune for a viewer. */
  org_id: string;
  granted_at: string;
}

/** A login session. Only the SHA-256 of the cookie's token is stored, so a database leak gives no session. */
export interface SessionTable {
  /** Hex SHA-256 of the random token the cookie holds. */
  id: string;
  account_id: string;
  created_at: string;
  /** Sliding idle timeout runs from here. */
  last_seen_at: string;
  /** Absolute end, whatever the activity. */
  expires_at: string;
  revoked_at: string | null;
}

/**
 * One login attempt counted against one limit key (docs/access.md, "Login rate limit"): reserved before the password
 * is hashed; a failure leaves it, a success forgives it. An attempt has one row per key it counts against.
 */
export interface LoginAttemptTable {
  /** Random id shared by the rows of one attempt. */
  attempt_id: string;
  /** Hex SHA-256 of the limit's scope and value (the username, the client address): no login name is stored. */
  key_hash: string;
  /** UTC ISO instant of the attempt. */
  at: string;
}

/** The single row (id 1) every login reservation updates first, so reservations run one at a time everywhere. */
export interface LoginGateTable {
  id: number;
  /** The latest reservation's instant (the update needs something to write). */
  at: string;
}

/** Refused anonymous logins, counted (not chained into the audit log): one row per Vietnamese calendar day and kind. */
export interface RefusalCountTable {
  /** `YYYY-MM-DD`, Vietnam time. */
  day: string;
  /** What was refused, e.g. `login.bad-credentials`, `login.rate-limited`. */
  kind: string;
  count: number;
}

/** Append-only, hash-chained audit log (docs/audit.md). */
export interface AuditLogTable {
  /** 1, 2, 3 … without gaps. */
  seq: number;
  /** UTC ISO instant. */
  at: string;
  actor_account_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  org_id: string | null;
  /** JSON text: ids and field names only, never a sensitive value. */
  payload: string;
  prev_hash: string;
  /** Hex SHA-256 of prev_hash followed by the canonical JSON of the entry. */
  hash: string;
}

/** The single row (id 1) naming the newest audit entry; appenders lock it. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** The last register number given per commune, year and symbol (0013). */
export interface PaperCounterTable {
  commune_id: string;
  year: number;
  symbol: string;
  last: number;
}

/** One numbered paper of the commune's register (0013); rows are never deleted, a correction supersedes. */
export interface PaperRegisterTable {
  id: string;
  commune_id: string;
  year: number;
  symbol: string;
  seq: number;
  number: string;
  kind: string;
  candidate_id: string | null;
  event_id: string | null;
  issued_on: string;
  recorded_at: string;
  recorded_by: string | null;
  superseded_by: string | null;
  superseded_reason: string | null;
}
