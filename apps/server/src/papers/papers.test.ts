import { candidatePaperFacts } from '@ketnap/api';
import {
  buildPaper,
  candidatePaperKinds,
  type PaperKind,
  type PaperModel,
  paperKindNames,
} from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, startApiServer } from '../../test/api-server.js';
import { signInDemo } from '../../test/demo-sign-in.js';
import { docxText, inkPerPage, pdfFonts, pdfText, zipEntry } from '../../test/paper-files.js';
import type { RunningServer } from '../server.js';

const TODAY = '2026-11-26';

/** Every paper of the registry, downloaded from the demo commune in both formats and read back. */
describe('papers from the demo data over real HTTP: every kind, DOCX and PDF, read back', () => {
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  /** For each kind, a demo candidate whose dossier makes it, with the model the domain builds. */
  const samples = new Map<
    PaperKind,
    { candidateId: string; cell: string; paper: PaperModel; name: string }
  >();
  let incomplete = '';
  const get = (path: string, who?: string) =>
    fetch(`${server.url}${path}`, { headers: who ? { cookie: cookies[who] ?? '' } : {} });
  const generated = () => auditCount(server.handle.db, 'paper.generate');
  const pathOf = (kind: PaperKind, format: 'pdf' | 'docx') =>
    kind === 'annual-statistics'
      ? `/api/admin/papers/${kind}?commune=yen-binh&year=2024&format=${format}`
      : `/api/admin/papers/${kind}?candidate=${samples.get(kind)?.candidateId}&format=${format}`;

  beforeAll(async () => {
    server = await startApiServer(TODAY);
    const db = server.handle.db;
    const rows = await db
      .selectFrom('candidate')
      .select(['id', 'cell_id', 'full_name'])
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const facts = await candidatePaperFacts(db, row.id, TODAY);
      if (!facts) continue;
      for (const kind of candidatePaperKinds) {
        const built = buildPaper(kind, facts);
        if (built.ok && !samples.has(kind))
          samples.set(kind, {
            candidateId: row.id,
            cell: row.cell_id,
            paper: built.paper,
            name: row.full_name,
          });
        if (!built.ok && kind === 'admission-decision' && incomplete === '' && built.failed.length === 0)
          incomplete = row.id;
      }
    }
    Object.assign(cookies, await signInDemo(server.url, ['vanphong', 'tinh', 'bithu.thonnam']));
  });
  afterAll(async () => server?.close());

  it('the demo commune has a dossier for every kind of the registry', () => {
    expect([...samples.keys(), 'annual-statistics'].sort()).toEqual([...paperKindNames].sort());
  });

  for (const kind of paperKindNames) {
    it(`${kind}: the DOCX holds the facts, the number and the Vietnamese text (NFC), on an A4 page`, async () => {
      const before = await generated();
      const res = await get(pathOf(kind, 'docx'), 'vanphong');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="${kind}-[a-z0-9-]+\\.docx"$`),
      );
      const body = Buffer.from(await res.arrayBuffer());
      const xml = zipEntry(body, 'word/document.xml');
      expect(xml).toBe(xml.normalize('NFC'));
      // A4 (11906 × 16838 twentieths of a point) and the 36-HD/VPTW margins: left 30 mm, right 15 mm.
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(xml).toMatch(/w:left="1701"/);
      expect(xml).toMatch(/w:right="850"/);
      const text = docxText(body);
      const sample = samples.get(kind);
      if (sample) {
        expect(text).toContain(sample.paper.header.issuer);
        expect(text).toContain(sample.paper.header.placeDate);
        expect(text).toContain(sample.name);
        if (sample.paper.header.number) expect(text).toContain(sample.paper.header.number);
      } else {
        expect(text).toContain('Thống kê kết nạp đảng viên năm 2024');
        expect(text).toContain('Tổng cộng');
      }
      expect(await generated()).toBe(before + 1);
    });

    it(`${kind}: the PDF reads back with its facts, embeds Tinos, and no page is blank`, async () => {
      const res = await get(pathOf(kind, 'pdf'), 'vanphong');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const body = new Uint8Array(await res.arrayBuffer());
      const text = pdfText(body).replace(/\s+/g, ' ');
      expect(text).toBe(text.normalize('NFC'));
      const sample = samples.get(kind);
      if (sample) {
        const party = sample.paper.header.national;
        expect(text).toContain(party);
        expect(text).toContain(sample.paper.header.placeDate);
        expect(text).toContain(sample.name);
        if (sample.paper.header.number)
          expect(text.replace(/\u00a0/g, ' ')).toContain(
            sample.paper.header.number.replace(/\u00a0/g, ' ').replace(/\s+/g, ' '),
          );
        if (sample.paper.form.form?.endsWith('KNĐ')) expect(text).toContain(`Mẫu ${sample.paper.form.form}`);
      } else expect(text).toContain('ĐẢNG ỦY XÃ YÊN BÌNH');
      const fonts = pdfFonts(body);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f.name).toMatch(/^Tinos/);
        expect(f.embedded).toBe(true);
      }
      const ink = inkPerPage(body);
      expect(ink.length).toBeGreaterThan(0);
      for (const share of ink) expect(share).toBeGreaterThan(0.005);
    });
  }

  it('D-10: the admission decision reads its number, the person and the cell in Vietnamese', async () => {
    const s = samples.get('admission-decision');
    const text = pdfText(
      new Uint8Array(await (await get(pathOf('admission-decision', 'pdf'), 'vanphong')).arrayBuffer()),
    );
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Kết nạp đảng viên');
    expect(text).toMatch(/Số \d+-QĐ\/ĐU/);
    expect(text.replace(/\s+/g, ' ')).toContain(`Kết nạp quần chúng ${s?.name}`);
  });

  it('a dossier that lacks the step is refused with what to fill first (409, Vietnamese), nothing audited', async () => {
    const before = await generated();
    const res = await get(
      `/api/admin/papers/admission-decision?candidate=${incomplete}&format=pdf`,
      'vanphong',
    );
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('PAPER.INCOMPLETE');
    expect(error.message).toContain(
      'Chưa lập được Quyết định kết nạp đảng viên, cần bổ sung trước: Số quyết định',
    );
    expect(await generated()).toBe(before);
  });

  it('only those who may read the dossier download it: anonymous 401, another cell’s secretary 403', async () => {
    const s = samples.get('admission-decision');
    expect(s?.cell).not.toBe('cb-thon-nam');
    expect((await get(pathOf('admission-decision', 'pdf'))).status).toBe(401);
    expect((await get(pathOf('admission-decision', 'pdf'), 'bithu.thonnam')).status).toBe(403);
    expect((await get(pathOf('admission-decision', 'pdf'), 'tinh')).status).toBe(200);
  });

  it('a bad format or an unknown kind is refused in Vietnamese (400) before anything is read', async () => {
    const id = samples.get('admission-decision')?.candidateId;
    const bad = await get(`/api/admin/papers/admission-decision?candidate=${id}&format=odt`, 'vanphong');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      'Định dạng là pdf hoặc docx',
    );
    const unknown = await get(`/api/admin/papers/application?candidate=${id}&format=pdf`, 'vanphong');
    expect(unknown.status).toBe(400);
    expect(
      (await fetch(`${server.url}/api/admin/papers/admission-decision`, { method: 'POST' })).status,
    ).toBe(405);
  });
});
