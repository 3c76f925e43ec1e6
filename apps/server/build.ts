/**
 * The production build of the server (`pnpm --filter @ketnap/server build`; `pnpm start` runs it through turbo after
 * the apps' builds), into dist/:
 * - `main.js` (the server) and `cli.js` (the `ketnap` command): the sources and every workspace package bundled by
 *   esbuild into one ES module each, for Node 20. better-sqlite3 (native) and pg stay external and load lazily as
 *   in the sources (only the database in use is loaded); exceljs stays external and loads on the first Excel
 *   export or import; docx, pdf-lib and @pdf-lib/fontkit on the first paper, whose PDF font is read from the
 *   installed @fontsource/tinos. Run with `NODE_ENV=production node dist/main.js` (`pnpm start` in apps/server).
 * - `public/board`, `public/admin`: copies of the apps' builds, each file worth compressing beside a brotli `.br`
 *   and a gzip `.gz` copy at the highest effort, which the server sends by `Accept-Encoding` (static-files.ts).
 * - `board-render/render.js`: the board's server-side renderer (the board's dist-server), which puts the figures
 *   into the board's page (board-page.ts).
 * The bundles find those folders beside themselves; nothing outside dist/ and the external packages (the package's
 * `dependencies`, installed by `pnpm deploy --prod`, docs/deploy.md) is read at run time.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { COMPRESSED, encode, FILE_SUFFIX, MIN_COMPRESSED_BYTES } from './src/compression.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

/** Loaded at run time from node_modules, never bundled: the package's own dependencies, and only those. */
const EXTERNAL = ['better-sqlite3', 'pg', 'exceljs', 'docx', 'pdf-lib', '@pdf-lib/fontkit'];
for (const name of EXTERNAL)
  if (!pkg.dependencies[name]) throw new Error(`${name} is external to the bundle but not in dependencies`);

/** What is compressed beside itself: text formats (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

const BUILDS = {
  board: join(here, '..', 'board', 'dist'),
  admin: join(here, '..', 'admin', 'dist'),
  boardRender: join(here, '..', 'board', 'dist-server'),
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Writes `.br` and `.gz` beside every compressible file, each only when it is smaller than the file. */
function precompress(dir: string): { files: number; bytes: number; br: number } {
  const total = { files: 0, bytes: 0, br: 0 };
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const body = readFileSync(file);
    if (body.length < MIN_COMPRESSED_BYTES) continue;
    total.files += 1;
    total.bytes += body.length;
    for (const encoding of COMPRESSED) {
      const bytes = encode(body, encoding, 'max');
      if (bytes.length >= body.length) continue;
      writeFileSync(file + FILE_SUFFIX[encoding], bytes);
      if (encoding === 'br') total.br += bytes.length;
    }
  }
  return total;
}

const started = performance.now();
for (const [app, dir] of Object.entries(BUILDS))
  if (!existsSync(dir) || readdirSync(dir).length === 0)
    throw new Error(
      `${dir} is missing: build the apps first (\`pnpm exec turbo run build --filter=@ketnap/server...\`, or \`pnpm start\`); ${app}`,
    );
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: { main: join(here, 'src', 'main.ts'), cli: join(here, 'src', 'cli', 'main.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external: EXTERNAL,
  // Bundled CommonJS modules call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __ketnapRequire } from 'node:module'; const require = __ketnapRequire(import.meta.url);",
  },
  define: { __KETNAP_BUNDLE__: JSON.stringify({ version: pkg.version }) },
  sourcemap: 'linked',
  logLevel: 'warning',
});

cpSync(BUILDS.board, join(dist, 'public', 'board'), { recursive: true });
cpSync(BUILDS.admin, join(dist, 'public', 'admin'), { recursive: true });
cpSync(BUILDS.boardRender, join(dist, 'board-render'), { recursive: true });
const compressed = precompress(join(dist, 'public'));

const size = (file: string) => `${(statSync(join(dist, file)).size / 1024).toFixed(0)} KB`;
console.log(
  `dist/main.js ${size('main.js')}, dist/cli.js ${size('cli.js')}; dist/public: ${compressed.files} files precompressed, ${(compressed.bytes / 1024).toFixed(0)} KB → ${(compressed.br / 1024).toFixed(0)} KB brotli (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
