/**
 * The rules engine on 100,000 dossiers: `parseCase` + `evaluateCase` on each JSON text, against `JSON.parse` of
 * the same texts (the baseline, measured in the same run). Target: at most 3× parsing. Dossiers are generated
 * from a fixed seed at every stage of the pipeline (before the vote … recognised), across the four rule sets.
 *
 * Run: pnpm --filter @ketnap/bench exec tsx evaluate.bench.ts
 */
import {
  addDays,
  type Case,
  educationLevels,
  evaluateCase,
  fromEpochDay,
  type IsoDate,
  parseCase,
  toEpochDay,
} from '@ketnap/domain';
import { seededRandom } from './seeded-random.js';

const DOSSIERS = 100_000;
const ROUNDS = 5;
const next = seededRandom(20260601);
const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
const day = (from: IsoDate, to: IsoDate) => fromEpochDay(int(toEpochDay(from), toEpochDay(to)));
const maybe = <T>(p: number, value: () => T): T | null => (next() < p ? value() : null);

function dossier(): Case {
  const vote = day('2016-10-01', '2026-05-01');
  const stage = int(0, 4); // 0 before the vote, 1 voted, 2 decided, 3 ceremony held, 4 recognition under way
  const decision = stage >= 2 ? addDays(vote, int(10, 100)) : null;
  const ceremony = stage >= 3 && decision ? addDays(decision, int(5, 50)) : null;
  const recognition = stage >= 4 && ceremony ? addDays(ceremony, int(365, 420)) : null;
  const official = int(3, 40);
  const notCounted = int(0, Math.min(3, official - 1));
  const youthUnion = next() < 0.5;
  return {
    asOf: addDays(vote, stage === 0 ? -int(1, 60) : int(1, 500)),
    candidate: {
      birthDate: day('1960-01-01', '2008-12-31'),
      education: pick(educationLevels),
      hardshipArea: next() < 0.1,
      communityElder: next() < 0.03,
      youthUnionMember: youthUnion,
      tradeUnionMember: next() < 0.3,
      formerMember: maybe(0.05, () => ({
        leftOn: day('2000-01-01', '2020-01-01'),
        reason: pick([
          'struck-off',
          'resigned',
          'resigned-family-hardship',
          'abandoned',
          'expelled',
          'convicted-minor',
        ] as const),
        recordExpungedOn: maybe(0.5, () => day('2005-01-01', '2021-01-01')),
        readmittedBefore: next() < 0.1,
      })),
    },
    unit: { youthUnionPresent: next() < 0.6, tradeUnionPresent: next() < 0.5 },
    certificate: maybe(0.9, () => ({ issuedOn: addDays(vote, -int(30, 2200)) })),
    introducers: [
      {
        kind: 'member',
        officialSince: maybe(0.95, () => addDays(vote, -int(0, 6000))),
        together: [
          {
            from: addDays(vote, -int(100, 3000)),
            to: maybe(0.2, () => addDays(vote, -int(0, 90))),
            relation: pick(['work', 'study', 'residence'] as const),
          },
          { from: addDays(vote, -int(100, 3000)), to: null, relation: 'residence' },
        ],
        replacement: next() < 0.1,
      },
      youthUnion
        ? { kind: 'youth-union', resolutionDate: maybe(0.9, () => addDays(vote, -int(1, 60))) }
        : {
            kind: 'member',
            officialSince: addDays(vote, -int(0, 6000)),
            together: [{ from: addDays(vote, -int(100, 3000)), to: null, relation: 'work' }],
            replacement: false,
          },
    ],
    consents: { provincialStandingCommittee: maybe(0.05, () => addDays(vote, int(1, 40))) },
    cellVote:
      stage === 0
        ? null
        : { date: vote, officialMembers: official, notCounted, inFavour: int(0, official - notCounted) },
    decision: {
      date: decision,
      receivedOn: decision ? addDays(decision, int(0, 10)) : null,
      extendedWorkingDays: pick([0, 0, 0, 10, 30]),
    },
    ceremony: { date: ceremony },
    recognitionVote: recognition
      ? { date: recognition, officialMembers: official, notCounted, inFavour: int(0, official - notCounted) }
      : { date: null, officialMembers: null, notCounted: null, inFavour: null },
    recognitionDecision: { date: recognition && next() < 0.7 ? addDays(recognition, int(5, 40)) : null },
  };
}

type Timing = { wall: number; cpu: number };

/** Wall-clock and CPU milliseconds (this process, all threads) of one run of `run`; `sink` keeps its result alive. */
function time(run: () => number): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  sink += run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
let sink = 0;

const texts = Array.from({ length: DOSSIERS }, () => JSON.stringify(dossier()));
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(`${DOSSIERS} dossiers, ${(bytes / DOSSIERS).toFixed(0)} bytes each on average`);

const baseline = () => texts.filter((t) => JSON.parse(t) !== null).length;
let invalid = 0;
const evaluate = () => {
  let checks = 0;
  invalid = 0;
  for (const text of texts) {
    const parsed = parseCase(JSON.parse(text));
    if (parsed.ok) checks += evaluateCase(parsed.case).checks.length;
    else invalid += 1;
  }
  return checks;
};
// Rounds alternate between the two, and each keeps its best: on a shared machine, load that comes and goes then
// slows both sides alike instead of whichever happened to run during it. CPU time is printed too: it counts only
// this process's work, so it moves less than wall-clock time when other jobs share the cores.
const better = (a: Timing, b: Timing): Timing => ({
  wall: Math.min(a.wall, b.wall),
  cpu: Math.min(a.cpu, b.cpu),
});
let parseMs: Timing = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
let evaluateMs = parseMs;
for (let round = 0; round < ROUNDS; round++) {
  parseMs = better(parseMs, time(baseline));
  evaluateMs = better(evaluateMs, time(evaluate));
  if (invalid > 0) throw new Error(`${invalid} generated dossiers were rejected by parseCase`);
}
const row = (label: string, ms: Timing) =>
  console.log(
    `${label.padEnd(38)} ${ms.wall.toFixed(1).padStart(8)} ms wall ${ms.cpu.toFixed(1).padStart(8)} ms CPU`,
  );
row('JSON.parse (baseline)', parseMs);
row('JSON.parse + parseCase + evaluateCase', evaluateMs);
console.log(`best of ${ROUNDS} alternating rounds (${sink} results)`);
console.log(
  `ratio ${(evaluateMs.wall / parseMs.wall).toFixed(2)}× parsing (target ≤ 3×), CPU time ${(evaluateMs.cpu / parseMs.cpu).toFixed(2)}×; ${((evaluateMs.wall / DOSSIERS) * 1000).toFixed(1)} µs per dossier`,
);
