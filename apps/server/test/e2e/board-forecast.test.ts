import { DEMO_PASSWORD } from '@ketnap/db/seed';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { type BrowserSuite, describeInBrowser, signIn } from './browser.js';

/** The board of 2023 as the newspaper told it, the day written as Vietnamese readers write it. */
const STORY = '/?commune=yen-binh&year=2023&asOf=30/06/2023';

/** Every text of the chart as drawn on screen: its font size times the drawing's scale, in CSS pixels. */
async function chartTextPx(page: Page): Promise<number[]> {
  return page.evaluate(`[...document.querySelectorAll('figure.trend svg[role=img] text')].map(
    (t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
  )`);
}

/** Saves a target for 2027 through the console's own API, as the office would on 26/11/2026. */
async function saveNextYearsTarget(suite: BrowserSuite): Promise<void> {
  const origin = new URL(suite.url('/')).origin;
  const login = await fetch(suite.url('/trpc/auth.login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username: 'vanphong', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const saved = await fetch(suite.url('/trpc/targets.set'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie },
    body: JSON.stringify({
      commune: 'yen-binh',
      plan: {
        year: 2027,
        setOn: '2026-11-26',
        commune: { total: 9, resolutionRef: 'Nghị quyết số 30-NQ/ĐU', assignedBy: null },
        cells: [],
      },
    }),
  });
  expect(saved.status).toBe(200);
}

describeInBrowser(
  'the public board: forecast, day and chart in Chromium',
  (suite) => {
    for (const width of [1366, 390]) {
      it(`at ${width} px: the forecast says what is still to come, the chart is labelled and readable, axe finds nothing serious`, async () => {
        const page = await suite.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(suite.url(STORY));
        await page.getByText('Đã kết nạp 5 / chỉ tiêu 7 (71%)').waitFor();
        // About 7 by the year's end (5 made, a few more), never "37 đến 43 đảng viên".
        const forecast = page.getByText(/^Dự báo ngày 30\/06\/2023: đến 31\/12\/2023 dự kiến kết nạp thêm/);
        await forecast.waitFor();
        expect(await forecast.textContent()).toMatch(
          /^Dự báo ngày 30\/06\/2023: đến 31\/12\/2023 dự kiến kết nạp thêm [1-4] \(khoảng \d–\d\), cả năm dự kiến [6-9]$/,
        );
        // Axes titled, a label at every step of the count, the target and the band named in the legend.
        const chart = page.locator('figure.trend');
        await chart.getByText('Số người kết nạp').waitFor();
        await chart.getByText('Tháng (năm 2023)').waitFor();
        expect(await chart.locator('svg[role=img] text.tick').count()).toBeGreaterThanOrEqual(5 + 4);
        await chart.getByText('Chỉ tiêu cả năm: 7').waitFor();
        await chart.getByText(/^Dự báo đến 31\/12: [6-9] \(khoảng \d–\d+\)$/).waitFor();
        for (const px of await chartTextPx(page)) expect(px).toBeGreaterThanOrEqual(12);
        expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(width);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }

    it('a past year without a day is counted to its 31/12, not today: that day’s members beside 2023’s admissions', async () => {
      const page = await suite.newPage();
      await page.goto(suite.url('/?commune=yen-binh&year=2023'));
      await page.getByText('Số liệu tính đến ngày 31/12/2023').waitFor();
      await page.getByText('Đã kết nạp 8 / chỉ tiêu 7 (114%)').waitFor();
      expect(await page.getByLabel('Tính đến ngày').inputValue()).toBe('31/12/2023');
      // A finished year has no forecast left to make.
      expect(await page.getByText(/dự kiến kết nạp thêm/).count()).toBe(0);
    });

    it('the day chooser takes dd/mm/yyyy, refuses a day that does not exist in words, and fits a 390 px phone', async () => {
      const page = await suite.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(suite.url('/?commune=yen-binh&year=2023'));
      await page.getByText('Số liệu tính đến ngày 31/12/2023').waitFor();
      const day = page.getByLabel('Tính đến ngày');
      await day.fill('31/02/2023');
      await page.getByRole('button', { name: 'Xem' }).click();
      await page.getByRole('alert').getByText('Ngày không có thật hoặc không đúng dạng dd/mm/yyyy').waitFor();
      expect(await day.getAttribute('aria-invalid')).toBe('true');
      expect(new URL(page.url()).search).toBe('?commune=yen-binh&year=2023');
      await day.fill('30/06/2023');
      await day.press('Enter');
      await page.getByText('Đã kết nạp 5 / chỉ tiêu 7 (71%)').waitFor();
      await page.getByText('Số liệu tính đến ngày 30/06/2023').waitFor();
      expect(new URL(page.url()).search).toBe('?commune=yen-binh&year=2023&asOf=2023-06-30');
      expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it('opens on the current year until it ends, even once next year’s target is saved', async () => {
      await saveNextYearsTarget(suite);
      const page = await suite.newPage();
      await page.goto(suite.url('/'));
      await page.getByRole('heading', { name: 'Xã Yên Bình · năm 2026' }).waitFor();
      expect(new URL(page.url()).search).toBe('?commune=yen-binh&year=2026');
      // 2027 is offered, not chosen.
      expect(await page.getByLabel('Năm', { exact: true }).locator('option').allTextContents()).toContain(
        '2027',
      );
      // The console's dashboard likewise stays on 2026.
      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await office.getByRole('heading', { name: 'Xã Yên Bình · Kế hoạch năm 2026' }).waitFor();
      expect(await office.getByLabel('Năm', { exact: true }).inputValue()).toBe('2026');
    });
  },
  { engines: 'both' },
);
