/**
 * A minimal iCalendar (RFC 5545) writer for the deadline feed: one all-day VEVENT per reminder. Lines end in CRLF
 * and are folded at 75 octets without splitting a UTF-8 character (§3.1); TEXT values escape backslash, semicolon,
 * comma and newlines (§3.3.11). Pure: the instant stamped (`DTSTAMP`) is passed in.
 */
import { addDays, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { ReminderItem } from './items.js';

const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds one content line: at most 75 octets a line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation's leading space takes one of its 75.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (d: IsoDate) => d.replaceAll('-', '');
const basicInstant = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The feed of `items`, named `name`, stamped `now` (an ISO UTC instant). */
export function renderIcs(items: readonly ReminderItem[], options: { name: string; now: string }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ketnap//Nhac han phat trien dang vien//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const item of items) {
    const late = item.status === 'overdue' ? ' (quá hạn)' : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(item.key)}@ketnap`,
      `DTSTAMP:${basicInstant(options.now)}`,
      `DTSTART;VALUE=DATE:${basicDate(item.due)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(item.due, 1))}`,
      `SUMMARY:${escapeText(`${item.candidateName} — ${item.step.vi}${late}`)}`,
      `DESCRIPTION:${escapeText(`Hạn cuối ${formatDateVi(item.due)} (${item.rule}).`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
