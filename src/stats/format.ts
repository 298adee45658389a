// Number formatting for reports. Negative numbers use the Unicode minus sign (U+2212) everywhere, positive
// differences carry '+', and a difference that rounds to zero is shown as '±0' (as in src/report/format.ts).

const MINUS = '\u2212';

/**
 * A p-value with 2 significant digits, floored: below `floor` (default 0.001) it reads '< 0.001'; it never
 * reads '0'. 1 (or anything that rounds to it) reads '1'. NaN reads 'n/a'.
 */
export function formatP(p: number, floor = 0.001): string {
  if (Number.isNaN(p)) return 'n/a';
  if (p < floor) return `< ${floor}`;
  const text = Math.min(p, 1).toPrecision(2);
  return Number(text) >= 1 ? '1' : text;
}

/** A signed number with fixed decimals: '+1.25', '−0.07', '±0.00'; '+∞'/'−∞'; 'n/a' for NaN. */
export function formatSigned(value: number, digits = 2): string {
  if (Number.isNaN(value)) return 'n/a';
  if (value === Infinity) return '+∞';
  if (value === -Infinity) return `${MINUS}∞`;
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `±${text}`;
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** A difference of proportions in percentage points: −0.015 → '−1.5 pts'. */
export function formatPoints(diff: number, digits = 1): string {
  const text = formatSigned(diff * 100, digits);
  return text === 'n/a' ? text : `${text} pts`;
}

/** A proportion as a percentage: 0.812 → '81.2%'; negative values use the Unicode minus. */
export function formatPercent(value: number, digits = 1): string {
  if (Number.isNaN(value)) return 'n/a';
  const text = (value * 100).toFixed(digits);
  return `${text.startsWith('-') ? MINUS + text.slice(1) : text}%`;
}

/** An interval as '[−2.82, −0.18]' with signed bounds; `scale` 100 shows a difference of proportions in points. */
export function formatInterval(interval: { lower: number; upper: number }, digits = 2, scale = 1): string {
  return `[${formatSigned(interval.lower * scale, digits)}, ${formatSigned(interval.upper * scale, digits)}]`;
}
