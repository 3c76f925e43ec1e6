import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-accounts-audit.js';
import * as m0003 from './0003-pipeline.js';
import * as m0004 from './0004-targets.js';
import * as m0005 from './0005-rollup-indexes.js';
import * as m0006 from './0006-villages.js';
import * as m0007 from './0007-admitted-on.js';
import * as m0008 from './0008-login-limits.js';
import * as m0009 from './0009-account-passwords.js';
import * as m0010 from './0010-erasure.js';
import * as m0011 from './0011-national-id-sensitive.js';
import * as m0012 from './0012-rule-settings.js';
import * as m0013 from './0013-paper-register.js';
import * as m0015 from './0015-verifications.js';
import * as m0016 from './0016-reminders.js';
import * as m0017 from './0017-source-pool.js';
import * as m0018 from './0018-awareness-class.js';

/** Every migration in order. Static imports so bundlers and tsx need no file-system scan. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-accounts-audit': m0002,
  '0003-pipeline': m0003,
  '0004-targets': m0004,
  '0005-rollup-indexes': m0005,
  '0006-villages': m0006,
  '0007-admitted-on': m0007,
  '0008-login-limits': m0008,
  '0009-account-passwords': m0009,
  '0010-erasure': m0010,
  '0011-national-id-sensitive': m0011,
  '0012-rule-settings': m0012,
  '0013-paper-register': m0013,
  '0015-verifications': m0015,
  '0016-reminders': m0016,
  '0017-source-pool': m0017,
  '0018-awareness-class': m0018,
};

/** Kysely migration provider over the static list above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
