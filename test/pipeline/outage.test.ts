// Outages and user mistakes are not a verdict on the model (issue 10, item 5): a model endpoint that cannot be
// reached, a responses file that answers no item, a judge endpoint that is down end as ERROR (exit 2), with the
// report written and the reason in its headline, never as BLOCK (exit 1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { taskApiWorkspace, type Workspace } from '../baseline/helpers.js';
import { closedPort } from '../support/closed-port.js';

function liveModel(workspace: Workspace, baseUrl: string): Promise<void> {
  return workspace.edit('evalgate.yml', (text) =>
    text.replace(
      'responses:\n  path: responses/model-v1.jsonl\n',
      `model:\n  base-url: ${baseUrl}\n  model: task-model\n  api-key-env: EVALGATE_TEST_KEY\n  max-retries: 0\n  concurrency: 1\n  timeout-ms: 30000\ncache:\n  mode: 'off'\n`,
    ),
  );
}

beforeEach(() => {
  process.env.EVALGATE_TEST_KEY = 'sk-test';
  process.env.JUDGE_API_KEY = 'sk-judge';
});
afterEach(() => {
  delete process.env.EVALGATE_TEST_KEY;
  delete process.env.JUDGE_API_KEY;
});

describe('the model endpoint is down', () => {
  it('every item failing to connect is an ERROR (exit 2), not a BLOCK', async () => {
    const workspace = await taskApiWorkspace();
    await liveModel(workspace, `http://127.0.0.1:${await closedPort()}/v1`);
    const { code, report, stdout } = await workspace.run();
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(
      /^ERROR: the model endpoint could not be reached: all 300 items failed with connection errors/,
    );
    expect(report!.error!.message).toContain('outage');
    expect(stdout).toContain('ERROR');
    expect(report!.baselineWritten).toBeUndefined();
  });

  it('an endpoint that goes down during the run (the circuit breaker stops sending) is an ERROR, not a BLOCK', async () => {
    let answered = 0;
    const holder: { server?: OpenAIServer } = {};
    const server = await startOpenAIServer({
      handler: () => {
        answered++;
        if (answered === 40) void holder.server!.close();
        return { content: '{"action":"list_tasks"}' };
      },
    });
    holder.server = server;
    const workspace = await taskApiWorkspace();
    await liveModel(workspace, server.url);
    const { code, report } = await workspace.run();
    expect(answered).toBeGreaterThanOrEqual(39);
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(
      /^ERROR: the run stopped sending to the model endpoint: \d+ of 300 items were never sent \(the model endpoint looks down after 10 consecutive failed requests/,
    );
  });
});

describe('a responses file that answers no item of the dataset', () => {
  it('is an ERROR (exit 2) naming the file, not a BLOCK', async () => {
    const workspace = await taskApiWorkspace();
    await workspace.edit('responses/model-v1.jsonl', (text) => text.replace(/"ta-(\d+)"/g, '"other-$1"'));
    const { code, report } = await workspace.run();
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(
      /^ERROR: no item of the dataset has an answer in .*model-v1\.jsonl: all 300 are missing/,
    );
  });

  it('a few missing answers are still the model’s failures (they count against it)', async () => {
    const workspace = await taskApiWorkspace();
    await workspace.edit('responses/model-v1.jsonl', (text) => text.replace(/"ta-0(\d\d)"/g, '"other-$1"'));
    const { code, report } = await workspace.run(['--no-update-baseline']);
    expect(report!.decision).toBe('block');
    expect(code).toBe(1);
  });
});

describe('the judge endpoint is down', () => {
  it('every judge call failing to connect is an ERROR (exit 2), not a BLOCK on the judge gates', async () => {
    const workspace = await taskApiWorkspace();
    const port = await closedPort();
    await workspace.edit('evalgate-judge.yml', (text) =>
      text
        .replace('http://127.0.0.1:8089/v1', `http://127.0.0.1:${port}/v1`)
        .replace('  temperature: 0\n', '  temperature: 0\n  max-retries: 0\n'),
    );
    const { code, report } = await workspace.run(['--config', `${workspace.dir}/evalgate-judge.yml`]);
    expect(report!.judge.status).not.toBe('skipped');
    expect(code).toBe(2);
    expect(report!.decision).toBe('error');
    expect(report!.headline).toMatch(
      /^ERROR: the (judge endpoint could not be reached|run stopped sending to the judge endpoint)/,
    );
  });
});
