/**
 * The personal data export as a page a person can read and print (docs/privacy.md, "The export"): Vietnamese,
 * dates dd/MM/yyyy, instants on Vietnam's clock, labels from the domain (field catalogue, step names, the export's
 * words). Self-contained: one file with its own style, no script, no image, no font, no link out; its own content
 * security policy forbids loading anything even when opened from disk. Every text from the database is escaped.
 */
import {
  type Bilingual,
  type DisplayValue,
  displayValue,
  EXPORT_LABELS,
  formatDateVi,
  formatInstantVi,
  type PersonalDataExport,
} from '@ketnap/domain';

/** The policy the page declares for itself and the route sends with it: nothing but its own inline style. */
export const EXPORT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const L = EXPORT_LABELS;
const vi = (b: Bilingual) => escapeHtml(b.vi);
const day = (d: string | null) => (d ? escapeHtml(formatDateVi(d)) : vi(L.empty));
const instant = (at: string) => {
  const parsed = Date.parse(at);
  return Number.isNaN(parsed) ? escapeHtml(at) : escapeHtml(formatInstantVi(at));
};

function value(v: DisplayValue): string {
  switch (v.kind) {
    case 'text':
      return vi(v.text);
    case 'list':
      return `<ul>${v.items.map((i) => `<li>${value(i)}</li>`).join('')}</ul>`;
    case 'pairs':
      return `<dl>${v.pairs.map((p) => `<dt>${vi(p.label)}</dt><dd>${value(p.value)}</dd>`).join('')}</dl>`;
  }
}

const row = (label: Bilingual, html: string) => `<tr><th scope="row">${vi(label)}</th><td>${html}</td></tr>`;

function table(caption: Bilingual, head: Bilingual[], rows: string[][]): string {
  if (rows.length === 0) return `<p>${vi(L.none)}</p>`;
  return `<table><caption class="sr">${vi(caption)}</caption><thead><tr>${head
    .map((h) => `<th scope="col">${vi(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const section = (title: Bilingual, body: string) =>
  `<section aria-labelledby="${title.en.replace(/[^a-z]/gi, '')}"><h2 id="${title.en.replace(/[^a-z]/gi, '')}">${vi(title)}</h2>${body}</section>`;

function fields(title: Bilingual, list: PersonalDataExport['basic']): string {
  return section(
    title,
    table(
      title,
      [L.item, L.field, L.value],
      list.map((f) => [escapeHtml(f.item), vi(f.label), value(displayValue(f.value, f.key))]),
    ),
  );
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;margin:0;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #8b0000;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.25rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f2f2f2}tbody th{width:30%;background:#fafafa;font-weight:600}
dl{margin:0}dt{font-weight:600}dd{margin:0 0 .3rem 1rem}ul{margin:0;padding-left:1.2rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.intro{color:#444}
@media print{body{font-size:11pt}main{max-width:none;padding:0}h2{break-after:avoid}tr{break-inside:avoid}@page{size:A4;margin:15mm}}
`;

/** The export document as one self-contained HTML page in Vietnamese. */
export function renderPersonalDataHtml(doc: PersonalDataExport): string {
  const s = doc.subject;
  const subject = `<table><tbody>${[
    row(L.candidateId, escapeHtml(s.candidateId)),
    row(L.fullName, escapeHtml(s.fullName)),
    row(L.gender, vi(s.gender.label)),
    row(L.birthDate, day(s.birthDate)),
    row(L.enteredPoolOn, day(s.enteredPoolOn)),
    row(L.cell, escapeHtml(s.cell.name)),
    row(L.stage, vi(s.stage.label)),
    row(L.stageSince, day(s.stageSince)),
    row(L.admittedOn, day(s.admittedOn)),
  ].join('')}</tbody></table>`;
  const events = table(
    L.events,
    [L.seq, L.on, L.step, L.data, L.recordedAt],
    doc.events.map((e) => [
      String(e.seq),
      day(e.on),
      vi(e.label),
      value(displayValue(e.data)),
      instant(e.recordedAt),
    ]),
  );
  const m = doc.member;
  const member = m
    ? `<table><tbody>${[
        row(L.memberId, escapeHtml(m.id)),
        row(L.fullName, escapeHtml(m.fullName)),
        row(L.birthDate, day(m.birthDate)),
        row(L.admittedOn, day(m.admittedOn)),
        row(L.joinedOn, day(m.joinedOn)),
        row(L.officialOn, day(m.officialOn)),
        row(L.leftOn, day(m.leftOn)),
        row(L.leftReason, m.leftReason ? escapeHtml(m.leftReason) : vi(L.empty)),
      ].join('')}</tbody></table>`
    : `<p>${vi(L.notMember)}</p>`;
  const audit = table(
    L.audit,
    [L.seq, L.at, L.actor, L.action, L.data],
    doc.audit.map((a) => [
      String(a.seq),
      instant(a.at),
      a.actorAccountId ? escapeHtml(a.actorAccountId) : vi(L.empty),
      `${vi(a.label)}<br><code>${escapeHtml(a.action)}</code>`,
      value(displayValue(a.payload)),
    ]),
  );
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_PAGE_POLICY}">
<title>${vi(L.title)} · ${escapeHtml(s.fullName)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${vi(L.title)}</h1>
<p class="intro">${vi(L.intro)}</p>
<table><tbody>${row(L.commune, escapeHtml(doc.commune.name))}${row(L.generatedAt, instant(doc.generatedAt))}</tbody></table>
${section(L.subject, subject)}
${fields(L.basic, doc.basic)}
${fields(L.sensitive, doc.sensitive)}
${section(L.events, events)}
${section(L.member, member)}
${section(L.audit, audit)}
</main>
</body>
</html>
`;
}
