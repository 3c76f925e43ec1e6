import type { IsoDate } from '@ketnap/domain';
import type { Insertable } from 'kysely';
import type { NewCandidateEvent } from '../queries/candidates.js';
import type {
  AdmissionTargetTable,
  CandidateTable,
  MemberTable,
  OrgUnitTable,
  VillageTable,
} from '../schema.js';

/** Everything the demo loader writes, as plain rows. */
export interface DemoData {
  /** The day the demo was generated for (the public board's snapshots are computed as of it). */
  today: IsoDate;
  orgUnits: Insertable<OrgUnitTable>[];
  members: Insertable<MemberTable>[];
  candidates: Insertable<CandidateTable>[];
  events: NewCandidateEvent[];
  targets: Insertable<AdmissionTargetTable>[];
  /** The sensitive part of each candidate's person record (stored apart). */
  sensitive: { candidateId: string; data: Record<string, unknown> }[];
  /** The commune's villages and the cell covering each (members' `village_id` points at them). */
  villages: Insertable<VillageTable>[];
}
