import { insertOrgUnit } from '@ketnap/db';
import { checkMemberImport } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../test/api-server.js';
import { signInDemo } from '../../test/demo-sign-in.js';
import { zip } from '../../test/zip-fixture.js';
import { MAX_BODY_BYTES } from '../request-guards.js';
import type { RunningServer } from '../server.js';
import { readWorkbook, writeWorkbook, XLSX_TYPE } from './xlsx.js';
import { ZIP_LIMITS } from './zip-guard.js';

const TODAY = '2026-11-26';

describe('the Excel routes over real HTTP: export, import, and who may use them', () => {
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  const count = async (table: 'member' | 'audit_log') =>
    Number(
      (
        await server.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const get = (path: string, who?: string) =>
    fetch(`${server.url}${path}`, { headers: who ? { cookie: cookies[who] ?? '' } : {} });
  const upload = (path: string, body: Buffer, headers: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': XLSX_TYPE, origin: server.url, ...headers },
      body: new Uint8Array(body),
    });
  const errorOf = async (res: Response) => ({
    status: res.status,
    ...((await res.json()) as { error: { code: string; message: string } }).error,
  });
  /** A members' sheet with the import's headers. */
  const membersFile = (rows: (string | null)[][]) =>
    writeWorkbook([
      {
        name: 'Đảng viên',
        title: 'x',
        columns: [
          'Họ và tên',
          'Giới tính',
          'Ngày sinh',
          'Chi bộ',
          'Ngày quyết định kết nạp',
          'Ngày lễ kết nạp',
        ].map((header) => ({
          header,
          kind: header.startsWith('Ngày') ? ('date' as const) : ('text' as const),
        })),
        rows,
      },
    ]);

  beforeAll(async () => {
    server = await startApiServer(TODAY);
    // A commune of another province, which vanphong does not administer.
    await insertOrgUnit(server.handle.db, {
      id: 'prov-khac',
      parent_id: null,
      level: 'province',
      kind: null,
      slug: 'tinh-khac',
      name: 'Tỉnh Khác',
      valid_from: '1997-01-01',
      valid_to: null,
    });
    await insertOrgUnit(server.handle.db, {
      id: 'xa-khac',
      parent_id: 'prov-khac',
      level: 'commune',
      kind: null,
      slug: 'xa-khac',
      name: 'Xã Khác',
      valid_from: '1997-01-01',
      valid_to: null,
    });
    Object.assign(cookies, await signInDemo(server.url, ['vanphong', 'tinh', 'bithu.thondong']));
  });
  afterAll(async () => server?.close());

  it('exports the 2023 results as .xlsx with Vietnamese headers, the commune last: 5 of 7 on 30/06/2023', async () => {
    const res = await get(
      '/api/admin/reports/results.xlsx?commune=yen-binh&year=2023&asOf=2023-06-30',
      'vanphong',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ket-qua-yen-binh-2023.xlsx"');
    const rows = await readWorkbook(Buffer.from(await res.arrayBuffer()));
    expect(rows).toHaveLength(9);
    expect(rows.at(-1)?.cells).toMatchObject({
      'Chi bộ': 'Toàn Xã Yên Bình',
      'Chỉ tiêu': 7,
      'Đã kết nạp': 5,
    });
    expect(rows.find((r) => r.cells['Chi bộ'] === 'Chi bộ Trường Tiểu học')?.cells['Đã kết nạp']).toBe(2);
  });

  it('every report kind answers a workbook to the province viewer too', async () => {
    for (const kind of ['results', 'composition', 'villages', 'forecast', 'members', 'candidates']) {
      const res = await get(`/api/admin/reports/${kind}.xlsx?commune=yen-binh&year=2023`, 'tinh');
      expect(res.status, kind).toBe(200);
      expect((await readWorkbook(Buffer.from(await res.arrayBuffer()))).length, kind).toBeGreaterThan(0);
    }
  });

  it('round trip: the exported member list parses back to the same rows, and they pass the import check', async () => {
    const res = await get('/api/admin/reports/members.xlsx?commune=yen-binh&asOf=2023-06-30', 'vanphong');
    const rows = await readWorkbook(Buffer.from(await res.arrayBuffer()));
    expect(rows).toHaveLength(267);
    // The same rows as the procedure answered, dates back as YYYY-MM-DD.
    const first = rows[0]?.cells;
    expect(Object.keys(first ?? {})).toEqual([
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Chi bộ',
      'Thôn nơi cư trú',
      'Ngày quyết định kết nạp',
      'Ngày lễ kết nạp',
      'Ngày công nhận chính thức',
    ]);
    expect(first?.['Ngày sinh']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const cells = await server.handle.db
      .selectFrom('org_unit')
      .select(['id', 'name'])
      .where('level', '=', 'cell')
      .execute();
    const villages = await server.handle.db.selectFrom('village').select(['id', 'name']).execute();
    // Into an empty register of the same commune, every row is valid and comes back equal.
    const check = checkMemberImport(rows, { cells, villages, existing: [], today: TODAY });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const members = await server.handle.db
      .selectFrom('member')
      .select(['full_name', 'birth_date', 'cell_id', 'admitted_on', 'joined_on'])
      .where('joined_on', '<=', '2023-06-30')
      .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', '2023-06-30')]))
      .execute();
    const key = (r: {
      fullName: string;
      birthDate: string;
      cellId: string;
      admittedOn: string;
      joinedOn: string;
    }) => [r.fullName, r.birthDate, r.cellId, r.admittedOn, r.joinedOn].join('|');
    expect(check.rows.map(key).sort()).toEqual(
      members
        .map((m) =>
          key({
            fullName: m.full_name,
            birthDate: m.birth_date,
            cellId: m.cell_id,
            admittedOn: m.admitted_on,
            joinedOn: m.joined_on,
          }),
        )
        .sort(),
    );
    // Through the HTTP import, the same file is refused whole: every person is already on the books.
    const again = await upload(
      '/api/admin/import/members?commune=yen-binh&dryRun=1',
      Buffer.from(
        await (
          await get('/api/admin/reports/members.xlsx?commune=yen-binh&asOf=2023-06-30', 'vanphong')
        ).arrayBuffer(),
      ),
      { cookie: cookies.vanphong ?? '' },
    );
    expect(await again.json()).toMatchObject({ ok: false, errorCount: 267 });
  });

  it('an export for an anonymous caller is 401, for another commune 403, for a cell secretary 403', async () => {
    expect(
      await errorOf(await get('/api/admin/reports/results.xlsx?commune=yen-binh&year=2023')),
    ).toMatchObject({
      status: 401,
      message: 'Vui lòng đăng nhập.',
    });
    expect(
      await errorOf(await get('/api/admin/reports/results.xlsx?commune=xa-khac&year=2023', 'vanphong')),
    ).toMatchObject({
      status: 403,
      code: 'ACCESS.DENIED',
    });
    expect((await get('/api/admin/reports/villages.xlsx?commune=yen-binh', 'bithu.thondong')).status).toBe(
      403,
    );
    expect(
      await errorOf(await get('/api/admin/reports/results.xlsx?commune=yen-binh&year=20x3', 'vanphong')),
    ).toMatchObject({
      status: 400,
      message: 'Tham số không hợp lệ: year: Năm phải là số nguyên từ 1930 đến 2200, ví dụ 2023.',
    });
  });

  it('an upload from another origin is 403, anonymous 401, for another commune 403, by a viewer 403', async () => {
    const file = await membersFile([
      ['Lò Văn Mới', 'Nam', '1990-01-01', 'Chi bộ thôn Đông', '2015-01-01', '2015-02-01'],
    ]);
    const before = await count('member');
    const path = '/api/admin/import/members?commune=yen-binh';
    expect(
      await errorOf(
        await upload(path, file, { origin: 'https://evil.example', cookie: cookies.vanphong ?? '' }),
      ),
    ).toMatchObject({ status: 403, code: 'REQUEST.CROSS_SITE' });
    expect((await errorOf(await upload(path, file, {}))).status).toBe(401);
    expect(
      await errorOf(
        await upload('/api/admin/import/members?commune=xa-khac', file, { cookie: cookies.vanphong ?? '' }),
      ),
    ).toMatchObject({ status: 403, code: 'ACCESS.DENIED' });
    expect((await errorOf(await upload(path, file, { cookie: cookies.tinh ?? '' }))).status).toBe(403);
    expect(
      await errorOf(
        await upload(path, file, {
          cookie: cookies.vanphong ?? '',
          'content-type': 'multipart/form-data; boundary=x',
        }),
      ),
    ).toMatchObject({ status: 415 });
    expect(await count('member')).toBe(before);
  });

  it('a file over the body limit is 413; a file that is not a workbook is 415 (REQUEST.NOT_XLSX, as a wrong Content-Type), in Vietnamese', async () => {
    const big = await upload('/api/admin/import/members?commune=yen-binh', Buffer.alloc(1024 * 1024 + 1), {
      cookie: cookies.vanphong ?? '',
    });
    expect(big.status).toBe(413);
    expect(
      await errorOf(
        await upload('/api/admin/import/members?commune=yen-binh', Buffer.from('not a zip'), {
          cookie: cookies.vanphong ?? '',
        }),
      ),
    ).toMatchObject({
      status: 415,
      code: 'REQUEST.NOT_XLSX',
      message: expect.stringContaining('file Excel .xlsx'),
    });
  });

  it('a zip bomb (a small upload that unpacks past the limit) is 413 in Vietnamese before exceljs opens it', async () => {
    const bomb = zip([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: Buffer.alloc(ZIP_LIMITS.maxExpandedBytes + 1),
        declaredSize: 10,
      },
    ]);
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    const [members, audit] = [await count('member'), await count('audit_log')];
    expect(
      await errorOf(
        await upload('/api/admin/import/members?commune=yen-binh', bomb, { cookie: cookies.vanphong ?? '' }),
      ),
    ).toMatchObject({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
      message: expect.stringContaining('giải nén quá lớn'),
    });
    expect([await count('member'), await count('audit_log')]).toEqual([members, audit]);
  });

  it('an import with one bad row writes NOTHING and lists the errors; the valid file previews, then writes', async () => {
    const path = '/api/admin/import/members?commune=yen-binh';
    const auth = { cookie: cookies.vanphong ?? '' };
    const good = ['Lò Văn Một', 'Nam', '1990-01-01', 'Chi bộ thôn Đông', '2015-01-01', '2015-02-01'];
    const bad = ['Lò Thị Hai', 'Nữ', '1991-01-01', 'Chi bộ thôn Không Có', '2015-01-01', '2015-02-01'];
    const [members, audit] = [await count('member'), await count('audit_log')];
    const refused = await upload(path, await membersFile([good, bad]), auth);
    expect(refused.status).toBe(200);
    expect(await refused.json()).toMatchObject({
      ok: false,
      errors: [{ row: 3, column: 'Chi bộ', message: 'Không có "Chi bộ thôn Không Có" trong xã.' }],
    });
    expect([await count('member'), await count('audit_log')]).toEqual([members, audit]);

    const fixed = [...bad];
    fixed[3] = 'Chi bộ thôn Đoài';
    const file = await membersFile([good, fixed]);
    const preview = await (await upload(`${path}&dryRun=1`, file, auth)).json();
    expect(preview).toMatchObject({ ok: true, dryRun: true, count: 2, written: 0 });
    expect(await count('member')).toBe(members);
    const done = await (await upload(path, file, auth)).json();
    expect(done).toMatchObject({ ok: true, written: 2 });
    expect(await count('member')).toBe(members + 2);
  });
});
