import { appendCandidateEvent, insertCandidate, insertMember, rebuildAllBoardSnapshots } from '@ketnap/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.js';

const TODAY = '2026-11-26';

/**
 * Canaries: a name, an ID number and birth dates that exist nowhere else, planted as real people (a member and an
 * admitted candidate) so they flow through every public computation. None may appear in any public answer.
 */
const CANARY = {
  name: 'Canary Thị Kiểm Tra',
  nameFolded: 'canary thi kiem tra',
  idNumber: '001087999123',
  birthDates: ['1987-07-13', '1993-09-27'],
  decidedOn: '2026-03-17',
};
const forms = (d: string) => [
  d,
  `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
  d.replaceAll('-', ''),
];
const NEEDLES = [
  CANARY.name,
  CANARY.nameFolded,
  CANARY.idNumber,
  ...CANARY.birthDates.flatMap(forms),
  ...forms(CANARY.decidedOn),
  'cnry-',
];

describe('privacy: no public response carries anything about a person', () => {
  let server: RunningServer;
  const bodies: { url: string; status: number; text: string }[] = [];

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ':memory:', today: () => TODAY });
    const db = server.handle.db;
    await db.transaction().execute(async (trx) => {
      await insertMember(trx, {
        id: 'cnry-member',
        cell_id: 'cb-thon-dong',
        full_name: CANARY.name,
        gender: 'F',
        birth_date: CANARY.birthDates[0] as string,
        admitted_on: '2010-05-05',
        joined_on: '2010-05-20',
        official_on: '2011-05-20',
        left_on: null,
        left_reason: null,
      });
      await insertCandidate(trx, {
        id: 'cnry-candidate',
        cell_id: 'cb-thon-dong',
        full_name: CANARY.name,
        gender: 'F',
        birth_date: CANARY.birthDates[1] as string,
        entered_pool_on: '2025-01-10',
        version: 1,
      });
      const steps = [
        ['entered-pool', '2025-01-10', {}],
        ['certificate', '2025-06-01', { issuedOn: '2025-06-01', serial: CANARY.idNumber }],
        [
          'cell-vote',
          '2026-02-10',
          { officialMembers: 40, notCounted: 0, inFavour: 35, idNumber: CANARY.idNumber },
        ],
        ['admission-decision', CANARY.decidedOn, { number: CANARY.idNumber, name: CANARY.name }],
      ] as const;
      for (const [i, [kind, on, data]] of steps.entries())
        await appendCandidateEvent(trx, {
          id: `cnry-ev-${i}`,
          candidateId: 'cnry-candidate',
          kind,
          occurredOn: on,
          data,
          recordedAt: '2026-03-17T03:00:00.000Z',
        });
      await rebuildAllBoardSnapshots(trx, { today: TODAY, at: '2026-11-26T01:00:00.000Z' });
    });

    const get = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      bodies.push({ url: path, status: res.status, text: await res.text() });
    };
    await get('/api/public/communes');
    const communes = (
      JSON.parse(bodies[0]?.text ?? '{}') as { communes: { slug: string; years: number[] }[] }
    ).communes;
    for (const c of [...communes, { slug: 'khong-co', years: [] }]) {
      for (const year of [...c.years, 1999]) {
        for (const asOf of [undefined, '2023-06-30', '2024-01-01', '2025-12-31', TODAY, '2030-01-01']) {
          const q = asOf ? `?asOf=${asOf}` : '';
          await get(`/api/public/board/${c.slug}/${year}${q}`);
        }
      }
    }
    await get('/api/public/board/yen-binh/abcd');
    await get('/api/public/board/yen-binh/2026?asOf=2026-02-30');
  });
  afterAll(async () => server?.close());

  it('the canary is really in the figures (it is counted), so the crawl tests something', async () => {
    const board = bodies.find((b) => b.url === '/api/public/board/yen-binh/2026');
    expect(board?.status).toBe(200);
    const withCanary = JSON.parse(board?.text ?? '{}') as { commune: { admitted: number } };
    const res = await fetch(`${server.url}/api/public/board/yen-binh/2026?asOf=2026-03-16`);
    const before = (await res.json()) as { commune: { admitted: number } };
    expect(withCanary.commune.admitted).toBeGreaterThan(before.commune.admitted);
  });

  it('crawled every public route × commune × year × as-of day, successes and errors', () => {
    expect(bodies.length).toBe(39);
    expect(bodies.some((b) => b.status === 200)).toBe(true);
    expect(bodies.some((b) => b.status === 404)).toBe(true);
    expect(bodies.some((b) => b.status === 400)).toBe(true);
  });

  it('no response names the canary, its ID number, its birth dates or its decision day, nor any internal id', () => {
    const leaks = bodies.flatMap((b) =>
      NEEDLES.filter((n) => b.text.toLowerCase().includes(n.toLowerCase())).map((n) => `${b.url}: ${n}`),
    );
    expect(leaks).toEqual([]);
  });

  it('no response carries a full date of birth of any demo person either', async () => {
    const births = await server.handle.db.selectFrom('member').select('birth_date').execute();
    const candidates = await server.handle.db.selectFrom('candidate').select('birth_date').execute();
    const allBirths = new Set([...births, ...candidates].map((r) => r.birth_date));
    const leaks = bodies.flatMap((b) =>
      [...allBirths].filter((d) => b.text.includes(d)).map((d) => `${b.url}: ${d}`),
    );
    expect(leaks).toEqual([]);
  });
});
