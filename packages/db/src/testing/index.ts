export { freshPostgresDatabase, type TestDialect, testDialects } from './dialects.js';
export { findPostgresBin, startTestPostgres, type TestPostgres } from './postgres.js';
