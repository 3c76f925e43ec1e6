import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidatePaperFacts } from '@ketnap/api';
import { createDb, migrateToLatest } from '@ketnap/db';
import { generateDemo, loadDemo } from '@ketnap/db/seed';
import { buildPaper, paperKindNames, vietnamCalendar } from '@ketnap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../test/paper-files.js';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const TODAY = '2026-11-26';

/** Runs `ketnap ARGS` the way users do (node with tsx) from `dir`, the database named by KETNAP_DB. */
function ketnap(args: string[], dir: string, db = 'demo.sqlite') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: dir, DATABASE_URL: '', KETNAP_DB: join(dir, db) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ketnap paper', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ketnap-paper-cli-'));
  let decided = '';
  let undecided = '';

  beforeAll(async () => {
    const handle = await createDb({ sqlite: join(dir, 'demo.sqlite') });
    try {
      await migrateToLatest(handle.db);
      await loadDemo(
        handle.db,
        generateDemo({ today: TODAY, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
      );
      for (const { id } of await handle.db.selectFrom('candidate').select('id').orderBy('id').execute()) {
        const facts = await candidatePaperFacts(handle.db, id, TODAY);
        if (!facts) continue;
        const r = buildPaper('admission-decision', facts);
        if (r.ok && decided === '') decided = id;
        if (!r.ok && r.failed.length === 0 && undecided === '') undecided = id;
      }
    } finally {
      await handle.close();
    }
  });

  it('paper list prints the registry as JSON: kind, form, title, step, issuedBy', () => {
    const r = ketnap(['paper', 'list'], dir);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { kind: string; form: string | null }[];
    expect(rows.map((x) => x.kind)).toEqual([...paperKindNames]);
    expect(rows.find((x) => x.kind === 'admission-decision')).toEqual({
      kind: 'admission-decision',
      form: '9-KNĐ',
      title: 'Quyết định kết nạp đảng viên',
      step: 'admission-decision',
      issuedBy: 'standing-committee',
    });
  });

  it('writes the admission decision as PDF and DOCX from KETNAP_DB, each audited', async () => {
    const pdf = ketnap(
      ['paper', 'admission-decision', '--candidate', decided, '--format', 'pdf', '--out', 'qd.pdf'],
      dir,
    );
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout).toBe('');
    expect(pdfText(readFileSync(join(dir, 'qd.pdf')))).toMatch(/QUYẾT ĐỊNH[\s\S]*Kết nạp đảng viên/);
    const docx = ketnap(
      ['paper', 'admission-decision', '--candidate', decided, '--format', 'docx', '--out', 'qd.docx'],
      dir,
    );
    expect(docx.code, docx.stderr).toBe(0);
    expect(docxText(readFileSync(join(dir, 'qd.docx')))).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    const handle = await createDb({ sqlite: join(dir, 'demo.sqlite') });
    try {
      const audited = await handle.db
        .selectFrom('audit_log')
        .select(['target_id', 'actor_account_id'])
        .where('action', '=', 'paper.generate')
        .execute();
      expect(audited).toEqual([
        { target_id: decided, actor_account_id: null },
        { target_id: decided, actor_account_id: null },
      ]);
    } finally {
      await handle.close();
    }
  });

  it('exits 2 naming in Vietnamese what is missing, writing nothing', () => {
    const r = ketnap(
      ['paper', 'admission-decision', '--candidate', undecided, '--format', 'pdf', '--out', 'none.pdf'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cần bổ sung trước: Số quyết định (bước Quyết định kết nạp, D-10)');
    expect(() => readFileSync(join(dir, 'none.pdf'))).toThrow();
  });

  it('exits 2 on an unknown kind, a bad format, a missing candidate', () => {
    expect(
      ketnap(['paper', 'application', '--candidate', decided, '--format', 'pdf', '--out', 'x.pdf'], dir)
        .stderr,
    ).toContain('không phải loại giấy tờ');
    expect(
      ketnap(['paper', 'admission-decision', '--candidate', decided, '--format', 'odt', '--out', 'x'], dir)
        .code,
    ).toBe(2);
    expect(
      ketnap(
        ['paper', 'admission-decision', '--candidate', 'qc-none', '--format', 'pdf', '--out', 'x.pdf'],
        dir,
      ).stderr,
    ).toContain('không có quần chúng qc-none');
  });
});
