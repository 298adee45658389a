import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { filePublisher } from '../../src/publish/files.js';
import { publishAll, type Publisher } from '../../src/publish/publisher.js';
import { FILE_OUTPUTS, requestedOutputs } from '../../src/report/outputs.js';
import { renderJunit } from '../../src/report/junit.js';
import { failingGate, makeReport } from '../github/fixtures.js';

const junit = FILE_OUTPUTS.find((output) => output.option === 'junit')!;

describe('publishAll', () => {
  it('publishes to each in turn and gathers their warnings and notes in order', async () => {
    const seen: string[] = [];
    const publisher = (name: string, warning?: string): Publisher => ({
      async publish(report, facts) {
        seen.push(`${name}:${report.decision}:${facts.reportDir}`);
        return { warnings: warning ? [warning] : [], notes: [`${name} done`] };
      },
    });
    const result = await publishAll(
      [publisher('files'), publisher('comment', 'no permission to comment'), publisher('check')],
      makeReport(),
      { reportDir: 'out' },
    );
    expect(seen).toEqual(['files:deploy:out', 'comment:deploy:out', 'check:deploy:out']);
    expect(result).toEqual({
      warnings: ['no permission to comment'],
      notes: ['files done', 'comment done', 'check done'],
    });
  });
});

describe('filePublisher', () => {
  it('writes each requested output with its renderer, creating the folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-publish-'));
    const file = path.join(dir, 'nested', 'deeper', 'results.xml');
    const report = makeReport({ decision: 'block', gates: [failingGate('accuracy', 'block', 3)] });
    const result = await filePublisher(
      requestedOutputs((option) => (option === 'junit' ? file : undefined)),
    ).publish(report, { reportDir: dir });
    expect(result).toEqual({ warnings: [], notes: [`junit: ${file}`] });
    expect(await readFile(file, 'utf8')).toBe(renderJunit(report));
  });

  it('names the option and the file when the path cannot be written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'evalgate-publish-'));
    const notAFolder = path.join(dir, 'plain-file');
    await writeFile(notAFolder, 'x');
    const file = path.join(notAFolder, 'results.xml');
    const publishing = filePublisher(new Map([[junit, file]])).publish(makeReport(), { reportDir: dir });
    await expect(publishing).rejects.toBeInstanceOf(UserError);
    await expect(publishing).rejects.toMatchObject({ key: 'junit' });
    await expect(publishing).rejects.toThrow(`cannot write the junit output ${file}`);
  });

  it('asks for nothing when no output is requested', async () => {
    expect(requestedOutputs(() => undefined).size).toBe(0);
    const result = await filePublisher(new Map()).publish(makeReport(), { reportDir: '.' });
    expect(result).toEqual({ warnings: [], notes: [] });
  });
});
