/**
 * `ketnap paper list` prints the registry of papers as JSON (`[{ kind, form, title, step, issuedBy }]`, the form in
 * force today); `ketnap paper KIND --candidate ID --format pdf|docx --out FILE` writes one paper of a dossier from
 * the database the server uses (`--db`, else DATABASE_URL / KETNAP_DB), and `ketnap paper annual-statistics
 * --commune SLUG --year YYYY …` the commune's statistics. A paper that cannot be made exits 2 with the Vietnamese
 * message naming what to fill first (docs/papers.md). Each paper written is audited (`paper.generate`, actor null:
 * a command-line action).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { annualPaperFacts, candidatePaperFacts, paperOrRefusal } from '@ketnap/api';
import { recordAudit } from '@ketnap/db';
import { formOn, isPaperKind, type PaperKind, paperFormat, paperKinds, planYearParam } from '@ketnap/domain';
import { TRPCError } from '@trpc/server';
import { vietnamToday } from '../clock.js';
import { renderPaper } from '../papers/render.js';
import { type CliIo, type Command, InputError, takeOption } from './command.js';
import { databaseTarget, openDatabase } from './database.js';

const USAGE =
  'paper list | paper KIND (--candidate ID | --commune SLUG --year YYYY) --format pdf|docx --out FILE [--db …]';

/** `--name VALUE` taken out of `args`; undefined when absent. */
const option = (args: string[], name: string) =>
  takeOption(args, name, 'paper', 'thiếu giá trị / missing value');

function list(io: CliIo): number {
  const today = vietnamToday();
  const rows = paperKinds.map((k) => ({
    kind: k.kind,
    form: formOn(k.forms, today)?.form ?? null,
    title: k.title.vi,
    step: k.step,
    issuedBy: k.issuedBy,
  }));
  io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}

async function write(kind: PaperKind, args: string[], io: CliIo): Promise<number> {
  const candidate = option(args, '--candidate');
  const commune = option(args, '--commune');
  const year = option(args, '--year');
  const format = paperFormat.safeParse(option(args, '--format'));
  const out = option(args, '--out');
  if (!format.success) throw new InputError('paper: --format: pdf hoặc docx / pdf or docx');
  if (!out) throw new InputError('paper: --out FILE: thiếu tệp ghi ra / missing output file');
  const annual = kind === 'annual-statistics';
  if (annual ? !commune || !year : !candidate)
    throw new InputError(
      annual
        ? 'paper annual-statistics: cần --commune SLUG --year YYYY / needs --commune and --year'
        : `paper ${kind}: cần --candidate ID / needs --candidate ID`,
    );
  const { target, rest } = databaseTarget(args, io.userDir);
  if (rest.length > 0)
    throw new InputError(`paper: không hiểu ${rest.join(' ')} / unexpected arguments; ${USAGE}`);
  if ('sqlite' in target && !existsSync(target.sqlite))
    throw new InputError(`paper: ${target.sqlite}: không có cơ sở dữ liệu này / no such database`);
  const handle = await openDatabase(target);
  try {
    const today = vietnamToday();
    let facts: Awaited<ReturnType<typeof candidatePaperFacts>>;
    try {
      facts = annual
        ? await annualPaperFacts(handle.db, commune ?? '', parseYear(year), today)
        : await candidatePaperFacts(handle.db, candidate ?? '', today);
    } catch (error) {
      // An erased dossier is refused with its Vietnamese message, as the console says it.
      if (error instanceof TRPCError) throw new InputError(`paper: ${error.message}`);
      throw error;
    }
    if (!facts)
      throw new InputError(
        annual
          ? `paper: không có xã ${commune} / no such commune`
          : `paper: không có quần chúng ${candidate} / no such candidate`,
      );
    const result = paperOrRefusal(kind, facts);
    if (!result.ok) throw new InputError(`paper: ${result.error.message.vi}`);
    const file = resolve(io.userDir, out);
    await writeFile(file, await renderPaper(result.paper, format.data));
    await recordAudit(handle.db, {
      at: new Date().toISOString(),
      actor: null,
      action: 'paper.generate',
      targetType: annual ? 'commune' : 'candidate',
      targetId: annual ? (commune ?? null) : (candidate ?? null),
      orgId: null,
      payload: { kind, format: format.data },
    });
    io.stderr(`${file}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

function parseYear(text: string | undefined): number {
  const year = planYearParam.safeParse(text);
  if (!year.success)
    throw new InputError(`paper: --year: ${year.error.issues[0]?.message ?? 'năm không hợp lệ'}`);
  return year.data;
}

export const paperCommand: Command = {
  name: 'paper',
  usage: `${USAGE}   the papers: the registry as JSON / one paper as PDF or DOCX`,
  async run(args, io) {
    const [sub, ...more] = args;
    if (sub === 'list' && more.length === 0) return list(io);
    if (sub === undefined || !isPaperKind(sub))
      throw new InputError(
        `paper: ${sub ?? '(thiếu)'}: không phải loại giấy tờ; \`ketnap paper list\` liệt kê các loại / not a paper kind`,
      );
    return write(sub, more, io);
  },
};
