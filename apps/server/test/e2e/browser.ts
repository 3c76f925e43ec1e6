import { existsSync } from 'node:fs';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { TEST_TIMEOUT_MS } from '../../../../scripts/test-timeouts.mjs';
import { type RunningServer, startServer } from '../../src/server.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.js';
import { serverDatabase } from '../server-database.js';
import { assertBuilt, BOARD_RENDERER, BUILDS } from './builds.js';

/** The demo data depends on "today": a fixed one keeps every run the same. */
const TODAY = '2026-11-26';

/** What a browser suite gets: absolute URLs on the in-process server, and fresh pages. */
export interface BrowserSuite {
  url(path: string): string;
  /** A page in a new browser context (its own storage), closed after the test; `javaScript: false` runs no script. */
  newPage(options?: { javaScript?: boolean }): Promise<Page>;
}

/**
 * `describe` for tests in a real Chromium against the real server, started in-process on the demo data with the
 * built apps: on an in-memory SQLite, and with `{ engines: 'both' }` once more on a fresh PostgreSQL database (the
 * suite's name says which; PostgreSQL missing fails in CI and is skipped loudly elsewhere, as for every database
 * suite). Without Chromium the suite fails in CI (or with KETNAP_REQUIRE_ALL) and is skipped loudly elsewhere, so a
 * missing browser can never pass silently where it matters.
 */
export function describeInBrowser(
  name: string,
  body: (suite: BrowserSuite) => void,
  options: { engines?: 'sqlite' | 'both' } = {},
): void {
  if (options.engines !== 'both') {
    describeOnEngine(name, 'sqlite', body);
    return;
  }
  for (const dialect of testDialects())
    if (dialect.available) describeOnEngine(`${name} (${dialect.name})`, dialect.name, body);
    else describe.skip(`${name} (${dialect.name})`, () => body(unreachable));
}

function describeOnEngine(
  name: string,
  engine: 'sqlite' | 'postgres',
  body: (suite: BrowserSuite) => void,
): void {
  if (!existsSync(CHROMIUM)) {
    const help = `Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\`, or point KETNAP_CHROMIUM at a Chromium binary.`;
    if (process.env.CI || process.env.KETNAP_REQUIRE_ALL) {
      describe(name, () => {
        it('has a Chromium to run in', () => {
          throw new Error(help);
        });
      });
    } else {
      console.warn(`\n${'!'.repeat(100)}\nSKIPPED browser tests "${name}": ${help}\n${'!'.repeat(100)}\n`);
      describe.skip(name, () => body(unreachable));
    }
    return;
  }
  describe(name, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    const pages: Page[] = [];

    beforeAll(async () => {
      assertBuilt();
      server = await startServer({
        port: 0,
        ...(await serverDatabase(engine)),
        demo: true,
        today: () => TODAY,
        staticDirs: BUILDS,
        boardRenderer: BOARD_RENDERER,
      });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        timeout: TEST_TIMEOUT_MS,
      });
    });

    afterEach(async () => {
      await Promise.all(pages.splice(0).map((page) => page.context().close()));
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    body({
      url: (path) => {
        if (!server) throw new Error('the server did not start');
        return `${server.url}${path}`;
      },
      newPage: async (options = {}) => {
        if (!browser) throw new Error('Chromium did not start');
        const context = await browser.newContext({
          locale: 'vi-VN',
          viewport: { width: 1024, height: 800 },
          javaScriptEnabled: options.javaScript ?? true,
        });
        // Playwright's own 30 s wait would fail a click on a machine that others keep busy: one hang guard for all.
        context.setDefaultTimeout(TEST_TIMEOUT_MS);
        const page = await context.newPage();
        pages.push(page);
        return page;
      },
    });
  });
}

/** Stands in for the suite when it is skipped: vitest still collects the tests, but never runs them. */
const unreachable: BrowserSuite = {
  url: () => {
    throw new Error('skipped suite');
  },
  newPage: () => Promise.reject(new Error('skipped suite')),
};

/** Opens the admin console and signs in as a demo account; resolves once the console's frame is shown. */
export async function signIn(
  page: Page,
  suite: BrowserSuite,
  username: string,
  path = '/admin/',
): Promise<void> {
  await page.goto(suite.url(path));
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Opens a candidate of the pipeline table by name (searched without diacritics) and returns its address. */
export async function openCandidate(
  page: Page,
  suite: BrowserSuite,
  name: string,
  search: string,
): Promise<string> {
  await page.goto(suite.url(`/admin/candidates?view=table&q=${encodeURIComponent(search)}`));
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
  return new URL(page.url()).pathname;
}

/**
 * The cells of each body row of `table`, as the reader sees them. It relies on `innerText`, which the HTML spec
 * defines to separate a row's cells with tabs, and which leaves out text that CSS hides.
 */
export async function tableRows(page: Page, tableName: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: tableName }).locator('tbody tr');
  // The table appears with its data; waiting for a first row keeps a slow render from reading as an empty table.
  await rows.first().waitFor();
  return (await rows.allInnerTexts()).map((row) => row.split('\t').map((cell) => cell.trim()));
}

/**
 * Records one step through the candidate page's form: chooses it, fills the labelled fields (a select takes the
 * option's index when given a number), dates it `on` (dd/MM/yyyy; the demo's today by default), submits, and waits
 * for the confirmation.
 */
export async function recordStep(
  page: Page,
  step: string,
  fields: Record<string, string | number> = {},
  on = '26/11/2026',
): Promise<void> {
  await page.getByLabel('Chọn bước cần ghi').selectOption({ label: step });
  const form = page.getByRole('form', { name: step });
  await form.getByLabel('Ngày diễn ra').fill(on);
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label, { exact: true });
    if (typeof value === 'number') await field.selectOption({ index: value });
    else if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await form.getByRole('button', { name: 'Ghi bước này' }).click();
  // Recorded: the form closes and a confirmation names the step.
  await form.waitFor({ state: 'detached' });
  await page.getByText(`Đã ghi: ${step}.`).first().waitFor();
}
