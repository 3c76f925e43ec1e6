// The one hang guard of every test suite. It is not a speed check: on a machine shared with other builds (a load
// average of 53 on 2 cores while CI ran on 06/12/2026) a test that takes 2 s alone takes minutes and must still pass.
// A test that hangs still fails, after this long. Speed is measured by bench/, never by a test's timeout.
export const TEST_TIMEOUT_MS = 600_000;
