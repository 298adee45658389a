// action.yml, src/action/inputs.ts and the example workflows must agree: an input read but not declared
// is always empty on GitHub, and an example using an unknown input fails for the user who copies it.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FILE_OUTPUTS } from '../../src/report/outputs.js';
import { REPO_ROOT } from '../support/github-server/action-runner.js';

interface ActionYml {
  inputs: Record<string, { description?: string; default?: unknown }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const action = parse(await readFile(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares every input inputs.ts reads, each with a description and a default, and nothing else', async () => {
    const source = await readFile(path.join(REPO_ROOT, 'src/action/inputs.ts'), 'utf8');
    const read = new Set([
      ...[...source.matchAll(/(?:optional|oneOf|days|getInput)\('([a-z-]+)'/g)].map((match) => match[1]!),
      // The file outputs (`junit`, ...) are read by their option names.
      ...FILE_OUTPUTS.map((output) => output.option),
    ]);
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
  });

  it('declares the outputs the action sets and runs the bundle on node24', async () => {
    const source = await readFile(path.join(REPO_ROOT, 'src/action/outputs.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1]!);
    expect(set.sort()).toEqual(Object.keys(action.outputs).sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('examples/workflows', () => {
  it('use only declared inputs, with valid values, and name workflows that exist', async () => {
    const dir = path.join(REPO_ROOT, 'examples/workflows');
    const files = (await readdir(dir)).filter((file) => file.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const names = new Map<string, string>();
    const workflows = await Promise.all(
      files.map(async (file) => {
        const workflow = parse(await readFile(path.join(dir, file), 'utf8')) as {
          name: string;
          on: Record<string, unknown>;
          permissions: Record<string, string>;
          jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
        };
        names.set(workflow.name, file);
        return { file, workflow };
      }),
    );
    for (const { file, workflow } of workflows) {
      expect(workflow.permissions, file).toBeDefined();
      const steps = Object.values(workflow.jobs).flatMap((job) =>
        job.steps.filter((step) => step.uses?.startsWith('evalgate/evalgate@')),
      );
      expect(steps.length, file).toBeGreaterThan(0);
      for (const step of steps) {
        for (const key of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs), `${file}: ${key}`).toContain(key);
        const baselineWorkflow = step.with?.['baseline-workflow'];
        if (typeof baselineWorkflow === 'string') expect(files, file).toContain(baselineWorkflow);
      }
      const trigger = workflow.on.workflow_run as { workflows?: string[] } | undefined;
      for (const name of trigger?.workflows ?? [])
        expect(names.has(name), `${file} waits for "${name}"`).toBe(true);
    }
  });
});

describe('examples/workflows: expressions and conditions', () => {
  const dir = path.join(REPO_ROOT, 'examples/workflows');
  const load = async (file: string) =>
    parse(await readFile(path.join(dir, file), 'utf8')) as {
      concurrency?: { 'cancel-in-progress'?: boolean };
      jobs: Record<
        string,
        { if?: string; steps: { run?: string; if?: string; env?: Record<string, string> }[] }
      >;
    };

  it('pass step outputs to shell scripts through env, never as ${{ }} inside the script', async () => {
    const files = (await readdir(dir)).filter((file) => file.endsWith('.yml'));
    for (const file of files) {
      const workflow = await load(file);
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps)
          if (step.run) expect(step.run, `${file}: ${step.run}`).not.toContain('${{');
    }
    const nightly = await load('evalgate-nightly.yml');
    const report = nightly.jobs.evaluate!.steps.find((step) => step.run)!;
    expect(report.env).toMatchObject({
      DECISION: '${{ steps.gate.outputs.decision }}',
      METRICS: '${{ steps.gate.outputs.metrics }}',
    });
  });

  it('a job that runs after failures of its needs, in a cancellable workflow, is skipped when cancelled', async () => {
    const files = (await readdir(dir)).filter((file) => file.endsWith('.yml'));
    for (const file of files) {
      const workflow = await load(file);
      if (!workflow.concurrency?.['cancel-in-progress']) continue;
      for (const [name, job] of Object.entries(workflow.jobs))
        expect(job.if ?? '', `${file}: jobs.${name}.if`).not.toMatch(/always\(\)/);
    }
    const sharded = await load('sharded.yml');
    expect(sharded.jobs.merge!.if).toBe('${{ !cancelled() }}');
  });
});
