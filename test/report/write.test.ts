import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { reportJsonPieces, writeReportJson } from '../../src/report/write.js';
import { record } from '../pipeline/helpers.js';

// Only the fields the writer touches matter here: a report is written the same whatever it holds.
function reportWith(items: number): Report {
  return {
    schemaVersion: 1,
    name: 'write "test" ✓',
    decision: 'deploy',
    warnings: ['a warning'],
    items: Array.from({ length: items }, (_, index) =>
      record(`i-${index}`, index % 2 === 0 ? 'a' : 'b', { accuracy: index % 3 === 0 ? 0 : 1 }),
    ),
  } as unknown as Report;
}

/** The layout report.json has always had: the head indented for people, then one item per line. */
function expectedText(report: Report): string {
  const { items, ...rest } = report;
  const head = JSON.stringify({ ...rest, items: [] }, null, 2);
  const lines = items.map((item, index) => `${index === 0 ? '' : ','}\n    ${JSON.stringify(item)}`);
  return `${head.slice(0, head.lastIndexOf('[]'))}[${lines.join('')}${items.length > 0 ? '\n  ' : ''}]\n}\n`;
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('report.json writer', () => {
  it('writes the indented head and one item per line, the same JSON as the report', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'evalgate-write-'));
    dirs.push(dir);
    for (const items of [0, 1, 2500]) {
      const report = reportWith(items);
      const file = path.join(dir, `report-${items}.json`);
      await writeReportJson(report, file);
      const text = await readFile(file, 'utf8');
      expect(text).toBe(expectedText(report));
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    }
  });

  it('yields the head, then each item apart from its separator, then the end', () => {
    const report = reportWith(2500);
    const pieces = [...reportJsonPieces(report)];
    expect(pieces.join('')).toBe(expectedText(report));
    expect(pieces).toHaveLength(2 * 2500 + 2);
    expect(pieces.slice(1, 4)).toEqual(['\n    ', JSON.stringify(report.items[0]), ',\n    ']);
  });
});
