import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { LIGHT_TEXT, PASS_GREEN } from './colors.js';

/** WCAG 2.1's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mantine's light background of a colour: its primary shade (8 in theme.ts) at 10 % over white. */
function lightBackground(name: keyof typeof LIGHT_TEXT): string {
  const shade = DEFAULT_THEME.colors[name][8];
  const channel = (i: number) => Math.round(255 * 0.9 + Number.parseInt(shade.slice(i, i + 2), 16) * 0.1);
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

describe('status colours at AA contrast (4.5:1 for small text)', () => {
  it("Mantine's own green on its tint is under AA: the reason for the token", () => {
    expect(contrast(DEFAULT_THEME.colors.green[8], lightBackground('green'))).toBeLessThan(4.5);
  });

  for (const [name, color] of Object.entries(LIGHT_TEXT) as [keyof typeof LIGHT_TEXT, string][]) {
    it(`${name} text (${color}) is AA on its light tint and on white`, () => {
      expect(contrast(color, lightBackground(name))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the pass green is AA on white', () => {
    expect(contrast(PASS_GREEN, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
