/** Created once, like the collator: formatting runs for every table cell. */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `1234` → `1.234`: Vietnamese groups thousands with a dot. */
export function formatNumberVi(value: number): string {
  return integer.format(value);
}

/**
 * A ratio as a whole percent, `5 / 7` → `71%`. Rounds down, so a target reads `100%` only once it is really met.
 * `null` (a ratio with nothing to divide by, such as a target of 0) reads `—`.
 */
export function formatPercentVi(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  // The epsilon absorbs binary float error: 0.29 * 100 is 28.999…, which must still read 29%.
  return `${formatNumberVi(Math.floor(ratio * 100 + 1e-9))}%`;
}
