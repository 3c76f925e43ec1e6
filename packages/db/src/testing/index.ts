export { freshPostgresDatabase, openWithDemo, type TestDialect, testDialects } from './dialects.js';
export { fingerprint } from './fingerprint.js';
export { findPostgresBin, startTestPostgres, type TestPostgres } from './postgres.js';
export { fillSqliteDisk, freeSqliteSpace, sqliteIntegrity } from './sqlite-limits.js';
