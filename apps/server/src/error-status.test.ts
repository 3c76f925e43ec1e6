import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_STATUS } from '@ketnap/api';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** The shell's source files (tests left out), each with its text. */
function shellSources(dir = SRC): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shellSources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ file: path.slice(SRC.length), text: readFileSync(path, 'utf8') }];
  });
}

describe('the shell takes every error status from the one table (ERROR_STATUS)', () => {
  it('every code the shell answers with sendError is in ERROR_STATUS', () => {
    const codes = shellSources().flatMap(({ file, text }) =>
      [...text.matchAll(/sendError\(\s*res,\s*'([^']+)'/g)].map((m) => ({ file, code: m[1] ?? '' })),
    );
    expect(codes.length).toBeGreaterThan(10);
    for (const { file, code } of codes) expect(Object.keys(ERROR_STATUS), `${file}: ${code}`).toContain(code);
  });

  it('no route writes an error status of its own: no literal 4xx/5xx beside a code', () => {
    for (const { file, text } of shellSources()) {
      expect(text, file).not.toMatch(/sendError\(\s*res,\s*\d/);
      expect(text, file).not.toMatch(/sendJson\(\s*res,\s*[45]\d\d/);
      expect(text, file).not.toMatch(/writeHead\(\s*[45]\d\d/);
    }
  });
});
