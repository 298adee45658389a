// Per-metric scorer hashes: a change to one scorer's settings changes that metric's hash, and only that one's.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { metricScorerHashes } from '../../src/baseline/scorer-hashes.js';
import { loadConfig } from '../../src/config/load.js';
import { judgeMetricSpecs } from '../../src/judge/index.js';
import { createScorers, listMetricSpecs } from '../../src/scorers/index.js';
import { taskApiWorkspace, type Workspace } from './helpers.js';

async function hashes(workspace: Workspace, file = 'evalgate-judge.yml'): Promise<Record<string, string>> {
  const config = await loadConfig(`${workspace.dir}/${file}`);
  const scorers = createScorers(config.metrics, { baseDir: config.baseDir, prices: config.prices });
  return metricScorerHashes(config, [...listMetricSpecs(scorers), ...judgeMetricSpecs(config.judge)]);
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after)
    .filter((name) => before[name] !== after[name])
    .sort();
}

describe('metricScorerHashes', () => {
  it('does not depend on where the workspace is', async () => {
    expect(await hashes(await taskApiWorkspace())).toEqual(await hashes(await taskApiWorkspace()));
  });

  it('an exact-match option changes accuracy only', async () => {
    const workspace = await taskApiWorkspace();
    const before = await hashes(workspace);
    await workspace.edit('evalgate-judge.yml', (text) =>
      text.replace('    name: accuracy\n    json: true', '    name: accuracy\n    json: false'),
    );
    expect(changed(before, await hashes(workspace))).toEqual(['accuracy']);
  });

  it('another judge model changes every judge metric and nothing else', async () => {
    const workspace = await taskApiWorkspace();
    const before = await hashes(workspace);
    await workspace.edit('evalgate-judge.yml', (text) =>
      text.replace('  model: gpt-4o-mini', '  model: gpt-4o'),
    );
    const after = changed(before, await hashes(workspace));
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((name) => name.startsWith('judge_'))).toBe(true);
  });

  it('the JSON Schema file’s content counts, not only its path', async () => {
    const workspace = await taskApiWorkspace();
    await workspace.edit('evalgate.yml', (text) =>
      text.replace(/^ {2}json: true$/m, '  json: { schema: schema.json }'),
    );
    await writeFile(`${workspace.dir}/schema.json`, '{"type":"object","required":["action"]}');
    const before = await hashes(workspace, 'evalgate.yml');
    await writeFile(`${workspace.dir}/schema.json`, '{"type":"object","required":["action","id"]}');
    expect(changed(before, await hashes(workspace, 'evalgate.yml'))).toEqual(['json_valid', 'schema_valid']);
  });
});
