import { compareVi } from '@ketnap/domain';
import { expect, it } from 'vitest';
import { describeInBrowser, tableRows } from './browser.js';

const CELLS_TABLE = 'Các chi bộ';

describeInBrowser('the admin console in Chromium', (suite) => {
  it("lists the 8 cells in Vietnamese order with their members and the year's targets", async () => {
    const page = await suite.newPage();
    await page.goto(suite.url('/admin/'));
    await page.getByRole('heading', { level: 1, name: 'ketnap — Công tác phát triển đảng viên' }).waitFor();

    await page.getByLabel('Năm', { exact: true }).selectOption('2023');
    await page.getByRole('heading', { name: 'Xã Yên Bình · Kế hoạch năm 2023' }).waitFor();
    expect(await page.locator('dt:text-is("Chỉ tiêu") + dd').textContent()).toBe('7');

    const rows = await tableRows(page, CELLS_TABLE);
    expect(rows).toHaveLength(8);
    // Columns: cell, kind, members, official, probationary, target, admitted.
    const names = rows.map((r) => r[0] ?? '');
    expect(names).toEqual([...names].sort(compareVi));
    let members = 0;
    for (const [, , total, official, probationary, target] of rows) {
      expect(Number(total)).toBeGreaterThan(0);
      expect(Number(official) + Number(probationary)).toBe(Number(total));
      expect(Number(target)).toBeGreaterThanOrEqual(1);
      members += Number(total);
    }
    const summary = (await page.locator('dt:text-is("Đảng viên") + dd').textContent()) ?? '';
    expect(summary.startsWith(`${members} `)).toBe(true);
    expect(rows.find((r) => r[0] === 'Chi bộ Trường Tiểu học')?.[5]).toBe('2');
  });

  it('filters cells without regard to diacritics ("dong" finds "Đông")', async () => {
    const page = await suite.newPage();
    await page.goto(suite.url('/admin/'));
    const search = page.getByLabel('Tìm chi bộ…');
    await search.fill('dong');
    await page.getByText('Hiển thị 1 / 8 chi bộ').waitFor();
    expect((await tableRows(page, CELLS_TABLE)).map((r) => r[0])).toEqual(['Chi bộ thôn Đông']);

    await search.fill('truong');
    await page.getByText('Hiển thị 3 / 8 chi bộ').waitFor();
  });

  it('switches to English with the EN toggle and remembers the choice on reload', async () => {
    const page = await suite.newPage();
    await page.goto(suite.url('/admin/'));
    await page.getByRole('heading', { level: 1, name: 'ketnap — Công tác phát triển đảng viên' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'ketnap — Party member development' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await page.getByRole('heading', { name: 'Party cells' }).waitFor();
  });
});
