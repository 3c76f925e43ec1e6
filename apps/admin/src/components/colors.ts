/**
 * Colours that carry a meaning, each at AA contrast for small text: Mantine's green 9 (#2b8a3e) is only 4.3:1 with
 * white, so "met"/"allowed" uses a darker green (7.9:1); the Party red 9 (#c92a2a) is 5.3:1.
 */
export const PASS_GREEN = '#1b5e20';

/**
 * The text colour of a "light" alert, badge or button of each status colour (theme.ts sets Mantine's
 * `--mantine-color-<name>-light-color` to it). Mantine draws that text in the primary shade (8 here) on a 10 % tint
 * of it, which is under AA's 4.5:1 for small text: the green "Cảnh báo" title on Targets was 3.1:1, yellow 2.3:1.
 * Each value here is at least 4.5:1 on its tint and on white (colors.test.ts measures them).
 */
export const LIGHT_TEXT = {
  red: '#b02525',
  orange: '#9c3d00',
  yellow: '#7a4f00',
  green: PASS_GREEN,
  teal: '#06694b',
} as const;
