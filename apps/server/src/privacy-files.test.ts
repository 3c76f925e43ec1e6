import { appendCandidateEvent, insertCandidate, writeCandidateSensitive } from '@ketnap/db';
import type { PersonalDataExport } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, startApiServer } from '../test/api-server.js';
import { signInDemo } from '../test/demo-sign-in.js';
import type { RunningServer } from './server.js';

const TODAY = '2026-11-26';
/** A name that is also markup: the page must show it, never run it. */
const NAME = `<script>alert("x")</script> Lò Thị Ánh & 'Bé'`;

describe('the personal data export over real HTTP: who may download it, how it is served, how the page escapes', () => {
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  const get = (path: string, who?: string, method = 'GET') =>
    fetch(`${server.url}${path}`, { method, headers: who ? { cookie: cookies[who] ?? '' } : {} });
  const errorOf = async (res: Response) => ({
    status: res.status,
    ...((await res.json()) as { error: { code: string; message: string } }).error,
  });
  const exports = () => auditCount(server.handle.db, 'privacy.export');
  const path = (format: 'json' | 'html', id = 'qc-html-test') =>
    `/api/admin/privacy/export.${format}?candidateId=${id}`;

  beforeAll(async () => {
    server = await startApiServer(TODAY);
    const db = server.handle.db;
    await db.transaction().execute(async (trx) => {
      for (const [id, stage] of [
        ['qc-html-test', 'pool'],
        ['qc-old-rejected', 'rejected'],
      ] as const)
        await insertCandidate(trx, {
          id,
          cell_id: 'cb-thon-nam',
          full_name: NAME,
          gender: 'F',
          birth_date: '1993-08-17',
          entered_pool_on: '2015-01-05',
          version: 1,
          profile: JSON.stringify({ residence: 'Thôn "Nam" <b>' }),
          stage,
          stage_since: '2015-01-05',
        });
      await appendCandidateEvent(trx, {
        id: 'ev-html-test',
        candidateId: 'qc-html-test',
        kind: 'entered-pool',
        occurredOn: '2015-01-05',
        recordedAt: '2015-01-05T02:00:00.000Z',
      });
      await writeCandidateSensitive(
        trx,
        'qc-html-test',
        {
          ethnicity: 'Thái',
          family: [{ relation: 'Mẹ', fullName: '<img src=x onerror=alert(1)>', birthYear: 1960 }],
        },
        '2026-01-01T00:00:00.000Z',
      );
    });
    Object.assign(cookies, await signInDemo(server.url, ['vanphong', 'tinh', 'bithu.thonnam']));
  });
  afterAll(async () => server?.close());

  it('an anonymous caller is 401; a viewer and the cell secretary are 403; nothing is exported', async () => {
    const before = await exports();
    for (const format of ['json', 'html'] as const) {
      expect(await errorOf(await get(path(format)))).toMatchObject({ status: 401, code: 'AUTH.REQUIRED' });
      expect(await errorOf(await get(path(format), 'tinh'))).toMatchObject({
        status: 403,
        code: 'ACCESS.DENIED',
      });
      expect((await get(path(format), 'bithu.thonnam')).status).toBe(403);
    }
    expect(await exports()).toBe(before);
  });

  it('the JSON is a download, never cached, holding the person’s data as stored; each download is audited', async () => {
    const before = await exports();
    const res = await get(path('json'), 'vanphong');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="du-lieu-ca-nhan-qc-html-test.json"',
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    const doc = (await res.json()) as PersonalDataExport;
    expect(doc.subject.fullName).toBe(NAME);
    expect(doc.sensitive.map((f) => f.key)).toEqual(['ethnicity', 'family']);
    expect(await exports()).toBe(before + 1);
  });

  it('the HTML page is a self-contained Vietnamese download that escapes every text (a name like <script>)', async () => {
    const before = await exports();
    const res = await get(path('html'), 'vanphong');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="du-lieu-ca-nhan-qc-html-test.html"',
    );
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Lò Thị Ánh &amp; &#39;Bé&#39;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Thôn &quot;Nam&quot; &lt;b&gt;');
    // Only the page's own markup: no script, no image, no resource from anywhere.
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed|base)\b|\s(src|href)="|url\(|@import/i);
    // Labels of the field catalogue and the steps; dates dd/MM/yyyy.
    for (const words of ['Dân tộc', 'Hoàn cảnh gia đình', 'Nơi cư trú', 'Đưa vào nguồn phát triển'])
      expect(html).toContain(words);
    expect(html).toContain('17/08/1993');
    expect(html).toContain('05/01/2015 09:00');
    expect(html).not.toContain('1993-08-17');
    expect(await exports()).toBe(before + 1);
  });

  it('a HEAD is refused (it would audit an export without giving one); bad or unknown ids answer 400 and 404', async () => {
    expect((await get(path('html'), 'vanphong', 'HEAD')).status).toBe(405);
    expect(await errorOf(await get('/api/admin/privacy/export.json', 'vanphong'))).toMatchObject({
      status: 400,
    });
    expect(await errorOf(await get(path('json', 'qc-nobody'), 'vanphong'))).toMatchObject({
      status: 404,
      code: 'ACCESS.NOT_FOUND',
    });
  });

  it('an erased dossier is erased over tRPC by the office, then its export is refused in Vietnamese', async () => {
    const erase = await fetch(`${server.url}/trpc/privacy.erase`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie: cookies.vanphong ?? '' },
      body: JSON.stringify({ candidateId: 'qc-old-rejected', version: 1 }),
    });
    expect(erase.status).toBe(200);
    const refused = await errorOf(await get(path('html', 'qc-old-rejected'), 'vanphong'));
    expect(refused).toMatchObject({ status: 409, code: 'PRIVACY.ERASED' });
    expect(refused.message).toContain('không còn dữ liệu cá nhân nào để xuất');
  });
});
