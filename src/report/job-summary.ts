// The job summary: the full Markdown report, kept under the runner's 1 MiB limit (above it the runner
// drops the whole summary). Failing items are cut first, then the text itself, with a pointer to the artifact.
import type { Report } from '../core/report.js';
import { renderMarkdown } from './markdown.js';

/** The runner refuses step summaries above 1 MiB (in bytes); keep a margin for what others append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export interface SummaryOptions {
  maxFailingItems: number;
  /** Markdown placed after the report (links, warnings about publishing). */
  footer?: string;
  limitBytes?: number;
}

export function renderJobSummary(report: Report, options: SummaryOptions): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const footer = options.footer ? `\n${options.footer}\n` : '';
  const steps = [options.maxFailingItems, 50, 20, 5, 1].filter(
    (count, index) => index === 0 || count < options.maxFailingItems,
  );
  for (const count of steps) {
    const text = renderMarkdown(report, { maxFailingItems: count }) + footer;
    if (Buffer.byteLength(text) <= limit) return text;
  }
  const note = `\n\n> ✂️ The summary was cut to fit the 1 MiB limit of job summaries: the report artifact has everything.\n${footer}`;
  const text = renderMarkdown(report, { maxFailingItems: 0 });
  return truncateBytes(text, limit - Buffer.byteLength(note)) + note;
}

/** Cuts UTF-8 text to at most `bytes` bytes without splitting a character. */
export function truncateBytes(text: string, bytes: number): string {
  const buffer = Buffer.from(text);
  if (buffer.length <= bytes) return text;
  let end = Math.max(0, bytes);
  while (end > 0 && (buffer[end]! & 0xc0) === 0x80) end--;
  return buffer.subarray(0, end).toString();
}
