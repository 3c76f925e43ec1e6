import { DEMO_PASSWORD } from '@ketnap/db/seed';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { type BrowserSuite, describeInBrowser, signIn, tableRows } from './browser.js';

const ACCOUNTS_TABLE = 'Tài khoản của xã';
/** Passwords of one's own that pass the policy. */
const SECRETARY_OWN = 'cánh đồng thôn Đông mùa gặt';
const OWN = 'nước sông Hồng chảy về xuôi';

/** Signs in with a password of one's own (or a one-time one); resolves once the page after the form is there. */
async function signInWith(page: Page, suite: BrowserSuite, username: string, password: string) {
  await page.goto(suite.url('/admin/'));
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** True when the page is no wider than its viewport (nothing to scroll sideways). */
const fitsWidth = (page: Page): Promise<boolean> =>
  // Browser code as text: this package is typed for Node, without the DOM library.
  page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth');

describeInBrowser(
  'accounts and passwords in the console',
  (suite) => {
    it("an administrator resets a secretary's password; the secretary signs in with the one-time password, must change it, then reaches the dashboard", async () => {
      const office = await suite.newPage();
      await office
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.url('') });
      await signIn(office, suite, 'vanphong');
      const banner = office.getByRole('region', { name: 'Tài khoản mẫu' });
      await banner.getByText(/^Xã còn 9 tài khoản mẫu đang dùng mật khẩu công khai\./).waitFor();
      await banner.getByText(/^Tài khoản của bạn đang dùng mật khẩu mẫu công khai/).waitFor();
      await banner.getByRole('link', { name: 'Khóa hoặc đặt lại mật khẩu' }).click();
      await office.getByRole('row', { name: /bithu\.thondong/ }).waitFor();
      expect((await tableRows(office, ACCOUNTS_TABLE)).find((r) => r[0] === 'bithu.thondong')?.[3]).toBe(
        'Đang dùng · mật khẩu mẫu',
      );
      // No one resets their own password here (that is "Đổi mật khẩu").
      expect(await office.getByRole('button', { name: /^Đặt lại mật khẩu của Văn phòng/ }).count()).toBe(0);

      await office.getByRole('button', { name: 'Đặt lại mật khẩu của Bí thư Chi bộ thôn Đông' }).click();
      const dialog = office.getByRole('dialog', { name: 'Đặt lại mật khẩu của Bí thư Chi bộ thôn Đông' });
      await dialog.getByText(/^Đặt lại mật khẩu của Bí thư Chi bộ thôn Đông \(bithu\.thondong\)\?/).waitFor();
      // Asked first, with the harmless answer under the focus.
      const cancel = dialog.getByRole('button', { name: 'Hủy' });
      await office.waitForFunction(`document.activeElement?.textContent === 'Hủy'`);
      expect(await cancel.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      expect(await seriousAxeViolations(office)).toEqual([]);
      await dialog.getByRole('button', { name: 'Xác nhận đặt lại' }).click();

      const shown = dialog.locator('code');
      await shown.waitFor();
      const otp = (await shown.textContent()) ?? '';
      expect(otp).toMatch(/^[a-z2-9]{16}$/);
      await dialog.getByText(/^Người dùng phải đổi mật khẩu này ngay lần đăng nhập đầu tiên\./).waitFor();
      await dialog.getByText(/^Mật khẩu dùng một lần dưới đây chỉ hiện một lần/).waitFor();
      await dialog.getByRole('button', { name: 'Sao chép' }).click();
      await dialog.getByRole('button', { name: 'Đã sao chép' }).waitFor();
      expect(await office.evaluate('navigator.clipboard.readText()')).toBe(otp);
      expect(await seriousAxeViolations(office)).toEqual([]);
      await dialog.getByRole('button', { name: 'Xong' }).click();
      await dialog.waitFor({ state: 'detached' });
      await office.getByRole('cell', { name: 'Đang dùng · chờ đổi mật khẩu' }).waitFor();
      // The reset took the demo password away: one demo account fewer in the warning.
      await banner.getByText(/^Xã còn 8 tài khoản mẫu/).waitFor();

      const secretary = await suite.newPage();
      await signInWith(secretary, suite, 'bithu.thondong', otp);
      await secretary.getByRole('heading', { level: 1, name: 'Đặt mật khẩu của bạn' }).waitFor();
      // Only the change form: no navigation, no screens.
      expect(await secretary.getByRole('link', { name: 'Quần chúng' }).count()).toBe(0);
      const current = secretary.getByLabel(/^Mật khẩu hiện tại/);
      expect(await current.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      expect(await seriousAxeViolations(secretary)).toEqual([]);
      await current.fill(otp);
      const next = secretary.getByLabel(/^Mật khẩu mới/);
      // The length rule judges while typing, before anything is sent.
      await next.fill('lúa mới');
      await secretary.getByText('Mật khẩu ít nhất 12 ký tự').waitFor();
      await secretary.getByText(/^Ít nhất 12 ký tự \(đã nhập 7\)/).waitFor();
      expect(await next.getAttribute('aria-invalid')).toBe('true');
      // A common password is the server's refusal, in Vietnamese.
      await next.fill('Qwerty123456');
      await secretary.getByLabel(/^Nhập lại mật khẩu mới/).fill('Qwerty123456');
      await secretary.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await secretary
        .getByRole('alert')
        .getByText(/^Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán/)
        .waitFor();
      await next.fill(SECRETARY_OWN);
      await secretary.getByLabel(/^Nhập lại mật khẩu mới/).fill(SECRETARY_OWN);
      await secretary.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await secretary.getByRole('heading', { level: 2, name: 'Bảng điều khiển' }).waitFor();
      await secretary.getByRole('link', { name: 'Quần chúng' }).waitFor();
      expect(await secretary.getByRole('region', { name: 'Tài khoản mẫu' }).count()).toBe(0);

      // The one-time password is spent; the secretary's own password signs in.
      const again = await suite.newPage();
      await signInWith(again, suite, 'bithu.thondong', otp);
      await again.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
      await signInWith(again, suite, 'bithu.thondong', SECRETARY_OWN);
      await again.getByRole('heading', { level: 2, name: 'Bảng điều khiển' }).waitFor();

      await office.reload();
      expect((await tableRows(office, ACCOUNTS_TABLE)).find((r) => r[0] === 'bithu.thondong')?.[3]).toBe(
        'Đang dùng',
      );
    });

    it('a person changes their own password from the header; their other sessions end, the demo warning goes', async () => {
      const elsewhere = await suite.newPage();
      await signIn(elsewhere, suite, 'bithu.thontrung');
      const page = await suite.newPage();
      await signIn(page, suite, 'bithu.thontrung');
      const banner = page.getByRole('region', { name: 'Tài khoản mẫu' });
      await banner.getByText(/^Tài khoản của bạn đang dùng mật khẩu mẫu công khai/).waitFor();

      await page.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
      const current = dialog.getByLabel(/^Mật khẩu hiện tại/);
      await current.waitFor();
      await page.waitForFunction(
        `document.activeElement?.getAttribute('autocomplete') === 'current-password'`,
      );
      await current.fill('khong-dung-mat-khau');
      await dialog.getByLabel(/^Mật khẩu mới/).fill(OWN);
      await dialog.getByLabel(/^Nhập lại mật khẩu mới/).fill(`${OWN}!`);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await dialog.getByText('Mật khẩu nhập lại không khớp').waitFor();
      await dialog.getByLabel(/^Nhập lại mật khẩu mới/).fill(OWN);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await dialog.getByRole('alert').getByText('Mật khẩu hiện tại không đúng.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await current.fill(DEMO_PASSWORD);
      await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.').waitFor();
      await dialog.waitFor({ state: 'detached' });
      await banner.waitFor({ state: 'detached' });

      // This session stays; the other one has ended.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Bảng điều khiển' }).waitFor();
      await elsewhere.reload();
      await elsewhere.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
      await signInWith(elsewhere, suite, 'bithu.thontrung', OWN);
      await elsewhere.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    });

    it('at 390 px wide: the change is in the menu, the warning and the forms fit the screen, VI/EN stay readable', async () => {
      const page = await suite.newPage();
      await page.setViewportSize({ width: 390, height: 800 });
      // The sign-in form's VI/EN buttons keep their width beside a title that wraps (their text was cut off).
      await page.goto(suite.url('/admin/'));
      for (const name of [/^VI/, /^EN/]) {
        const label = page.getByRole('button', { name }).locator('.mantine-Button-label');
        expect(await label.evaluate((el) => el.clientWidth >= el.scrollWidth)).toBe(true);
      }
      await signIn(page, suite, 'bithu.thonnam');
      await page.getByRole('region', { name: 'Tài khoản mẫu' }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await page.getByRole('button', { name: 'Mở/đóng danh mục' }).click();
      await page.getByRole('navigation').getByRole('button', { name: 'Đổi mật khẩu' }).click();
      const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
      await dialog.getByLabel(/^Mật khẩu mới/).waitFor();
      expect(await fitsWidth(page)).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  },
  { engines: 'both' },
);
