import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { docxText, pdfText } from '../paper-files.js';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn } from './browser.js';

/** The demo's first candidate (as the demo is generated for the suite's day) has an admission decision. */
const CANDIDATE = 'qc-00001';
const DECISION = 'Quyết định kết nạp đảng viên';

describeInBrowser('the papers on the candidate page, in Chromium', (suite) => {
  it('at 1366 px the office downloads the admission decision as PDF and as Word, filled from the dossier', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, suite, 'vanphong');
    await page.goto(suite.url(`/admin/candidates/${CANDIDATE}`));
    const name = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    const section = page.getByRole('region', { name: 'Giấy tờ' });
    const pdf = section.getByRole('link', { name: `Tải PDF: ${DECISION}` });
    await pdf.waitFor();
    expect(await pdf.getAttribute('href')).toBe(
      `/api/admin/papers/admission-decision?candidate=${CANDIDATE}&format=pdf`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
    expect(download.suggestedFilename()).toBe(`admission-decision-${CANDIDATE}.pdf`);
    const text = pdfText(readFileSync((await download.path()) ?? '')).replace(/\s+/g, ' ');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toMatch(/Số \d+-QĐ\/ĐU/);
    expect(name.length).toBeGreaterThan(0);
    expect(text).toContain(name.trim().split(' ').at(-1) ?? '');
    const word = section.getByRole('link', { name: `Tải Word: ${DECISION}` });
    const [docx] = await Promise.all([page.waitForEvent('download'), word.click()]);
    expect(docx.suggestedFilename()).toBe(`admission-decision-${CANDIDATE}.docx`);
    expect(docxText(readFileSync((await docx.path()) ?? ''))).toContain('Kết nạp đảng viên');
    // The hand-written papers are listed with their receipt, never offered for download.
    await section.getByText('Đơn xin vào Đảng: Đã nhận').waitFor();
    expect(await section.getByRole('link', { name: /Đơn xin vào Đảng/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('at 390 px the papers fit the phone and stay accessible', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, suite, 'vanphong');
    await page.goto(suite.url(`/admin/candidates/${CANDIDATE}`));
    await page
      .getByRole('region', { name: 'Giấy tờ' })
      .getByRole('link', { name: `Tải PDF: ${DECISION}` })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(390);
  });
});
