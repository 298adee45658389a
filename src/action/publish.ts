// Publish mode, for a `workflow_run` workflow (the fork-safe setup): the evaluating run, which may come
// from a fork and hold a read-only token, uploaded its report; this run, in the base repository with a
// write token, reads that report and posts the comment and the check run. It runs no code from the
// pull request and trusts nothing in the artifact beyond what it checks.
import * as core from '@actions/core';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { Decision } from '../core/types.js';
import type { Octokit } from '../github/client.js';
import { artifactUrl, type RunContext } from '../github/context.js';
import { renderBody } from '../github/comment-body.js';
import { readPublishContext, type PublishContext } from '../github/publish-context.js';
import { REPORT_ARTIFACT_PREFIX } from '../github/report-upload.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types.js';
import type { ActionInputs } from './inputs.js';
import { setActionOutputs } from './outputs.js';
import { publishResults, type PublishOutcome } from './publish-results.js';
import { connectServices } from './services.js';

const WORST: Decision[] = ['deploy', 'block', 'error'];

export async function publish(inputs: ActionInputs, context: RunContext | undefined): Promise<Decision> {
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
  const services = connectServices(inputs.githubToken);
  if (!services.octokit || !services.token || !services.artifacts) {
    throw new UserError('publish mode needs the github-token input and the runner’s artifact service.', {
      key: 'github-token',
      fix: 'Leave github-token at its default (the job token) with `actions: read` permission.',
    });
  }
  const { octokit, artifacts, token } = services;
  const runArtifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: context.owner,
    repo: context.repo,
    run_id: triggering.id,
    per_page: 100,
  });
  // Oldest first, so that when re-run attempts left several reports the newest is published last.
  const reports = runArtifacts
    .filter((artifact) => artifact.name.startsWith(REPORT_ARTIFACT_PREFIX) && !artifact.expired)
    .sort((a, b) => a.id - b.id);
  if (reports.length === 0) {
    core.warning(
      `The run ${triggering.id} that triggered this one has no evalgate report artifact (${REPORT_ARTIFACT_PREFIX}*): nothing to publish. Did the evaluation step run?`,
    );
    setActionOutputs({ decision: 'error' });
    return 'error';
  }

  let decision: Decision = 'deploy';
  let last: { report: Report; file: string; outcome: PublishOutcome } | undefined;
  const summary: string[] = [];
  for (const artifact of reports) {
    const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'evalgate-publish-'));
    await artifacts.downloadArtifact(artifact.id, {
      path: dir,
      expectedHash: artifact.digest ?? undefined,
      findBy: {
        token,
        workflowRunId: triggering.id,
        repositoryOwner: context.owner,
        repositoryName: context.repo,
      },
    });
    const file = path.join(dir, 'report.json');
    const report = await readReport(file, artifact.name);
    const saved = await readPublishContext(dir);
    const pullRequest = await trustedPullRequest(octokit, context, saved);
    const outcome = await publishResults(
      octokit,
      report,
      {
        owner: context.owner,
        repo: context.repo,
        serverUrl: context.serverUrl,
        headSha: triggering.headSha,
        pullRequest,
        fromFork: false,
        workflow: saved?.workflowFile ?? String(triggering.id),
        workspace: saved?.workspace || context.workspace,
        reportArtifactUrl: artifactUrl(context, triggering.id, artifact.id),
        jobSummaryUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${triggering.id}`,
        detailsUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${triggering.id}`,
      },
      inputs,
    );
    for (const warning of outcome.warnings) core.warning(warning);
    for (const note of outcome.notes) core.info(note);
    summary.push(renderBody(report, { links: {}, headingLevel: 2 }));
    if (WORST.indexOf(report.decision) > WORST.indexOf(decision)) decision = report.decision;
    last = { report, file, outcome };
  }
  await core.summary.addRaw(summary.join('\n\n---\n\n'), true).write();
  setActionOutputs({
    decision,
    reportPath: last?.file,
    metrics: last?.report.metrics,
    commentUrl: last?.outcome.commentUrl,
    checkRunId: last?.outcome.checkRunId,
  });
  return decision;
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
  octokit: Octokit,
  context: RunContext,
  saved: PublishContext | undefined,
): Promise<number | undefined> {
  const triggering = context.triggeringRun!;
  if (context.pullRequest) return context.pullRequest.number;
  if (triggering.event !== 'pull_request' && triggering.event !== 'pull_request_target') return undefined;
  if (!saved?.pullRequest) {
    core.warning('The evaluating run recorded no pull request number: evalgate posts the check run only.');
    return undefined;
  }
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: context.owner,
      repo: context.repo,
      pull_number: saved.pullRequest,
    });
    if (data.head.sha === triggering.headSha) return data.number;
    core.warning(
      `Pull request #${saved.pullRequest} has head ${data.head.sha.slice(0, 7)}, not the evaluated commit ${triggering.headSha.slice(0, 7)}: no comment (it may have been pushed to since).`,
    );
  } catch (error) {
    core.warning(
      `evalgate could not read pull request #${saved.pullRequest}: ${(error as Error).message.split('\n')[0]}.`,
    );
  }
  return undefined;
}
