import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { INITIAL_JS_BUDGET } from '@ketnap/admin/initial-js';
import { ERROR_STATUS } from '@ketnap/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BUILDS } from './builds.js';

/** The board is opened on phones over village mobile data: its JavaScript has a budget. */
const BOARD_JS_BUDGET = 120 * 1024;

/** The text of every JavaScript file an app ships. */
function jsOf(dir: string): string[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'));
}

function gzippedSize(files: string[]): number {
  return files.reduce((total, code) => total + gzipSync(code).length, 0);
}

/**
 * The JavaScript a first visit of an app downloads: the module scripts and module preloads its index.html names
 * (Vite lists every chunk the entry imports statically as a preload). Lazily loaded screens are not among them.
 */
function initialJsOf(dir: string): { files: string[]; code: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ]
    .map((m) => (m[1] ?? '').replace(/^.*\/assets\//, ''))
    .filter((file) => file !== '');
  return { files, code: files.map((file) => readFileSync(join(dir, 'assets', file), 'utf8')) };
}

describe('the built apps', () => {
  beforeAll(assertBuilt);

  it('the board ships at most 120 KB of gzipped JavaScript', () => {
    expect(gzippedSize(jsOf(BUILDS.board))).toBeLessThanOrEqual(BOARD_JS_BUDGET);
  });

  it('the admin console loads at most 250 KB of gzipped JavaScript before its first screen; other screens load later', () => {
    const initial = initialJsOf(BUILDS.admin);
    expect(initial.files.length).toBeGreaterThan(0);
    const size = gzippedSize(initial.code);
    console.info(`admin initial JS: ${(size / 1024).toFixed(1)} KB gzip in ${initial.files.length} file(s)`);
    expect(size).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    // Lazily loaded screens exist and are not part of the first download.
    const lazy = jsOf(BUILDS.admin).length - initial.files.length;
    expect(lazy).toBeGreaterThan(0);
  });

  it('the admin bundle holds no server code (the router is imported as a type only)', () => {
    // The API's error table is a marker that survives minification: it comes along with any value import of
    // @ketnap/api (tried: importing `adminRouter` puts it in), and the console has no use for it.
    const code = jsOf(BUILDS.admin).join('\n');
    for (const errorCode of Object.keys(ERROR_STATUS)) expect(code).not.toContain(errorCode);
  });
});
