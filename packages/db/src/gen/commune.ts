import {
  addDays,
  addMonths,
  earliestJudgeableDate,
  type IsoDate,
  type PipelineEvent,
  probationEndsOn,
  requiredVotes,
  ruleSetOn,
  vietnamCalendar,
} from '@ketnap/domain';
import type { Insertable } from 'kysely';
import { syntheticName } from '../demo/names.js';
import { createRng, type Rng } from '../demo/rng.js';
import type { AdmissionTargetTable, CellKind, MemberTable, OrgUnitTable } from '../schema.js';
import { type CommunePlan, GEN_AS_OF, NATION, type ProvincePlan, splitTotal } from './plan.js';

/** A generated candidate: the row's own fields and the history, in the domain's event shape, in date order. */
export interface GeneratedCandidate {
  id: string;
  cellId: string;
  fullName: string;
  gender: 'M' | 'F';
  birthDate: IsoDate;
  history: PipelineEvent[];
}

/** Everything one commune adds: its unit and cells, members, candidates with their histories, and targets. */
export interface GeneratedCommune {
  orgUnits: Insertable<OrgUnitTable>[];
  members: Insertable<MemberTable>[];
  candidates: GeneratedCandidate[];
  targets: Insertable<AdmissionTargetTable>[];
}

/** Every generated unit exists from this day, before the first generated year, so all its history counts. */
const UNITS_FROM = '2000-01-01';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const wd = (date: IsoDate, n: number) => vietnamCalendar.addWorkingDays(date, n);

/** Ids carry the province and commune, so a partitioned deployment can route a row by its id alone. */
export const provinceId = (p: number) => `p${pad(p, 2)}`;
const communeId = (p: number, c: number) => `${provinceId(p)}-x${pad(c, 4)}`;

/** The province's own unit and its target for each year (the sum of its communes' targets, set before theirs). */
export function generateProvince(province: ProvincePlan): {
  orgUnit: Insertable<OrgUnitTable>;
  targets: Insertable<AdmissionTargetTable>[];
} {
  const id = provinceId(province.index);
  return {
    orgUnit: {
      id,
      parent_id: null,
      level: 'province',
      kind: null,
      slug: `tinh-mau-${pad(province.index, 2)}`,
      name: `Tỉnh Mẫu ${pad(province.index, 2)}`,
      valid_from: UNITS_FROM,
      valid_to: null,
    },
    targets: NATION.years.map((year, y) => ({
      id: `tg-${id}-${year}`,
      org_id: id,
      year,
      total: province.communes.reduce((a, c) => a + communeTarget(c.candidatesPerYear[y] ?? 0), 0),
      resolution_ref: `Nghị quyết số ${pad(y + 1, 2)}-NQ/TU ngày 05/01/${year}`,
      set_on: `${year}-01-05`,
    })),
  };
}

/** A commune's yearly target: three in four of the year's new candidates. */
function communeTarget(candidates: number): number {
  return Math.round(candidates * 0.75);
}

/** A 32-bit seed for one commune from the run's seed and its place, so communes can be generated in any order. */
function communeSeed(seed: number, p: number, c: number): number {
  let h = (seed ^ Math.imul(p, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/** What a commune's cells are: mostly villages, then schools, the commune police, agencies and enterprises. */
function cellKinds(count: number): { kind: CellKind; name: string }[] {
  const fixed: { kind: CellKind; name: string }[] = [
    { kind: 'police', name: 'Chi bộ Công an xã' },
    { kind: 'school', name: 'Chi bộ Trường Mầm non' },
    { kind: 'school', name: 'Chi bộ Trường Tiểu học' },
    { kind: 'school', name: 'Chi bộ Trường THCS' },
    { kind: 'agency', name: 'Chi bộ Cơ quan Ủy ban nhân dân xã' },
    { kind: 'enterprise', name: 'Chi bộ Hợp tác xã' },
  ];
  const special = fixed.slice(0, Math.max(0, Math.min(fixed.length, count - 3)));
  const villages = Array.from({ length: count - special.length }, (_, i) => ({
    kind: 'rural' as const,
    name: `Chi bộ thôn ${i + 1}`,
  }));
  return [...villages, ...special];
}

/**
 * The day a member admitted on `ceremony` became official. Members of long standing joined before the earliest rule
 * set the domain holds; the probation of that rule set (unchanged since the Charter of 1996) stands in for theirs.
 */
function officialFrom(ceremony: IsoDate): IsoDate {
  if (ceremony >= earliestJudgeableDate) return probationEndsOn(ceremony);
  return addMonths(ceremony, ruleSetOn(earliestJudgeableDate).numbers.probationMonths.value);
}

function birthDate(rng: Rng, fromYear: number, toYear: number): IsoDate {
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

/**
 * Generates one commune of the plan: pure and deterministic in (seed, province, commune). Candidates enter the pool
 * through each year of {@link NATION}.years and follow the pipeline in its order, each step a plausible time after
 * the one before (the vote thresholds and the probation period from the domain's rule sets); about one in ten
 * withdraws before the cell vote and one in twenty is not admitted; steps after {@link GEN_AS_OF} have not happened.
 * Each cell ends with exactly its planned number of members on that day, those admitted through the pipeline
 * included.
 */
export function generateCommune(seed: number, province: number, commune: CommunePlan): GeneratedCommune {
  const rng = createRng(communeSeed(seed, province, commune.index));
  const id = communeId(province, commune.index);
  const out: GeneratedCommune = { orgUnits: [], members: [], candidates: [], targets: [] };
  out.orgUnits.push({
    id,
    parent_id: provinceId(province),
    level: 'commune',
    kind: null,
    slug: `xa-mau-${pad(province, 2)}-${pad(commune.index, 4)}`,
    name: `Xã Mẫu ${pad(province, 2)}.${pad(commune.index, 4)}`,
    valid_from: UNITS_FROM,
    valid_to: null,
  });
  const cells = cellKinds(commune.cells).map((c, i) => ({ ...c, id: `${id}-cb${pad(i + 1, 3)}` }));
  for (const c of cells)
    out.orgUnits.push({
      id: c.id,
      parent_id: id,
      level: 'cell',
      kind: c.kind,
      slug: null,
      name: c.name,
      valid_from: UNITS_FROM,
      valid_to: null,
    });
  const cellWeights = cells.map(() => 0.5 + rng.next());
  const planned = splitTotal(commune.members, cellWeights, 3);

  // Base members first (ids known, so candidates can name a helper and an introducer of their cell).
  const admittedByCell = new Map<string, number>();
  const memberIds = { n: 0 };
  const memberId = () => `${id}-dv${pad(++memberIds.n, 6)}`;
  const baseOf = new Map<string, string[]>();
  const candidateRng = createRng(communeSeed(seed, province, commune.index) ^ 0x5bd1e995);
  const candidates: GeneratedCandidate[] = [];
  let candidateNo = 0;
  NATION.years.forEach((year, y) => {
    for (let k = 0; k < (commune.candidatesPerYear[y] ?? 0); k++) {
      const cell = cells[Math.floor(candidateRng.next() * cells.length)] ?? cells[0];
      if (!cell) break;
      const gender = candidateRng.next() < 0.45 ? 'F' : 'M';
      const entered = addDays(`${year}-01-01`, candidateRng.int(0, 364));
      candidates.push({
        id: `${id}-qc${pad(++candidateNo, 5)}`,
        cellId: cell.id,
        fullName: syntheticName(candidateRng, gender),
        gender,
        birthDate: birthDate(candidateRng, year - 35, year - 19),
        history: [{ kind: 'entered-pool', on: entered }],
      });
    }
  });

  // Histories need a helper and an introducer from the cell: give each cell its first base members now.
  const cellSize = new Map(cells.map((c, i) => [c.id, planned[i] ?? 3]));
  const helpers = (cellId: string) => {
    let list = baseOf.get(cellId);
    if (!list) {
      list = [memberId(), memberId(), memberId()];
      baseOf.set(cellId, list);
    }
    return list;
  };
  for (const candidate of candidates) {
    const admitted = followPipeline(
      candidateRng,
      candidate,
      helpers(candidate.cellId),
      cellSize.get(candidate.cellId) ?? 3,
    );
    if (admitted) {
      admittedByCell.set(candidate.cellId, (admittedByCell.get(candidate.cellId) ?? 0) + 1);
      out.members.push({
        id: memberId(),
        cell_id: candidate.cellId,
        full_name: candidate.fullName,
        gender: candidate.gender,
        birth_date: candidate.birthDate,
        admitted_on: admitted.decision,
        joined_on: admitted.ceremony,
        official_on: admitted.officialFrom,
        left_on: null,
        left_reason: null,
      });
    }
  }
  out.candidates = candidates;

  // Then the rest of each cell's members, joined before the generated years, up to its planned size.
  for (const cell of cells) {
    const ids = helpers(cell.id);
    const base = Math.max(ids.length, (cellSize.get(cell.id) ?? 3) - (admittedByCell.get(cell.id) ?? 0));
    while (ids.length < base) ids.push(memberId());
    for (const mid of ids) {
      const gender = rng.next() < 0.35 ? 'F' : 'M';
      const born = rng.int(1940, 1998);
      const joined = birthDate(rng, born + 20, Math.min(2019, born + 60));
      out.members.push({
        id: mid,
        cell_id: cell.id,
        full_name: syntheticName(rng, gender),
        gender,
        birth_date: birthDate(rng, born, born),
        admitted_on: addDays(joined, -rng.int(10, 40)),
        joined_on: joined,
        official_on: officialFrom(joined),
        left_on: null,
        left_reason: null,
      });
    }
  }

  // Targets: the commune's, and its split over the cells by size, set each January.
  NATION.years.forEach((year, y) => {
    const total = communeTarget(commune.candidatesPerYear[y] ?? 0);
    const ref = `Nghị quyết số ${pad(y + 1, 2)}-NQ/ĐU ngày 15/01/${year}`;
    out.targets.push({
      id: `tg-${id}-${year}`,
      org_id: id,
      year,
      total,
      resolution_ref: ref,
      set_on: `${year}-01-15`,
    });
    const split = splitTotal(total, planned);
    cells.forEach((cell, i) => {
      out.targets.push({
        id: `tg-${cell.id}-${year}`,
        org_id: cell.id,
        year,
        total: split[i] ?? 0,
        resolution_ref: ref,
        set_on: `${year}-01-15`,
      });
    });
  });
  return out;
}

/**
 * Extends a candidate's history (which holds its `entered-pool`) along the pipeline, stopping at
 * {@link GEN_AS_OF}. Returns the admission's dates when the ceremony has been held (the candidate is a member).
 */
function followPipeline(
  rng: Rng,
  candidate: GeneratedCandidate,
  cellMembers: readonly string[],
  cellSize: number,
): { decision: IsoDate; ceremony: IsoDate; officialFrom: IsoDate | null } | null {
  const h = candidate.history;
  const start = h[0]?.on ?? GEN_AS_OF;
  let on = start;
  /** Appends a step `days` calendar days (or the given date) after the last; false once past the generated day. */
  const step = (event: PipelineEvent): boolean => {
    if (event.on > GEN_AS_OF) return false;
    h.push(event);
    on = event.on;
    return true;
  };
  const after = (min: number, max: number) => addDays(on, rng.int(min, max));
  const helper = cellMembers[Math.floor(rng.next() * cellMembers.length)] ?? '';
  const fate = rng.next();
  const dossier: (() => PipelineEvent)[] = [
    () => ({ kind: 'helper-assigned', on: after(20, 90), memberId: helper, together: [] }),
    () => ({ kind: 'certificate', on: after(30, 120), serial: `GCN-${rng.int(1000, 9999)}` }),
    () => ({ kind: 'application', on: after(20, 90) }),
    () => ({ kind: 'background-declared', on: after(1, 20) }),
    () => ({ kind: 'verification-requested', on: after(5, 20) }),
    () => ({ kind: 'verification-answered', on: after(20, 60) }),
    () => ({
      kind: 'introduction',
      on: after(1, 10),
      introducer: { kind: 'member', memberId: helper, together: [], replacement: false },
    }),
    () => ({ kind: 'union-comment', on: after(1, 10) }),
    () => ({ kind: 'residence-comment', on: after(1, 10) }),
  ];
  // One in ten withdraws somewhere in the dossier; one in twenty is turned down before the vote.
  const stopAt = fate < 0.1 ? rng.int(0, dossier.length - 1) : dossier.length;
  for (let i = 0; i < stopAt; i++) {
    const next = dossier[i];
    if (next && !step(next())) return null;
  }
  if (fate < 0.1) {
    step({ kind: 'withdrawn', on: after(5, 60) });
    return null;
  }
  if (fate < 0.15) {
    step({ kind: 'rejected', on: after(5, 30) });
    return null;
  }
  const voteOn = after(5, 30);
  const official = Math.max(ruleSetOn(voteOn).numbers.minOfficialMembers.value, cellSize);
  const notCounted = rng.int(0, 1);
  const needed = requiredVotes(official - notCounted, ruleSetOn(voteOn).numbers.voteThreshold.value);
  if (
    !step({
      kind: 'cell-vote',
      on: voteOn,
      officialMembers: official,
      notCounted,
      inFavour: rng.int(needed, official - notCounted),
    })
  )
    return null;
  const decision = wd(on, rng.int(10, 55));
  if (
    !step({
      kind: 'admission-decision',
      on: decision,
      number: `${rng.int(100, 999)}-QĐ/ĐU`,
      extendedWorkingDays: 0,
    })
  )
    return null;
  if (!step({ kind: 'decision-received', on: wd(on, rng.int(1, 5)) })) return null;
  const ceremony = wd(on, rng.int(5, 25));
  if (!step({ kind: 'ceremony', on: ceremony })) return null;
  const admitted = { decision, ceremony, officialFrom: null as IsoDate | null };
  const probationEnds = probationEndsOn(ceremony);
  if (!step({ kind: 'new-member-certificate', on: after(30, 200) })) return admitted;
  if (!step({ kind: 'probation-review', on: addDays(probationEnds, -rng.int(5, 30)) })) return admitted;
  const recognitionOn = wd(probationEnds, rng.int(1, 20));
  const recognitionNeeded = requiredVotes(official, ruleSetOn(recognitionOn).numbers.voteThreshold.value);
  if (
    !step({
      kind: 'recognition-vote',
      on: recognitionOn,
      officialMembers: official,
      notCounted: 0,
      inFavour: rng.int(recognitionNeeded, official),
    })
  )
    return admitted;
  if (
    !step({
      kind: 'recognition-decision',
      on: wd(on, rng.int(5, 20)),
      number: `${rng.int(100, 999)}-QĐ/ĐU`,
      extendedWorkingDays: 0,
    })
  )
    return admitted;
  return { ...admitted, officialFrom: probationEnds };
}
