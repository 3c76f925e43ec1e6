import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { describeInBrowser, signIn } from './browser.js';

/** Issue 12 item 12: tables wider than a phone scroll in a box a keyboard reaches; status titles at AA contrast. */
describeInBrowser('scrolling tables and status colours, in Chromium', (suite) => {
  it("on a phone the dashboard's cell table, wider than the screen, is reached by Tab and scrolled by the arrow keys", async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, suite, 'vanphong');
    // The table's scrolling box (a region named like the table, inside the section of the same name).
    const region = page
      .locator('[role="region"]', { has: page.getByRole('table', { name: 'Các chi bộ' }) })
      .last();
    await region.waitFor();
    expect(await region.getAttribute('aria-label')).toBe('Các chi bộ');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // Tab from the search field just before it reaches the table's box.
    await page.getByLabel('Tìm chi bộ…').focus();
    await page.keyboard.press('Tab');
    expect(await region.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (el) => (el as { scrollLeft: number }).scrollLeft > 0,
      await region.elementHandle(),
    );
  });

  it('the Targets screen\'s "Cảnh báo" title is at AA contrast (it was 3.1:1 green on a green tint)', async () => {
    const page = await suite.newPage();
    await signIn(page, suite, 'vanphong', '/admin/targets');
    const title = page.getByRole('status').getByText('Cảnh báo', { exact: true });
    await title.waitFor();
    // Browser code, typed by hand: this package is typed for Node, without the DOM library.
    const color = await title.evaluate(
      (el) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el)
          .color,
    );
    expect(color).toBe('rgb(27, 94, 32)');
    expect((await seriousAxeViolations(page)).filter((v) => v.id === 'color-contrast')).toEqual([]);
  });
});
