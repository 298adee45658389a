import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './types.js';

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
  await writeFile(html, renderHtml(report));
  return { dir, json, markdown, html };
}

/**
 * report.json, written item by item so that a run of 100,000 items never holds the whole text in memory:
 * everything but the items is indented for people, then one item per line.
 */
export async function writeReportJson(report: Report, file: string): Promise<void> {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  const stream = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(`${head.slice(0, head.lastIndexOf('[]'))}[`);
  for (let index = 0; index < items.length; index++) {
    await write(`${index === 0 ? '' : ','}\n    ${JSON.stringify(items[index])}`);
  }
  await write(`${items.length > 0 ? '\n  ' : ''}]\n}\n`);
  stream.end();
  await once(stream, 'finish');
}
