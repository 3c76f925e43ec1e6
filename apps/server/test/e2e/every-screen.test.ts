import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe.js';
import { type BrowserSuite, describeInBrowser, signIn } from './browser.js';

/** A phone (the commune secretary's) and the office's laptop. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

/** One demo account per kind of person who signs in, with the role routes.tsx names. */
const PEOPLE = [
  { username: 'vanphong', role: 'commune-admin' },
  { username: 'bithu.thondong', role: 'cell-secretary' },
] as const;

/** Set KETNAP_SCREENSHOTS=<dir> to keep a PNG of every screen at every size, to look at. */
const SCREENSHOTS = process.env.KETNAP_SCREENSHOTS;

interface ConsoleRoute {
  path: string;
  roles: string[];
}

/**
 * The console's routes as apps/admin/src/app/routes.tsx lists them, read from its source (the server's tests cannot
 * import the React app): a screen added there is visited here without anyone remembering to add it.
 */
function consoleRoutes(): ConsoleRoute[] {
  const source = readFileSync(
    fileURLToPath(new URL('../../../admin/src/app/routes.tsx', import.meta.url)),
    'utf8',
  );
  const named = new Map<string, string[]>();
  for (const [, name = '', list = ''] of source.matchAll(/const (\w+): readonly Role\[\] = \[([^\]]*)\]/g))
    named.set(name, roleList(list));
  const table = source.slice(source.indexOf('export const routes'));
  return [...table.matchAll(/path: '([^']+)',[\s\S]*?roles: (\w+|\[[^\]]*\])/g)].map(
    ([, path = '', roles = '']) => {
      const found = roles.startsWith('[') ? roleList(roles.slice(1, -1)) : named.get(roles);
      if (!found)
        throw new Error(`routes.tsx: the roles of ${path} (${roles}) are not a list this test can read`);
      return { path, roles: found };
    },
  );
}

function roleList(list: string): string[] {
  return [...list.matchAll(/'([^']+)'/g)].map(([, role = '']) => role);
}

/** What a screen must be at any size: axe clean, no sideways page scroll, the header's title on one line. */
async function layoutProblems(page: Page): Promise<unknown[]> {
  const problems: unknown[] = [...(await seriousAxeViolations(page))];
  const fits = await page.evaluate(`(() => {
    const page = document.scrollingElement;
    const title = document.querySelector('header h1');
    const header = document.querySelector('header');
    const lineHeight = title ? parseFloat(getComputedStyle(title).lineHeight) : 0;
    return {
      pageWidth: page.scrollWidth,
      viewport: innerWidth,
      titleHeight: title ? title.getBoundingClientRect().height : null,
      lineHeight,
      headerOverflows: header ? header.scrollHeight > header.clientHeight + 1 || header.scrollWidth > header.clientWidth + 1 : true,
      // What sticks out on the right, to name in the failure: the innermost elements past the viewport's edge.
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > innerWidth + 1))
        .slice(0, 5)
        .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/s+/).join('.') : '') + ' ' + (el.textContent || '').trim().slice(0, 40)),
    };
  })()`);
  const { pageWidth, viewport, titleHeight, lineHeight, headerOverflows, wide } = fits as {
    pageWidth: number;
    viewport: number;
    titleHeight: number | null;
    lineHeight: number;
    headerOverflows: boolean;
    wide: string[];
  };
  if (pageWidth > viewport)
    problems.push(`the page scrolls sideways: ${pageWidth} px wide in ${viewport} px`, ...wide);
  if (titleHeight === null) problems.push('no <h1> in the header');
  else if (titleHeight > lineHeight * 1.5) problems.push(`the header's title wraps: ${titleHeight} px high`);
  if (headerOverflows) problems.push('the header overflows its bar');
  return problems;
}

/** Waits for a screen to settle: its data loaded (no request for half a second) and no loader left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
}

/** A candidate the person may open, for the `/candidates/:id` pattern: the first of their pipeline's table. */
async function someCandidatePath(page: Page, suite: BrowserSuite): Promise<string> {
  await page.goto(suite.url('/admin/candidates?view=table'));
  const link = page.locator('main a[href*="/candidates/"]').first();
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  return href.slice(href.indexOf('/candidates/'));
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describeInBrowser('every console screen on a phone and a laptop', (suite) => {
  const routes = consoleRoutes();

  it('reads the route list from routes.tsx', () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/', '/candidates', '/candidates/:id']),
    );
    for (const { username, role } of PEOPLE)
      expect(
        routes.some((r) => r.roles.includes(role)),
        `${username} opens a screen`,
      ).toBe(true);
  });

  for (const viewport of VIEWPORTS) {
    it(`the sign-in page at ${viewport.width} px: axe clean, VI/EN readable, nothing sideways`, async () => {
      const page = await suite.newPage();
      await page.setViewportSize(viewport);
      await page.goto(suite.url('/admin/'));
      await page.getByRole('heading', { level: 2, name: 'Đăng nhập' }).waitFor();
      await shoot(page, `login-${viewport.width}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      for (const name of [/^VI/, /^EN/]) {
        const box = await page.getByRole('button', { name }).boundingBox();
        expect(box?.width, `${name} is a button, not a sliver`).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate('document.scrollingElement.scrollWidth')).toBeLessThanOrEqual(
        viewport.width,
      );
    });

    for (const { username, role } of PEOPLE) {
      it(`${username} (${role}) at ${viewport.width} px: every screen axe clean, no sideways scroll, header on one line`, async () => {
        const page = await suite.newPage();
        await page.setViewportSize(viewport);
        await signIn(page, suite, username);
        const candidate = await someCandidatePath(page, suite);
        const problems: Record<string, unknown[]> = {};
        for (const route of routes.filter((r) => r.roles.includes(role))) {
          const path = route.path.replace('/candidates/:id', candidate);
          await page.goto(suite.url(`/admin${path}`));
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          await settled(page);
          await shoot(page, `${username}-${viewport.width}${path.replaceAll('/', '_')}`);
          const found = await layoutProblems(page);
          if (found.length > 0) problems[path] = found;
        }
        expect(problems).toEqual({});
      });
    }
  }
});
