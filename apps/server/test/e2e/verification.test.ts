import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, openCandidate, signIn, tableRows } from './browser.js';

const NAME = 'Hoàng Thu Oanh';

describeInBrowser('background verification on the candidate page, in Chromium', (suite) => {
  it('the secretary sends a request, sees it overdue after 15 working days, records the answer; axe clean at 1366 and 390 px', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, suite, 'bithu.thondong');
    await openCandidate(page, suite, NAME, 'hoang thu oanh');

    const section = page.getByRole('region', { name: 'Thẩm tra lý lịch' });
    // Relatives' names are read (and audited) only when asked.
    await section.getByRole('button', { name: 'Xem yêu cầu thẩm tra' }).click();
    await section.getByText('Chưa có yêu cầu thẩm tra nào.').waitFor();

    // A request without its day sent is refused beside the field, in Vietnamese.
    await section.getByRole('button', { name: 'Thêm người được thẩm tra' }).click();
    const form = section.getByRole('form', { name: 'Yêu cầu thẩm tra mới' });
    await form.getByLabel('Quan hệ với người vào Đảng').selectOption('candidate');
    await form.getByLabel('Họ và tên').fill(NAME);
    await form.getByLabel('Tổ chức được đề nghị').fill('Đảng ủy xã Hòa Bình');
    await form.getByLabel('Nơi của tổ chức (xã, tỉnh)').fill('xã Hòa Bình, tỉnh Phú Thọ');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText('Ghi ngày gửi công văn đề nghị thẩm tra', { exact: false }).waitFor();
    await form.getByLabel('Ngày gửi').fill('02/11/2026');
    await form.getByRole('button', { name: 'Lưu' }).click();

    // Sent Monday 02/11/2026: the 15th working day is 23/11; the demo's today (26/11) is past it.
    const table = section.getByRole('table', { name: 'Các yêu cầu thẩm tra lý lịch' });
    await table.waitFor();
    const [row] = await tableRows(page, 'Các yêu cầu thẩm tra lý lịch');
    expect(row?.join(' | ')).toContain('02/11/2026');
    expect(row?.join(' | ')).toContain('23/11/2026');
    expect(row?.join(' | ')).toContain('Quá hạn');
    await section.locator('[data-rule="V-05"][data-status="pending"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // At 390 px the table scrolls inside its own region, which the keyboard can reach; the page does not widen.
    await page.setViewportSize({ width: 390, height: 844 });
    const scroller = section.getByRole('region', { name: 'Các yêu cầu thẩm tra lý lịch' });
    expect(await scroller.getAttribute('tabindex')).toBe('0');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);

    await section.getByRole('button', { name: 'Ghi kết quả' }).click();
    const answer = section.getByRole('form', { name: 'Ghi kết quả' });
    await answer.getByLabel('Ngày trả lời').fill('25/11/2026');
    await answer.getByLabel('Kết quả thẩm tra').selectOption('clear');
    await answer.getByRole('button', { name: 'Lưu' }).click();
    await section.getByText('Không có vấn đề (25/11/2026)').waitFor();
    await section.locator('[data-rule="V-05"][data-status="pass"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
