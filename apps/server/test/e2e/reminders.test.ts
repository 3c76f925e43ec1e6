import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn } from './browser.js';

describeInBrowser('the reminders screen, in Chromium', (suite) => {
  it('the office creates its calendar address (which serves iCalendar), sets its e-mail; axe clean at 1366 and 390 px', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, suite, 'vanphong');
    await page.goto(suite.url('/admin/reminders'));
    await page.getByRole('heading', { level: 2, name: 'Nhắc hạn' }).waitFor();
    await page.getByText('Chưa có địa chỉ lịch.').waitFor();
    await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
    const address = page.getByLabel('Địa chỉ lịch của bạn');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await page.getByRole('button', { name: 'Thu hồi địa chỉ lịch' }).waitFor();

    const email = page.getByLabel('Địa chỉ e-mail nhận thư');
    await email.fill('khong-phai-thu');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Địa chỉ e-mail không hợp lệ', { exact: false }).waitFor();
    await email.fill('vanphong@example.vn');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('button', { name: 'Không nhận thư' }).waitFor();
    await page.getByText('Chưa gửi thư nhắc hạn nào.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Thu hồi địa chỉ lịch' }).click();
    await page.getByText('Chưa có địa chỉ lịch.').waitFor();
    expect((await fetch(url)).status).toBe(404);
  });
});
