import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeTextPieces } from '../core/text-pieces.js';
import { renderHtmlPieces } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from '../core/report.js';

export interface WrittenReport {
  dir: string;
  json: string;
  markdown: string;
  html: string;
}

/** Writes report.json, report.md and report.html into `dir`. */
export async function writeReportFiles(
  report: Report,
  dir: string,
  maxFailingItems = 10,
): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  const markdown = path.join(dir, 'report.md');
  const html = path.join(dir, 'report.html');
  await writeReportJson(report, json);
  await writeFile(markdown, renderMarkdown(report, { maxFailingItems }));
  await writeTextPieces(html, renderHtmlPieces(report));
  return { dir, json, markdown, html };
}

/**
 * The text of report.json in pieces (the head, then each item and its separator): everything but the items
 * indented for people, then one item per line.
 */
export function* reportJsonPieces(report: Report): Generator<string> {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  yield `${head.slice(0, head.lastIndexOf('[]'))}[`;
  for (let index = 0; index < items.length; index++) {
    // The separator and the item apart: joined, they would be copied into one more string per item.
    yield index === 0 ? '\n    ' : ',\n    ';
    yield JSON.stringify(items[index]);
  }
  yield `${items.length > 0 ? '\n  ' : ''}]\n}\n`;
}

/** report.json, written piece by piece so that a run of 100,000 items never holds the whole text in memory. */
export async function writeReportJson(report: Report, file: string): Promise<void> {
  await writeTextPieces(file, reportJsonPieces(report));
}
