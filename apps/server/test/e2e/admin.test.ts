import { compareVi } from '@ketnap/domain';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn, tableRows } from './browser.js';

const CELLS_TABLE = 'Các chi bộ';
const APP_TITLE = 'ketnap — Công tác phát triển đảng viên';
const ACCOUNTS_TABLE = 'Tài khoản của xã';

/** The text a field's accessible description carries: its hint and, when wrong, its error message. */
const describedText = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id: string) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describeInBrowser(
  'the admin console in Chromium',
  (suite) => {
    it('asks who you are first, and says so in Vietnamese when the password is wrong', async () => {
      const page = await suite.newPage();
      await page.goto(suite.url('/admin/'));
      await page.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      expect(await page.getByText('Vui lòng nhập trường này.').count()).toBe(2);

      await page.getByLabel('Tên đăng nhập').fill('vanphong');
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    });

    it("lists the 8 cells in Vietnamese order with their members and the year's targets", async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();

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
      await signIn(page, suite, 'vanphong');
      const search = page.getByLabel('Tìm chi bộ…');
      await search.fill('dong');
      await page.getByText('Hiển thị 1 / 8 chi bộ').waitFor();
      expect((await tableRows(page, CELLS_TABLE)).map((r) => r[0])).toEqual(['Chi bộ thôn Đông']);

      await search.fill('truong');
      await page.getByText('Hiển thị 3 / 8 chi bộ').waitFor();
    });

    it('switches to English with the EN toggle and remembers the choice on reload', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('heading', { level: 1, name: APP_TITLE }).waitFor();

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'ketnap — Party member development' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

      await page.reload();
      await page.getByRole('heading', { name: 'Party cells' }).waitFor();
    });

    it('signs out: the console forgets the person and shows the sign-in form again', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
    });

    it('shows the audit log to commune administrators, with their own sign-in in it, and not to cell secretaries', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('link', { name: 'Nhật ký' }).click();
      await page.getByRole('heading', { name: 'Nhật ký thao tác' }).waitFor();
      const rows = await tableRows(page, 'Nhật ký thao tác của xã');
      // Columns: seq, when, by, action, target, details; newest first.
      // In words: who by their name, the action in Vietnamese, the account it was done to by its name.
      const login = rows.find(
        (r) => r[3] === 'Đăng nhập' && r[4] === 'Tài khoản: Văn phòng Đảng ủy Xã Yên Bình',
      );
      expect(login?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      // Signing in is done before anyone is signed in: no actor, the account is the target.
      expect(login?.[2]).toBe('—');
      expect(rows.some((r) => /^[a-z]+\.[a-z-]+$/.test(r[3] ?? '') || (r[5] ?? '').includes('{'))).toBe(
        false,
      );
      const seqs = rows.map((r) => Number(r[0]));
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

      const secretary = await suite.newPage();
      await signIn(secretary, suite, 'bithu.thondong');
      expect(await secretary.getByRole('link', { name: 'Nhật ký' }).count()).toBe(0);
      // A screen of another role says so; only an address that is no screen at all is "not found".
      for (const screen of ['/admin/audit', '/admin/reports']) {
        await secretary.goto(suite.url(screen));
        await secretary
          .getByRole('heading', { name: 'Tài khoản của bạn không có quyền xem trang này.' })
          .waitFor();
      }
      await secretary.goto(suite.url('/admin/khong-co'));
      await secretary.getByRole('heading', { name: 'Không có trang này.' }).waitFor();
    });

    it("lets a commune administrator disable a secretary's account, which ends the secretary's session at once", async () => {
      const secretary = await suite.newPage();
      await signIn(secretary, suite, 'bithu.thontrung');

      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await office.getByRole('link', { name: 'Tài khoản' }).click();
      await office.getByRole('row', { name: /vanphong/ }).waitFor();
      const rows = await tableRows(office, ACCOUNTS_TABLE);
      expect(rows.map((r) => r[0])).toContain('vanphong (bạn)');
      // No one disables their own account.
      expect(await office.getByRole('button', { name: /^Khóa tài khoản Văn phòng/ }).count()).toBe(0);
      await office.getByRole('button', { name: 'Khóa tài khoản Bí thư Chi bộ thôn Trung' }).click();
      await office.getByText('Đã cập nhật tài khoản.').waitFor();
      await office.getByRole('button', { name: 'Mở khóa tài khoản Bí thư Chi bộ thôn Trung' }).waitFor();
      // The notification's close button has a name (the theme's fallback label).
      await office.getByRole('button', { name: 'Đóng thông báo' }).waitFor();
      expect(await seriousAxeViolations(office)).toEqual([]);

      await secretary.reload();
      await secretary.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
    });

    it("lets a commune administrator create a cell secretary's account, who then sees only that cell", async () => {
      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await office.getByRole('link', { name: 'Tài khoản' }).click();
      await office.getByRole('row', { name: /vanphong/ }).waitFor();
      await office.getByRole('button', { name: 'Tạo tài khoản' }).click();
      const dialog = office.getByRole('dialog', { name: 'Tạo tài khoản' });
      await dialog.getByLabel('Họ tên').fill('Bí thư Chi bộ Trường Mầm non (mới)');
      await dialog.getByLabel('Tên đăng nhập').fill('bithu.mamnon.moi');
      await dialog.getByLabel(/^Mật khẩu/).fill('mam-non-2026');
      await dialog.getByLabel('Nhập lại mật khẩu').fill('mam-non-2026');
      expect(await dialog.getByRole('combobox', { name: /^Vai trò/ }).inputValue()).toBe('cell-secretary');
      await dialog.getByLabel('Đơn vị').selectOption({ label: 'Chi bộ Trường Mầm non' });
      expect(await seriousAxeViolations(office)).toEqual([]);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await office.getByText('Đã tạo tài khoản bithu.mamnon.moi.').waitFor();
      await dialog.waitFor({ state: 'detached' });
      await office.getByRole('row', { name: /bithu\.mamnon\.moi/ }).waitFor();
      const created = (await tableRows(office, ACCOUNTS_TABLE)).find((r) => r[0] === 'bithu.mamnon.moi');
      expect(created?.slice(1, 4)).toEqual([
        'Bí thư Chi bộ Trường Mầm non (mới)',
        'Bí thư chi bộ · Chi bộ Trường Mầm non',
        'Đang dùng',
      ]);

      // The new account signs in with its own password and works in its cell only.
      const secretary = await suite.newPage();
      await secretary.goto(suite.url('/admin/'));
      await secretary.getByLabel('Tên đăng nhập').fill('bithu.mamnon.moi');
      await secretary.getByLabel('Mật khẩu').fill('mam-non-2026');
      await secretary.getByRole('button', { name: 'Đăng nhập' }).click();
      await secretary.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      expect(await secretary.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
      // The whole pipeline, as the secretary sees it, is exactly what the office sees for that one cell.
      const pipeline = async (page: Page, query: string) => {
        await page.goto(suite.url(`/admin/candidates?view=table${query}`));
        return tableRows(page, 'Danh sách quần chúng');
      };
      const seen = await pipeline(secretary, '');
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen.map((r) => r[1]))).toEqual(new Set(['Chi bộ Trường Mầm non']));
      expect(seen).toEqual(await pipeline(office, '&cell=cb-truong-mam-non'));
      expect((await pipeline(office, '')).length).toBeGreaterThan(seen.length);
    });

    it('judges the new-account form in the browser: a short password or a taken username is said beside the field, and nothing is created', async () => {
      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await office.goto(suite.url('/admin/accounts'));
      await office.getByRole('row', { name: /vanphong/ }).waitFor();
      await office.getByRole('button', { name: 'Tạo tài khoản' }).click();
      const dialog = office.getByRole('dialog', { name: 'Tạo tài khoản' });
      await dialog.getByLabel('Họ tên').fill('Người dùng thử');
      await dialog.getByLabel('Tên đăng nhập').fill('bithu.ngan');
      const password = dialog.getByLabel(/^Mật khẩu/);
      await password.fill('123456789');
      await dialog.getByLabel('Nhập lại mật khẩu').fill('123456789');
      await dialog.getByLabel('Đơn vị').selectOption({ label: 'Chi bộ thôn Nam' });
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Mật khẩu ít nhất 12 ký tự').waitFor();
      expect(await password.getAttribute('aria-invalid')).toBe('true');
      expect(await describedText(password)).toContain('Mật khẩu ít nhất 12 ký tự');

      // A taken username is the server's answer, shown beside the username.
      const username = dialog.getByLabel('Tên đăng nhập');
      await username.fill('bithu.thondong');
      await password.fill('mat-khau-du-dai');
      await dialog.getByLabel('Nhập lại mật khẩu').fill('mat-khau-du-dai');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Tên đăng nhập "bithu.thondong" đã có người dùng.').waitFor();
      expect(await describedText(username)).toContain('Tên đăng nhập "bithu.thondong" đã có người dùng.');

      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await dialog.waitFor({ state: 'detached' });
      await office.reload();
      const usernames = (await tableRows(office, ACCOUNTS_TABLE)).map((r) => r[0]);
      expect(usernames).toContain('bithu.thondong');
      expect(usernames).not.toContain('bithu.ngan');
    });

    it("lets a commune administrator grant a secretary a second cell and revoke it; the secretary's next request follows", async () => {
      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await office.goto(suite.url('/admin/accounts'));
      const row = office.getByRole('row', { name: /bithu\.thondong/ });
      await row.waitFor();
      expect((await tableRows(office, ACCOUNTS_TABLE)).find((r) => r[0] === 'bithu.thondong')?.[2]).toBe(
        'Bí thư chi bộ · Chi bộ thôn Đông',
      );
      await row.getByRole('button', { name: 'Vai trò của Bí thư Chi bộ thôn Đông' }).click();
      const dialog = office.getByRole('dialog', { name: 'Vai trò của Bí thư Chi bộ thôn Đông' });
      const unit = dialog.getByLabel('Đơn vị');
      // The cell already held is not offered again (the cells arrive with the commune's overview).
      await unit.locator('option', { hasText: 'Chi bộ thôn Đoài' }).waitFor({ state: 'attached' });
      const offered = await unit.locator('option').allTextContents();
      expect(offered).toContain('Chi bộ thôn Đoài');
      expect(offered).not.toContain('Chi bộ thôn Đông');
      // Nothing chosen: the shared schema's message beside the unit, nothing sent.
      await dialog.getByRole('button', { name: 'Thêm vai trò' }).click();
      await dialog.getByText('Chọn đơn vị.').waitFor();
      expect(await describedText(unit)).toContain('Chọn đơn vị.');
      expect(await dialog.getByRole('combobox', { name: /^Vai trò/ }).inputValue()).toBe('cell-secretary');
      await unit.selectOption({ label: 'Chi bộ thôn Đoài' });
      expect(await seriousAxeViolations(office)).toEqual([]);
      await dialog.getByRole('button', { name: 'Thêm vai trò' }).click();
      await office.getByText('Đã thêm vai trò.').waitFor();
      const revokeDoai = dialog.getByRole('button', {
        name: 'Thu hồi vai trò Bí thư chi bộ · Chi bộ thôn Đoài',
      });
      await revokeDoai.waitFor();
      await office
        .getByRole('cell', {
          name: /Chi bộ thôn Đông; Bí thư chi bộ · Chi bộ thôn Đoài|Chi bộ thôn Đoài; Bí thư chi bộ · Chi bộ thôn Đông/,
        })
        .waitFor();

      // The secretary now chooses between the two cells, and sees each one's candidates.
      const secretary = await suite.newPage();
      await signIn(secretary, suite, 'bithu.thondong');
      const cellsSeen = async (query = '') => {
        await secretary.goto(suite.url(`/admin/candidates?view=table${query}`));
        return new Set((await tableRows(secretary, 'Danh sách quần chúng')).map((r) => r[1]));
      };
      expect(await cellsSeen('&cell=cb-thon-doai')).toEqual(new Set(['Chi bộ thôn Đoài']));
      const chooser = secretary.getByLabel('Chi bộ', { exact: true });
      expect(await chooser.locator('option').allTextContents()).toEqual([
        'Chi bộ thôn Đoài',
        'Chi bộ thôn Đông',
      ]);
      await chooser.selectOption({ label: 'Chi bộ thôn Đông' });
      await secretary
        .getByRole('table', { name: 'Danh sách quần chúng' })
        .getByText('Chi bộ thôn Đông')
        .first()
        .waitFor();
      expect(await cellsSeen('&cell=cb-thon-dong')).toEqual(new Set(['Chi bộ thôn Đông']));
      // The dashboard: one tab per cell, each with that cell's summary.
      await secretary.goto(suite.url('/admin/'));
      const tabs = secretary.getByRole('tab');
      await tabs.first().waitFor();
      expect(await tabs.allTextContents()).toEqual(['Chi bộ thôn Đoài', 'Chi bộ thôn Đông']);
      await secretary.getByRole('tab', { name: 'Chi bộ thôn Đông' }).click();
      // The section comes first; its table's scrolling box, when it has rows, is a region of the same name.
      await secretary.getByRole('tabpanel').getByRole('region', { name: 'Quá hạn' }).first().waitFor();
      expect(await seriousAxeViolations(secretary)).toEqual([]);

      // Revoking asks first; once confirmed, the role is gone from the dialog and the list.
      await revokeDoai.click();
      const confirm = dialog.getByRole('group', { name: 'Thu hồi vai trò Bí thư chi bộ · Chi bộ thôn Đoài' });
      await confirm
        .getByText(/^Thu hồi vai trò Bí thư chi bộ · Chi bộ thôn Đoài của Bí thư Chi bộ thôn Đông\?/)
        .waitFor();
      expect(await seriousAxeViolations(office)).toEqual([]);
      await confirm.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
      await office.getByText('Đã thu hồi vai trò.').waitFor();
      await revokeDoai.waitFor({ state: 'detached' });
      expect((await tableRows(office, ACCOUNTS_TABLE)).find((r) => r[0] === 'bithu.thondong')?.[2]).toBe(
        'Bí thư chi bộ · Chi bộ thôn Đông',
      );

      // The secretary's very next request: one cell again, no chooser, the other cell's candidates out of reach.
      expect(await cellsSeen('&cell=cb-thon-doai')).toEqual(new Set(['Chi bộ thôn Đông']));
      expect(await chooser.count()).toBe(0);
      await secretary.goto(suite.url('/admin/candidates?view=table'));
      expect(new Set((await tableRows(secretary, 'Danh sách quần chúng')).map((r) => r[1]))).toEqual(
        new Set(['Chi bộ thôn Đông']),
      );

      // Nobody changes their own roles: the server's refusal, in its words.
      await dialog.getByRole('button', { name: 'Đóng' }).click();
      await dialog.waitFor({ state: 'detached' });
      await office
        .getByRole('row', { name: /vanphong/ })
        .getByRole('button', { name: /^Vai trò của Văn phòng/ })
        .click();
      const own = office.getByRole('dialog', { name: /^Vai trò của Văn phòng/ });
      await own.getByRole('button', { name: /^Thu hồi vai trò Văn phòng Đảng ủy xã/ }).click();
      await own.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
      await own.getByRole('alert').getByText('Không thể tự thay đổi tài khoản của mình.').waitFor();
    });

    it('can be used from the keyboard: the first Tab reaches "skip to content", which moves focus to the page', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('heading', { level: 2, name: 'Bảng điều khiển' }).waitFor();
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
      expect(await skip.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.locator('main').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    });
  },
  { engines: 'both' },
);
