/**
 * Colours that carry a meaning, each at AA contrast for small text: Mantine's green 9 (#2b8a3e) is only 4.3:1 with
 * white, so "met"/"allowed" uses a darker green (7.9:1); the Party red 9 (#c92a2a) is 5.3:1.
 */
export const PASS_GREEN = '#1b5e20';
