import { rebuildBoardSnapshot } from '@ketnap/db';
import { testDialects } from '@ketnap/db/testing';
import type { PublicBoard } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { serverDatabase } from '../test/server-database.js';
import { BoardCache } from './board-cache.js';
import { vietnamDayClock } from './clock.js';
import { type RunningServer, startServer } from './server.js';

/** The board app's address: the current year, no day (today's board). */
const DEFAULT_URL = '/api/public/board/yen-binh/2026';
const BEFORE_MIDNIGHT = Date.parse('2026-11-26T23:59:59+07:00');
const MIDNIGHT = Date.parse('2026-11-27T00:00:00+07:00');

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`the board cache's default day on ${dialect.name}`, () => {
    let server: RunningServer;
    /** The instant the server's clock reads (Vietnam's day is derived from it), moved by the tests. */
    let instant = BEFORE_MIDNIGHT;
    beforeAll(async () => {
      server = await startServer({
        port: 0,
        ...(await serverDatabase(dialect.name)),
        today: vietnamDayClock(() => instant),
        staticDirs: fakeBuilds(),
      });
    });
    afterAll(async () => server?.close());
    /** A cache of its own over the server's database: Vietnam's day from `instant`, revalidation by `clock.ms`. */
    const ownCache = () => {
      const clock = { ms: 0 };
      const boards = new BoardCache(
        server.handle.db,
        {},
        vietnamDayClock(() => instant),
        () => clock.ms,
      );
      return { boards, clock };
    };

    it('the URL without a day is answered from memory for today in Vietnam, and switches at 00:00:00 (UTC+7)', async () => {
      instant = BEFORE_MIDNIGHT;
      const { boards, clock } = ownCache();
      expect(boards.peek(DEFAULT_URL)).toBeUndefined();
      const evening = await boards.get('yen-binh', 2026, '2026-11-26');
      boards.remember(DEFAULT_URL, null, 'yen-binh', 2026);
      expect(boards.peek(DEFAULT_URL)).toBe(evening);
      expect(JSON.parse(evening?.text ?? '{}').asOf).toBe('2026-11-26');
      // Past midnight the remembered URL names a day not built yet: the full route builds it once.
      instant = MIDNIGHT;
      expect(boards.peek(DEFAULT_URL)).toBeUndefined();
      const morning = await boards.get('yen-binh', 2026, '2026-11-27');
      expect(boards.peek(DEFAULT_URL)).toBe(morning);
      expect(JSON.parse(morning?.text ?? '{}').asOf).toBe('2026-11-27');
      // An explicit day is not moved by the clock.
      boards.remember('/api/public/board/yen-binh/2026?asOf=26/11/2026', '2026-11-26', 'yen-binh', 2026);
      expect(boards.peek('/api/public/board/yen-binh/2026?asOf=26/11/2026')).toBe(evening);
      // Once the revalidation is due, the hot path steps aside until the version has been checked again.
      clock.ms += 200;
      expect(boards.peek(DEFAULT_URL)).toBeUndefined();
    });

    it('a rebuilt snapshot (a recorded step, a new target) replaces the default day’s answer at the next check', async () => {
      instant = MIDNIGHT;
      const { boards, clock } = ownCache();
      const before = await boards.get('yen-binh', 2026, '2026-11-27');
      boards.remember(DEFAULT_URL, null, 'yen-binh', 2026);
      const at = '2026-11-26T17:00:01.000Z';
      await rebuildBoardSnapshot(server.handle.db, 'xa-yen-binh', 2026, { today: '2026-11-27', at });
      expect(boards.peek(DEFAULT_URL)).toBe(before);
      clock.ms += 200;
      expect(boards.peek(DEFAULT_URL)).toBeUndefined();
      const after = await boards.get('yen-binh', 2026, '2026-11-27');
      expect(after).not.toBe(before);
      expect(JSON.parse(after?.text ?? '{}').updatedAt).toBe(at);
      expect(boards.peek(DEFAULT_URL)).toBe(after);
    });

    it('over HTTP the same URL answers 26/11 at 23:59:59 and 27/11 at 00:00:00 Vietnam time', async () => {
      const asOf = async () =>
        ((await (await fetch(`${server.url}${DEFAULT_URL}`)).json()) as PublicBoard).asOf;
      instant = BEFORE_MIDNIGHT;
      expect(await asOf()).toBe('2026-11-26');
      expect(await asOf()).toBe('2026-11-26');
      instant = MIDNIGHT;
      expect(await asOf()).toBe('2026-11-27');
      expect(await asOf()).toBe('2026-11-27');
    });
  });
}
