import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderMarkdown } from './markdown.js';
import type { Report } from './types.js';

export interface WrittenReport {
  dir: string;
  json: string;
  markdown: string;
}

/** Writes report.json and report.md into `dir`. */
export async function writeReportFiles(
  report: Report,
  dir: string,
  maxFailingItems = 10,
): Promise<WrittenReport> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  const markdown = path.join(dir, 'report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderMarkdown(report, { maxFailingItems }));
  return { dir, json, markdown };
}
