import { isDeepStrictEqual } from 'node:util';
import {
  eventFromStored,
  orderRefusals,
  type PipelineEvent,
  pipelineEventSchema,
  pipelineState,
  pipelineSummary,
} from '@ketnap/domain';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import { candidateHistories } from '../queries/pipeline.js';
import { testDialects } from '../testing/dialects.js';
import { type GeneratedCandidate, generateCommune } from './commune.js';
import { GEN_SEED, loadGenerated } from './load.js';
import { GEN_AS_OF, NATION, nationPlan, planOf, planTotals, splitTotal } from './plan.js';

describe('splitTotal', () => {
  it('parts add up to the total exactly and respect the minimum', () => {
    for (const [total, count, min] of [
      [150_000, 3_321, 3],
      [7, 8, 0],
      [10, 3, 3],
      [0, 4, 0],
    ] as const) {
      const parts = splitTotal(
        total,
        Array.from({ length: count }, (_, i) => 1 + (i % 7)),
        min,
      );
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...parts)).toBeGreaterThanOrEqual(min);
    }
  });
  it('refuses a total too small for the minimum', () => {
    expect(() => splitTotal(8, [1, 1, 1], 3)).toThrow(RangeError);
  });
});

describe('the national plan', () => {
  it('has exactly 34 provinces, 3,321 communes, 150,000 cells, 5.6 million members, 250,000 candidates a year', () => {
    const plan = nationPlan(GEN_SEED);
    expect(planTotals(plan)).toEqual({
      provinces: 34,
      communes: 3_321,
      cells: 150_000,
      members: 5_600_000,
      candidates: 250_000 * NATION.years.length,
    });
    for (let y = 0; y < NATION.years.length; y++)
      expect(plan.flatMap((p) => p.communes).reduce((a, c) => a + (c.candidatesPerYear[y] ?? 0), 0)).toBe(
        250_000,
      );
  });
  it('a province run is province 1 of the nation, a commune run its commune 1', () => {
    const nation = nationPlan(GEN_SEED);
    expect(planOf('province', GEN_SEED)).toEqual([nation[0]]);
    expect(planOf('commune', GEN_SEED)[0]?.communes).toEqual([nation[0]?.communes[0]]);
  });
});

/**
 * Every invariant of one generated candidate's history, checked with the domain's own pipeline functions; answers
 * what is wrong (collected rather than asserted per event: a province has 300,000 events).
 */
function historyProblems(c: GeneratedCandidate): string[] {
  const problems: string[] = [];
  if (c.history[0]?.kind !== 'entered-pool') problems.push(`${c.id}: does not start in the pool`);
  for (let i = 0; i < c.history.length; i++) {
    const event = c.history[i] as PipelineEvent;
    // The stored shape round-trips through the event schema unchanged.
    if (!isDeepStrictEqual(pipelineEventSchema.parse(event), event))
      problems.push(`${c.id} #${i}: not its schema's shape`);
    if (event.on > GEN_AS_OF) problems.push(`${c.id} #${i}: after ${GEN_AS_OF}`);
    if (i > 0 && event.on < (c.history[i - 1] as PipelineEvent).on)
      problems.push(`${c.id} #${i}: out of date order`);
    // In stage order: the domain's transition finds nothing out of place (the commune records every step).
    const refusals = orderRefusals(pipelineState(c.history.slice(0, i)), event, 'commune');
    if (refusals.length > 0)
      problems.push(`${c.id} #${i} ${event.kind}: ${refusals.map((r) => r.rule).join(', ')}`);
  }
  return problems;
}

describe('generated communes (pure)', () => {
  const province = planOf('province', GEN_SEED)[0];
  if (!province) throw new Error('no province');

  it('is deterministic: the same seed gives the same rows, another seed other people', () => {
    const first = province.communes[0];
    if (!first) throw new Error('no commune');
    expect(JSON.stringify(generateCommune(GEN_SEED, 1, first))).toBe(
      JSON.stringify(generateCommune(GEN_SEED, 1, first)),
    );
    expect(generateCommune(GEN_SEED + 1, 1, first).members.map((m) => m.full_name)).not.toEqual(
      generateCommune(GEN_SEED, 1, first).members.map((m) => m.full_name),
    );
  });

  it('at province scale: counts add up to the plan and every history is in stage order', () => {
    let members = 0;
    let candidates = 0;
    let cells = 0;
    const stages = new Set<string>();
    const problems: string[] = [];
    for (const commune of province.communes) {
      const data = generateCommune(GEN_SEED, 1, commune);
      cells += data.orgUnits.filter((u) => u.level === 'cell').length;
      members += data.members.length;
      candidates += data.candidates.length;
      expect(data.members.length).toBe(commune.members);
      // Cell targets split the commune's exactly, each year.
      for (const year of NATION.years) {
        const communeTarget = data.targets.find((t) => t.org_id === data.orgUnits[0]?.id && t.year === year);
        const cellTargets = data.targets.filter((t) => t.year === year && t.org_id !== data.orgUnits[0]?.id);
        expect(cellTargets.reduce((a, t) => a + t.total, 0)).toBe(communeTarget?.total);
      }
      for (const c of data.candidates) {
        problems.push(...historyProblems(c));
        stages.add(pipelineSummary(c.history).stage);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect({ cells, members, candidates }).toEqual({
      cells: planTotals([province]).cells,
      members: planTotals([province]).members,
      candidates: planTotals([province]).candidates,
    });
    // Every kind of ending and the stages between are represented.
    for (const stage of [
      'pool',
      'verification',
      'cell-resolved',
      'probationary',
      'official',
      'withdrawn',
      'rejected',
    ])
      expect(stages, stage).toContain(stage);
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`ketnap gen --scale commune on ${dialect.name}`, () => {
    let handle: Db | undefined;
    afterEach(async () => {
      await handle?.close();
      handle = undefined;
    });

    it('writes exactly the plan, with caches and board snapshots that match the events', async () => {
      handle = await dialect.open();
      const progress: number[] = [];
      const counts = await loadGenerated(handle, {
        scale: 'commune',
        onProgress: (p) => progress.push(p.communesDone),
      });
      expect(progress.at(-1)).toBe(1);
      const totals = planTotals(planOf('commune', GEN_SEED));
      const db = handle.db;
      const count = async (table: 'member' | 'candidate' | 'candidate_event' | 'board_snapshot') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('member')).toBe(totals.members);
      expect(await count('candidate')).toBe(totals.candidates);
      expect(await count('candidate_event')).toBe(counts.candidate_event);
      expect(await count('board_snapshot')).toBe(NATION.years.length);
      const cells = await db.selectFrom('org_unit').select('id').where('level', '=', 'cell').execute();
      expect(cells).toHaveLength(totals.cells);

      // The cached stage and deadline of each candidate are what the stored events determine.
      const rows = await db
        .selectFrom('candidate')
        .select(['id', 'stage', 'stage_since', 'next_due', 'next_due_rule'])
        .execute();
      const histories = await candidateHistories(
        db,
        rows.map((r) => r.id),
      );
      for (const row of rows) {
        const history = (histories.get(row.id) ?? []).map(eventFromStored);
        for (let i = 1; i < history.length; i++)
          expect(
            orderRefusals(pipelineState(history.slice(0, i)), history[i] as PipelineEvent, 'commune'),
          ).toEqual([]);
        const summary = pipelineSummary(history);
        expect({
          stage: row.stage,
          since: row.stage_since,
          due: row.next_due,
          rule: row.next_due_rule,
        }).toEqual({
          stage: summary.stage,
          since: summary.stageSince,
          due: summary.nextDue?.due ?? null,
          rule: summary.nextDue?.rule ?? null,
        });
      }
    });

    it('refuses a database that already holds data, and writes nothing', async () => {
      handle = await dialect.open();
      await loadGenerated(handle, { scale: 'commune', snapshots: false });
      await expect(loadGenerated(handle, { scale: 'commune' })).rejects.toThrow(/already holds data/);
    });
  });
}
