import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PipelineEvent } from '../pipeline/events.js';
import { buildPaper } from './build-paper.js';
import type { PaperFacts } from './facts.js';
import { formOn } from './forms.js';
import { handwrittenPapers, handwrittenReceipt } from './handwritten.js';
import type { PaperModel } from './model.js';
import { placeDateLine } from './place-date.js';
import { paperKind, paperKindNames, paperKinds, registeredPapersOf } from './registry.js';

const history: PipelineEvent[] = [
  { kind: 'entered-pool', on: '2024-01-10' },
  { kind: 'certificate', on: '2024-03-01' },
  { kind: 'application', on: '2024-04-01' },
  { kind: 'background-declared', on: '2024-04-02' },
  { kind: 'verification-requested', on: '2024-04-05', addressee: 'Đảng ủy xã Tân Lập' },
  { kind: 'verification-answered', on: '2024-05-06' },
  {
    kind: 'introduction',
    on: '2024-05-10',
    introducer: { kind: 'member', memberId: 'm1', together: [], replacement: false },
  },
  { kind: 'introduction', on: '2024-05-10', introducer: { kind: 'youth-union' } },
  { kind: 'introduction', on: '2024-05-10', introducer: { kind: 'trade-union' } },
  { kind: 'union-comment', on: '2024-05-12' },
  { kind: 'residence-comment', on: '2024-05-13' },
  { kind: 'cell-vote', on: '2024-06-03', officialMembers: 30, notCounted: 2, inFavour: 25 },
  { kind: 'admission-decision', on: '2024-07-01', number: '45', extendedWorkingDays: 0 },
  { kind: 'decision-received', on: '2024-07-03' },
  { kind: 'ceremony', on: '2024-07-20' },
  { kind: 'new-member-certificate', on: '2024-09-15' },
  { kind: 'probation-review', on: '2025-07-15' },
  { kind: 'recognition-vote', on: '2025-07-25', officialMembers: 31, notCounted: 0, inFavour: 31 },
  { kind: 'recognition-decision', on: '2025-10-06', number: '112-QĐ/ĐU', extendedWorkingDays: 0 },
];

const facts: PaperFacts = {
  commune: { name: 'Xã Yên Bình', province: 'Tỉnh Phú Thọ' },
  cell: { name: 'Chi bộ thôn Đông' },
  candidate: {
    fullName: 'Nguyễn Thị Hồng',
    birthDate: '2001-02-03',
    gender: 'F',
    residence: 'Thôn Đông, xã Yên Bình',
    occupation: 'Giáo viên',
  },
  history,
  memberNames: { m1: 'Trần Văn Minh' },
  checks: [],
  statistics: { year: 2024, rows: [{ cell: 'Chi bộ thôn Đông', admitted: 2, recognised: 1 }] },
};

function built(kind: Parameters<typeof buildPaper>[0], f: PaperFacts = facts): PaperModel {
  const r = buildPaper(kind, f);
  if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r)}`);
  return r.paper;
}

const text = (p: PaperModel) =>
  [
    p.header.issuer,
    p.header.number,
    p.header.placeDate,
    p.title,
    p.subtitle,
    ...p.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows.flat().join(' '))),
  ].join('\n');

describe('the paper registry', () => {
  it('lists every kind the issue names, each with a form per guide, dated in order, cited', () => {
    expect(paperKindNames).toEqual([
      'introduction-letter',
      'youth-union-introduction',
      'trade-union-introduction',
      'mass-opinion-summary',
      'verification-request',
      'verification-reply',
      'cell-admission-resolution',
      'admission-decision',
      'admission-minutes',
      'ceremony-programme',
      'new-member-certificate',
      'probation-opinion-summary',
      'cell-recognition-resolution',
      'recognition-decision',
      'annual-statistics',
    ]);
    for (const k of paperKinds) {
      expect(k.forms.length).toBeGreaterThan(0);
      const days = k.forms.map((f) => f.inForceFrom);
      expect([...days].sort()).toEqual(days);
      for (const f of k.forms) expect(f.citation).toMatch(/Hướng dẫn \d+-HD\/BTCTW/);
    }
  });

  it('never generates the hand-written papers (1-KNĐ, 2-KNĐ, the self-review)', () => {
    const generated = new Set(paperKinds.flatMap((k) => k.forms.map((f) => f.form)));
    for (const h of handwrittenPapers) for (const f of h.forms) expect(generated.has(f.form)).toBe(false);
    expect(handwrittenPapers.map((h) => h.forms[0]?.form)).toEqual(['1-KNĐ', '2-KNĐ', '10-KNĐ', '11-KNĐ']);
  });

  it('checks receipt of a hand-written paper by its step', () => {
    const receipt = handwrittenReceipt(history.slice(0, 3));
    expect(receipt.find((r) => r.kind === 'application')?.received).toBe(true);
    expect(receipt.find((r) => r.kind === 'background')?.received).toBe(false);
  });

  it('the admission decision is 9-KNĐ under 12-HD/BTCTW 2022 up to 28/09/2025, then 38-HD/BTCTW, unverified', () => {
    const forms = paperKind('admission-decision').forms;
    expect(formOn(forms, '2025-09-28')).toMatchObject({
      guide: '12-HD/BTCTW 2022',
      form: '9-KNĐ',
      confidence: 'H',
    });
    expect(formOn(forms, '2025-09-29')).toMatchObject({
      guide: '38-HD/BTCTW 2025',
      form: '9-KNĐ',
      confidence: 'L',
    });
    expect(formOn(forms, '2022-01-17')).toMatchObject({ guide: '09-HD/BTCTW 2017' });
    expect(formOn(forms, '2017-06-04')).toBeUndefined();
  });
});

describe('buildPaper', () => {
  it('builds every kind of the registry from a complete dossier', () => {
    for (const kind of paperKindNames) expect(buildPaper(kind, facts).ok, kind).toBe(true);
  });

  it('D-10: the admission decision carries its number with the symbol, place and date, and the person', () => {
    const p = built('admission-decision');
    expect(p.header).toMatchObject({
      national: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      superior: 'ĐẢNG BỘ TỈNH PHÚ THỌ',
      issuer: 'ĐẢNG ỦY XÃ YÊN BÌNH',
      number: 'Số 45-QĐ/ĐU',
      placeDate: 'Yên Bình, ngày 01 tháng 7 năm 2024',
    });
    expect(p.form.form).toBe('9-KNĐ');
    expect(text(p)).toContain('Kết nạp quần chúng Nguyễn Thị Hồng, sinh ngày 03/02/2001, Chi bộ thôn Đông');
    expect(p.signatures).toEqual([{ onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: null }]);
    // The minutes of the same meeting are numbered by the register, never with the decision's number.
    expect(built('admission-minutes').header.number).toMatch(/^Số\s+-BB\/ĐU$/);
  });

  it('L-12: the recognition decision dates official membership at the end of the 12 months, 38-HD form', () => {
    const p = built('recognition-decision');
    expect(p.header.number).toBe('Số 112-QĐ/ĐU');
    expect(p.form).toMatchObject({ guide: '38-HD/BTCTW 2025', form: '16-KNĐ' });
    expect(text(p)).toContain('là đảng viên chính thức kể từ ngày 20/07/2025');
  });

  it('D-07: the cell resolution prints the vote and leaves the number for the register', () => {
    const p = built('cell-admission-resolution');
    expect(p.header.issuer).toBe('CHI BỘ THÔN ĐÔNG');
    expect(p.header.number).toMatch(/^Số\s+-NQ\/CB$/);
    expect(text(p)).toContain('30 2 28 25 89,3');
    expect(
      built('cell-admission-resolution', { ...facts, numbers: { 'cell-admission-resolution': '12-NQ/CB' } })
        .header.number,
    ).toBe('Số 12-NQ/CB');
  });

  it('matches each union resolution to its own introduction, and the letter to the member introducer', () => {
    expect(built('youth-union-introduction').header.national).toBe('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(text(built('introduction-letter'))).toContain('Tôi là: Trần Văn Minh');
    const noUnion = history.filter(
      (e) => !(e.kind === 'introduction' && e.introducer.kind === 'trade-union'),
    );
    const r = buildPaper('trade-union-introduction', { ...facts, history: noUnion });
    expect(r).toMatchObject({
      ok: false,
      missing: [{ field: 'step.on', step: 'introduction', rule: 'D-05' }],
    });
  });

  it('D-10: without the decision step it names what to fill first (field, step, rule), never a half-empty paper', () => {
    const r = buildPaper('admission-decision', { ...facts, history: history.slice(0, 12) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing.map((m) => [m.field, m.step, m.rule])).toEqual([
      ['decision.number', 'admission-decision', 'D-10'],
      ['step.on', 'admission-decision', 'D-10'],
    ]);
    expect(r.missing[0]?.label.vi).toBe('Số quyết định');
  });

  it('names a missing person fact and its step', () => {
    const candidate = { fullName: 'Nguyễn Thị Hồng', birthDate: '2001-02-03', gender: 'F' };
    const r = buildPaper('verification-request', { ...facts, candidate });
    expect(r).toMatchObject({ ok: false, missing: [{ field: 'candidate.residence', step: 'entered-pool' }] });
  });

  it('a step that failed its rules issues no paper (T-02 failed at the cell vote)', () => {
    const checks = [
      {
        rule: 'T-02',
        step: 'cell-vote' as const,
        status: 'fail' as const,
        message: { vi: 'Chưa đủ 2/3.', en: 'Below 2/3.' },
      },
    ];
    expect(buildPaper('cell-admission-resolution', { ...facts, checks })).toEqual({
      ok: false,
      missing: [],
      failed: [{ rule: 'T-02', message: { vi: 'Chưa đủ 2/3.', en: 'Below 2/3.' } }],
    });
    // A failure at another step does not stop this one's paper.
    expect(buildPaper('admission-decision', { ...facts, checks }).ok).toBe(true);
  });

  it('a step before the first guide of the registry has no form: reported, not guessed', () => {
    const old = history.map((e) => (e.kind === 'admission-decision' ? { ...e, on: '2016-01-04' } : e));
    expect(buildPaper('admission-decision', { ...facts, history: old })).toMatchObject({
      ok: false,
      missing: [{ field: 'step.on', rule: expect.stringContaining('09-HD/BTCTW') }],
    });
  });

  it('the annual statistics total the cells, dated 31 December', () => {
    const p = built('annual-statistics');
    expect(p.header.placeDate).toBe('Yên Bình, ngày 31 tháng 12 năm 2024');
    expect(p.blocks.at(-1)).toMatchObject({
      type: 'table',
      rows: [
        ['1', 'Chi bộ thôn Đông', '2', '1'],
        ['', 'Tổng cộng', '2', '1'],
      ],
    });
    expect(buildPaper('annual-statistics', { ...facts, statistics: null })).toMatchObject({
      ok: false,
      missing: [{ field: 'statistics.rows', step: 'annual' }],
    });
  });
});

describe('registeredPapersOf', () => {
  it('numbers the commune bodies’ papers of a step, not the unions’, not a decision’s typed number', () => {
    expect(registeredPapersOf('cell-vote').map((k) => k.kind)).toEqual(['cell-admission-resolution']);
    expect(registeredPapersOf('admission-decision').map((k) => k.kind)).toEqual(['admission-minutes']);
    expect(registeredPapersOf('introduction')).toEqual([]);
    expect(registeredPapersOf('verification-answered')).toEqual([]);
    expect(registeredPapersOf('recognition-decision')).toEqual([]);
  });
});

describe('placeDateLine', () => {
  it('pads days below 10 and January and February (36-HD/VPTW), not other months', () => {
    expect(placeDateLine('Xã Yên Bình', '2026-02-05')).toBe('Yên Bình, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Phường Hạc Trì', '2026-03-15')).toBe('Hạc Trì, ngày 15 tháng 3 năm 2026');
  });
});

describe('docs/papers.md', () => {
  it('lists every kind with its form numbers, and every hand-written paper', () => {
    const doc = readFileSync(new URL('../../../../docs/papers.md', import.meta.url), 'utf8');
    for (const k of paperKinds) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${k.kind}\` |`));
      expect(row, k.kind).toBeDefined();
      for (const f of k.forms) expect(row).toContain(`${f.guide}: ${f.form ?? '—'}`);
    }
    for (const h of handwrittenPapers) expect(doc).toContain(h.title.vi);
  });
});
