import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { describe, expect, it } from 'vitest';
import { startServer } from './server.js';

const TODAY = '2026-11-26';

describe('the demo switched off (KETNAP_DEMO=0) on a database that holds the demo accounts', () => {
  it("a demo account signs in but must change its password: the api's checks refuse everything else over HTTP", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-demo-off-'));
    const common = {
      port: 0,
      db: join(dir, 'ketnap.sqlite'),
      today: () => TODAY,
      staticDirs: { board: dir, admin: dir },
    };
    await (await startServer({ ...common, demo: true })).close();
    const server = await startServer({ ...common, demo: false });
    try {
      const login = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ username: 'vanphong', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = (await (await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } })).json()) as {
        result: { data: unknown };
      };
      expect(me.result.data).toMatchObject({ username: 'vanphong', mustChangePassword: true, demo: true });
      const communes = await fetch(`${server.url}/trpc/org.communes`, { headers: { cookie } });
      expect(communes.status).toBe(403);
      expect(((await communes.json()) as { error: { message: string } }).error.message).toBe(
        'Bạn cần đổi mật khẩu trước khi tiếp tục.',
      );
      // The Excel routes ask the same access check.
      const file = await fetch(`${server.url}/api/admin/reports/results.xlsx?commune=yen-binh&year=2023`, {
        headers: { cookie },
      });
      expect(file.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});
