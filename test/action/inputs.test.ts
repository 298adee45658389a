// Every action input is parsed in one place: defaults, secrets, allowed values and the errors that name the input.
import { describe, expect, it } from 'vitest';
import { readActionInputs } from '../../src/action/inputs.js';
import { UserError } from '../../src/core/errors.js';
import { fakeCore } from './fake-core.js';

describe('readActionInputs', () => {
  it('gives the defaults for empty inputs', () => {
    const inputs = readActionInputs(fakeCore());
    expect(inputs).toMatchObject({
      config: 'evalgate.yml',
      mode: 'auto',
      baselineArtifact: 'evalgate-baseline-{name}',
      onCorruptBaseline: 'warn',
      updateBaseline: 'auto',
      retentionDays: 90,
      reportRetentionDays: 30,
      comment: 'auto',
      checkRun: 'auto',
      checkName: 'evalgate: {name}',
      matrixKey: '',
      cacheWrite: 'auto',
    });
    expect(inputs.apiKey).toBeUndefined();
    expect(inputs.overrides).toEqual({
      baseUrl: undefined,
      model: undefined,
      dataset: undefined,
      responses: undefined,
      baseline: undefined,
      outDir: undefined,
    });
    expect(inputs.fileOutputs.size).toBe(0);
  });

  it('masks the API key and the token, trims values and reads choices in any case', () => {
    const core = fakeCore({
      'api-key': ' sk-secret ',
      'github-token': 'ghs_token',
      mode: ' PUBLISH ',
      comment: 'On-Failure',
      'retention-days': '0',
      'evaluating-workflow': '.github/workflows/evals.yml',
      responses: 'answers.jsonl',
      junit: 'results/junit.xml',
    });
    const inputs = readActionInputs(core);
    expect(core.secrets).toEqual(['sk-secret', 'ghs_token']);
    expect(inputs).toMatchObject({
      apiKey: 'sk-secret',
      githubToken: 'ghs_token',
      mode: 'publish',
      comment: 'on-failure',
      retentionDays: 0,
      evaluatingWorkflow: 'evals.yml',
      overrides: { responses: 'answers.jsonl' },
    });
    expect([...inputs.fileOutputs].map(([output, file]) => [output.option, file])).toEqual([
      ['junit', 'results/junit.xml'],
    ]);
  });

  it.each([
    ['mode', 'sometimes', 'Use one of: auto, evaluate, publish.'],
    ['update-baseline', 'yes', 'Use one of: auto, always, never.'],
    ['retention-days', '91', 'Use a whole number of days from 1 to 90, or 0 for the repository default.'],
    ['report-retention-days', '1.5', 'Use a whole number of days'],
  ])('refuses %s: %s, naming the input and the fix', (name, value, fix) => {
    let thrown: unknown;
    try {
      readActionInputs(fakeCore({ [name]: value }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).key).toBe(name);
    expect((thrown as UserError).message).toBe(`the input \`${name}\` is "${value}".`);
    expect((thrown as UserError).fix).toContain(fix);
  });
});
