import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn } from './browser.js';

const LAPTOP = { width: 1366, height: 768 };

/** The top of an element, in viewport pixels. */
const top = (el: Locator) => el.evaluate((e) => e.getBoundingClientRect().top);

/** Issue 12 item 10: the members page a page at a time under a sticky header; the pipeline board within the screen. */
describeInBrowser('long lists in Chromium at 1366×768', (suite) => {
  it('the members page shows 50 of the 276 members a page, under headings that stay in sight, and searches on the server', async () => {
    const page = await suite.newPage();
    await page.setViewportSize(LAPTOP);
    await signIn(page, suite, 'vanphong', '/admin/members');
    await page.getByText('Hiển thị 1–50 / 276 đảng viên').waitFor();
    const table = page.getByRole('table', { name: 'Đảng viên' });
    expect(await table.locator('tbody tr').count()).toBe(50);
    // One screen and a bit, not 10,000 px: the rows scroll in their box.
    expect(Number(await page.evaluate('document.scrollingElement.scrollHeight'))).toBeLessThan(
      2 * LAPTOP.height,
    );

    const box = page.locator('[role="region"]', { has: table }).last();
    const heading = table.getByRole('columnheader', { name: 'Họ và tên' });
    await box.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    expect(Math.abs((await top(heading)) - (await top(box)))).toBeLessThanOrEqual(1);

    // The pager's arrows have names (Mantine's are bare icons).
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByText('Hiển thị 51–100 / 276 đảng viên').waitFor();
    await page.getByRole('button', { name: '6', exact: true }).click();
    await page.getByText('Hiển thị 251–276 / 276 đảng viên').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(26);

    await page.getByLabel('Tìm theo tên').fill('nguyen');
    await page.getByText(/^Hiển thị 1–\d+ \/ \d+ đảng viên khớp \(trong 276 đảng viên\)$/).waitFor();
    const names = await table.locator('tbody th').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes('Nguyễn'))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the pipeline board fits the screen: its sideways scrollbar in sight, every column reachable, titles sticky', async () => {
    const page = await suite.newPage();
    await page.setViewportSize(LAPTOP);
    await signIn(page, suite, 'vanphong', '/admin/candidates');
    const board = page.getByRole('region', { name: 'Quần chúng theo giai đoạn' });
    await board.getByRole('link').first().waitFor();
    await board.scrollIntoViewIfNeeded();
    await board.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const geometry = await board.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      bottom: el.getBoundingClientRect().bottom,
      sideways: el.scrollWidth > el.clientWidth,
      down: el.scrollHeight > el.clientHeight,
    }));
    // The whole box, and so its scrollbar, is on the screen below the 64 px header.
    expect(geometry.sideways).toBe(true);
    expect(geometry.bottom).toBeLessThanOrEqual(LAPTOP.height);
    expect(geometry.top).toBeGreaterThanOrEqual(64);

    // The keyboard scrolls it.
    await board.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (el) => (el as { scrollLeft: number }).scrollLeft > 0,
      await board.elementHandle(),
    );
    await board.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const columns = board.locator('section');
    const [boxRight, lastRight] = await Promise.all([
      board.evaluate((el) => el.getBoundingClientRect().right),
      columns.last().evaluate((el) => el.getBoundingClientRect().right),
    ]);
    expect(lastRight).toBeLessThanOrEqual(boxRight + 1);

    // The longest column scrolls inside the box, under its title.
    expect(geometry.down).toBe(true);
    const heights = await columns.evaluateAll((all) => all.map((el) => el.getBoundingClientRect().height));
    const longest = columns.nth(heights.indexOf(Math.max(...heights)));
    await longest.evaluate((el) => {
      // The column's parent is the row of columns; its parent, the box.
      const scroller = el.parentElement?.parentElement;
      if (!scroller) throw new Error('no board box');
      scroller.scrollLeft = (el as unknown as { offsetLeft: number }).offsetLeft;
      scroller.scrollTop = 150;
    });
    const title = longest.getByRole('heading', { level: 3 });
    expect(Math.abs((await top(title)) - (await top(board)))).toBeLessThanOrEqual(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
