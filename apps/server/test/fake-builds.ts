import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Tiny stand-in builds of the two apps (an index.html and one hashed asset each), so a test exercises the static
 * serving without depending on the apps' real build.
 */
export function fakeBuilds(): { board: string; admin: string } {
  const root = mkdtempSync(join(tmpdir(), 'ketnap-static-'));
  for (const app of ['board', 'admin']) {
    mkdirSync(join(root, app, 'assets'), { recursive: true });
    writeFileSync(join(root, app, 'index.html'), `<!doctype html><title>${app}</title>`);
    writeFileSync(join(root, app, 'assets', 'app-abc123.js'), `console.log('${app}')`);
  }
  return { board: join(root, 'board'), admin: join(root, 'admin') };
}
