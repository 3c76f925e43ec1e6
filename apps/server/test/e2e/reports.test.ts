import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { readWorkbook, writeWorkbook, XLSX_TYPE } from '../../src/excel/xlsx.js';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn, tableRows } from './browser.js';

describeInBrowser(
  'the reports and targets screens in Chromium',
  (suite) => {
    it('shows the 2023 results per cell as of 30/06/2023 (5 of 7) and downloads them as .xlsx', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong');
      await page.getByRole('link', { name: 'Báo cáo' }).click();
      await page.getByRole('heading', { level: 2, name: 'Báo cáo' }).waitFor();
      await page.getByLabel('Năm', { exact: true }).selectOption('2023');
      await page.getByLabel('Tính đến ngày').fill('30/06/2023');
      await page
        .getByRole('heading', { name: 'Xã Yên Bình · Kết quả kết nạp theo chi bộ 2023 · 30/06/2023' })
        .waitFor();

      const rows = await tableRows(page, 'Kết quả kết nạp theo chi bộ');
      expect(rows).toHaveLength(9);
      // Columns: cell, members, target, admitted, percent, grade, women, recognised, left in probation.
      expect(rows.at(-1)?.slice(0, 5)).toEqual(['Toàn Xã Yên Bình', '267', '7', '5', '71%']);
      expect(rows.find((r) => r[0] === 'Chi bộ Trường Tiểu học')?.slice(2, 4)).toEqual(['2', '2']);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Xuất Excel' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('ket-qua-yen-binh-2023.xlsx');
      const sheet = await readWorkbook(await readFile((await download.path()) ?? ''));
      expect(sheet.at(-1)?.cells).toMatchObject({
        'Chi bộ': 'Toàn Xã Yên Bình',
        'Chỉ tiêu': 7,
        'Đã kết nạp': 5,
      });
    });

    it('lists the villages, flagging xóm Đồng Mới without members and thôn Bắc without its own cell', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong', '/admin/reports');
      await page.getByRole('tab', { name: 'Thôn' }).click();
      const rows = await tableRows(page, 'Các thôn của xã');
      expect(rows.find((r) => r[0] === 'Xóm Đồng Mới')?.[4]).toContain('Chưa có đảng viên');
      expect(rows.find((r) => r[0] === 'Thôn Bắc')?.slice(1, 3)).toEqual(['Chi bộ thôn Đông', 'Không']);
    });

    it('refuses a member admitted at 8 (E-02) and previews every field of a valid one as read, dd/MM/yyyy', async () => {
      const sheet = (rows: (string | null)[][]) =>
        writeWorkbook([
          {
            name: 'Đảng viên',
            title: 'Đảng viên',
            columns: [
              { header: 'Họ và tên', kind: 'text' },
              { header: 'Giới tính', kind: 'text' },
              { header: 'Ngày sinh', kind: 'text' },
              { header: 'Chi bộ', kind: 'text' },
              { header: 'Ngày quyết định kết nạp', kind: 'text' },
              { header: 'Ngày lễ kết nạp', kind: 'text' },
            ],
            rows,
          },
        ]);
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong', '/admin/reports');
      await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
      const upload = async (buffer: Buffer) => {
        await page
          .locator('input[type="file"]')
          .setInputFiles({ name: 'dang-vien.xlsx', mimeType: XLSX_TYPE, buffer });
        await page.getByRole('button', { name: 'Kiểm tra' }).click();
      };
      await upload(
        await sheet([['Đặng Văn Nhỏ', 'Nam', '01/06/2015', 'Chi bộ thôn Đông', '15/03/2023', '01/04/2023']]),
      );
      await page.getByText(/người này mới 7 tuổi 9 tháng, chưa đủ 18 tuổi \(E-02/).waitFor();

      await upload(
        await sheet([['Đặng Thị Lớn', 'Nữ', '03/04/1990', 'Chi bộ thôn Đông', '05/02/2024', '01/03/2024']]),
      );
      const [row] = await tableRows(page, 'Tất cả 1 dòng hợp lệ. Chưa có gì được ghi.');
      // 03/04/1990 read as 3 April, said back the way it was written.
      expect(row?.[3]).toContain('Ngày sinh: 03/04/1990');
      expect(row?.[3]).toContain('Giới tính: Nữ');
      expect(row?.[3]).toContain('Ngày lễ kết nạp: 01/03/2024');
      // The preview with a file chosen and the write button shown: every control named, AA contrast.
      await page.getByRole('button', { name: 'Bỏ file đã chọn' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it('previews an import of the exported member list: every row refused in Vietnamese as already on the books', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong', '/admin/reports');
      await page.getByRole('tab', { name: 'Nhập từ Excel' }).click();
      // The exported member list, sent back: every row is already on the books.
      const exported = await page.request.get(
        suite.url('/api/admin/reports/members.xlsx?commune=yen-binh&asOf=2023-06-30'),
      );
      await page.locator('input[type="file"]').setInputFiles({
        name: 'dang-vien.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await exported.body(),
      });
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByText(/File có 267 lỗi/).waitFor();
      const [first] = await tableRows(page, 'File có 267 lỗi. Chưa ghi gì.');
      expect(first?.[0]).toBe('2');
      expect(first?.[2]).toBe('Người này (cùng họ tên và ngày sinh) đã có trong danh sách của xã.');
    });

    it('shows the 2023 plan with its resolution, no warning, and warns live when a cell gets none', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong', '/admin/targets');
      await page.getByLabel('Năm', { exact: true }).selectOption('2023');
      await page.getByLabel('Số, ngày nghị quyết giao chỉ tiêu').waitFor();
      expect(await page.getByLabel('Số, ngày nghị quyết giao chỉ tiêu').inputValue()).toBe(
        'Nghị quyết số 05-NQ/ĐU ngày 10/01/2023',
      );
      await page.getByText('Không có cảnh báo.').waitFor();
      await page.getByLabel('Chỉ tiêu · Chi bộ Công an xã').fill('0');
      await page
        .getByRole('status')
        .getByText(/Chi bộ Công an xã/)
        .waitFor();
    });

    it('reopens a plan saved with a future issue date with its fields filled, and says when it applies', async () => {
      const page = await suite.newPage();
      await signIn(page, suite, 'vanphong', '/admin/targets');
      await page.getByLabel('Năm', { exact: true }).selectOption('2027');
      const total = page.getByLabel('Chỉ tiêu của xã', { exact: true });
      await total.waitFor();
      // An empty plan marks what is missing, in words, beside the field.
      await page.getByText('Chỉ tiêu phải là số nguyên.').waitFor();
      await total.fill('8');
      await page.getByLabel('Ngày ban hành').fill('12/01/2027');
      await page
        .getByLabel('Số, ngày nghị quyết giao chỉ tiêu')
        .fill('Nghị quyết số 01-NQ/ĐU ngày 12/01/2027');
      await page.getByLabel('Chỉ tiêu · Chi bộ thôn Đông').fill('2');
      await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
      await page.getByRole('table', { name: 'Lịch sử thay đổi' }).waitFor();

      await page.reload();
      await page.getByLabel('Năm', { exact: true }).selectOption('2027');
      await page.getByText(/^Kế hoạch đã lưu ban hành ngày 12\/01\/2027/).waitFor();
      expect(await page.getByLabel('Chỉ tiêu của xã', { exact: true }).inputValue()).toBe('8');
      expect(await page.getByLabel('Ngày ban hành').inputValue()).toBe('12/01/2027');
      expect(await page.getByLabel('Số, ngày nghị quyết giao chỉ tiêu').inputValue()).toBe(
        'Nghị quyết số 01-NQ/ĐU ngày 12/01/2027',
      );
      expect(await page.getByLabel('Chỉ tiêu · Chi bộ thôn Đông').inputValue()).toBe('2');
      expect(await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).isEnabled()).toBe(true);
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    });
  },
  { engines: 'both' },
);
