import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built apps the server serves; turbo builds them before the server's tests (the server devDepends on both). */
export const BUILDS = {
  board: fileURLToPath(new URL('../../../board/dist', import.meta.url)),
  admin: fileURLToPath(new URL('../../../admin/dist', import.meta.url)),
};

/** Throws, saying how to build, when an app has no build to serve or measure. */
export function assertBuilt(): void {
  for (const [app, dir] of Object.entries(BUILDS)) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(
        `${app} is not built: run \`pnpm --filter @ketnap/${app} build\` (turbo does it first).`,
      );
    }
  }
}
