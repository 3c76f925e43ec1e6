import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built apps the server serves; turbo builds them before the server's tests (the server devDepends on both). */
export const BUILDS = {
  board: fileURLToPath(new URL('../../../board/dist', import.meta.url)),
  admin: fileURLToPath(new URL('../../../admin/dist', import.meta.url)),
};

/** The board's server-side renderer, which the board's build writes beside its dist (board-page.ts). */
export const BOARD_RENDERER = fileURLToPath(new URL('../../../board/dist-server/render.js', import.meta.url));

/** Throws, saying how to build, when an app has no build to serve or measure. */
export function assertBuilt(): void {
  const needed = [
    ...Object.entries(BUILDS).map(([app, dir]) => [app, `${dir}/index.html`]),
    ['board', BOARD_RENDERER],
  ];
  for (const [app, file] of needed) {
    if (!existsSync(file ?? '')) {
      throw new Error(
        `${app} is not built: run \`pnpm --filter @ketnap/${app} build\` (turbo does it first).`,
      );
    }
  }
}
