import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, openCandidate, recordStep, signIn, tableRows } from './browser.js';

/** The demo's "today" (browser.ts): every step below is dated on it. */
const TODAY = '26/11/2026';
const NEW_CANDIDATE = 'Trịnh Thị Thu Hà';

/** The field labels an audit row's payload names ("Trường: Dân tộc, Tôn giáo"), sorted as Vietnamese reads them. */
const fieldLabels = (row: string[] | undefined): string[] =>
  (row?.[5] ?? '')
    .replace(/^Trường: /, '')
    .split(', ')
    .filter((f) => f !== '')
    .sort((a, b) => a.localeCompare(b, 'vi'));

describeInBrowser(
  'the admission path in the admin console, in Chromium',
  (suite) => {
    it('a cell secretary adds a candidate, builds the dossier and records the cell vote; the commune office records the decision and the ceremony', async () => {
      const secretary = await suite.newPage();
      await signIn(secretary, suite, 'bithu.thondong');
      await secretary.getByRole('link', { name: 'Chi bộ của tôi' }).click();
      await secretary.getByRole('button', { name: 'Thêm quần chúng' }).click();
      const dialog = secretary.getByRole('dialog', { name: 'Thêm quần chúng' });
      // The server's schema judges the form in the browser: errors beside the fields, in Vietnamese.
      await dialog.getByLabel('Ngày sinh').fill('31/02/1990');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText('Cần họ và tên.').waitFor();
      await dialog.getByText('Ngày không có thật hoặc sai định dạng.').waitFor();
      await dialog.getByLabel('Họ và tên').fill(NEW_CANDIDATE);
      await dialog.getByLabel('Giới tính').selectOption('F');
      await dialog.getByLabel('Ngày sinh').fill('12/04/1988');
      expect(await dialog.getByLabel('Ngày đưa vào nguồn phát triển').inputValue()).toBe(TODAY);
      await dialog.getByLabel('Trình độ giáo dục phổ thông').selectOption('upper-secondary');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await secretary.getByRole('heading', { level: 2, name: NEW_CANDIDATE }).waitFor();
      await secretary.getByText('Nguồn phát triển', { exact: true }).first().waitFor();

      await recordStep(secretary, 'Giấy chứng nhận lớp nhận thức về Đảng', {
        'Số giấy chứng nhận': 'YB-2026-031',
      });
      await recordStep(secretary, 'Đơn xin vào Đảng');
      await recordStep(secretary, 'Khai lý lịch');
      await recordStep(secretary, 'Đề nghị thẩm tra lý lịch');
      await recordStep(secretary, 'Có kết quả thẩm tra lý lịch');
      for (const index of [1, 2])
        await recordStep(secretary, 'Giới thiệu người vào Đảng', {
          'Đảng viên': index,
          'Cùng công tác/cư trú từ ngày': '01/01/2020',
          'Quan hệ': 'residence',
        });
      // Steps already on the file are offered apart, not as next steps (a new certificate, a third introducer).
      const choose = secretary.getByLabel('Chọn bước cần ghi');
      const next = await choose.locator('optgroup[label="Bước tiếp theo"] option').allTextContents();
      expect(next).toContain('Chi bộ xét, biểu quyết đề nghị kết nạp');
      expect(next).not.toContain('Giấy chứng nhận lớp nhận thức về Đảng');
      expect(next).not.toContain('Giới thiệu người vào Đảng');
      expect(await choose.locator('optgroup[label^="Đã có"] option').allTextContents()).toContain(
        'Giới thiệu người vào Đảng',
      );
      await recordStep(secretary, 'Chi bộ xét, biểu quyết đề nghị kết nạp', {
        'Số đảng viên chính thức của chi bộ': '52',
        'Số tán thành': '50',
      });
      await secretary.getByText('Chi bộ đã đề nghị', { exact: true }).first().waitFor();
      // L-01's 60 working days from 26/11/2026 run into 2027, whose days off are not announced yet: said beside it.
      await secretary
        .getByRole('list', { name: 'Thời hạn' })
        .locator('[data-rule="L-01"][data-step="decision"]')
        .getByText('Lịch nghỉ năm 2027 chưa công bố: tính theo ngày nghỉ theo luật')
        .waitFor();
      // The admission decision is the commune's (T-07): it is not among a secretary's next steps.
      const steps = await secretary.getByLabel('Chọn bước cần ghi').locator('option').allTextContents();
      expect(steps).not.toContain('Quyết định kết nạp');

      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      await openCandidate(office, suite, NEW_CANDIDATE, 'trinh thi thu ha');
      await recordStep(office, 'Quyết định kết nạp', { 'Số quyết định': '27-QĐ/ĐU' });
      await recordStep(office, 'Chi bộ nhận quyết định');
      await recordStep(office, 'Lễ kết nạp');
      await office.getByText('Đảng viên dự bị', { exact: true }).first().waitFor();
      // L-05: probation runs 12 months from the ceremony.
      await office.getByText('Hết thời kỳ dự bị: 26/11/2027').waitFor();
      const timeline = await office.getByRole('region', { name: 'Quá trình' }).textContent();
      expect(timeline).toContain(`Lễ kết nạp${TODAY}`);
      // The decision's number and who introduced the candidate, by name for the commune office.
      expect(timeline).toContain('Số quyết định: 27-QĐ/ĐU');
      expect(timeline?.match(/Người giới thiệu: \p{Lu}/gu)?.length).toBe(2);
      expect(timeline).not.toContain('một đảng viên chính thức');
    });

    it('shows the rule that blocks a candidate, with its citation, and refuses the vote while it is typed (E-08)', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await openCandidate(page, suite, 'Vũ Công Cường', 'vu cong cuong');
      const blocked = page
        .getByRole('list', { name: 'Kiểm tra theo quy định' })
        .locator('[data-rule="E-08"]');
      // Before the vote an expired certificate is pending (the class can be taken again); a vote now fails it.
      expect(await blocked.getAttribute('data-status')).toBe('pending');
      expect(await blocked.getAttribute('data-step')).toBe('cell-vote');
      expect(await blocked.textContent()).toContain('hết hạn');
      expect(await blocked.textContent()).toContain('Hướng dẫn 06-HD/TW 2025');
      // The rule set is named as a reader writes it, with its Đ (not the id "294-QD/TW").
      await page.getByText('Xét theo Quy định 294-QĐ/TW, tính đến hôm nay.').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page
        .getByLabel('Chọn bước cần ghi')
        .selectOption({ label: 'Chi bộ xét, biểu quyết đề nghị kết nạp' });
      const form = page.getByRole('form', { name: 'Chi bộ xét, biểu quyết đề nghị kết nạp' });
      await form.getByLabel('Số đảng viên chính thức của chi bộ', { exact: true }).fill('40');
      await form.getByLabel('Số tán thành', { exact: true }).fill('abc');
      await form.getByText('Cần một số nguyên.').waitFor();
      await form.getByLabel('Số tán thành', { exact: true }).fill('35');
      // The browser's verdict, by the same domain code the server runs.
      const live = form.getByRole('list', { name: 'Bước này chưa được phép theo quy định' });
      expect(await live.locator('[data-rule="E-08"]').textContent()).toContain('60 tháng');
      // The server's verdict, recorded as a refused attempt and changing nothing.
      await form.getByRole('button', { name: 'Ghi bước này' }).click();
      await form.getByRole('alert').getByText('Bước này chưa được phép theo quy định.').waitFor();
      expect(await form.getByRole('alert').locator('[data-rule="E-08"]').count()).toBe(1);
      await page.getByText('Lấy ý kiến, giới thiệu', { exact: true }).first().waitFor();
    });

    it("puts this week's deadlines, the overdue ones and the blocked candidate on the dashboard", async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('heading', { level: 2, name: 'Bảng điều khiển' }).waitFor();
      const week = await tableRows(page, 'Đến hạn trong tuần làm việc này');
      expect(week.length).toBeGreaterThan(0);
      for (const [, , due, left] of week) {
        expect(due).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        // A count that crosses a year with no announced days off says so (calendarBasis statutory-default).
        expect(left).toMatch(
          /^(Còn \d+ ngày làm việc|Hạn cuối hôm nay)(Lịch nghỉ năm \d{4}(, \d{4})* chưa công bố: tính theo ngày nghỉ theo luật)?$/,
        );
      }
      const overdue = await tableRows(page, 'Quá hạn');
      expect(
        overdue.some(
          ([name, rule, , left]) =>
            name === 'Vũ Công Cường' && rule?.startsWith('E-08') && /^Quá hạn/.test(left ?? ''),
        ),
      ).toBe(true);
      await page
        .getByRole('list', { name: 'Bị dừng do chưa đạt quy định' })
        .getByText('Vũ Công Cường')
        .waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Quần chúng' }).click();
      // Probationary members are Party members, counted apart from the "quần chúng".
      await page.getByText(/^\d+ quần chúng và \d+ đảng viên \(dự bị, chính thức\)$/).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it("keeps a cell secretary to their own cell: another cell's candidates are neither listed nor opened", async () => {
      const office = await suite.newPage();
      await signIn(office, suite, 'vanphong');
      const elsewhere = await openCandidate(office, suite, 'Vũ Công Cường', 'vu cong cuong');

      const page = await suite.newPage();
      await signIn(page, suite, 'bithu.thondong');
      await page.getByRole('link', { name: 'Chi bộ của tôi' }).click();
      await page.getByText('Danh sách', { exact: true }).click();
      const rows = await tableRows(page, 'Danh sách quần chúng');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row[1]).toBe('Chi bộ thôn Đông');
      expect(await page.getByRole('link', { name: 'Nhật ký' }).count()).toBe(0);

      await page.goto(suite.url(elsewhere));
      await page
        .getByRole('alert')
        .getByText('Bạn không có quyền thực hiện thao tác này với đơn vị này.')
        .waitFor();
      // Asking again would be refused again: no "Thử lại".
      expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
      expect(await page.getByText('Giấy chứng nhận lớp bồi dưỡng').count()).toBe(0);
    });

    it("refuses a step typed on an outdated record with the server's message, and reloads it on request", async () => {
      const first = await suite.newPage();
      await signIn(first, suite, 'bithu.thondong');
      const address = await openCandidate(first, suite, 'Hoàng Thu Oanh', 'hoang thu oanh');
      const second = await suite.newPage();
      await signIn(second, suite, 'bithu.thondong', address);
      await second.getByRole('heading', { level: 2, name: 'Hoàng Thu Oanh' }).waitFor();
      await second.getByLabel('Chọn bước cần ghi').selectOption({ label: 'Đơn xin vào Đảng' });

      // Meanwhile the record changes in the first window.
      await recordStep(first, 'Giấy chứng nhận lớp nhận thức về Đảng');

      const form = second.getByRole('form', { name: 'Đơn xin vào Đảng' });
      await form.getByRole('button', { name: 'Ghi bước này' }).click();
      const stale = form.getByRole('alert');
      await stale.getByText('Hồ sơ vừa được người khác cập nhật').waitFor();
      await stale.getByText('Hồ sơ đã được người khác cập nhật, vui lòng tải lại.').waitFor();
      await stale.getByRole('button', { name: 'Tải lại hồ sơ' }).click();
      // The reloaded record shows the other window's step, and the step can now be recorded on it.
      await second
        .getByRole('region', { name: 'Quá trình' })
        .getByText('Giấy chứng nhận lớp nhận thức về Đảng')
        .waitFor();
      await recordStep(second, 'Đơn xin vào Đảng');
    });

    it("shows a candidate's sensitive fields only on request, logs one read naming the fields, and not to a viewer", async () => {
      const page = await suite.newPage();
      const reads: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('candidates.sensitive')) reads.push(request.url());
      });
      await signIn(page, suite, 'vanphong');
      const address = await openCandidate(page, suite, 'Vũ Công Cường', 'vu cong cuong');
      const candidateId = address.split('/').at(-1) ?? '';
      const section = page.getByRole('region', { name: 'Thông tin nhạy cảm' });
      const reveal = section.getByRole('button', { name: 'Xem (việc xem được ghi nhật ký)' });
      await reveal.waitFor();
      // Nothing is read until asked.
      expect(reads).toEqual([]);
      expect(await section.getByText('Dân tộc', { exact: true }).count()).toBe(0);

      await reveal.click();
      const fields = section.locator('dl');
      await section.getByRole('button', { name: 'Ẩn' }).waitFor();
      const text = await fields.textContent();
      expect(text).toContain('Dân tộcKinh');
      expect(text).toContain('Tôn giáoKhông');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Coming back to the tab does not read again.
      await page.evaluate(
        "document.dispatchEvent(new Event('visibilitychange')); window.dispatchEvent(new Event('focus'));",
      );
      await section.getByRole('button', { name: 'Ẩn' }).click();
      await reveal.waitFor();
      expect(await section.getByText('Dân tộc', { exact: true }).count()).toBe(0);
      expect(reads).toHaveLength(1);

      // The audit trail: one read of this candidate, with the field names and none of the values.
      await page.getByRole('link', { name: 'Nhật ký' }).click();
      const rows = await tableRows(page, 'Nhật ký thao tác của xã');
      // The log speaks words (issue 12 item 8): the action, the candidate by name for the office, the fields' labels.
      const logged = rows.filter(
        (r) => r[3] === 'Xem thông tin nhạy cảm' && r[4] === 'Quần chúng: Vũ Công Cường',
      );
      expect(logged).toHaveLength(1);
      expect(fieldLabels(logged[0])).toEqual(['Dân tộc', 'Tôn giáo']);
      expect(logged[0]?.[5]).not.toMatch(/Kinh|Không/);

      // The province's viewer sees a note instead of the button, and the server refuses the read itself.
      const viewer = await suite.newPage();
      await signIn(viewer, suite, 'tinh', address);
      const note = viewer.getByRole('region', { name: 'Thông tin nhạy cảm' });
      await note.getByText('Tài khoản chỉ xem không được xem thông tin nhạy cảm.').waitFor();
      expect(await note.getByRole('button').count()).toBe(0);
      const refused = await viewer.request.get(
        suite.url(`/trpc/candidates.sensitive?input=${encodeURIComponent(JSON.stringify({ candidateId }))}`),
      );
      expect(refused.status()).toBe(403);
      expect(await refused.text()).not.toContain('Kinh');
    });

    it('recomputes the rule checks in the browser as the profile is edited, and saves it', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await openCandidate(page, suite, 'Lê Quang Trung', 'le quang trung');
      await page.getByRole('button', { name: 'Sửa thông tin' }).click();
      const form = page.getByRole('form', { name: 'Sửa thông tin' });
      const live = form.getByRole('list', { name: 'Kiểm tra ngay khi nhập' });
      await form.getByLabel('Trình độ giáo dục phổ thông').selectOption('primary');
      // Before the cell vote a missing diploma is pending (it can still be obtained), not failed.
      expect(await live.locator('[data-rule="E-05"]').getAttribute('data-status')).toBe('pending');
      await form.getByLabel('Sống ở vùng khó khăn, biên giới, hải đảo').check();
      expect(await live.locator('[data-rule="E-05"][data-status="pending"]').count()).toBe(0);
      await form.getByLabel('Sống ở vùng khó khăn, biên giới, hải đảo').uncheck();
      await form.getByLabel('Trình độ giáo dục phổ thông').selectOption('university');
      expect(await live.locator('[data-rule="E-05"]').getAttribute('data-status')).toBe('pass');
      await form.getByRole('button', { name: 'Lưu thông tin' }).click();
      await page.getByText('Đã lưu thông tin của quần chúng.').waitFor();
      await page.getByText('Đại học', { exact: true }).waitFor();
      // The server's own checks now say the same.
      const server = page.getByRole('list', { name: 'Kiểm tra theo quy định' }).locator('[data-rule="E-05"]');
      await server.and(page.locator('[data-status="pass"]')).waitFor();
    });

    it("edits a candidate's revealed sensitive fields: checked as typed, saved without another read, logged by field name", async () => {
      const page = await suite.newPage();
      const reads: string[] = [];
      const updates: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('candidates.sensitive')) reads.push(request.url());
        if (request.url().includes('candidates.updateProfile')) updates.push(request.url());
      });
      await signIn(page, suite, 'vanphong');
      await openCandidate(page, suite, 'Phạm Thu Linh', 'pham thu linh');
      const section = page.getByRole('region', { name: 'Thông tin nhạy cảm' });
      // No editor before the fields are revealed.
      const reveal = section.getByRole('button', { name: 'Xem (việc xem được ghi nhật ký)' });
      await reveal.waitFor();
      expect(await section.getByRole('button', { name: 'Sửa', exact: true }).count()).toBe(0);
      await reveal.click();
      await section.getByRole('button', { name: 'Ẩn' }).waitFor();
      await section.getByRole('button', { name: 'Sửa', exact: true }).click();
      const form = section.getByRole('form', { name: 'Sửa thông tin nhạy cảm' });
      const live = form.getByRole('list', { name: 'Kiểm tra ngay khi nhập' });
      await live.waitFor();
      expect(await live.locator('[data-rule="L-20"]').count()).toBe(0);
      // L-20 is judged twice: its waits at the cell vote, the provincial consent at the decision.
      const l20 = '[data-rule="L-20"][data-step="cell-vote"]';

      await form.getByLabel('Tôn giáo').fill('Phật giáo');
      await form.getByLabel('Đã từng vào Đảng').check();
      const leftOn = form.getByLabel('Ngày ra khỏi Đảng');
      await leftOn.fill('31/02/2020');
      await form.getByLabel('Lý do ra khỏi Đảng').selectOption({ label: 'bị xóa tên' });
      // The schema's Vietnamese message, tied to the field; the checks wait for a valid record.
      expect(await leftOn.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await leftOn.getAttribute('aria-describedby')) ?? '';
      const described = await page
        .locator(
          describedBy
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => `[id="${id}"]`)
            .join(', '),
        )
        .allTextContents();
      expect(described).toContain('Ngày không có thật hoặc sai định dạng.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Lưu thông tin nhạy cảm' }).click();
      await form.getByText('Sửa các ô báo lỗi để xem kết quả kiểm tra.').waitFor();
      expect(updates).toEqual([]);

      await leftOn.fill('01/06/2010');
      await live.locator(l20).waitFor();
      expect(await live.locator('[data-rule="L-20"][data-step="decision"]').count()).toBe(1);
      await form.getByRole('button', { name: 'Lưu thông tin nhạy cảm' }).click();
      await page.getByText('Đã lưu thông tin nhạy cảm').first().waitFor();
      await form.waitFor({ state: 'detached' });
      const text = await section.locator('dl').textContent();
      expect(text).toContain('Tôn giáoPhật giáo');
      expect(text).toContain('Ra khỏi Đảng ngày 01/06/2010: bị xóa tên');
      // The server now judges re-admission too.
      await page.getByRole('list', { name: 'Kiểm tra theo quy định' }).locator(l20).waitFor();

      // The version was refreshed: a second edit saves without a conflict; still one read in all.
      await section.getByRole('button', { name: 'Sửa', exact: true }).click();
      await form.getByLabel('Dân tộc').fill('Tày');
      await form.getByRole('button', { name: 'Lưu thông tin nhạy cảm' }).click();
      await form.waitFor({ state: 'detached' });
      expect(await section.locator('dl').textContent()).toContain('Dân tộcTày');
      // A former membership declared by mistake comes off: untick, save; the re-admission checks no longer apply.
      await section.getByRole('button', { name: 'Sửa', exact: true }).click();
      await form.getByLabel('Đã từng vào Đảng').uncheck();
      await form.getByRole('button', { name: 'Lưu thông tin nhạy cảm' }).click();
      await form.waitFor({ state: 'detached' });
      expect(await section.locator('dl').textContent()).not.toContain('Ra khỏi Đảng');
      await page
        .getByRole('list', { name: 'Kiểm tra theo quy định' })
        .locator(l20)
        .waitFor({ state: 'detached' });
      expect(updates).toHaveLength(3);
      expect(reads).toHaveLength(1);

      // The audit trail names the fields each save changed, never their values.
      await page.getByRole('link', { name: 'Nhật ký' }).click();
      const rows = await tableRows(page, 'Nhật ký thao tác của xã');
      const mine = rows.filter((r) => r[4] === 'Quần chúng: Phạm Thu Linh');
      const saved = mine.filter((r) => r[3] === 'Sửa thông tin quần chúng');
      expect(saved.map(fieldLabels)).toEqual([
        ['Đã từng vào Đảng'],
        ['Dân tộc'],
        ['Đã từng vào Đảng', 'Tôn giáo'],
      ]);
      expect(mine.filter((r) => r[3] === 'Xem thông tin nhạy cảm')).toHaveLength(1);
      for (const row of saved) expect(row[5]).not.toMatch(/Phật|Tày|2010|xóa tên|struck/);
    });
  },
  { engines: 'both' },
);
