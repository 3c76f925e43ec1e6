/** Replaced by the bundler (build.ts, esbuild `define`) with the package's version; absent when the sources run. */
declare const __KETNAP_BUNDLE__: { version: string } | undefined;

/**
 * Set when this code runs as the production bundle (`node dist/main.js`): its version, and the knowledge that the
 * apps' builds lie beside it in `dist/public/` rather than in the apps' own folders. Undefined when the sources run
 * (tsx in development, vitest).
 */
export const BUNDLE: { version: string } | undefined =
  typeof __KETNAP_BUNDLE__ === 'undefined' ? undefined : __KETNAP_BUNDLE__;
