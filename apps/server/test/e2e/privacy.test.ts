import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, recordStep, signIn } from './browser.js';

const NAME = 'Mai Thị Riêng';

describeInBrowser('personal data rights in the admin console, in Chromium', (suite) => {
  it('on a 390 px phone the office exports a withdrawn candidate’s data, then erases the dossier once the retention has run', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, suite, 'vanphong');
    // A person who withdrew on 03/02/2020: 60 months before the demo's today (26/11/2026) have run.
    await page.goto(suite.url('/admin/candidates'));
    await page.getByRole('button', { name: 'Thêm quần chúng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm quần chúng' });
    await dialog.getByLabel('Chi bộ').selectOption({ label: 'Chi bộ thôn Nam' });
    await dialog.getByLabel('Họ và tên').fill(NAME);
    await dialog.getByLabel('Giới tính').selectOption('F');
    await dialog.getByLabel('Ngày sinh').fill('09/09/1994');
    await dialog.getByLabel('Ngày đưa vào nguồn phát triển').fill('06/01/2020');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    await recordStep(page, 'Rút khỏi nguồn', { 'Lý do': 'Chuyển đi nơi khác' }, '03/02/2020');

    const section = page.getByRole('region', { name: 'Dữ liệu cá nhân' });
    const html = section.getByRole('link', { name: 'Xuất dữ liệu cá nhân (trang in)' });
    await html.waitFor();
    expect(await html.getAttribute('href')).toMatch(/^\/api\/admin\/privacy\/export\.html\?candidateId=qc-/);
    const [download] = await Promise.all([page.waitForEvent('download'), html.click()]);
    expect(download.suggestedFilename()).toMatch(/^du-lieu-ca-nhan-qc-[0-9a-f-]+\.html$/);
    await section.getByRole('link', { name: 'Xuất dữ liệu cá nhân (JSON)' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);

    // Erasure is asked again, then the page shows what is left.
    await section.getByRole('button', { name: 'Xóa hồ sơ' }).click();
    const confirm = section.getByRole('group', { name: 'Xóa hồ sơ' });
    await confirm.getByText('Không hoàn tác được.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await page.getByRole('heading', { level: 2, name: '(đã xóa)' }).waitFor();
    await page.getByText('Hồ sơ đã được xóa', { exact: true }).waitFor();
    await page.getByText('Rút khỏi nguồn').first().waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
  });

  it('a withdrawal too recent to erase is refused in the server’s words, naming the first day', async () => {
    const page = await suite.newPage();
    await signIn(page, suite, 'vanphong');
    await page.goto(suite.url('/admin/candidates'));
    await page.getByRole('button', { name: 'Thêm quần chúng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm quần chúng' });
    await dialog.getByLabel('Chi bộ').selectOption({ label: 'Chi bộ thôn Nam' });
    await dialog.getByLabel('Họ và tên').fill('Mai Văn Mới');
    await dialog.getByLabel('Giới tính').selectOption('M');
    await dialog.getByLabel('Ngày sinh').fill('10/10/1995');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mai Văn Mới' }).waitFor();
    await recordStep(page, 'Rút khỏi nguồn');
    const section = page.getByRole('region', { name: 'Dữ liệu cá nhân' });
    await section.getByRole('button', { name: 'Xóa hồ sơ' }).click();
    await section.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await section
      .getByRole('alert')
      .getByText('hồ sơ được xóa từ ngày 26/11/2031', { exact: false })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mai Văn Mới' }).waitFor();
  });
});
