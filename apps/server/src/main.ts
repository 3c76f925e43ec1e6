import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_AUTH_SETTINGS } from '@ketnap/api';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { ConfigError, parseEnv } from './env.js';
import { startServer } from './server.js';

// The shell: read the environment once, start, and stop cleanly on SIGTERM/SIGINT.
async function main(): Promise<void> {
  let config: ReturnType<typeof parseEnv>;
  try {
    config = parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // `pnpm start` runs this in apps/server; a relative KETNAP_DB means relative to where the person typed the
  // command (pnpm passes it as INIT_CWD), so the default lands in the repository's data/ folder.
  const sqliteFile =
    config.sqliteFile === ':memory:' ? config.sqliteFile : resolve(config.userDir, config.sqliteFile);
  if (!config.databaseUrl && sqliteFile !== ':memory:') mkdirSync(dirname(sqliteFile), { recursive: true });
  const server = await startServer({
    port: config.port,
    host: config.host,
    db: sqliteFile,
    databaseUrl: config.databaseUrl,
    demo: config.demo,
    https: config.https,
    auth: { ...DEFAULT_AUTH_SETTINGS, ...config.session },
  });
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite ${sqliteFile}`;
  console.log(`ketnap ${server.url}  (bảng công khai /, quản trị /admin/, cơ sở dữ liệu: ${where})`);
  if (server.demoRows > 0) console.log(`Đã nạp dữ liệu mẫu xã Yên Bình (${server.demoRows} bản ghi).`);
  if (server.demoAccounts.length > 0) {
    console.log(`Tài khoản mẫu / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):`);
    for (const a of server.demoAccounts)
      console.log(`  ${a.username.padEnd(22)} ${a.role.padEnd(15)} ${a.orgId}`);
    console.log(
      'Khóa hoặc đổi mật khẩu các tài khoản mẫu trước khi dùng thật / disable the demo accounts or change their passwords before real use.',
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: đang dừng…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(
    `ketnap không khởi động được / failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
