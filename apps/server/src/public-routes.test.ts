import { testDialects } from '@ketnap/db/testing';
import type { PublicBoard, PublicCommunes } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { serverDatabase } from '../test/server-database.js';
import { type RunningServer, startServer } from './server.js';

/** A day in December, when next year's plan may already exist but the board must stay on this one. */
const TODAY = '2026-12-04';

async function get<T>(server: RunningServer, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`the public board's day on ${dialect.name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({
        port: 0,
        ...(await serverDatabase(dialect.name)),
        today: () => TODAY,
        staticDirs: fakeBuilds(),
      });
    });
    afterAll(async () => server?.close());

    it('accepts asOf as dd/MM/yyyy (30/06/2023), the same board as 2023-06-30', async () => {
      const iso = await get<PublicBoard>(server, '/api/public/board/yen-binh/2023?asOf=2023-06-30');
      const vi = await get<PublicBoard>(server, '/api/public/board/yen-binh/2023?asOf=30/06/2023');
      expect(vi.status).toBe(200);
      expect(vi.body).toEqual(iso.body);
      expect(vi.body).toMatchObject({ asOf: '2023-06-30', commune: { admitted: 5, members: 267 } });
      // The calibrated forecast, those admitted included: about 7, never 37.
      expect(vi.body.forecast?.expected).toBeLessThanOrEqual(9);
    });

    it('refuses a day that does not exist or is written another way, in Vietnamese, instead of ignoring it', async () => {
      for (const asOf of ['31/02/2023', '30-06-2023', '06/30/2023', 'hôm nay']) {
        const res = await get<{ error: { code: string; message: string } }>(
          server,
          `/api/public/board/yen-binh/2023?asOf=${encodeURIComponent(asOf)}`,
        );
        expect(res.status, asOf).toBe(400);
        expect(res.body.error.code).toBe('REQUEST.INVALID');
        expect(res.body.error.message).toContain('dd/MM/yyyy');
      }
    });

    it('a past year without asOf is counted to its 31/12: that day’s members beside that year’s admissions', async () => {
      const past = await get<PublicBoard>(server, '/api/public/board/yen-binh/2023');
      const end = await get<PublicBoard>(server, '/api/public/board/yen-binh/2023?asOf=31/12/2023');
      expect(past.body.asOf).toBe('2023-12-31');
      expect(past.body.commune).toEqual(end.body.commune);
      expect(past.body.commune.admitted).toBe(8);
      // The current year is counted to today.
      expect((await get<PublicBoard>(server, '/api/public/board/yen-binh/2026')).body.asOf).toBe(TODAY);
    });

    it("lists the communes with the server's today, which the board opens its year on", async () => {
      const { body } = await get<PublicCommunes>(server, '/api/public/communes');
      expect(body.today).toBe(TODAY);
      expect(body.communes[0]?.years).toContain(2026);
    });
  });
}
