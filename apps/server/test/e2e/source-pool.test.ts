import { expect, it } from 'vitest';
import { signInDemo } from '../demo-sign-in.js';
import { seriousAxeViolations } from './axe.js';
import { type BrowserSuite, describeInBrowser, signIn, tableRows } from './browser.js';

const PROPOSED = 'Lò Thị Đề Xuất';

/** Calls one procedure of the console's own API as a demo account (seeding what the screens show). */
async function call(suite: BrowserSuite, username: string, path: string, input: unknown): Promise<unknown> {
  const origin = new URL(suite.url('/')).origin;
  const cookie = (await signInDemo(origin, [username]))[username] ?? '';
  const res = await fetch(suite.url(`/trpc/${path}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie },
    body: JSON.stringify(input),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { data: unknown } }).result.data;
}

describeInBrowser('the source pool and the awareness classes in the console, in Chromium', (suite) => {
  it('a secretary reads the cell’s source list and the classes of its candidates, at 1366 px and 390 px, axe clean', async () => {
    await call(suite, 'bithu.thonnam', 'sourcePool.propose', {
      cellId: 'cb-thon-nam',
      fullName: PROPOSED,
      gender: 'F',
      birthDate: '2003-03-03',
      proposedBy: 'youth-union',
      proposerName: 'Bí thư Chi đoàn thôn Nam',
      proposedOn: '2026-11-20',
      reason: 'Đoàn viên ưu tú năm 2026.',
    });
    const { id: nam } = (await call(suite, 'vanphong', 'candidates.create', {
      cellId: 'cb-thon-nam',
      fullName: 'Lò Văn Học',
      gender: 'M',
      birthDate: '2001-01-01',
      enteredPoolOn: '2026-02-02',
    })) as { id: string };
    const { id: dong } = (await call(suite, 'vanphong', 'candidates.create', {
      cellId: 'cb-thon-dong',
      fullName: 'Hà Văn Khác Chi Bộ',
      gender: 'M',
      birthDate: '2001-01-01',
      enteredPoolOn: '2026-02-02',
    })) as { id: string };
    await call(suite, 'vanphong', 'awarenessClass.create', {
      communeId: 'xa-yen-binh',
      name: 'Lớp nhận thức về Đảng khóa 3/2026',
      organiser: 'political-centre',
      startsOn: '2026-11-16',
      endsOn: '2026-11-20',
      roster: [nam, dong],
    });

    const page = await suite.newPage();
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      if (width === 1366) await signIn(page, suite, 'bithu.thonnam', '/admin/source-pool');
      else await page.goto(suite.url('/admin/source-pool'));
      await page.getByRole('heading', { level: 2, name: 'Nguồn kết nạp' }).waitFor();
      const proposals = await tableRows(page, 'Đề xuất của các đoàn thể');
      expect(proposals.find((r) => r[0] === PROPOSED)).toEqual([
        PROPOSED,
        'Đoàn Thanh niên — Bí thư Chi đoàn thôn Nam',
        '20/11/2026',
        'Đoàn viên ưu tú năm 2026.',
        'Chờ rà soát',
      ]);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(width);

      await page.goto(suite.url('/admin/classes'));
      const roster = await tableRows(page, 'Học viên: Lớp nhận thức về Đảng khóa 3/2026');
      // Only the secretary's own cell's candidate is on the roster they see.
      expect(roster).toEqual([['Lò Văn Học', '—']]);
      await page.getByText('Trung tâm Chính trị', { exact: false }).first().waitFor();
      await page.getByText('16/11/2026 – 20/11/2026', { exact: false }).first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(width);
    }
  });
});
