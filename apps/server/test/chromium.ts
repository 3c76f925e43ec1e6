/**
 * How Chromium is launched here, for the browser tests and the benchmarks alike: Debian's build (there is no network
 * to download Playwright's own), driven by playwright-core.
 */

/** The Chromium binary: `KETNAP_CHROMIUM`, else Debian's. */
export const CHROMIUM = process.env.KETNAP_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium from phoning home or needing a GPU or a sandbox (toolchain pitfall 9). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
