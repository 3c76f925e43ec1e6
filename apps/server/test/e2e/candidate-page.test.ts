import { expect, it } from 'vitest';
import { describeInBrowser, recordStep, signIn } from './browser.js';

const NAME = 'Hoàng Thu Oanh';
const STEP = 'Giấy chứng nhận lớp nhận thức về Đảng';

describeInBrowser('the candidate page asks for little, in Chromium', (suite) => {
  it('opens with one request for the candidate’s file, and after a step asks again for that file only', async () => {
    const page = await suite.newPage();
    await signIn(page, suite, 'bithu.thondong');
    await page.goto(suite.url('/admin/candidates?view=table&q=hoang%20thu%20oanh'));
    await page.getByRole('link', { name: NAME }).waitFor();
    await page.waitForLoadState('networkidle');
    // Each request to the API, as "METHOD procedures" (a batch names its procedures joined by commas).
    const calls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/trpc/')) calls.push(`${request.method()} ${path.slice('/trpc/'.length)}`);
    });

    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    // Everything the page shows is on it: the checks, the next steps, the dossier.
    await page.getByLabel('Chọn bước cần ghi').waitFor();
    await page.getByRole('table', { name: 'Hồ sơ', exact: true }).waitFor();
    expect(calls).toEqual(['GET candidates.file']);

    calls.length = 0;
    await recordStep(page, STEP);
    await page.getByRole('region', { name: 'Quá trình' }).getByText(STEP).waitFor();
    expect(calls).toEqual(['POST pipeline.record', 'GET candidates.file']);
  });
});
