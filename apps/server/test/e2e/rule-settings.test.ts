import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, openCandidate, signIn } from './browser.js';

const NAME = 'Hoàng Thu Oanh';
const T07 = 'Tỷ lệ thành viên Ban Thường vụ tán thành để quyết định kết nạp';

describeInBrowser('the rule settings screen in Chromium', (suite) => {
  it('T-07: the office sets at least 2/3 and the candidate page judges by it; a bad share is refused in Vietnamese', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, suite, 'vanphong');
    await openCandidate(page, suite, NAME, 'hoang thu oanh');
    await page.getByText(/Ban Thường vụ Đảng ủy quyết định khi quá 1\/2 số thành viên tán thành/).waitFor();

    await page.getByRole('link', { name: 'Thiết lập quy tắc' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thiết lập quy tắc' }).waitFor();
    const card = page.getByRole('region', { name: T07 });
    await card.getByText('Quy định 232-QĐ/TW, điểm 4.3.2.b; Điều lệ Đảng, Điều 9.5').waitFor();
    await card.getByText(/Vì sao là thiết lập/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await card.getByLabel('So sánh').selectOption({ label: 'ít nhất (từ … trở lên)' });
    await card.getByLabel('Tử số').fill('1');
    await card.getByLabel('Mẫu số').fill('3');
    await card
      .getByRole('alert')
      .getByText(/không thấp hơn nguyên tắc quá nửa/)
      .waitFor();
    expect(await card.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true);

    await card.getByLabel('Tử số').fill('2');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await card.getByText('Giá trị hiện hành: ít nhất 2/3').waitFor();
    await card.getByText(/Thay đổi bởi/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await openCandidate(page, suite, NAME, 'hoang thu oanh');
    await page
      .getByText(/Ban Thường vụ Đảng ủy quyết định khi ít nhất 2\/3 số thành viên tán thành/)
      .waitFor();

    // Back to the default, so the other tests see the demo as it was.
    await page.goto(suite.url('/admin/rule-settings'));
    await page.getByRole('region', { name: T07 }).getByRole('button', { name: 'Về mặc định' }).click();
    await page.getByRole('region', { name: T07 }).getByText('Giá trị hiện hành: quá 1/2').waitFor();
  });

  it('a cell secretary reads the settings without a form, at 390 px, with no serious axe violation', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, suite, 'bithu.thondong', '/admin/rule-settings');
    await page.getByRole('heading', { level: 2, name: 'Thiết lập quy tắc' }).waitFor();
    await page.getByText('Chỉ Văn phòng Đảng ủy xã được thay đổi thiết lập.').waitFor();
    for (const rule of ['T-07', 'D-V2', 'V-07', 'I-08', 'D-H8'])
      await page.getByText(rule, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu' }).count()).toBe(0);
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
