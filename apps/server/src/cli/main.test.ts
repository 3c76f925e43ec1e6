import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../../packages/domain/test/fixtures/', import.meta.url));

/** Runs `ketnap ARGS` the way users do (node with tsx), feeding `input` to stdin. */
function ketnap(args: string[], input = '', env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: fixtures, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ketnap check', () => {
  it('prints only the answer JSON for a case file, exit 0', () => {
    const r = ketnap(['check', 'vote-20-official-13-in-favour.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout);
    expect(answer.ruleSet).toBe('294-QD/TW');
    expect(answer.checks.find((c: { rule: string }) => c.rule === 'T-02').status).toBe('fail');
  });
  it('reads the case from stdin with -', () => {
    const r = ketnap(
      ['check', '-'],
      JSON.stringify({ asOf: '2026-01-01', candidate: { birthDate: '2000-01-01' } }),
    );
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['ruleSet', 'checks', 'deadlines', 'dates']);
  });
  it('exits 2 on bad JSON with a one-line message and no stack trace', () => {
    const r = ketnap(['check', '-'], '{ not json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ketnap: -: not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('exits 2 on a schema violation, naming the field and what was expected', () => {
    const bad = {
      asOf: '2026-01-01',
      candidate: {},
      cellVote: { date: '2026-01-01', officialMembers: 10, notCounted: 0, inFavour: 11 },
    };
    const r = ketnap(['check', '-'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cellVote.inFavour: expected at most officialMembers - notCounted');
  });
  it('exits 2 on a date that does not exist', () => {
    const r = ketnap(['check', '-'], JSON.stringify({ asOf: '2025-02-29', candidate: {} }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('asOf: expected a calendar date YYYY-MM-DD');
  });
  it('exits 2 on an impossible case (a step after asOf, a vote on the day of birth), naming each field in Vietnamese and English', () => {
    const bad = {
      asOf: '2026-01-01',
      candidate: { birthDate: '2025-12-01' },
      cellVote: { date: '2025-12-01', officialMembers: 10, notCounted: 0, inFavour: 9 },
      decision: { date: '2026-01-02', receivedOn: null, extendedWorkingDays: 0 },
    };
    const r = ketnap(['check', '-'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'decision.date: expected a date on or before asOf (the field records something that has happened) (decision.date: cần một ngày không sau asOf',
    );
    expect(r.stderr).toContain('cellVote.date: expected a date after candidate.birthDate');
  });
  it('judges, not refuses, a decision signed before the cell vote (L-01 fails at the decision, no seniority)', () => {
    const early = {
      asOf: '2026-01-01',
      candidate: { birthDate: '2000-01-01' },
      cellVote: { date: '2025-12-01', officialMembers: 10, notCounted: 0, inFavour: 9 },
      decision: { date: '2025-11-20', receivedOn: null, extendedWorkingDays: 0 },
    };
    const r = ketnap(['check', '-'], JSON.stringify(early));
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(
      answer.checks.find((c: { rule: string; step: string }) => c.rule === 'L-01' && c.step === 'decision'),
    ).toMatchObject({ status: 'fail', citation: 'Quy định 294-QĐ/TW, điểm 4.3.1' });
    expect(answer.deadlines[1]).toMatchObject({ rule: 'L-01', step: 'decision', ruleSet: '294-QD/TW' });
  });
  it('exits 2 on a missing file', () => {
    const r = ketnap(['check', 'no-such-file.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.json: cannot read the file (ENOENT)');
  });
});

describe('ketnap check --settings', () => {
  // Decided 12/11/2025 by 5 of 9 standing-committee members: more than half (the default), short of 2/3.
  const decided = JSON.stringify({
    asOf: '2025-11-20',
    candidate: { birthDate: '1999-06-15' },
    cellVote: { date: '2025-11-10', officialMembers: 20, notCounted: 0, inFavour: 18 },
    decision: { date: '2025-11-12', standingCommittee: { members: 9, inFavour: 5 } },
  });
  const settingsFile = (content: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-settings-'));
    const file = join(dir, 'settings.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const t07 = (stdout: string) =>
    JSON.parse(stdout).checks.find((c: { rule: string }) => c.rule === 'T-07').status;
  it('T-07: the case is judged with the settings file: 5 of 9 pass by default, fail under at least 2/3', () => {
    expect(t07(ketnap(['check', '-'], decided).stdout)).toBe('pass');
    const file = settingsFile({
      standingCommitteeThreshold: { numerator: 2, denominator: 3, strict: false },
    });
    const r = ketnap(['check', '--settings', file, '-'], decided);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(t07(r.stdout)).toBe('fail');
    // The option may follow the case too.
    expect(t07(ketnap(['check', '-', '--settings', file], decided).stdout)).toBe('fail');
  });
  it('exits 2 on a settings file out of bounds, naming the field, and prints no answer', () => {
    const file = settingsFile({ memberRecordWorkingDays: 0, sympathiserMinMonths: 12 });
    const r = ketnap(['check', '--settings', file, '-'], decided);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}: not valid rule settings:`);
    expect(r.stderr).toContain('memberRecordWorkingDays: Thời hạn hoàn thành lý lịch đảng viên');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('exits 2 on an unknown setting, bad JSON, a missing file or no file name', () => {
    expect(ketnap(['check', '--settings', settingsFile({ quorum: 3 }), '-'], decided).stderr).toContain(
      '(settings): Không có thiết lập tên quorum.',
    );
    expect(ketnap(['check', '--settings', settingsFile('{ no'), '-'], decided).stderr).toMatch(
      /not valid JSON/,
    );
    expect(ketnap(['check', '--settings', 'no-such.json', '-'], decided)).toMatchObject({ code: 2 });
    expect(ketnap(['check', '-', '--settings'], decided)).toMatchObject({
      code: 2,
      stderr: 'ketnap: check: --settings expects a JSON file name\n',
    });
  });
});

describe('ketnap calendar', () => {
  it('add: the N-th working day after DATE (Mon 06/10/2025 + 30 → Mon 17/11/2025)', () => {
    expect(ketnap(['calendar', 'add', '2025-10-06', '30'])).toEqual({
      code: 0,
      stdout: '2025-11-17\n',
      stderr: '',
    });
  });
  it('is-working: National Day is not a working day', () => {
    expect(ketnap(['calendar', 'is-working', '2025-09-02']).stdout).toBe('false\n');
    expect(ketnap(['calendar', 'is-working', '2025-09-04']).stdout).toBe('true\n');
  });
  it('holidays: one line per day off with date, kind and the Vietnamese reason', () => {
    const r = ketnap(['calendar', 'holidays', '2026']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2026-01-01\tholiday\tTết Dương lịch');
  });
  it('exits 2 on a bad date or count, naming the argument', () => {
    const r = ketnap(['calendar', 'add', '2025-02-30', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DATE = 2025-02-30: expected a calendar date YYYY-MM-DD');
    expect(ketnap(['calendar', 'add', '2025-02-03', 'x']).stderr).toContain('N = x: expected a whole number');
  });
});

describe('ketnap dispatcher', () => {
  it('exits 2 on an unknown command, listing the known ones', () => {
    const r = ketnap(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'ketnap: unknown command frobnicate; expected one of check, calendar, gen, backup, restore, audit, paper, reminders\n',
    );
  });
  it('exits 2 on a relative INIT_CWD, naming it, before running any command', () => {
    const r = ketnap(['calendar', 'add', '2025-10-06', '30'], '', { INIT_CWD: 'relative/dir' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('INIT_CWD="relative/dir": cần một đường dẫn tuyệt đối');
  });
  it('help lists the commands on stdout', () => {
    const r = ketnap(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check [--settings FILE] FILE|-');
  });
});
