import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderHtmlChunks } from './html.js';
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
  await writeFile(html, renderHtmlChunks(report));
  return { dir, json, markdown, html };
}

/** Characters gathered before one write: few system calls, and never the whole report in one string. */
const CHUNK_CHARS = 1 << 20;

/**
 * The text of report.json in pieces of about `chunkChars` characters (the last one shorter): everything but
 * the items indented for people, then one item per line.
 */
export function* reportJsonChunks(report: Report, chunkChars = CHUNK_CHARS): Generator<string> {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  let chunk = `${head.slice(0, head.lastIndexOf('[]'))}[`;
  for (let index = 0; index < items.length; index++) {
    chunk += `${index === 0 ? '' : ','}\n    ${JSON.stringify(items[index])}`;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${items.length > 0 ? '\n  ' : ''}]\n}\n`;
}

/** report.json, written piece by piece so that a run of 100,000 items never holds the whole text in memory. */
export async function writeReportJson(report: Report, file: string): Promise<void> {
  await writeFile(file, reportJsonChunks(report));
}
