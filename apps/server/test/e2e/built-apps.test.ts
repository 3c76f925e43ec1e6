import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

describe('the built apps', () => {
  beforeAll(assertBuilt);

  it('the board ships at most 120 KB of gzipped JavaScript', () => {
    expect(gzippedSize(jsOf(BUILDS.board))).toBeLessThanOrEqual(BOARD_JS_BUDGET);
  });

  it('the admin bundle holds no server code (the router is imported as a type only)', () => {
    // The API's error table is a marker that survives minification: it comes along with any value import of
    // @ketnap/api (tried: importing `adminRouter` puts it in), and the console has no use for it.
    const code = jsOf(BUILDS.admin).join('\n');
    for (const errorCode of Object.keys(ERROR_STATUS)) expect(code).not.toContain(errorCode);
  });
});
