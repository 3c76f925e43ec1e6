/**
 * A second process writing to the server's SQLite file through the product's data layer, as every `ketnap` command
 * does: `node --import tsx audit-writer.ts FILE TRANSACTIONS` runs that many write transactions (20 audit entries
 * each, a command-line actor), then prints `done N`. Used by the fault tests; never by the product.
 */
import { appendAudit, createDb } from '@ketnap/db';

const [file, count] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: audit-writer.ts FILE TRANSACTIONS');
const handle = await createDb({ sqlite: file });
let done = 0;
try {
  for (let t = 0; t < Number(count); t++) {
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 20; i++)
        await appendAudit(trx, {
          at: new Date().toISOString(),
          actor: null,
          action: 'cli.fault-test',
          targetType: 'test',
          targetId: `${t}-${i}`,
          orgId: null,
        });
    });
    done++;
  }
} finally {
  await handle.close();
}
console.log(`done ${done}`);
