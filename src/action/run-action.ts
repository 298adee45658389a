import * as core from '@actions/core';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Decision } from '../core/types.js';
import { loadRunContext, type RunContext } from '../github/context.js';
import { evaluate } from './evaluate.js';
import { readActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { publish } from './publish.js';
import { answerShard } from './shard.js';

/**
 * The GitHub Action. `evaluate` (default): inputs -> pipeline -> report, artifacts, comment, check run,
 * job summary, outputs; fails the step on BLOCK or error. `publish` (default on workflow_run): posts the
 * report of the triggering run. Publishing problems are warnings, never failures.
 */
export async function runAction(): Promise<Decision> {
  try {
    const inputs = readActionInputs();
    const context = await runContextOrNothing();
    const mode =
      inputs.mode === 'auto' ? (context?.eventName === 'workflow_run' ? 'publish' : 'evaluate') : inputs.mode;
    if (inputs.shard && inputs.merge) {
      throw new UserError('the inputs `shard` and `merge` are both set.', {
        key: 'shard',
        fix: 'A shard job sets `shard`; the job that merges them sets `merge`.',
      });
    }
    if (inputs.shard) return await answerShard(inputs);
    core.info(
      `evalgate: ${mode} mode${context ? ` (${context.eventName} event)` : ''}${inputs.merge ? ', merging shards' : ''}`,
    );
    return mode === 'publish' ? await publish(inputs, context) : await evaluate(inputs, context);
  } catch (error) {
    return failWith(error);
  }
}

async function runContextOrNothing(): Promise<RunContext | undefined> {
  if (!process.env.GITHUB_REPOSITORY) return undefined;
  return loadRunContext(process.env);
}

async function failWith(error: unknown): Promise<Decision> {
  const message =
    error instanceof UserError
      ? error.describe()
      : `internal error: ${(error as Error).stack ?? String(error)}`;
  if (error instanceof UserError && error.file) {
    core.error(error.message + (error.fix ? ` ${error.fix}` : ''), {
      title: 'evalgate: configuration error',
      file: path.relative(process.cwd(), error.file) || error.file,
      startLine: error.line,
    });
  }
  setActionOutputs({ decision: 'error' });
  await core.summary
    .addHeading('evalgate: ⚠️ ERROR', 2)
    .addRaw(`<p>${escapeHtml(message)}</p>`, true)
    .write()
    .catch(() => undefined);
  core.setFailed(`evalgate: ${message}`);
  return 'error';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '@\u200b');
}
