import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { digestMail } from './digest.js';
import { foldLine, renderIcs } from './ics.js';
import { deadlineStepLabel, digestItems, type ReminderItem } from './items.js';

const item = (over: Partial<ReminderItem> = {}): ReminderItem => ({
  key: 'qc-1-L-01',
  candidateName: 'Nguyễn Thị Hoa',
  step: deadlineStepLabel('decision'),
  rule: 'L-01',
  due: '2026-12-03',
  status: 'open',
  ...over,
});

describe('the deadline feed (RFC 5545)', () => {
  it('parses back with ical.js: one all-day event per deadline, the candidate and the step in the summary', () => {
    const text = renderIcs(
      [
        item(),
        item({
          key: 'qc-2-L-03',
          candidateName: 'Lê Văn, Tèo; \\ Một',
          step: deadlineStepLabel('ceremony'),
          rule: 'L-03',
          due: '2026-11-20',
          status: 'overdue',
        }),
      ],
      { name: 'Hạn của bithu.thondong', now: '2026-11-26T01:02:03.000Z' },
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hạn của bithu.thondong');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['qc-1-L-01@ketnap', 'Nguyễn Thị Hoa — Quyết định kết nạp', '2026-12-03', true],
      ['qc-2-L-03@ketnap', 'Lê Văn, Tèo; \\ Một — Lễ kết nạp (quá hạn)', '2026-11-20', true],
    ]);
    expect(events[0]?.endDate.toString()).toBe('2026-12-04');
    expect(events[0]?.description).toBe('Hạn cuối 03/12/2026 (L-01).');
  });

  it('folds a long Vietnamese line at 75 octets without splitting a character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'Nguyễn Thị Hồng Nhung — Quyết định kết nạp '.repeat(4)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('an empty feed is still a calendar', () => {
    const calendar = new ICAL.Component(
      ICAL.parse(renderIcs([], { name: 'x', now: '2026-11-26T00:00:00Z' })),
    );
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('the digest items', () => {
  it('due this week: open and due by the 5th working day; overdue: every one past its day, earliest first', () => {
    const items = [
      item({ key: 'a', due: '2026-12-03' }),
      item({ key: 'b', due: '2026-12-04' }),
      item({ key: 'c', due: '2026-11-20', status: 'overdue' }),
      item({ key: 'd', due: '2026-11-02', status: 'overdue' }),
    ];
    const { dueThisWeek, overdue } = digestItems(items, '2026-12-03');
    expect(dueThisWeek.map((i) => i.key)).toEqual(['a']);
    expect(overdue.map((i) => i.key)).toEqual(['d', 'c']);
  });
});

describe('the digest e-mail', () => {
  it('says in Vietnamese what is overdue, then what is due this week; nothing to say, no e-mail', () => {
    const mail = digestMail(
      { dueThisWeek: [item()], overdue: [item({ key: 'b', due: '2026-11-20', status: 'overdue' })] },
      '2026-11-26',
    );
    expect(mail?.subject).toBe('[ketnap] Nhắc hạn 26/11/2026: 1 quá hạn, 1 đến hạn trong tuần');
    expect(mail?.text).toContain('Quá hạn (1):\n- 20/11/2026: Nguyễn Thị Hoa — Quyết định kết nạp (L-01)');
    expect(mail?.text).toContain('Đến hạn trong tuần làm việc tới (1):\n- 03/12/2026: Nguyễn Thị Hoa');
    expect(digestMail({ dueThisWeek: [], overdue: [] }, '2026-11-26')).toBe(null);
  });
});
