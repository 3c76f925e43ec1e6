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

      // The page came with its figures (server-rendered): the app took them over without fetching them again.
      // Another year is fetched; the public page reads only the public JSON: no tRPC, nothing from the admin side.
      expect(requested.filter((path) => path.startsWith('/api/'))).toEqual([]);
      await page.getByLabel('Năm', { exact: true }).selectOption('2026');
      await page.getByRole('heading', { name: 'Xã Yên Bình · năm 2026' }).waitFor();
      const apiCalls = requested.filter((path) => path.startsWith('/api/') || path.startsWith('/trpc'));
      expect(apiCalls.length).toBeGreaterThan(0);
      for (const path of apiCalls) expect(path).toMatch(/^\/api\/public\/(communes|board\/)/);
    });

    it("the default address's page holds the commune's figures before any script runs (slow phones read them at once)", async () => {
      const page = await suite.newPage({ javaScript: false });
      await page.goto(suite.url('/?commune=yen-binh'));
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Xã Yên Bình · năm 2026');
      expect(await page.locator('.summary .headline').textContent()).toMatch(
        /^Đã kết nạp \d+ \/ chỉ tiêu \d+/,
      );
      expect(await tableRows(page, CELLS_TABLE)).toHaveLength(8);
      await page.getByText('Số liệu tính đến ngày 26/11/2026').waitFor();
      // The same page with its script: the app hydrates it (no error, no second fetch) and stays interactive.
      const live = await suite.newPage();
      const errors: string[] = [];
      live.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      live.on('pageerror', (error) => errors.push(error.message));
      const requested: string[] = [];
      live.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await live.goto(suite.url('/?commune=yen-binh'));
      await live.waitForURL(/\?commune=yen-binh&year=2026$/);
      await live.getByLabel('Năm', { exact: true }).selectOption('2023');
      await live.getByRole('heading', { name: 'Xã Yên Bình · năm 2023' }).waitFor();
      expect(errors).toEqual([]);
      expect(requested.filter((path) => path.startsWith('/api/'))).toEqual([
        '/api/public/board/yen-binh/2023',
      ]);
    });

    it('an address that tries to close the page state and inject a script is written out as data, never run', async () => {
      const page = await suite.newPage();
      const injected =
        '</script><script>window.__injected=1</script><img src=x onerror="window.__injected=2">';
      const response = await page.goto(suite.url(`/?commune=${encodeURIComponent(injected)}&year=2023`));
      const html = (await response?.text()) ?? '';
      expect(html).not.toContain('<script>window.__injected');
      expect(html).not.toContain('<img src=x');
      await page.getByRole('alert').getByText('Không tìm thấy dữ liệu cho xã/năm này.').waitFor();
      expect(await page.evaluate(() => (globalThis as { __injected?: number }).__injected)).toBeUndefined();
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
