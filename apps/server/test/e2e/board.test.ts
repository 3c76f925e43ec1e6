import { expect, it } from 'vitest';
import { describeInBrowser, tableRows } from './browser.js';

const CELLS_TABLE = 'Kết quả theo chi bộ';

describeInBrowser(
  'the public board in Chromium',
  (suite) => {
    it('shows Yên Bình on 30/06/2023 as the newspaper reported it: 5 admitted of 7, 267 members in 8 cells', async () => {
      const page = await suite.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(suite.url('/?commune=yen-binh&year=2023&asOf=2023-06-30'));

      await page.getByText('Đã kết nạp 5 / chỉ tiêu 7 (71%)').waitFor();
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Xã Yên Bình · năm 2023');
      expect(await page.locator('dt:text-is("Đảng viên") + dd').textContent()).toBe('267');
      expect(await page.locator('dt:text-is("Chi bộ") + dd').textContent()).toBe('8');
      await page.getByText('Số liệu tính đến ngày 30/06/2023').waitFor();

      const rows = await tableRows(page, CELLS_TABLE);
      expect(rows).toHaveLength(8);
      // Columns: cell, kind, target, admitted, progress. Every cell has a target of at least 1 in the 2023 plan.
      for (const [name, kind, target, admitted] of rows) {
        expect(name).toMatch(/^Chi bộ /);
        expect(kind).toMatch(/^Chi bộ (nông thôn|trường học|công an)$/);
        expect(Number(target)).toBeGreaterThanOrEqual(1);
        expect(Number.isInteger(Number(admitted))).toBe(true);
      }
      expect(rows.filter((r) => r[1] === 'Chi bộ nông thôn')).toHaveLength(4);
      expect(rows.filter((r) => r[1] === 'Chi bộ trường học')).toHaveLength(3);
      expect(rows.filter((r) => r[1] === 'Chi bộ công an')).toHaveLength(1);
      expect(rows.find((r) => r[0] === 'Chi bộ Trường Tiểu học')?.slice(2, 4)).toEqual(['2', '2']);

      // The public page reads only the public JSON: no tRPC, nothing from the admin side.
      const apiCalls = requested.filter((path) => path.startsWith('/api/') || path.startsWith('/trpc'));
      expect(apiCalls.length).toBeGreaterThan(0);
      for (const path of apiCalls) expect(path).toMatch(/^\/api\/public\/(communes|board\/)/);
    });

    it('draws the monthly trend with the forecast band and says when the figures were compiled', async () => {
      const page = await suite.newPage();
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(suite.url('/?commune=yen-binh&year=2023&asOf=2023-06-30'));
      await page.getByText('Đã kết nạp 5 / chỉ tiêu 7 (71%)').waitFor();
      const chart = page.getByRole('img', { name: /^Đã kết nạp 5, chỉ tiêu 7, dự báo cả năm \d+/ });
      await chart.waitFor();
      expect(await page.locator('figure.trend svg[role=img] circle').count()).toBe(6);
      await page
        .getByText(
          /^Dự báo ngày 30\/06\/2023: đến 31\/12\/2023 dự kiến kết nạp thêm \d+( \(khoảng \d+–\d+\))?, cả năm dự kiến \d+$/,
        )
        .waitFor();
      await page.getByText(/^Cập nhật lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/).waitFor();
      // Mobile first: nothing wider than a 375 px phone.
      expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(375);
    });

    it('keeps the chosen year in the address, so a link reproduces the view', async () => {
      const page = await suite.newPage();
      await page.goto(suite.url('/?commune=yen-binh&year=2023&asOf=2023-06-30'));
      await page.getByText('Đã kết nạp 5 / chỉ tiêu 7').waitFor();

      await page.getByLabel('Năm', { exact: true }).selectOption('2026');
      await page.getByRole('heading', { name: 'Xã Yên Bình · năm 2026' }).waitFor();
      // A year picked on the page is live: the as-of date of the shared link is dropped.
      expect(new URL(page.url()).search).toBe('?commune=yen-binh&year=2026');
      await page.getByText('Số liệu tính đến ngày 26/11/2026').waitFor();

      await page.goBack();
      await page.getByRole('heading', { name: 'Xã Yên Bình · năm 2023' }).waitFor();
    });

    it('opens on the first commune and the current year when the address names none', async () => {
      const page = await suite.newPage();
      await page.goto(suite.url('/'));
      await page.getByRole('heading', { name: 'Xã Yên Bình · năm 2026' }).waitFor();
      expect(new URL(page.url()).search).toBe('?commune=yen-binh&year=2026');
    });

    it('says in Vietnamese that there is no data for an unknown commune', async () => {
      const page = await suite.newPage();
      await page.goto(suite.url('/?commune=khong-co&year=2023'));
      await page.getByRole('alert').getByText('Không tìm thấy dữ liệu cho xã/năm này.').waitFor();
    });
  },
  { engines: 'both' },
);
