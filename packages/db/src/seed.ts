/**
 * `@ketnap/db/seed`: the data a database is filled with when it holds none, kept out of the main entry so the
 * product's queries never reach the generators: the demo commune (Xã Yên Bình, its accounts and the demo password)
 * and the deterministic synthetic data of `ketnap gen`. The server (first start), the CLI, tests and benchmarks
 * import it; `isEmpty`, which decides whether to seed, is a query of the main entry.
 */
export { DEMO_PASSWORD, type DemoAccount, demoAccounts, loadDemoAccounts } from './demo/accounts.js';
export { DEMO_COMMUNE } from './demo/commune.js';
export { type DemoData, type DemoOptions, generateDemo } from './demo/generate.js';
export { loadDemo } from './demo/load.js';
export { GEN_SEED, type GenCounts, type GenOptions, type GenProgress, loadGenerated } from './gen/load.js';
export { GEN_AS_OF, NATION, planOf, planTotals, type Scale } from './gen/plan.js';
