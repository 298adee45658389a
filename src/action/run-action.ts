import path from 'node:path';
import { UserError } from '../core/errors.js';
import { loadRunContext, type RunContext } from '../github/context.js';
import { evaluate, type StepResult } from './evaluate.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { publish } from './publish.js';
import { configNameOf } from './config-name.js';
import { explainForFork, forkExplanation } from './fork-pull-request.js';
import { checkNameFor, publishTargetOf, type PublishOutcome } from '../github/post-report.js';
import { gitHubPublisher } from '../github/publisher.js';
import { runnerOf, type Runner } from './runner.js';
import { type ActionCore } from './action-core.js';
import { connectServices } from './services.js';
import { answerShard } from './shard.js';

/**
 * The GitHub Action. `evaluate` (default): inputs -> pipeline -> report, artifacts, comment, check run,
 * job summary, outputs; fails the step on BLOCK or error (an error that stops a pull request's evaluation
 * still goes on its check run and its comment). `publish` (default on workflow_run): posts the report of
 * the triggering run. Publishing problems are warnings, never failures. `core` is @actions/core (a fake
 * in the tests); the caller sets the exit code from `failed`.
 */
export async function runAction(core: ActionCore, env: NodeJS.ProcessEnv = process.env): Promise<StepResult> {
  const runner = runnerOf(core, env);
  let evaluating: Evaluating | undefined;
  try {
    const inputs = readActionInputs(core);
    const context = await runContextOrNothing(env);
    const mode =
      inputs.mode === 'auto' ? (context?.eventName === 'workflow_run' ? 'publish' : 'evaluate') : inputs.mode;
    if (inputs.shard && inputs.merge) {
      throw new UserError('the inputs `shard` and `merge` are both set.', {
        key: 'shard',
        fix: 'A shard job sets `shard`; the job that merges them sets `merge`.',
      });
    }
    if (inputs.shard) return await answerShard(runner, inputs);
    runner.log.info(
      `evalgate: ${mode} mode${context ? ` (${context.eventName} event)` : ''}${inputs.merge ? ', merging shards' : ''}`,
    );
    if (mode === 'publish') return await publish(runner, inputs, context);
    if (context?.pullRequest) evaluating = { inputs, context };
    return await evaluate(runner, inputs, context);
  } catch (error) {
    return failWith(runner, error, evaluating);
  }
}

/**
 * An evaluating pull request run: its errors go on its check run and comment, so that the required check
 * does not go missing or keep an old result. (Push and scheduled runs fail the step only, as before.)
 */
interface Evaluating {
  inputs: ActionInputs;
  context: RunContext;
}

async function runContextOrNothing(env: NodeJS.ProcessEnv): Promise<RunContext | undefined> {
  if (!env.GITHUB_REPOSITORY) return undefined;
  return loadRunContext(env);
}

async function failWith(
  runner: Runner,
  thrown: unknown,
  evaluating: Evaluating | undefined,
): Promise<StepResult> {
  const { core, log: runnerLog } = runner;
  const fork = evaluating?.context.pullRequest?.fromFork
    ? checkNameFor(evaluating.inputs, await configNameOf(evaluating.inputs.config))
    : undefined;
  const error = fork !== undefined && thrown instanceof UserError ? explainForFork(thrown, fork) : thrown;
  const message =
    error instanceof UserError
      ? error.describe()
      : `internal error: ${(error as Error).stack ?? String(error)}`;
  if (error instanceof UserError && error.file) {
    runnerLog.error(error.message + (error.fix ? ` ${error.fix}` : ''), {
      title: 'evalgate: configuration error',
      file: path.relative(process.cwd(), error.file) || error.file,
      startLine: error.line,
    });
  }
  const published =
    evaluating && error instanceof UserError ? await publishFailure(runner, error, evaluating) : undefined;
  for (const warning of published?.warnings ?? []) runnerLog.warning(warning);
  for (const note of published?.notes ?? []) runnerLog.info(note);
  setActionOutputs(core, {
    decision: 'error',
    commentUrl: published?.commentUrl,
    checkRunId: published?.checkRunId,
  });
  const summary = core.summary
    .addHeading('evalgate: ⚠️ ERROR', 2)
    .addRaw(`<p>${escapeHtml(message)}</p>`, true);
  if (fork !== undefined && error === thrown) {
    // Any other error on a fork: still say why no check run shows it.
    summary.addRaw(`<p>${escapeHtml(forkExplanation(fork))}</p>`, true);
    runnerLog.warning(forkExplanation(fork));
  }
  for (const warning of published?.warnings ?? []) summary.addRaw(`<p>⚠️ ${escapeHtml(warning)}</p>`, true);
  await summary.write().catch(() => undefined);
  core.setFailed(`evalgate: ${message}`);
  return { decision: 'error', failed: true };
}

/** The check run and the comment of an evaluating run that failed; publishing problems are warnings. */
async function publishFailure(
  runner: Runner,
  error: UserError,
  { inputs, context }: Evaluating,
): Promise<PublishOutcome> {
  try {
    const { octokit } = connectServices(inputs.githubToken, runner.env);
    return await gitHubPublisher(octokit, publishTargetOf(context), inputs).publishError(
      error,
      await configNameOf(inputs.config),
    );
  } catch (failure) {
    return {
      warnings: [`evalgate could not publish this error: ${(failure as Error).message.split('\n')[0]}`],
      notes: [],
    };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '@\u200b');
}
