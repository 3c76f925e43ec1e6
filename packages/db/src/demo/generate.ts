import { addDays, addMonths, type IsoDate } from '@ketnap/domain';
import type { Insertable } from 'kysely';
import type { NewCandidateEvent } from '../queries/candidates.js';
import type { CandidateTable } from '../schema.js';
import { DEMO_COMMUNE } from './commune.js';
import type { DemoData } from './demo-data.js';
import { syntheticName } from './names.js';
import { completeCandidates } from './person-records.js';
import { createRng, type Rng } from './rng.js';
import { placeMembers } from './villages.js';

export type { DemoData } from './demo-data.js';

export interface DemoOptions {
  /** The day the demo is generated for: the current year's pipeline is laid out around it. */
  today: IsoDate;
  /** Working-day arithmetic (the domain's calendar): the n-th working day after a date, negative goes back. */
  addWorkingDays: (date: IsoDate, n: number) => IsoDate;
  seed?: number;
}

// Every generated row carries this instant: the demo is data about the past, loaded at one moment.
const RECORDED_AT = '2023-07-04T00:00:00.000Z';

/**
 * Generates the demo commune deterministically from a seed and `today`: the 2023 story of the newspaper report
 * (267 members in 8 cells on 30 June 2023; 5 admitted of a target of 7 by then, 2 in the primary school's cell),
 * the years since, and the current year with candidates at every stage of the pipeline around `today`.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const { today, addWorkingDays } = options;
  const currentYear = Number(today.slice(0, 4));
  if (today <= '2023-12-31') throw new RangeError('the demo needs a date after 2023');
  const rng = createRng(options.seed ?? 20_230_704);
  const out: DemoData = {
    today,
    orgUnits: [],
    members: [],
    candidates: [],
    events: [],
    targets: [],
    sensitive: [],
    villages: [],
  };
  const { province, commune, cells } = DEMO_COMMUNE;

  out.orgUnits.push({
    ...province,
    level: 'province',
    parent_id: null,
    kind: null,
    valid_from: '1997-01-01',
    valid_to: null,
  });
  out.orgUnits.push({
    ...commune,
    level: 'commune',
    parent_id: province.id,
    kind: null,
    valid_from: '1997-01-01',
    valid_to: null,
  });
  for (const c of cells) {
    out.orgUnits.push({
      id: c.id,
      parent_id: commune.id,
      level: 'cell',
      kind: c.kind,
      slug: null,
      name: c.name,
      valid_from: '1997-01-01',
      valid_to: null,
    });
  }

  const ids = { candidate: 0, event: 0, member: 0, target: 0 };
  const next = (key: keyof typeof ids, prefix: string) => `${prefix}-${String(++ids[key]).padStart(5, '0')}`;

  const setTarget = (
    orgId: string,
    year: number,
    total: number,
    setOn: IsoDate,
    ref: string | null,
    sourceTotal: number | null = null,
  ) => {
    out.targets.push({
      id: next('target', 'tg'),
      org_id: orgId,
      year,
      total,
      resolution_ref: ref,
      set_on: setOn,
      source_total: sourceTotal,
    });
  };

  /** A candidate whose history follows the pipeline; steps dated after `today` have not happened. */
  const candidate = (
    cellId: string,
    steps: [NewCandidateEvent['kind'], IsoDate, Record<string, unknown>?][],
  ) => {
    const gender = rng.next() < 0.45 ? 'F' : 'M';
    const birthYear = rng.int(1985, 2003);
    const id = next('candidate', 'qc');
    const happened = steps.filter(([, on]) => on <= today);
    const first = happened[0]?.[1] ?? today;
    out.candidates.push({
      id,
      cell_id: cellId,
      full_name: syntheticName(rng, gender),
      gender,
      birth_date: `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      entered_pool_on: first,
      version: 1,
    });
    for (const [kind, occurredOn, data] of happened) {
      out.events.push({
        id: next('event', 'ev'),
        candidateId: id,
        kind,
        occurredOn,
        data: data ?? {},
        recordedAt: RECORDED_AT,
      });
    }
    return out.candidates[out.candidates.length - 1] as Insertable<CandidateTable> & { id: string };
  };

  const cellSize = (cellId: string) => cells.find((c) => c.id === cellId)?.members ?? 20;

  /** The full path of someone admitted by a decision on `decision`, with the member row once the ceremony is held. */
  const admitted = (cellId: string, decision: IsoDate) => {
    const size = cellSize(cellId);
    const vote = addWorkingDays(decision, -rng.int(15, 45));
    const received = addWorkingDays(decision, rng.int(1, 3));
    const ceremony = addWorkingDays(received, rng.int(5, 25));
    const probationEnds = addMonths(ceremony, 12);
    const recognitionVote = addWorkingDays(probationEnds, rng.int(3, 20));
    const recognition = addWorkingDays(recognitionVote, rng.int(5, 20));
    const inFavour = Math.ceil((size * 2) / 3) + rng.int(0, Math.floor(size / 3));
    const person = candidate(cellId, [
      ['entered-pool', addDays(decision, -rng.int(400, 700))],
      ['helper-assigned', addDays(decision, -rng.int(330, 390))],
      ['certificate', addDays(decision, -rng.int(250, 320))],
      ['application', addDays(decision, -rng.int(150, 200))],
      ['verification-requested', addDays(decision, -rng.int(110, 140))],
      ['verification-answered', addDays(decision, -rng.int(70, 100))],
      ['cell-vote', vote, { officialMembers: size, notCounted: 0, inFavour: Math.min(size, inFavour) }],
      ['admission-decision', decision, { number: `${rng.int(100, 999)}-QĐ/ĐU` }],
      ['decision-received', received],
      ['ceremony', ceremony],
      [
        'recognition-vote',
        recognitionVote,
        { officialMembers: size, notCounted: 0, inFavour: size - rng.int(0, 2) },
      ],
      ['recognition-decision', recognition, { officialFrom: probationEnds }],
    ]);
    if (ceremony <= today) {
      out.members.push({
        id: next('member', 'dv'),
        cell_id: cellId,
        full_name: person.full_name,
        gender: person.gender,
        birth_date: person.birth_date,
        admitted_on: decision,
        joined_on: ceremony,
        official_on: recognition <= today ? probationEnds : null,
        left_on: null,
        left_reason: null,
      });
    }
    return { ceremony };
  };

  // 2023: the plan, then the admissions of the report and of the second half of the year.
  const plan = DEMO_COMMUNE.plan2023;
  setTarget(commune.id, 2023, plan.communeTarget, plan.setOn, plan.resolutionRef);
  for (const c of cells)
    setTarget(
      c.id,
      2023,
      plan.cellTargets[c.id] ?? 1,
      plan.setOn,
      plan.resolutionRef,
      plan.cellSourceTargets[c.id] ?? 1,
    );
  const joinedByReport = new Map<string, number>();
  for (const a of DEMO_COMMUNE.admissions2023) {
    const { ceremony } = admitted(a.cell, a.decision);
    if (ceremony <= DEMO_COMMUNE.reportDate)
      joinedByReport.set(a.cell, (joinedByReport.get(a.cell) ?? 0) + 1);
  }

  // Members who joined before 2023, so that every cell has its reported size on the report's date.
  for (const c of cells) {
    for (let i = joinedByReport.get(c.id) ?? 0; i < c.members; i++)
      baseMember(out, rng, c.id, next('member', 'dv'), today);
  }

  // The years after 2023: a target and admissions spread over each year.
  for (let year = 2024; year <= currentYear; year++) {
    const setOn = `${year}-01-15`;
    const ref = `Nghị quyết số ${String(rng.int(1, 9)).padStart(2, '0')}-NQ/ĐU ngày 15/01/${year}`;
    setTarget(commune.id, year, year === currentYear ? 9 : 8, setOn, ref);
    for (const c of cells) setTarget(c.id, year, c.id === 'cb-truong-tieu-hoc' ? 2 : 1, setOn, ref);
    const lastDecision = year === currentYear ? addWorkingDays(today, -70) : `${year}-12-15`;
    const count = year === currentYear ? 5 : 8;
    for (let i = 0; i < count; i++) {
      const day = addDays(
        `${year}-01-20`,
        Math.floor(((i + rng.next()) / count) * dayDiff(`${year}-01-20`, lastDecision)),
      );
      admitted(rng.pick(cells).id, day);
    }
  }

  currentPipeline(candidate, today, addWorkingDays, rng);
  completeCandidates(out, options.seed ?? 20_230_704);
  placeMembers(out);
  return out;
}

/** Calendar days from a to b. */
function dayDiff(a: IsoDate, b: IsoDate): number {
  return Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
}

/** A member admitted before 2023; a few leave (death or transfer) between the report's date and `today`. */
function baseMember(out: DemoData, rng: Rng, cellId: string, id: string, today: IsoDate): void {
  const gender = rng.next() < 0.35 ? 'F' : 'M';
  const birthYear = rng.int(1940, 2000);
  const joinYear = rng.int(Math.min(2022, birthYear + 20), 2022);
  const joined = `${joinYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const probationEnds = addMonths(joined, 12);
  const leaves = rng.next() < 0.06;
  const leftOn = leaves ? addDays('2023-07-01', rng.int(0, dayDiff('2023-07-01', today))) : null;
  out.members.push({
    id,
    cell_id: cellId,
    full_name: syntheticName(rng, gender),
    gender,
    birth_date: `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    admitted_on: addDays(joined, -rng.int(10, 40)),
    joined_on: joined,
    official_on: probationEnds <= today ? probationEnds : null,
    left_on: leftOn,
    left_reason: leftOn ? rng.pick(['died', 'transferred']) : null,
  });
}

type CandidateFn = (
  cellId: string,
  steps: [NewCandidateEvent['kind'], IsoDate, Record<string, unknown>?][],
) => unknown;

/**
 * The current year's open pipeline, laid out around `today` so the dashboard has something to say: people in the
 * pool, in the class, with open dossiers, one blocked by an expired awareness certificate (E-08), cell votes whose
 * decision is due this week (L-01) and one overdue, and a ceremony due this week (L-03).
 */
function currentPipeline(
  candidate: CandidateFn,
  today: IsoDate,
  wd: DemoOptions['addWorkingDays'],
  rng: Rng,
): void {
  const pool = ['cb-thon-dong', 'cb-thon-doai', 'cb-thon-trung', 'cb-thon-nam'];
  for (const cell of pool) candidate(cell, [['entered-pool', wd(today, -rng.int(20, 120))]]);
  for (const cell of ['cb-truong-mam-non', 'cb-truong-thcs', 'cb-cong-an']) {
    candidate(cell, [
      ['entered-pool', wd(today, -rng.int(150, 200))],
      ['helper-assigned', wd(today, -rng.int(60, 140))],
    ]);
  }
  for (const cell of ['cb-thon-dong', 'cb-truong-tieu-hoc']) {
    const certified = wd(today, -rng.int(120, 200));
    candidate(cell, [
      ['entered-pool', wd(today, -rng.int(300, 360))],
      ['helper-assigned', wd(today, -rng.int(250, 290))],
      ['certificate', certified, { issuedOn: certified }],
      ['application', wd(today, -rng.int(40, 100))],
      ['verification-requested', wd(today, -rng.int(10, 35))],
    ]);
  }
  // Blocked: the awareness certificate is more than 60 months old (E-08), so the cell may not vote yet.
  const oldCertificate = addMonths(today, -62);
  candidate('cb-thon-nam', [
    ['entered-pool', addMonths(today, -70)],
    ['helper-assigned', addMonths(today, -66)],
    ['certificate', oldCertificate, { issuedOn: oldCertificate }],
    ['application', wd(today, -45)],
    ['verification-requested', wd(today, -30)],
    ['verification-answered', wd(today, -8)],
  ]);
  // Cell votes waiting for the standing committee: due this week, overdue, and comfortably open.
  for (const [cell, votedAgo] of [
    ['cb-thon-doai', 58],
    ['cb-cong-an', 63],
    ['cb-truong-thcs', 12],
  ] as const) {
    candidate(cell, [
      ['entered-pool', wd(today, -(votedAgo + 300))],
      ['helper-assigned', wd(today, -(votedAgo + 260))],
      ['certificate', wd(today, -(votedAgo + 200)), { issuedOn: wd(today, -(votedAgo + 200)) }],
      ['application', wd(today, -(votedAgo + 120))],
      ['verification-requested', wd(today, -(votedAgo + 100))],
      ['verification-answered', wd(today, -(votedAgo + 30))],
      ['cell-vote', wd(today, -votedAgo), { officialMembers: 30, notCounted: 1, inFavour: 25 }],
    ]);
  }
  // Decided and received: the ceremony is due within 30 working days of receipt, this week.
  candidate('cb-truong-mam-non', [
    ['entered-pool', wd(today, -400)],
    ['helper-assigned', wd(today, -360)],
    ['certificate', wd(today, -300), { issuedOn: wd(today, -300) }],
    ['application', wd(today, -200)],
    ['verification-requested', wd(today, -180)],
    ['verification-answered', wd(today, -120)],
    ['cell-vote', wd(today, -80), { officialMembers: 15, notCounted: 0, inFavour: 12 }],
    ['admission-decision', wd(today, -30), { number: '215-QĐ/ĐU' }],
    ['decision-received', wd(today, -27)],
  ]);
}
