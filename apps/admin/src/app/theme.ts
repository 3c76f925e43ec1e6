import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';
import { LIGHT_TEXT } from '../components/colors.js';
import type { Messages } from '../lib/i18n/messages.js';

/** The red of the Party's documents, from light to dark; shade 8 is the accent (7.4:1 on white). */
const party: MantineColorsTuple = [
  '#fdeaea',
  '#f7d3d3',
  '#eea5a5',
  '#e47474',
  '#dc4b4b',
  '#d73131',
  '#c62424',
  '#b51b1b',
  '#a50e0e',
  '#8c0707',
];

/**
 * Mantine's theme for the console: the Party red as the primary colour at a shade dark enough for AA contrast
 * with white text, system fonts (Vietnamese diacritics render in every system font), and a visible focus ring
 * for keyboard users only.
 */
const theme = createTheme({
  primaryColor: 'party',
  primaryShade: 8,
  colors: { party },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
  focusRing: 'auto',
  defaultRadius: 'sm',
  // Text on a filled badge or button turns dark on a light colour (yellow, grey) and white on a dark one.
  autoContrast: true,
});

/**
 * The theme in the reader's language: a dialog's and a notification's close button is an icon, and without a name a
 * screen reader says only "button" (axe flags it), so every one gets its name here rather than at each call.
 */
export function themeIn(m: Pick<Messages, 'closeDialog' | 'closeNotification'>): MantineThemeOverride {
  return {
    ...theme,
    // Plain objects, not `Modal.extend(…)`: that would pull the dialog's code into the first screen's JavaScript.
    components: {
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': m.closeDialog } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': m.closeNotification } } },
    },
  };
}

/**
 * Mantine's "dimmed" grey (gray 6) is 3.3:1 on white, under AA for body text: gray 7 is 7:1. Its error red (red 6,
 * a field's message and its text once refused) is 3.3:1 too: red 9 is 5.4:1. The text of light alerts and badges
 * takes the darker status colours of colors.ts.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(LIGHT_TEXT).map(([name, color]) => [`--mantine-color-${name}-light-color`, color]),
    ),
  },
  dark: {},
});
