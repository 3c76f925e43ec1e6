/**
 * `ketnap gen --scale nation|province|commune [--seed N] [--no-snapshots] [--db …]`: fills an empty database with
 * deterministic synthetic data (packages/db/src/gen): progress on stderr, the rows written on stdout.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { GEN_SEED, loadGenerated, type Scale } from '@ketnap/db/seed';
import { type Command, InputError, takeOption } from './command.js';
import { databaseTarget, openDatabase } from './database.js';

const SCALES: readonly Scale[] = ['nation', 'province', 'commune'];

const option = (args: string[], name: string) => takeOption(args, name, 'gen', 'expected a value');

export const genCommand: Command = {
  name: 'gen',
  usage: 'gen --scale nation|province|commune [--seed N] [--no-snapshots] [--db FILE|URL]   synthetic data',
  async run(argv, io) {
    const { target, rest } = databaseTarget(argv, io.userDir);
    const scale = option(rest, '--scale');
    if (!scale || !SCALES.includes(scale as Scale))
      throw new InputError(`gen: --scale = ${scale ?? '(missing)'}: expected one of ${SCALES.join(', ')}`);
    const seedText = option(rest, '--seed');
    if (seedText !== undefined && !/^\d{1,9}$/.test(seedText))
      throw new InputError(`gen: --seed = ${seedText}: expected a whole number up to 9 digits`);
    const snapshots = !rest.includes('--no-snapshots');
    const unknown = rest.filter((a) => a !== '--no-snapshots');
    if (unknown.length > 0) throw new InputError(`gen: unexpected ${unknown.join(' ')}`);

    if ('sqlite' in target && target.sqlite !== ':memory:')
      mkdirSync(dirname(target.sqlite), { recursive: true });
    const handle = await openDatabase(target);
    const started = performance.now();
    try {
      const counts = await loadGenerated(handle, {
        scale: scale as Scale,
        seed: seedText === undefined ? GEN_SEED : Number(seedText),
        snapshots,
        onProgress: (p) => {
          const seconds = (performance.now() - started) / 1000;
          const rate = Math.round(p.rows / Math.max(seconds, 0.001));
          io.stderr(
            `gen: ${p.communesDone}/${p.communesTotal} xã · ${p.rows.toLocaleString('vi-VN')} dòng · ` +
              `${rate.toLocaleString('vi-VN')} dòng/s · ${seconds.toFixed(0)} s\n`,
          );
        },
      });
      io.stdout(
        `${JSON.stringify({ scale, ...counts, seconds: Math.round((performance.now() - started) / 1000) })}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof Error && /already holds data/.test(error.message))
        throw new InputError(
          'gen: cơ sở dữ liệu đã có dữ liệu; chỉ sinh dữ liệu vào một cơ sở dữ liệu trống',
        );
      throw error;
    } finally {
      await handle.close();
    }
  },
};
