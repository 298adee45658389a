// Publish mode, for a `workflow_run` workflow (the fork-safe setup): the evaluating run, which may come
// from a fork and hold a read-only token, uploaded its report; this run, in the base repository with a
// write token, reads that report and posts the comment and the check run. It runs no code from the
// pull request and trusts nothing in the artifact beyond what it checks.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { UserError } from '../core/errors.js';
import type { ArtifactClient, Octokit } from '../github/client.js';
import { artifactUrl, type RunContext, type TriggeringRun } from '../github/context.js';
import { renderBody } from '../report/comment-body.js';
import { renderRefusal } from '../report/refusal.js';
import type { RunnerLog } from './runner-log.js';
import type { Runner } from './runner.js';
import type { StepResult } from './evaluate.js';
import { readPublishContext, type PublishContext } from '../github/publish-context.js';
import { reportArtifactName } from '../github/report-upload.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../core/report.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { configNameOf } from './config-name.js';
import {
  checkExternalId,
  checkNameFor,
  postCheckRun,
  type PublishOutcome,
  type PublishTarget,
} from '../github/post-report.js';
import { gitHubPublisher } from '../github/publisher.js';
import { reportProblems, runProblems, type Expected } from './report-verification.js';
import { emitStepAnnotations } from './step-annotations.js';
import { connectServices } from './services.js';

/**
 * Publishes the report of the triggering run's newest attempt for the config checked out from the base branch,
 * after checking it against the event (run id, attempt, commit, workflow file) and the base config (gates,
 * decision). A report that cannot be verified, or is missing, gets a check run that says so: never a success.
 */
export async function publish(
  runner: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
): Promise<StepResult> {
  const { context: run, triggering, octokit, artifacts, token } = publishingServices(runner, inputs, context);
  const { expected, configProblem } = await expectations(inputs, triggering);
  const target = targetOf(run, triggering, inputs);
  const problems = [...runProblems(expected), ...(configProblem ? [configProblem] : [])];
  if (problems.length > 0) return refuse(runner, octokit, target, inputs, expected, problems);

  const found = await findReportArtifact(runner, octokit, run, expected, inputs.matrixKey);
  if ('problem' in found) {
    return refuse(runner, octokit, target, inputs, expected, [found.problem], found.conclusion);
  }
  const { artifact } = found;
  const dir = await mkdtemp(path.join(runner.env.RUNNER_TEMP || os.tmpdir(), 'evalgate-publish-'));
  // Downloaded by the id GitHub listed for the triggering run, from that run only.
  await artifacts.downloadArtifact(artifact.id, {
    path: dir,
    expectedHash: artifact.digest ?? undefined,
    findBy: {
      token,
      workflowRunId: triggering.id,
      repositoryOwner: run.owner,
      repositoryName: run.repo,
    },
  });
  const file = path.join(dir, 'report.json');
  let report: Report;
  try {
    report = await readReport(file, artifact.name);
  } catch (error) {
    return refuse(runner, octokit, target, inputs, expected, [(error as Error).message]);
  }
  const saved = await readPublishContext(dir);
  const wrong = reportProblems(report, saved, expected);
  if (wrong.length > 0) return refuse(runner, octokit, target, inputs, expected, wrong);

  target.pullRequest = await trustedPullRequest(runner.log, octokit, run, saved);
  target.workspace = saved?.workspace || run.workspace;
  const outcome = await gitHubPublisher(octokit, target, inputs).publish(report, {
    reportDir: dir,
    reportUrl: artifactUrl(run, triggering.id, artifact.id),
  });
  emitStepAnnotations(runner, {
    verdict: { level: report.decision === 'deploy' ? 'notice' : 'error', message: report.headline },
    warnings: outcome.warnings,
    items: outcome.unposted ?? [],
  });
  for (const note of outcome.notes) runner.log.info(note);
  await runner.core.summary.addRaw(renderBody(report, { links: {}, headingLevel: 2 }), true).write();
  setActionOutputs(runner.core, {
    decision: report.decision,
    reportPath: file,
    metrics: report.metrics,
    commentUrl: outcome.commentUrl,
    checkRunId: outcome.checkRunId,
  });
  // The check run carries the verdict; the publishing step itself succeeded.
  return { decision: report.decision, failed: false };
}

interface PublishingServices {
  context: RunContext;
  triggering: TriggeringRun;
  octokit: Octokit;
  artifacts: ArtifactClient;
  token: string;
}

/** The workflow_run event and the clients publish mode cannot work without (else a usage error). */
function publishingServices(
  runner: Runner,
  inputs: ActionInputs,
  context: RunContext | undefined,
): PublishingServices {
  const triggering = context?.triggeringRun;
  if (!context || !triggering || !triggering.id) {
    throw new UserError(
      'publish mode needs a workflow_run event (it publishes the report of the run that triggered it).',
      {
        key: 'mode',
        fix: 'Run it in a workflow `on: workflow_run`, or use mode: evaluate.',
      },
    );
  }
  const { octokit, artifacts, token } = connectServices(inputs.githubToken, runner.env);
  if (!octokit || !token || !artifacts) {
    throw new UserError('publish mode needs the github-token input and the runner’s artifact service.', {
      key: 'github-token',
      fix: 'Leave github-token at its default (the job token) with `actions: read` permission.',
    });
  }
  return { context, triggering, octokit, artifacts, token };
}

/** What a report must match, from the event and the base branch's config; a config that does not load is a problem. */
async function expectations(
  inputs: ActionInputs,
  triggering: TriggeringRun,
): Promise<{ expected: Expected; configProblem?: string }> {
  const expected: Expected = {
    configName: await trustedConfigName(inputs.config),
    workflowFile: inputs.evaluatingWorkflow,
    triggering,
    config: undefined,
  };
  // The gates a report must have come from the base branch's config: without it nothing can be verified.
  try {
    expected.config = await loadConfig(inputs.config, {}, { checkFiles: false });
    return { expected };
  } catch (error) {
    return {
      expected,
      configProblem: `the config ${inputs.config} of the base branch does not load, so the report's gates cannot be checked against it: ${error instanceof UserError ? error.describe() : String(error)}`,
    };
  }
}

/** The check run goes on the triggering run's head commit and links to that run's attempt. */
function targetOf(context: RunContext, triggering: TriggeringRun, inputs: ActionInputs): PublishTarget {
  const runUrl = `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${triggering.id}`;
  return {
    owner: context.owner,
    repo: context.repo,
    serverUrl: context.serverUrl,
    headSha: triggering.headSha,
    fromFork: false,
    workflow: inputs.evaluatingWorkflow ?? String(triggering.id),
    workspace: context.workspace,
    jobSummaryUrl: `${runUrl}/attempts/${triggering.runAttempt}`,
    detailsUrl: `${runUrl}/attempts/${triggering.runAttempt}`,
  };
}

type ListedArtifact = Awaited<
  ReturnType<Octokit['rest']['actions']['listWorkflowRunArtifacts']>
>['data']['artifacts'][number];

/** The one live report artifact of the triggering run's newest attempt, or why there is none. */
async function findReportArtifact(
  runner: Runner,
  octokit: Octokit,
  context: RunContext,
  expected: Expected,
  matrixKey: string,
): Promise<{ artifact: ListedArtifact } | { problem: string; conclusion: 'failure' | 'action_required' }> {
  const { triggering } = expected;
  const name = reportArtifactName(expected.configName, triggering.runAttempt, matrixKey);
  const runArtifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: context.owner,
    repo: context.repo,
    run_id: triggering.id,
    per_page: 100,
  });
  const firstAttempt = reportArtifactName(expected.configName, 1, matrixKey);
  const older = runArtifacts.filter(
    (artifact) =>
      artifact.name !== name &&
      (artifact.name === firstAttempt || artifact.name.startsWith(`${firstAttempt}-attempt-`)),
  );
  if (older.length > 0)
    runner.log.info(
      `Ignored (not of the newest attempt ${triggering.runAttempt}): ${older.map((artifact) => artifact.name).join(', ')}.`,
    );
  const matching = runArtifacts.filter((artifact) => artifact.name === name);
  const live = matching.filter((artifact) => !artifact.expired);
  if (live.length === 1) return { artifact: live[0]! };
  const problem =
    matching.length === 0
      ? `the run ${triggering.id} (attempt ${triggering.runAttempt}, conclusion ${triggering.conclusion ?? 'unknown'}) uploaded no report artifact ${name}: its evaluation did not finish. Read its log; on a pull request from a fork, the evaluating workflow gets no secrets, so it must score responses collected beforehand or an endpoint that needs no key.`
      : live.length === 0
        ? `the report artifact ${name} of run ${triggering.id} has expired: re-run the evaluating workflow.`
        : `the run ${triggering.id} has ${live.length} artifacts named ${name}.`;
  return { problem, conclusion: matching.length === 0 ? 'action_required' : 'failure' };
}

/**
 * The config name from the base branch's config file: the check run and the artifact are named after it,
 * never after what the artifact says.
 */
async function trustedConfigName(configFile: string): Promise<string> {
  if (!existsSync(path.resolve(configFile))) {
    throw new UserError(
      `publish mode names the check run after the config on the base branch, and ${configFile} is not there.`,
      {
        key: 'config',
        fix: 'Check out the repository before this step (actions/checkout, which on workflow_run checks out the default branch, never the pull request), and set `config` to the evaluating workflow’s config.',
      },
    );
  }
  return configNameOf(configFile);
}

/** A report that is missing or cannot be verified: a check run that says so (never a success), and an error. */
async function refuse(
  { core, log: runnerLog }: Runner,
  octokit: Octokit,
  target: PublishTarget,
  inputs: ActionInputs,
  expected: Expected,
  problems: string[],
  conclusion: 'failure' | 'action_required' = 'failure',
): Promise<StepResult> {
  const missing = conclusion === 'action_required';
  const { title, summary } = renderRefusal(problems, missing);
  const outcome: PublishOutcome = { warnings: [], notes: [] };
  if (inputs.checkRun !== 'never') {
    await postCheckRun(octokit, target, outcome, {
      name: checkNameFor(inputs, expected.configName),
      title,
      summary,
      conclusion,
      annotations: [],
      externalId: checkExternalId(expected.configName, inputs.matrixKey),
    });
  }
  for (const problem of problems) (missing ? runnerLog.warning : runnerLog.error)(`${title}: ${problem}`);
  for (const warning of outcome.warnings) runnerLog.warning(warning);
  for (const note of outcome.notes) runnerLog.info(note);
  await core.summary.addRaw(summary, true).write();
  setActionOutputs(core, { decision: 'error', checkRunId: outcome.checkRunId });
  return { decision: 'error', failed: !missing };
}

async function readReport(file: string, artifactName: string): Promise<Report> {
  let report: Partial<Report>;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as Partial<Report>;
  } catch (error) {
    throw new UserError(
      `the artifact ${artifactName} has no readable report.json (${(error as Error).message}).`,
    );
  }
  if (
    report.schemaVersion !== REPORT_SCHEMA_VERSION ||
    typeof report.name !== 'string' ||
    !['deploy', 'block', 'error'].includes(report.decision as string) ||
    !Array.isArray(report.gates) ||
    typeof report.metrics !== 'object'
  ) {
    throw new UserError(
      `the artifact ${artifactName} does not hold an evalgate report of format ${REPORT_SCHEMA_VERSION}.`,
      {
        fix: 'Use the same evalgate version in the evaluating and the publishing workflow.',
      },
    );
  }
  return report as Report;
}

/**
 * The pull request to comment on. GitHub lists it on the triggering run for same-repository branches;
 * for a fork it does not, and the number saved by the evaluating run is used only if that pull
 * request's head is the evaluated commit (a fork could write any number into its artifact).
 */
async function trustedPullRequest(
  runnerLog: RunnerLog,
  octokit: Octokit,
  context: RunContext,
  saved: PublishContext | undefined,
): Promise<number | undefined> {
  const triggering = context.triggeringRun!;
  if (context.pullRequest) return context.pullRequest.number;
  if (triggering.event !== 'pull_request' && triggering.event !== 'pull_request_target') return undefined;
  if (!saved?.pullRequest) {
    runnerLog.warning(
      'The evaluating run recorded no pull request number: evalgate posts the check run only.',
    );
    return undefined;
  }
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: context.owner,
      repo: context.repo,
      pull_number: saved.pullRequest,
    });
    if (data.head.sha === triggering.headSha) return data.number;
    runnerLog.warning(
      `Pull request #${saved.pullRequest} has head ${data.head.sha.slice(0, 7)}, not the evaluated commit ${triggering.headSha.slice(0, 7)}: no comment (it may have been pushed to since).`,
    );
  } catch (error) {
    runnerLog.warning(
      `evalgate could not read pull request #${saved.pullRequest}: ${(error as Error).message.split('\n')[0]}.`,
    );
  }
  return undefined;
}
