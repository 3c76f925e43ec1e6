import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemo } from '../test/demo-sign-in.js';
import { openOverdueVerification, RELATIVE } from '../test/overdue-verification.js';
import { type RunningServer, startServer } from './server.js';

const TODAY = '2026-11-26';

describe('the calendar feed over real HTTP: a secret address per account, its own unit only, revocable', () => {
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  const trpc = (path: string, who: string) =>
    fetch(`${server.url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie: cookies[who] ?? '' },
      body: '{}',
    });
  const createFeed = async (who: string) =>
    ((await (await trpc('reminders.createFeed', who)).json()) as { result: { data: { path: string } } })
      .result.data.path;
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  let candidateName = '';

  beforeAll(async () => {
    server = await startServer({ port: 0, db: ':memory:', today: () => TODAY, demo: true });
    candidateName = await openOverdueVerification(server.handle.db, 'vr-feed-test');
    Object.assign(cookies, await signInDemo(server.url, ['bithu.thonnam', 'bithu.thondong', 'tinh']));
  });
  afterAll(async () => server?.close());

  it('the secretary’s feed parses as iCalendar, holds the V-07 reminder and only the own cell’s candidates', async () => {
    const path = await createFeed('bithu.thonnam');
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const text = await res.text();
    const all = events(text);
    const reminder = all.find((e) => e.uid === 'vr-feed-test-V-07@ketnap');
    expect(reminder?.summary).toBe(`${candidateName} — Trả lời thẩm tra lý lịch (quá hạn)`);
    expect(reminder?.startDate.toString()).toBe('2026-11-23');
    // No relative, no organisation asked: the candidate's name and the step only.
    expect(text).not.toContain(RELATIVE);
    expect(text).not.toContain('Bí Mật');
    const ownNames = new Set(
      (
        await server.handle.db
          .selectFrom('candidate')
          .select('full_name')
          .where('cell_id', '=', 'cb-thon-nam')
          .execute()
      ).map((r) => r.full_name),
    );
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(ownNames.has(e.summary.split(' — ')[0] ?? '')).toBe(true);
  });

  it('another cell’s secretary does not see it; a viewer acts on nothing and gets an empty calendar', async () => {
    const other = await (await fetch(`${server.url}${await createFeed('bithu.thondong')}`)).text();
    expect(events(other).some((e) => e.uid === 'vr-feed-test-V-07@ketnap')).toBe(false);
    const viewer = await fetch(`${server.url}${await createFeed('tinh')}`);
    expect(viewer.status).toBe(200);
    expect(events(await viewer.text())).toEqual([]);
  });

  it('a new address revokes the old; revoking ends it; an unknown or malformed token is a plain 404', async () => {
    const first = await createFeed('bithu.thonnam');
    const second = await createFeed('bithu.thonnam');
    expect((await fetch(`${server.url}${first}`)).status).toBe(404);
    expect((await fetch(`${server.url}${second}`)).status).toBe(200);
    expect((await trpc('reminders.revokeFeed', 'bithu.thonnam')).status).toBe(200);
    expect((await fetch(`${server.url}${second}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/calendar/x.ics`)).status).toBe(404);
    // Only the token's hash is stored.
    const stored = await server.handle.db.selectFrom('calendar_feed').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash).some((h) => second.includes(h))).toBe(false);
  });
});
